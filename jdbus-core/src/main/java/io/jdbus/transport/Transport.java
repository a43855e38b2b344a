package io.jdbus.transport;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * A connected byte stream to a bus or a peer. Reads happen on one thread (a connection's reader), writes
 * may come from several and are serialised by the caller.
 *
 * {@snippet :
 * try (Transport t = NioTransport.unix(Path.of("/run/user/1000/bus"))) {
 *     t.write(ByteBuffer.wrap("\0AUTH EXTERNAL 31303030\r\n".getBytes(US_ASCII)));
 *     ByteBuffer in = ByteBuffer.allocate(256);
 *     int n = t.read(in);
 * }
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#transports">Transports</a>
 */
public interface Transport extends AutoCloseable {
    /** Reads into {@code dst}, blocking until at least one byte is there; -1 at the end of the stream. */
    int read(ByteBuffer dst) throws IOException;

    /** Writes all of {@code src}, blocking as needed. */
    void write(ByteBuffer src) throws IOException;

    /** Whether this transport can pass unix file descriptors. */
    boolean canPassFds();

    /** A short description for messages and logs, such as {@code unix:path=/run/user/1000/bus}. */
    String description();

    /** Closes the stream; a blocked {@link #read} returns or throws. Idempotent. */
    @Override
    void close() throws IOException;
}
