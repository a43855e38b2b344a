package io.jdbus.transport;

import io.jdbus.internal.Libc;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Waits until any of many {@link NativeUnixTransport}s has something to read ({@code epoll}), so that one
 * thread can serve them all, taking them in the order their data arrived, as a bus daemon does. Each
 * registered transport carries a caller's key; {@link #await} returns the keys of the ready ones.
 * Level-triggered: a transport stays ready until it has been read dry ({@link NativeUnixTransport#tryRead}
 * returns 0). A closed transport leaves the set by itself.
 * {@snippet :
 * try (SocketPoller poller = SocketPoller.open()) {
 *     poller.register(transport, 42);
 *     long[] ready = new long[64];
 *     int n = poller.await(ready, 1000);   // ready[0..n) are keys such as 42
 * }
 * }
 *
 * <p>{@link #register} and {@link #await} may be called from different threads; {@link #await} from one.
 */
public final class SocketPoller implements AutoCloseable {
    private static final int MAX_EVENTS = 256;

    private final int epfd;
    private final Arena arena = Arena.ofAuto();
    private final MemorySegment events;
    private volatile boolean closed;

    private SocketPoller(int epfd) {
        this.epfd = epfd;
        this.events = arena.allocate((long) Libc.EPOLL_EVENT_SIZE * MAX_EVENTS, 8);
    }

    /** A new, empty poller; fails when native sockets are unavailable. */
    public static SocketPoller open() throws IOException {
        Libc.requireAvailable("a socket poller");
        return new SocketPoller(Libc.epollCreate());
    }

    /** Watches {@code transport} for data (and the end of its stream), reporting it as {@code key}. */
    public void register(NativeUnixTransport transport, long key) throws IOException {
        Libc.epollCtl(epfd, Libc.EPOLL_CTL_ADD, transport.descriptor(), Libc.EPOLLIN, key);
    }

    /** Stops watching {@code transport}; nothing happens if it is closed already. */
    public void unregister(NativeUnixTransport transport) {
        try {
            Libc.epollCtl(epfd, Libc.EPOLL_CTL_DEL, transport.descriptor(), 0, 0);
        } catch (IOException e) {
            // closed already: the kernel removed it
        }
    }

    /**
     * Waits at most {@code timeoutMillis} (-1: no limit) until a transport is ready; writes the keys of the
     * ready ones, in the order their data arrived, to {@code keys} and returns how many (0 after the timeout).
     */
    public int await(long[] keys, int timeoutMillis) throws IOException {
        int max = Math.min(keys.length, MAX_EVENTS);
        int n = Libc.epollWait(epfd, events, max, timeoutMillis);
        for (int i = 0; i < n; i++) {
            keys[i] = events.get(ValueLayout.JAVA_LONG_UNALIGNED, (long) i * Libc.EPOLL_EVENT_SIZE + Libc.EPOLL_DATA_OFFSET);
        }
        return n;
    }

    /** Closes the poller; a thread in {@link #await} returns within its timeout. Idempotent. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        Libc.close(epfd);
    }
}
