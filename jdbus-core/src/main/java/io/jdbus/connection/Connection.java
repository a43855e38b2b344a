package io.jdbus.connection;

import io.jdbus.message.AttachedFd;
import io.jdbus.message.Flag;
import io.jdbus.message.Message;
import io.jdbus.message.MessageEncoder;
import io.jdbus.message.MessageStreamReader;
import io.jdbus.message.MessageType;
import io.jdbus.transport.ReceivedFds;
import io.jdbus.transport.Transport;
import io.jdbus.transport.UnixFd;
import io.jdbus.wire.MalformedMessageException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The I/O core of a connection, after authentication: one reader thread decodes frames, completes
 * pending calls and hands other messages to dispatch; writers share a lock that also orders serials.
 *
 * <p>Nothing a user supplies runs on the reader thread: replies complete on a virtual thread, signals and
 * other messages go through one ordered dispatch queue, incoming method calls each get a virtual thread.
 */
final class Connection implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Connection.class.getName());
    /** One timer thread for every connection's call timeouts; a cancelled timeout leaves the queue at once. */
    private static final ScheduledExecutorService TIMERS = timers();
    /** The most bytes one read of the socket takes. */
    private static final int READ_CHUNK = 64 * 1024;

    private final Transport transport;
    private final boolean unixFds;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Map<Integer, PendingCall> pending = new ConcurrentHashMap<>();
    private final List<Consumer<Message>> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService callbacks = Executors.newVirtualThreadPerTaskExecutor();
    private final Executor ordered;
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    private final Thread reader;
    /** Replies to asynchronous calls routed since the last read, completed together; reader thread only. */
    private final List<PendingCall> replies = new java.util.ArrayList<>();
    private final List<Message> replyMessages = new java.util.ArrayList<>();
    private volatile Consumer<Message> methodCalls = m -> { };
    private volatile Consumer<Message> observer = m -> { };
    private int serial;
    private volatile Throwable closeCause;

    Connection(Transport transport, byte[] leftover, boolean unixFds) {
        this.transport = transport;
        this.unixFds = unixFds;
        this.ordered = new OrderedExecutor(callbacks);
        MessageStreamReader stream = new MessageStreamReader();
        stream.feed(leftover, 0, leftover.length);
        this.reader = Thread.ofPlatform().daemon().name("jdbus-reader " + transport.description())
                .unstarted(() -> readLoop(stream));
    }

    private static ScheduledExecutorService timers() {
        var timers = new java.util.concurrent.ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "jdbus-timeouts");
            t.setDaemon(true);
            return t;
        });
        timers.setRemoveOnCancelPolicy(true);
        return timers;
    }

    void start() {
        reader.start();
    }

    /** Library code (never user code) that sees each incoming message on the reader thread, before dispatch. */
    void observe(Consumer<Message> observer) {
        this.observer = observer;
    }

    /** Where incoming method calls go; each runs on its own virtual thread. */
    void onMethodCall(Consumer<Message> handler) {
        this.methodCalls = handler;
    }

    /** Adds a listener for every incoming message other than replies; listeners run in arrival order. */
    Runnable addListener(Consumer<Message> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Sends {@code m} with the next serial and returns the message as sent. */
    Message send(Message m) throws IOException {
        return send(m, null);
    }

    private Message send(Message m, PendingRegistration registration) throws IOException {
        writeLock.lock();
        try {
            checkOpen();
            checkFds(m);
            int s = ++serial == 0 ? ++serial : serial;
            Message numbered = m.withSerial(s);
            byte[] bytes = MessageEncoder.encode(numbered);
            if (registration != null) {
                registration.register(s);
            }
            try {
                transport.write(ByteBuffer.wrap(bytes), numbered.fds());
            } catch (IOException e) {
                fail(e);
                throw closedException();
            }
            return numbered;
        } finally {
            writeLock.unlock();
        }
    }

    private void checkFds(Message m) throws IOException {
        if (m.fds().size() != m.unixFds()) {
            throw new IllegalArgumentException(m + " announces " + m.unixFds() + " unix fds (UNIX_FDS) but carries "
                    + m.fds().size() + "; attach them with Message.withFds");
        }
        if (!m.fds().isEmpty() && !unixFds) {
            throw new IOException("cannot send " + m + " with " + m.fds().size() + " unix fds: fd passing was not "
                    + "agreed on this connection (" + transport.description() + "); build it with negotiateUnixFds(true)");
        }
    }

    /** Sends a call and returns a future of its reply (an ERROR reply completes it with a {@link DBusErrorException}). */
    CompletableFuture<Message> callAsync(Message call, Duration timeout) {
        CompletableFuture<Message> future = new CompletableFuture<>();
        try {
            requireExpectsReply(call);
        } catch (IllegalArgumentException e) {
            future.completeExceptionally(e);
            return future;
        }
        int[] assigned = {0};
        PendingRegistration registration = s -> {
            assigned[0] = s;
            var timer = TIMERS.schedule(() -> expire(s, timeout), timeout.toNanos(), TimeUnit.NANOSECONDS);
            pending.put(s, new PendingCall(s, future, timer, false));
        };
        try {
            send(call, registration);
        } catch (IOException e) {
            future.completeExceptionally(e);
            return future;
        }
        future.whenComplete((r, e) -> {
            if (future.isCancelled()) {
                PendingCall p = pending.remove(assigned[0]);
                if (p != null) {
                    p.cancelTimer();
                }
            }
        });
        return future;
    }

    /**
     * Sends a call and waits for its reply at most {@code timeout}. The same protocol as {@link #callAsync}
     * without its two costs per call: no timer (the caller waits with a deadline) and no hand-off to
     * another thread (nothing but this caller waits on the future, so the reader completes it).
     */
    Message call(Message call, Duration timeout) throws IOException, InterruptedException {
        requireExpectsReply(call);
        CompletableFuture<Message> future = new CompletableFuture<>();
        int[] assigned = {0};
        send(call, s -> {
            assigned[0] = s;
            pending.put(s, new PendingCall(s, future, null, true));
        });
        try {
            return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            if (pending.remove(assigned[0]) != null) {
                throw new DBusErrorException(StandardError.NO_REPLY, "no reply within " + timeout.toMillis() + " ms");
            }
            return future.join();   // the reply won the race with the deadline
        } catch (InterruptedException e) {
            pending.remove(assigned[0]);
            throw e;
        } catch (java.util.concurrent.ExecutionException e) {
            throw unwrap(e.getCause());
        }
    }

    private static IOException unwrap(Throwable cause) {
        return switch (cause) {
            case IOException io -> io;
            case RuntimeException re -> throw re;
            case Error err -> throw err;
            default -> new IOException(cause);
        };
    }

    private static void requireExpectsReply(Message call) {
        if (call.type() != MessageType.METHOD_CALL || call.has(Flag.NO_REPLY_EXPECTED)) {
            throw new IllegalArgumentException(
                    "a call that waits for its reply needs a method call that expects one; use send for " + call);
        }
    }

    private void expire(int s, Duration timeout) {
        PendingCall p = pending.remove(s);
        if (p != null) {
            deliver(() -> p.future().completeExceptionally(new DBusErrorException(StandardError.NO_REPLY,
                    "no reply within " + timeout.toMillis() + " ms")));
        }
    }

    /** Runs {@code task} on a virtual thread, or here when the connection has already shut its threads down. */
    private void deliver(Runnable task) {
        try {
            callbacks.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            task.run();
        }
    }

    private interface PendingRegistration {
        void register(int serial);
    }

    private void readLoop(MessageStreamReader stream) {
        ReceivedFds fds = new ReceivedFds(transport.description());
        try {
            while (true) {
                fds.add(transport.takeReceivedFds(), stream.offset() + stream.buffered());
                for (long start = stream.offset(); ; start = stream.offset()) {
                    Message m = stream.next();
                    if (m == null) {
                        break;
                    }
                    route(fds.attach(m, start));
                }
                flushReplies();
                int n = transport.read(stream.space(READ_CHUNK, READ_CHUNK));   // straight into the reader's array
                if (n < 0) {
                    fail(new IOException("the peer closed the connection"));
                    return;
                }
                stream.filled(n);
            }
        } catch (MalformedMessageException e) {
            fail(new IOException("malformed message from the peer at stream offset " + stream.offset() + ": "
                    + e.getMessage(), e));
        } catch (IOException e) {
            fail(e);
        } catch (RuntimeException | Error e) {
            LOG.log(System.Logger.Level.ERROR, "reader of " + transport.description() + " failed", e);
            fail(e);
        } finally {
            fds.closeAll();
            transport.takeReceivedFds().forEach(UnixFd::close);
        }
    }

    /**
     * Completes the asynchronous calls answered by the messages of one read in one task off the reader
     * thread: under load a read brings many replies, and one hand-off per read costs far less than one per reply.
     */
    private void flushReplies() {
        if (replies.isEmpty()) {
            return;
        }
        PendingCall[] calls = replies.toArray(PendingCall[]::new);
        Message[] answers = replyMessages.toArray(Message[]::new);
        replies.clear();
        replyMessages.clear();
        deliver(() -> {
            for (int i = 0; i < calls.length; i++) {
                calls[i].complete(answers[i]);
            }
        });
    }

    private void route(Message m) {
        observer.accept(m);
        Integer replyTo = m.replySerial();
        if (replyTo != null && (m.type() == MessageType.METHOD_RETURN || m.type() == MessageType.ERROR)) {
            PendingCall p = pending.remove(replyTo);
            if (p != null) {
                p.cancelTimer();
                if (p.direct()) {
                    p.complete(m);
                } else {
                    replies.add(p);
                    replyMessages.add(m);
                }
                return;
            }
        }
        if (m.type() == MessageType.METHOD_CALL) {
            Consumer<Message> handler = methodCalls;
            deliver(() -> handler.accept(m));
        } else if (listeners.isEmpty()) {
            m.fds().forEach(AttachedFd::close);   // nobody will see the message: its descriptors go now
            return;
        }
        for (Consumer<Message> l : listeners) {
            ordered.execute(() -> l.accept(m));
        }
    }

    private void fail(Throwable cause) {
        if (closeCause != null) {
            return;
        }
        closeCause = cause;
        try {
            transport.close();
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
        ConnectionClosedException closedEx = closedException();
        for (PendingCall p : pending.values()) {
            if (pending.remove(p.serial(), p)) {
                p.cancelTimer();
                deliver(() -> p.future().completeExceptionally(closedEx));
            }
        }
        callbacks.shutdown();
        closed.complete(null);
    }

    private ConnectionClosedException closedException() {
        Throwable cause = closeCause;
        String why = cause instanceof ClosedByUser ? "connection closed" : "connection lost: " + cause.getMessage();
        return new ConnectionClosedException(why, cause instanceof ClosedByUser ? null : cause);
    }

    private void checkOpen() throws ConnectionClosedException {
        if (closeCause != null) {
            throw closedException();
        }
    }

    boolean isOpen() {
        return closeCause == null;
    }

    /** How many calls were sent and are still waiting for their reply (or their timeout). */
    int pendingCount() {
        return pending.size();
    }

    /** Completes when the connection is closed or lost. */
    CompletableFuture<Void> closed() {
        return closed;
    }

    @Override
    public void close() {
        fail(new ClosedByUser());
    }

    /** The cause recorded when the user closes the connection. */
    private static final class ClosedByUser extends IOException {
        private static final long serialVersionUID = 1L;

        ClosedByUser() {
            super("connection closed");
        }
    }
}
