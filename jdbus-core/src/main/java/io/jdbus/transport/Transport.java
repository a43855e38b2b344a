package io.jdbus.transport;

import java.io.IOException;
import java.nio.ByteBuffer;
import io.jdbus.message.AttachedFd;
import java.util.List;

/**
 * A connected byte stream to a bus or a peer. Reads happen on one thread (a connection's reader), writes
 * may come from several and are serialised by the caller. {@link NativeUnixTransport} also carries unix file
 * descriptors alongside the bytes; {@link NioTransport} does not.
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

    /**
     * Writes all of {@code src}, passing {@code fds} with its first byte (D-Bus sends a message's descriptors
     * with its first byte). The descriptors stay the caller's: the receiver gets copies.
     *
     * @throws IOException when {@code fds} is not empty and this transport cannot pass descriptors
     */
    default void write(ByteBuffer src, List<? extends AttachedFd> fds) throws IOException {
        if (!fds.isEmpty()) {
            throw new IOException(description() + " cannot pass unix file descriptors");
        }
        write(src);
    }

    /**
     * Writes as much of {@code src} as the peer takes now without waiting, passing {@code fds} with the first
     * byte written, and returns the number of bytes written: for a sender that must never be held up by a
     * slow receiver (a bus), which queues the rest. A transport that cannot write without blocking writes
     * nothing and returns 0.
     */
    default int tryWrite(ByteBuffer src, List<? extends AttachedFd> fds) throws IOException {
        return 0;
    }

    /**
     * The descriptors that reads have received and nobody has taken yet, in arrival order; the caller owns
     * them from now on. A descriptor arrives no later than the first byte of the message it belongs to.
     */
    default List<UnixFd> takeReceivedFds() {
        return List.of();
    }

    /** Whether this transport can pass unix file descriptors. */
    boolean canPassFds();

    /** A short description for messages and logs, such as {@code unix:path=/run/user/1000/bus}. */
    String description();

    /** Closes the stream; a blocked {@link #read} returns or throws. Idempotent. */
    @Override
    void close() throws IOException;
}
