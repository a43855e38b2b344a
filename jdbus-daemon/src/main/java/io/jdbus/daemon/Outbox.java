package io.jdbus.daemon;

import io.jdbus.message.AttachedFd;
import io.jdbus.transport.Transport;
import io.jdbus.transport.UnixFd;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The bytes on their way to one client. A send writes straight to the socket when nothing is queued and the
 * socket takes it without waiting; the rest is queued and written by the client's own writer thread, so a
 * client that reads slowly never holds up the bus. When the queue would pass its byte limit the send fails
 * and the bus drops the client.
 */
final class Outbox {
    private static final System.Logger LOG = System.getLogger(Outbox.class.getName());

    private record Entry(ByteBuffer bytes, List<UnixFd> fds) {
    }

    private final Transport transport;
    private final long maxBytes;
    private final long maxFds;
    private final ArrayDeque<Entry> queue = new ArrayDeque<>();
    private long queuedBytes;
    private long queuedFds;
    private Thread writer;
    private Entry writing;
    private boolean closed;

    Outbox(Transport transport, long maxBytes, long maxFds) {
        this.transport = transport;
        this.maxBytes = maxBytes;
        this.maxFds = maxFds;
    }

    /**
     * Sends one encoded message with its descriptors (which stay the caller's: queued ones are duplicated).
     *
     * @return false when the client would exceed its queue limits (it does not read): the caller drops it; a
     *         client whose socket no longer takes writes has gone, and what is sent to it is discarded
     */
    synchronized boolean send(byte[] bytes, List<? extends AttachedFd> fds) {
        if (closed) {
            return true;   // gone or going: its reader ends the connection
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        List<? extends AttachedFd> pendingFds = fds;
        if (queue.isEmpty()) {
            try {
                if (transport.tryWrite(buf, fds) > 0) {
                    pendingFds = List.of();
                }
            } catch (IOException e) {
                // The peer has gone (EPIPE, ECONNRESET): stop writing, but leave the connection to its reader,
                // which still routes what the peer sent before it went and then sees the end of the stream.
                LOG.log(System.Logger.Level.DEBUG, "{0}: writing failed: {1}", transport.description(), e.getMessage());
                closed = true;
                return true;
            }
            if (!buf.hasRemaining()) {
                return true;
            }
        }
        if (queuedBytes + buf.remaining() > maxBytes || queuedFds + pendingFds.size() > maxFds) {
            LOG.log(System.Logger.Level.DEBUG, "{0}: {1} bytes queued, over the limit of {2}",
                    transport.description(), queuedBytes + buf.remaining(), maxBytes);
            return false;
        }
        List<UnixFd> own = new ArrayList<>(pendingFds.size());
        try {
            for (AttachedFd fd : pendingFds) {
                own.add(UnixFd.dup(fd.value()));
            }
        } catch (IOException e) {
            own.forEach(UnixFd::close);
            return false;
        }
        queue.addLast(new Entry(buf, own));
        queuedBytes += buf.remaining();
        queuedFds += own.size();
        if (writer == null) {
            writer = Thread.ofPlatform().daemon().name("jdbus-daemon-writer " + transport.description())
                    .start(this::drain);
        } else {
            notifyAll();
        }
        return true;
    }

    /** The bytes waiting to be written. */
    synchronized long queuedBytes() {
        return queuedBytes;
    }

    private void drain() {
        while (true) {
            Entry head;
            synchronized (this) {
                while (queue.isEmpty() && !closed) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) {
                    return;
                }
                head = queue.peekFirst();
                writing = head;
            }
            int before = head.bytes().remaining();
            try {
                transport.write(head.bytes(), head.fds());
            } catch (IOException | RuntimeException e) {
                head.fds().forEach(UnixFd::close);
                LOG.log(System.Logger.Level.DEBUG, "{0}: writing failed: {1}", transport.description(), e.getMessage());
                close();   // the peer has gone; its reader ends the connection when it sees the end of the stream
                return;
            }
            synchronized (this) {
                writing = null;
                if (queue.peekFirst() == head) {
                    queue.removeFirst();
                    queuedBytes -= before;
                    queuedFds -= head.fds().size();
                }
            }
            head.fds().forEach(UnixFd::close);
        }
    }

    /** Drops what is queued and stops the writer. Idempotent. */
    synchronized void close() {
        closed = true;
        for (Entry e : queue) {
            if (e != writing) {
                e.fds().forEach(UnixFd::close);   // the writer closes those it is sending
            }
        }
        queue.clear();
        queuedBytes = 0;
        queuedFds = 0;
        notifyAll();
    }
}
