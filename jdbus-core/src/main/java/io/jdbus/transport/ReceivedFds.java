package io.jdbus.transport;

import io.jdbus.message.Message;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.List;

/**
 * The unix fds a connection has received and not yet handed to a message, in arrival order, each with the
 * stream offset just past the read that brought it. Only the reader thread uses one.
 *
 * <p>A sender passes a message's descriptors with the message's first byte, so they arrive in the read that
 * holds the message's start. Descriptors still waiting when a message starting at or past the end of their
 * read completes were announced by no message: they are closed then (with a warning) instead of being kept
 * for the connection's lifetime, so that a peer cannot pile descriptors up in this process.
 * {@snippet :
 * fds.add(transport.takeReceivedFds(), stream.offset() + stream.buffered());
 * long start = stream.offset();
 * Message m = stream.next();
 * route(fds.attach(m, start));   // m with the descriptors its UNIX_FDS header announces
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-protocol-header-fields">UNIX_FDS</a>
 */
public final class ReceivedFds {
    private static final System.Logger LOG = System.getLogger(ReceivedFds.class.getName());

    private record Arrival(UnixFd fd, long readEnd) {
    }

    private final String description;
    private final ArrayDeque<Arrival> queue = new ArrayDeque<>();

    /** An empty queue for the connection {@code description} names (in warnings). */
    public ReceivedFds(String description) {
        this.description = description;
    }

    /** Queues {@code fds}, which came with a read that ended at stream offset {@code readEnd}. */
    public void add(List<UnixFd> fds, long readEnd) {
        for (UnixFd fd : fds) {
            queue.addLast(new Arrival(fd, readEnd));
        }
    }

    /**
     * {@code m}, which starts at stream offset {@code start} or later, with the descriptors its
     * {@code UNIX_FDS} header announces, taken from the front of the queue; descriptors no message announced
     * are closed first.
     *
     * @throws IOException when fewer descriptors arrived than {@code m} announces
     */
    public Message attach(Message m, long start) throws IOException {
        int stale = 0;
        while (!queue.isEmpty() && queue.peekFirst().readEnd() <= start) {
            queue.removeFirst().fd().close();
            stale++;
        }
        if (stale > 0) {
            LOG.log(System.Logger.Level.WARNING, "{0}: closed {1} unix fds that no message announced",
                    description, stale);
        }
        int n = m.unixFds();
        if (n == 0) {
            return m;
        }
        if (queue.size() < n) {
            throw new IOException(m + " announces " + n + " unix fds, but only " + queue.size() + " arrived with it");
        }
        UnixFd[] own = new UnixFd[n];
        for (int i = 0; i < n; i++) {
            own[i] = queue.removeFirst().fd();
        }
        return m.withFds(List.of(own));
    }

    /** How many descriptors are waiting for a message. */
    public int size() {
        return queue.size();
    }

    /** Closes every descriptor still waiting; the connection is ending. */
    public void closeAll() {
        while (!queue.isEmpty()) {
            queue.removeFirst().fd().close();
        }
    }
}
