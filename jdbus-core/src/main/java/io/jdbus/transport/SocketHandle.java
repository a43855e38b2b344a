package io.jdbus.transport;

import io.jdbus.internal.Libc;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;

/**
 * A socket descriptor that may be closed while another thread is blocked in a call on it.
 *
 * <p>Closing a descriptor under a blocked {@code recvmsg} does not wake it on Linux, and the number could be
 * reused by an unrelated {@code open} while the call still holds it. So {@link #close()} first calls
 * {@code shutdown(SHUT_RDWR)}, which wakes blocked reads ({@code 0}) and accepts ({@code EINVAL}), and
 * releases the number only when the last call in progress has returned, as the JDK's own channels do.
 */
final class SocketHandle {
    private final int fd;
    private int users;
    private boolean closed;
    private boolean released;

    SocketHandle(int fd) {
        this.fd = fd;
    }

    /** The descriptor, for one call; pair with {@link #release()}. */
    synchronized int acquire() throws ClosedChannelException {
        if (closed) {
            throw new ClosedChannelException();
        }
        users++;
        return fd;
    }

    void release() throws IOException {
        boolean last;
        synchronized (this) {
            users--;
            last = closed && users == 0 && !released;
            released |= last;
        }
        if (last) {
            Libc.close(fd);
        }
    }

    synchronized boolean isOpen() {
        return !closed;
    }

    /** Shuts the socket down at once and releases the descriptor when no call holds it. Idempotent. */
    void close() throws IOException {
        boolean now;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            Libc.shutdown(fd, Libc.SHUT_RDWR);
            now = users == 0;
            released = now;
        }
        if (now) {
            Libc.close(fd);
        }
    }

    /** The number, for messages. */
    int number() {
        return fd;
    }
}
