package io.jdbus.transport;

import io.jdbus.internal.Libc;
import io.jdbus.message.AttachedFd;
import io.jdbus.message.Message;
import io.jdbus.types.UnixFD;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.ref.Cleaner;
import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.ClosedChannelException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An open unix file descriptor that this object owns: the thing a D-Bus {@code h} value refers to.
 *
 * <p>Ownership: whoever holds a {@code UnixFd} owns the descriptor and closes it with {@link #close()}
 * (idempotent). One that becomes unreachable unclosed is closed by a {@link Cleaner}, as a safety net, not
 * as a plan. Sending a message with descriptors does not close them: the kernel gives the receiver its own
 * copies. A received message's descriptors belong to its receiver (see {@code docs/CONNECTION.md}); keep one
 * beyond the handler with {@link #dup()}. {@link #value()} lends the number; {@link #release()} takes it
 * over, leaving closing to the caller.
 * {@snippet :
 * try (UnixFd received = UnixFd.in(message, (UnixFD) message.body().getFirst())) {   // a received fd is ours
 *     received.channel().write(ByteBuffer.wrap("hello".getBytes()));
 * }
 * try (UnixFd.Pipe pipe = UnixFd.pipe()) {
 *     Message m = Message.signal("/a", "com.example.X", "Fd").body("h", new UnixFD(0)).build()
 *             .withFds(List.of(pipe.writeEnd()));
 *     bus.send(m);                                   // the pipe's ends stay ours: closed by try
 *     ByteBuffer in = ByteBuffer.allocate(64);
 *     pipe.readEnd().channel().read(in);             // what the receiver wrote through its copy
 * }
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-protocol-marshaling">UNIX_FD</a>
 */
public final class UnixFd implements AttachedFd {
    private static final Cleaner CLEANER = Cleaner.create(r -> {
        Thread t = new Thread(r, "jdbus-fd-cleaner");
        t.setDaemon(true);
        return t;
    });

    private final Owner owner;
    private final Cleaner.Cleanable cleanable;

    /** The number and whether it is still ours; what the cleaner closes (it must not refer to the UnixFd). */
    private static final class Owner implements Runnable {
        /** The descriptor, or -1 once closed or released. */
        final AtomicInteger fd;

        Owner(int fd) {
            this.fd = new AtomicInteger(fd);
        }

        @Override
        public void run() {
            int n = fd.getAndSet(-1);
            if (n >= 0) {
                try {
                    Libc.close(n);
                } catch (IOException e) {
                    System.getLogger(UnixFd.class.getName()).log(System.Logger.Level.DEBUG, "closing fd " + n, e);
                }
            }
        }
    }

    private UnixFd(int fd) {
        this.owner = new Owner(fd);
        this.cleanable = CLEANER.register(this, owner);
    }

    /** Takes ownership of the descriptor {@code fd}: closing this closes it. */
    public static UnixFd adopt(int fd) throws IOException {
        if (fd < 0) {
            throw new IllegalArgumentException("not a file descriptor: " + fd);
        }
        Libc.requireAvailable("a unix fd");
        return new UnixFd(fd);
    }

    /** A new descriptor (close-on-exec) for the same open file as {@code fd}, which stays the caller's. */
    public static UnixFd dup(int fd) throws IOException {
        Libc.requireAvailable("a unix fd");
        return new UnixFd(Libc.dup(fd));
    }

    /**
     * Opens {@code path} as {@code open(2)} does: {@link StandardOpenOption#READ} (the default),
     * {@code WRITE}, {@code APPEND}, {@code CREATE}, {@code CREATE_NEW} and {@code TRUNCATE_EXISTING} are
     * understood; new files get mode 0600.
     */
    public static UnixFd open(Path path, OpenOption... options) throws IOException {
        Libc.requireAvailable("a unix fd");
        Set<OpenOption> o = Set.of(options);
        boolean write = o.contains(StandardOpenOption.WRITE) || o.contains(StandardOpenOption.APPEND);
        boolean read = o.contains(StandardOpenOption.READ) || !write;
        int flags = read && write ? Libc.O_RDWR : write ? Libc.O_WRONLY : Libc.O_RDONLY;
        for (OpenOption option : o) {
            flags |= switch (option) {
                case StandardOpenOption.APPEND -> Libc.O_APPEND;
                case StandardOpenOption.CREATE -> Libc.O_CREAT;
                case StandardOpenOption.CREATE_NEW -> Libc.O_CREAT | Libc.O_EXCL;
                case StandardOpenOption.TRUNCATE_EXISTING -> Libc.O_TRUNC;
                case StandardOpenOption.READ, StandardOpenOption.WRITE -> 0;
                default -> throw new UnsupportedOperationException("open option " + option + " is not supported here");
            };
        }
        return new UnixFd(Libc.open(path.toString(), flags, 0600));
    }

    /**
     * The descriptor that a received message's {@code h} value {@code index} refers to; it belongs to the
     * caller from now on (close it, or keep it).
     *
     * @throws IllegalArgumentException when the message carries no descriptor at that index
     */
    public static UnixFd in(Message received, UnixFD index) {
        List<AttachedFd> fds = received.fds();
        if (index.index() >= fds.size()) {
            throw new IllegalArgumentException("unix fd index " + index.index() + " of " + received + " points past its "
                    + fds.size() + " descriptors");
        }
        if (!(fds.get(index.index()) instanceof UnixFd fd)) {
            throw new IllegalArgumentException("descriptor " + index.index() + " of " + received + " is not a UnixFd");
        }
        return fd;
    }

    /** A new pipe, both ends close-on-exec. */
    public static Pipe pipe() throws IOException {
        Libc.requireAvailable("a pipe");
        int[] fds = Libc.pipe();
        return new Pipe(new UnixFd(fds[0]), new UnixFd(fds[1]));
    }

    /** The two ends of a pipe; closing the pair closes both. */
    public record Pipe(UnixFd readEnd, UnixFd writeEnd) implements AutoCloseable {
        @Override
        public void close() {
            try {
                readEnd.close();
            } finally {
                writeEnd.close();
            }
        }
    }

    /**
     * The descriptor's number, lent: valid while this object is open and reachable.
     *
     * @throws IllegalStateException once closed or released
     */
    public int value() {
        int n = owner.fd.get();
        if (n < 0) {
            throw new IllegalStateException("the unix fd is closed");
        }
        return n;
    }

    /** Whether this still owns a descriptor. */
    public boolean isOpen() {
        return owner.fd.get() >= 0;
    }

    /** A new, independently owned descriptor for the same open file. */
    public UnixFd dup() throws IOException {
        try {
            return new UnixFd(Libc.dup(value()));
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    /** Gives up ownership: returns the number, which the caller must close; this object is then closed. */
    public int release() {
        int n = owner.fd.getAndSet(-1);
        if (n < 0) {
            throw new IllegalStateException("the unix fd is closed");
        }
        cleanable.clean();
        return n;
    }

    /**
     * A channel reading and writing through the descriptor with {@code read(2)} and {@code write(2)},
     * blocking; closing the channel closes this descriptor.
     */
    public ByteChannel channel() {
        return new ByteChannel() {
            @Override
            public int read(ByteBuffer dst) throws IOException {
                int len = dst.remaining();
                if (len == 0) {
                    return 0;
                }
                try (Arena a = Arena.ofConfined()) {
                    MemorySegment buf = a.allocate(len);
                    long n = Libc.read(fd(), buf, len);
                    if (n == 0) {
                        return -1;
                    }
                    dst.put(buf.asSlice(0, n).asByteBuffer());
                    return (int) n;
                } finally {
                    Reference.reachabilityFence(UnixFd.this);
                }
            }

            @Override
            public int write(ByteBuffer src) throws IOException {
                int len = src.remaining();
                try (Arena a = Arena.ofConfined()) {
                    MemorySegment buf = a.allocate(Math.max(len, 1));
                    buf.asByteBuffer().put(src.duplicate());
                    long n = Libc.write(fd(), buf, len);
                    src.position(src.position() + (int) n);
                    return (int) n;
                } finally {
                    Reference.reachabilityFence(UnixFd.this);
                }
            }

            private int fd() throws ClosedChannelException {
                int n = owner.fd.get();
                if (n < 0) {
                    throw new ClosedChannelException();
                }
                return n;
            }

            @Override
            public boolean isOpen() {
                return UnixFd.this.isOpen();
            }

            @Override
            public void close() {
                UnixFd.this.close();
            }
        };
    }

    /** Closes the descriptor; idempotent. */
    @Override
    public void close() {
        cleanable.clean();
    }

    @Override
    public String toString() {
        int n = owner.fd.get();
        return n < 0 ? "UnixFd[closed]" : "UnixFd[" + n + "]";
    }
}
