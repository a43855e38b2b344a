package io.jdbus.daemon;

import io.jdbus.message.AttachedFd;
import io.jdbus.message.Message;
import io.jdbus.message.MessageStreamReader;
import io.jdbus.transport.NativeUnixTransport;
import io.jdbus.transport.ReceivedFds;
import io.jdbus.transport.Transport;
import io.jdbus.transport.UnixFd;
import io.jdbus.wire.MalformedMessageException;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * The incoming side of one client: the bytes and descriptors it sent that do not yet form a whole message,
 * and the routing of each message as it completes. Used by one thread at a time: the client's own
 * {@link Session} for transports that can only block, the bus's {@link ReadLoop} for the others.
 */
final class ClientReader {
    private static final int READ_BUFFER = 64 * 1024;

    final Client client;
    private final Bus bus;
    private final Transport transport;
    private final BusLimits limits;
    private final MessageStreamReader stream;
    private final ReceivedFds fds;

    ClientReader(Bus bus, Client client, ByteBuffer leftover) {
        this.bus = bus;
        this.client = client;
        this.transport = client.transport;
        this.limits = bus.settings.limits();
        this.stream = stream(limits);
        this.fds = new ReceivedFds(transport.description());
        stream.feed(leftover.array(), leftover.position(), leftover.remaining());
    }

    /** A reader of the messages a client sends, refusing those above {@code max_message_size}. */
    static MessageStreamReader stream(BusLimits limits) {
        return new MessageStreamReader(Math.min(limits.maxMessageSize(), io.jdbus.wire.Limits.MAX_MESSAGE));
    }

    /**
     * Reads once: blocking until something arrives, or (for a {@link NativeUnixTransport}) only what is there.
     *
     * @return the bytes read, 0 when nothing was there, -1 at the end of the stream
     */
    int read(boolean block) throws IOException {
        ByteBuffer room = stream.space(READ_BUFFER, READ_BUFFER);   // straight into the reader's array
        int n = block || !(transport instanceof NativeUnixTransport t) ? transport.read(room) : t.tryRead(room);
        if (n > 0) {
            stream.filled(n);
        }
        return n;
    }

    /**
     * Routes every message the bytes read so far complete, in order.
     *
     * @return false when the client must go: it sent something malformed or broke a limit (the bus has dropped
     *         it), or the bus dropped it meanwhile
     */
    boolean route() throws IOException {
        fds.add(transport.takeReceivedFds(), stream.offset() + stream.buffered());
        if (fds.size() > limits.maxMessageUnixFds() + limits.maxIncomingUnixFds()) {
            bus.disconnected(client, "it sent " + fds.size() + " unix fds without messages for them");
            return false;
        }
        for (long start = stream.offset(); !client.gone; start = stream.offset()) {
            Message m;
            try {
                m = stream.next();
            } catch (MalformedMessageException e) {
                bus.disconnected(client, "malformed message at stream offset " + stream.offset() + ": " + e.getMessage());
                return false;
            }
            if (m == null) {
                return true;
            }
            if (m.unixFds() > limits.maxMessageUnixFds()) {
                bus.disconnected(client, "a message carries " + m.unixFds() + " unix fds, more than "
                        + "max_message_unix_fds=" + limits.maxMessageUnixFds());
                return false;
            }
            Message whole = fds.attach(m, start);
            try {
                bus.receive(client, whole);
            } finally {
                whole.fds().forEach(AttachedFd::close);
            }
        }
        return false;
    }

    /** The client has gone: the bus forgets it, and its socket and pending descriptors are closed. */
    void end(String why) {
        bus.disconnected(client, why);
        try {
            transport.close();
        } catch (IOException e) {
            // gone either way
        }
        fds.closeAll();
        transport.takeReceivedFds().forEach(UnixFd::close);
    }
}
