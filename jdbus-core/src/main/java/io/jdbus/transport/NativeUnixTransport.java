package io.jdbus.transport;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import io.jdbus.address.UnixAddress;
import io.jdbus.internal.Libc;
import io.jdbus.internal.UnixSockAddr;
import io.jdbus.message.AttachedFd;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * A unix-domain stream socket driven through libc with the FFM API: abstract names, file-descriptor
 * passing ({@code SCM_RIGHTS}) and the peer's credentials ({@code SO_PEERCRED}), which NIO cannot do.
 * Linux only (x86_64, aarch64); needs native access (see {@code docs/CONNECTION.md}).
 *
 * <p>Calls block the calling thread (a virtual thread pins its carrier while blocked). Descriptors that
 * arrive are received close-on-exec and queued in arrival order until {@link #takeReceivedFds()}; those
 * still queued when the transport closes are closed with it.
 * {@snippet :
 * try (NativeUnixTransport t = NativeUnixTransport.connect(UnixAddress.abstractName("/tmp/dbus-x1CPDQ"))) {
 *     long pid = t.peerCredentials().pid();
 *     t.write(ByteBuffer.wrap(bytes), List.of(fd));   // fd goes with the first byte; it stays ours
 * }
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#transports-unix-domain-sockets">Unix domain sockets</a>
 */
public final class NativeUnixTransport implements Transport {
    private static final int READ_CHUNK = 64 * 1024;
    private static final int WRITE_CHUNK = 256 * 1024;
    private static final int MSGHDR_SIZE = 56;
    private static final int CMSG_HEADER = 16;
    /** {@code CMSG_SPACE(SCM_MAX_FD * sizeof(int))}: room for as many descriptors as one message may carry. */
    private static final int CONTROL_SIZE = CMSG_HEADER + align8(4 * Libc.SCM_MAX_FD);

    private final SocketHandle socket;
    private final String description;
    private final List<UnixFd> received = new ArrayList<>();   // guards itself and closed
    private boolean closed;

    NativeUnixTransport(int fd, String description) {
        this.socket = new SocketHandle(fd);
        this.description = description;
    }

    /** Whether native sockets work here: Linux on x86_64 or aarch64, with native access not denied. */
    public static boolean isAvailable() {
        return Libc.unavailableReason().isEmpty();
    }

    /**
     * Connects to the socket {@code address} names ({@code path=} or {@code abstract=}).
     *
     * @throws IOException naming the address and the errno ({@code ENOENT}, {@code ECONNREFUSED}, ...), or
     *         saying why native sockets are unavailable
     */
    public static NativeUnixTransport connect(UnixAddress address) throws IOException {
        Libc.requireAvailable(address.toString());
        int fd = Libc.socket(Libc.AF_UNIX, Libc.SOCK_STREAM | Libc.SOCK_CLOEXEC, 0);
        try (Arena a = Arena.ofConfined()) {
            UnixSockAddr sa = sockAddr(a, address);
            Libc.connect(fd, sa.segment(), sa.length(), address.toString());
        } catch (IOException | RuntimeException e) {
            Libc.close(fd);
            throw e;
        }
        return new NativeUnixTransport(fd, address.toString());
    }

    static UnixSockAddr sockAddr(Arena arena, UnixAddress address) {
        return switch (address.kind()) {
            case PATH -> UnixSockAddr.path(arena, address.value());
            case ABSTRACT -> UnixSockAddr.abstractName(arena, address.value());
            case DIR, TMPDIR, RUNTIME -> throw new IllegalArgumentException(address
                    + " does not name a socket; use unix:path= or unix:abstract=");
        };
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        return receive(dst, false);
    }

    /**
     * Reads what has arrived, without waiting ({@code MSG_DONTWAIT}): for a thread that watches many sockets
     * ({@link SocketPoller}). Returns the number of bytes read, 0 when nothing is there, -1 at the end of the
     * stream; descriptors that came are queued as with {@link #read}.
     */
    public int tryRead(ByteBuffer dst) throws IOException {
        return receive(dst, true);
    }

    private int receive(ByteBuffer dst, boolean once) throws IOException {
        int len = Math.min(dst.remaining(), READ_CHUNK);
        if (len == 0) {
            return 0;
        }
        int fd = socket.acquire();
        try {
            ReadBuffers buffers = READ_BUFFERS.get();
            MemorySegment data = buffers.data;
            MemorySegment control = buffers.control;
            MemorySegment msg = buffers.message(len);
            long n = Libc.recvmsg(fd, msg, Libc.MSG_CMSG_CLOEXEC | (once ? Libc.MSG_DONTWAIT : 0));
            if (n < 0) {
                return 0;   // MSG_DONTWAIT and nothing has arrived
            }
            boolean truncated = (msg.get(JAVA_INT, 48) & Libc.MSG_CTRUNC) != 0;
            collectFds(control, msg.get(JAVA_LONG, 40));
            if (truncated) {
                throw new IOException(description + ": the peer sent more file descriptors than one message may carry ("
                        + Libc.SCM_MAX_FD + "); the kernel dropped some");
            }
            if (n == 0) {
                return -1;
            }
            dst.put(data.asSlice(0, n).asByteBuffer());
            return (int) n;
        } finally {
            socket.release();
        }
    }

    private void collectFds(MemorySegment control, long length) throws IOException {
        long off = 0;
        while (off + CMSG_HEADER <= length) {
            long cmsgLen = control.get(JAVA_LONG, off);
            if (cmsgLen < CMSG_HEADER || off + cmsgLen > length) {
                break;
            }
            if (control.get(JAVA_INT, off + 8) == Libc.SOL_SOCKET && control.get(JAVA_INT, off + 12) == Libc.SCM_RIGHTS) {
                int count = (int) ((cmsgLen - CMSG_HEADER) / 4);
                synchronized (received) {
                    for (int i = 0; i < count; i++) {
                        UnixFd fd = UnixFd.adopt(control.get(JAVA_INT, off + CMSG_HEADER + 4L * i));
                        if (closed) {
                            fd.close();   // arrived as the transport closed: nobody will take it
                        } else {
                            received.add(fd);
                        }
                    }
                }
            }
            off += align8((int) cmsgLen);
        }
    }

    @Override
    public void write(ByteBuffer src) throws IOException {
        write(src, List.of());
    }

    /**
     * Writes all of {@code src}, passing {@code fds} with its first byte. The descriptors stay the caller's.
     *
     * @throws IllegalArgumentException for more than 253 descriptors (the kernel's {@code SCM_MAX_FD})
     */
    @Override
    public void write(ByteBuffer src, List<? extends AttachedFd> fds) throws IOException {
        send(src, fds, false);
    }

    /** Writes what the socket takes without blocking ({@code MSG_DONTWAIT}); the descriptors go with the first byte. */
    @Override
    public int tryWrite(ByteBuffer src, List<? extends AttachedFd> fds) throws IOException {
        return send(src, fds, true);
    }

    private int send(ByteBuffer src, List<? extends AttachedFd> fds, boolean once) throws IOException {
        if (fds.size() > Libc.SCM_MAX_FD) {
            throw new IllegalArgumentException(fds.size() + " file descriptors; at most " + Libc.SCM_MAX_FD
                    + " fit in one message");
        }
        if (!fds.isEmpty() && !src.hasRemaining()) {
            throw new IllegalArgumentException("file descriptors need at least one byte to travel with");
        }
        int fd = socket.acquire();
        int written = 0;
        try (Arena a = Arena.ofConfined()) {
            MemorySegment data = a.allocate(Math.min(Math.max(src.remaining(), 1), WRITE_CHUNK));
            MemorySegment control = MemorySegment.NULL;
            int controlSize = 0;
            if (!fds.isEmpty()) {
                controlSize = CMSG_HEADER + align8(4 * fds.size());
                control = a.allocate(controlSize, 8);
                control.set(JAVA_LONG, 0, CMSG_HEADER + 4L * fds.size());
                control.set(JAVA_INT, 8, Libc.SOL_SOCKET);
                control.set(JAVA_INT, 12, Libc.SCM_RIGHTS);
                for (int i = 0; i < fds.size(); i++) {
                    control.set(JAVA_INT, CMSG_HEADER + 4L * i, fds.get(i).value());
                }
            }
            int flags = Libc.MSG_NOSIGNAL | (once ? Libc.MSG_DONTWAIT : 0);
            while (src.hasRemaining()) {
                int len = (int) Math.min(src.remaining(), data.byteSize());
                data.asByteBuffer().put(src.slice(src.position(), len));
                MemorySegment msg = message(a, data, len, control, controlSize);
                long n = Libc.sendmsg(fd, msg, flags);
                if (n < 0) {
                    break;   // MSG_DONTWAIT and the socket's buffer is full
                }
                src.position(src.position() + (int) n);
                written += (int) n;
                if (n > 0) {
                    control = MemorySegment.NULL;
                    controlSize = 0;
                }
            }
            return written;
        } finally {
            Reference.reachabilityFence(fds);
            socket.release();
        }
    }

    /** A {@code msghdr} with one {@code iovec} over the first {@code len} bytes of {@code data}. */
    private static MemorySegment message(Arena a, MemorySegment data, int len, MemorySegment control, int controlSize) {
        return fill(a.allocate(MSGHDR_SIZE, 8), a.allocate(16, 8), data, len, control, controlSize);
    }

    /** Fills {@code msg} and {@code iov} as {@link #message} describes; the other fields of {@code msg} zero. */
    private static MemorySegment fill(MemorySegment msg, MemorySegment iov, MemorySegment data, int len,
            MemorySegment control, int controlSize) {
        iov.set(ADDRESS, 0, data);
        iov.set(JAVA_LONG, 8, len);
        msg.fill((byte) 0);
        msg.set(ADDRESS, 16, iov);
        msg.set(JAVA_LONG, 24, 1);
        msg.set(ADDRESS, 32, control);
        msg.set(JAVA_LONG, 40, controlSize);
        return msg;
    }

    /**
     * A reading thread's native buffers, reused for each of its reads on any transport: allocating (and so
     * zeroing) 64 KiB of native memory per read showed on every connection's and the bus's hot path. A thread
     * reads one socket at a time, so one set per thread is enough; the bus reads all its clients with one.
     */
    private static final ThreadLocal<ReadBuffers> READ_BUFFERS = ThreadLocal.withInitial(ReadBuffers::new);

    private static final class ReadBuffers {
        private final Arena arena = Arena.ofAuto();
        final MemorySegment data = arena.allocate(READ_CHUNK);
        final MemorySegment control = arena.allocate(CONTROL_SIZE, 8);
        private final MemorySegment iov = arena.allocate(16, 8);
        private final MemorySegment msg = arena.allocate(MSGHDR_SIZE, 8);

        /** The {@code msghdr} for a read of up to {@code len} bytes, reset (recvmsg writes some of its fields). */
        MemorySegment message(int len) {
            return fill(msg, iov, data, len, control, CONTROL_SIZE);
        }
    }

    @Override
    public List<UnixFd> takeReceivedFds() {
        synchronized (received) {
            if (received.isEmpty()) {
                return List.of();
            }
            List<UnixFd> taken = List.copyOf(received);
            received.clear();
            return taken;
        }
    }

    /** The socket's descriptor number, for {@link SocketPoller}; it stays this transport's. */
    int descriptor() {
        return socket.number();
    }

    /** The peer's pid, uid and gid, as the kernel recorded them at {@code connect} ({@code SO_PEERCRED}). */
    public PeerCredentials peerCredentials() throws IOException {
        int fd = socket.acquire();
        try (Arena a = Arena.ofConfined()) {
            MemorySegment cred = a.allocate(12, 4);
            Libc.getsockopt(fd, Libc.SOL_SOCKET, Libc.SO_PEERCRED, cred);
            return new PeerCredentials(cred.get(JAVA_INT, 0), Integer.toUnsignedLong(cred.get(JAVA_INT, 4)),
                    Integer.toUnsignedLong(cred.get(JAVA_INT, 8)));
        } finally {
            socket.release();
        }
    }

    @Override
    public boolean canPassFds() {
        return true;
    }

    @Override
    public String description() {
        return description;
    }

    /** Shuts the socket down (a blocked {@link #read} returns -1) and closes descriptors not yet taken. */
    @Override
    public void close() throws IOException {
        socket.close();
        List<UnixFd> left;
        synchronized (received) {
            closed = true;
            left = List.copyOf(received);
            received.clear();
        }
        left.forEach(UnixFd::close);
    }

    private static int align8(int n) {
        return (n + 7) & ~7;
    }
}
