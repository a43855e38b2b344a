package io.jdbus.internal;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.util.Optional;

/**
 * The few libc functions jdbus calls through the FFM API ({@link Linker#nativeLinker()} and its default
 * lookup; no library of our own), for Linux on x86_64 and aarch64 (LP64: {@code size_t} and pointers are
 * 64 bits, {@code int} and {@code socklen_t} 32). Every call that can fail captures {@code errno} and turns
 * a failure into an {@link IOException} naming the call and the errno ({@link Errno}); calls interrupted by
 * a signal ({@code EINTR}) are repeated.
 *
 * <p>Struct layouts used by callers: {@code sockaddr_un} is a 16-bit family and 108 bytes of path;
 * {@code msghdr} is 56 bytes (name 0, namelen 8, iov 16, iovlen 24, control 32, controllen 40, flags 48);
 * {@code iovec} 16 (base 0, len 8); {@code cmsghdr} 16 before the data (len 0, level 8, type 12);
 * {@code ucred} 12 (pid, uid, gid).
 */
@SuppressWarnings("restricted")
public final class Libc {
    public static final int AF_UNIX = 1;
    public static final int SOCK_STREAM = 1;
    public static final int SOCK_CLOEXEC = 0x80000;
    public static final int SOL_SOCKET = 1;
    public static final int SO_PEERCRED = 17;
    public static final int SCM_RIGHTS = 1;
    public static final int MSG_CTRUNC = 0x8;
    public static final int MSG_NOSIGNAL = 0x4000;
    public static final int MSG_DONTWAIT = 0x40;
    public static final int EPOLLIN = 0x1;
    public static final int EPOLL_CTL_ADD = 1;
    public static final int EPOLL_CTL_DEL = 2;
    public static final int EPOLL_CLOEXEC = 0x80000;
    /** {@code sizeof(struct epoll_event)}: packed on x86_64 (12 bytes), naturally aligned elsewhere (16). */
    public static final int EPOLL_EVENT_SIZE = System.getProperty("os.arch", "").equals("amd64") ? 12 : 16;
    /** The offset of the event's 64-bit data in {@code struct epoll_event}. */
    public static final int EPOLL_DATA_OFFSET = EPOLL_EVENT_SIZE == 12 ? 4 : 8;
    public static final int MSG_CMSG_CLOEXEC = 0x40000000;
    public static final int SHUT_RDWR = 2;
    public static final int O_RDONLY = 0;
    public static final int O_WRONLY = 1;
    public static final int O_RDWR = 2;
    public static final int O_CREAT = 0x40;
    public static final int O_EXCL = 0x80;
    public static final int O_TRUNC = 0x200;
    public static final int O_APPEND = 0x400;
    public static final int O_CLOEXEC = 0x80000;
    public static final int F_DUPFD_CLOEXEC = 1030;
    /** The most descriptors one {@code sendmsg} may carry ({@code SCM_MAX_FD}). */
    public static final int SCM_MAX_FD = 253;
    /** Bytes of {@code sun_path}. */
    public static final int SUN_PATH_SIZE = 108;

    private static final String UNAVAILABLE = probe();

    private Libc() {
    }

    /** Why the native calls cannot be used here, or empty when they can. */
    public static Optional<String> unavailableReason() {
        return Optional.ofNullable(UNAVAILABLE);
    }

    /** Throws an {@link IOException} saying why native calls are unavailable, if they are. */
    public static void requireAvailable(String what) throws IOException {
        if (UNAVAILABLE != null) {
            throw new IOException(what + " needs jdbus's native socket support, which is unavailable: " + UNAVAILABLE);
        }
    }

    private static String probe() {
        String os = System.getProperty("os.name", "?");
        String arch = System.getProperty("os.arch", "?");
        if (!os.equals("Linux")) {
            return "it is implemented for Linux only, and this is " + os;
        }
        if (!arch.equals("amd64") && !arch.equals("aarch64")) {
            return "it is implemented for x86_64 and aarch64 only, and this is " + arch;
        }
        try {
            Calls.SOCKET.type();
            return null;
        } catch (ExceptionInInitializerError | NoClassDefFoundError e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof IllegalCallerException) {
                Module m = Libc.class.getModule();
                return "native access is not enabled (run java with --enable-native-access="
                        + (m.isNamed() ? m.getName() : "ALL-UNNAMED") + "): " + cause.getMessage();
            }
            return cause.toString();
        }
    }

    /** The handles, built on first use; building them is what fails when native access is denied. */
    private static final class Calls {
        static final Linker LINKER = Linker.nativeLinker();
        static final SymbolLookup LOOKUP = LINKER.defaultLookup();
        static final StructLayout STATE = Linker.Option.captureStateLayout();
        static final VarHandle ERRNO = STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));

        static final MethodHandle SOCKET = capture("socket", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
        static final MethodHandle CONNECT = capture("connect", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
        static final MethodHandle BIND = capture("bind", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
        static final MethodHandle LISTEN = capture("listen", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
        static final MethodHandle ACCEPT4 = capture("accept4",
                FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
        static final MethodHandle SENDMSG = capture("sendmsg", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_INT));
        static final MethodHandle RECVMSG = capture("recvmsg", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_INT));
        static final MethodHandle GETSOCKOPT = capture("getsockopt",
                FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
        static final MethodHandle SHUTDOWN = capture("shutdown", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
        static final MethodHandle CLOSE = capture("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
        static final MethodHandle READ = capture("read", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG));
        static final MethodHandle WRITE = capture("write", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG));
        static final MethodHandle PIPE2 = capture("pipe2", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
        static final MethodHandle OPEN = capture("open", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT),
                Linker.Option.firstVariadicArg(2));
        static final MethodHandle FCNTL = capture("fcntl", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT),
                Linker.Option.firstVariadicArg(2));
        static final MethodHandle EPOLL_CREATE1 = capture("epoll_create1", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
        static final MethodHandle EPOLL_CTL = capture("epoll_ctl",
                FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS));
        static final MethodHandle EPOLL_WAIT = capture("epoll_wait",
                FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
        static final MethodHandle STRERROR = LINKER.downcallHandle(find("strerror"), FunctionDescriptor.of(ADDRESS, JAVA_INT));

        private static MemorySegment find(String name) {
            return LOOKUP.find(name).orElseThrow(() -> new UnsatisfiedLinkError("libc has no " + name));
        }

        private static MethodHandle capture(String name, FunctionDescriptor fd, Linker.Option... more) {
            Linker.Option[] options = new Linker.Option[more.length + 1];
            options[0] = Linker.Option.captureCallState("errno");
            System.arraycopy(more, 0, options, 1, more.length);
            return LINKER.downcallHandle(find(name), fd, options);
        }
    }

    private static int errno(MemorySegment state) {
        return (int) Calls.ERRNO.get(state, 0L);
    }

    private static IOException unexpected(Throwable t) {
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IOException(t);
    }

    /** {@code socket(domain, type, protocol)}. */
    public static int socket(int domain, int type, int protocol) throws IOException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(Calls.STATE);
            int r = (int) Calls.SOCKET.invokeExact(st, domain, type, protocol);
            if (r < 0) {
                throw Errno.exception("socket", errno(st));
            }
            return r;
        } catch (IOException e) {
            throw e;
        } catch (Throwable t) {
            throw unexpected(t);
        }
    }

    /** {@code connect(fd, addr, len)}; {@code what} names the peer in the error. */
    public static void connect(int fd, MemorySegment addr, int len, String what) throws IOException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(Calls.STATE);
            while (true) {
                int r = (int) Calls.CONNECT.invokeExact(st, fd, addr, len);
                if (r == 0) {
                    return;
                }
                int e = errno(st);
                if (e != Errno.EINTR) {
                    throw Errno.exception("connect to " + what, e);
                }
            }
        } catch (IOException e) {
            throw e;
        } catch (Throwable t) {
            throw unexpected(t);
        }
    }

    /** {@code bind(fd, addr, len)}. */
    public static void bind(int fd, MemorySegment addr, int len, String what) throws IOException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(Calls.STATE);
            int r = (int) Calls.BIND.invokeExact(st, fd, addr, len);
            if (r < 0) {
                throw Errno.exception("bind to " + what, errno(st));
            }
        } catch (IOException e) {
            throw e;
        } catch (Throwable t) {
            throw unexpected(t);
        }
    }

    /** {@code listen(fd, backlog)}. */
    public static void listen(int fd, int backlog) throws IOException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(Calls.STATE);
            int r = (int) Calls.LISTEN.invokeExact(st, fd, backlog);
            if (r < 0) {
                throw Errno.exception("listen", errno(st));
            }
        } catch (IOException e) {
            throw e;
        } catch (Throwable t) {
            throw unexpected(t);
        }
    }

    /** {@code accept4(fd, NULL, NULL, SOCK_CLOEXEC)}: blocks until a peer connects. */
    public static int accept(int fd) throws IOException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(Calls.STATE);
            while (true) {
                int r = (int) Calls.ACCEPT4.invokeExact(st, fd, MemorySegment.NULL, MemorySegment.NULL, SOCK_CLOEXEC);
                if (r >= 0) {
                    return r;
                }
                int e = errno(st);
                if (e != Errno.EINTR) {
                    throw Errno.exception("accept", e);
                }
            }
        } catch (IOException e) {
            throw e;
        } catch (Throwable t) {
            throw unexpected(t);
        }
    }

    /** {@code sendmsg(fd, msg, flags)}: the number of bytes sent; -1 when {@code MSG_DONTWAIT} is set and it would block. */
    public static long sendmsg(int fd, MemorySegment msg, int flags) throws IOException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(Calls.STATE);
            while (true) {
                long r = (long) Calls.SENDMSG.invokeExact(st, fd, msg, flags);
                if (r >= 0) {
                    return r;
                }
                int e = errno(st);
                if (e == Errno.EAGAIN && (flags & MSG_DONTWAIT) != 0) {
                    return -1;
                }
                if (e != Errno.EINTR) {
                    throw Errno.exception("sendmsg", e);
                }
            }
        } catch (IOException e) {
            throw e;
        } catch (Throwable t) {
            throw unexpected(t);
        }
    }

    /**
     * {@code recvmsg(fd, msg, flags)}: the number of bytes received, 0 at the end of the stream, -1 when
     * {@code MSG_DONTWAIT} is set and nothing is there.
     */
    public static long recvmsg(int fd, MemorySegment msg, int flags) throws IOException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(Calls.STATE);
            while (true) {
                long r = (long) Calls.RECVMSG.invokeExact(st, fd, msg, flags);
                if (r >= 0) {
                    return r;
                }
                int e = errno(st);
                if (e == Errno.EAGAIN && (flags & MSG_DONTWAIT) != 0) {
                    return -1;
                }
                if (e != Errno.EINTR) {
                    throw Errno.exception("recvmsg", e);
                }
            }
        } catch (IOException e) {
            throw e;
        } catch (Throwable t) {
            throw unexpected(t);
        }
    }

    /** {@code getsockopt(fd, level, name, value, &len)}: the length written. */
    public static int getsockopt(int fd, int level, int name, MemorySegment value) throws IOException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(Calls.STATE);
            MemorySegment len = a.allocate(JAVA_INT);
            len.set(JAVA_INT, 0, (int) value.byteSize());
            int r = (int) Calls.GETSOCKOPT.invokeExact(st, fd, level, name, value, len);
            if (r < 0) {
                throw Errno.exception("getsockopt", errno(st));
            }
            return len.get(JAVA_INT, 0);
        } catch (IOException e) {
            throw e;
        } catch (Throwable t) {
            throw unexpected(t);
        }
    }

    /** {@code shutdown(fd, how)}; errors are ignored (the socket may already be disconnected). */
    public static void shutdown(int fd, int how) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(Calls.STATE);
            int ignored = (int) Calls.SHUTDOWN.invokeExact(st, fd, how);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** {@code close(fd)}. Not repeated on EINTR: on Linux the descriptor is released anyway. */
    public static void close(int fd) throws IOException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(Calls.STATE);
            int r = (int) Calls.CLOSE.invokeExact(st, fd);
            if (r < 0 && errno(st) != Errno.EINTR) {
                throw Errno.exception("close(" + fd + ")", errno(st));
            }
        } catch (IOException e) {
            throw e;
        } catch (Throwable t) {
            throw unexpected(t);
        }
    }

    /** {@code epoll_create1(EPOLL_CLOEXEC)}: a new epoll instance. */
    public static int epollCreate() throws IOException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(Calls.STATE);
            int r = (int) Calls.EPOLL_CREATE1.invokeExact(st, EPOLL_CLOEXEC);
            if (r < 0) {
                throw Errno.exception("epoll_create1", errno(st));
            }
            return r;
        } catch (IOException e) {
            throw e;
        } catch (Throwable t) {
            throw unexpected(t);
        }
    }

    /** {@code epoll_ctl(epfd, op, fd, {events, data})}. */
    public static void epollCtl(int epfd, int op, int fd, int events, long data) throws IOException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(Calls.STATE);
            MemorySegment ev = a.allocate(EPOLL_EVENT_SIZE, 8);
            ev.set(JAVA_INT, 0, events);
            ev.set(java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED, EPOLL_DATA_OFFSET, data);
            int r = (int) Calls.EPOLL_CTL.invokeExact(st, epfd, op, fd, ev);
            if (r < 0) {
                throw Errno.exception("epoll_ctl", errno(st));
            }
        } catch (IOException e) {
            throw e;
        } catch (Throwable t) {
            throw unexpected(t);
        }
    }

    /**
     * {@code epoll_wait(epfd, events, max, timeout)}: the number of events written to {@code events} (room for
     * {@code max} of {@link #EPOLL_EVENT_SIZE} bytes each), 0 after {@code timeoutMillis}; EINTR counts as 0.
     */
    public static int epollWait(int epfd, MemorySegment events, int max, int timeoutMillis) throws IOException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(Calls.STATE);
            int r = (int) Calls.EPOLL_WAIT.invokeExact(st, epfd, events, max, timeoutMillis);
            if (r < 0) {
                int e = errno(st);
                if (e == Errno.EINTR) {
                    return 0;
                }
                throw Errno.exception("epoll_wait", e);
            }
            return r;
        } catch (IOException e) {
            throw e;
        } catch (Throwable t) {
            throw unexpected(t);
        }
    }

    /** {@code read(fd, buf, len)}: bytes read, 0 at the end. */
    public static long read(int fd, MemorySegment buf, long len) throws IOException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(Calls.STATE);
            while (true) {
                long r = (long) Calls.READ.invokeExact(st, fd, buf, len);
                if (r >= 0) {
                    return r;
                }
                int e = errno(st);
                if (e != Errno.EINTR) {
                    throw Errno.exception("read from fd " + fd, e);
                }
            }
        } catch (IOException e) {
            throw e;
        } catch (Throwable t) {
            throw unexpected(t);
        }
    }

    /** {@code write(fd, buf, len)}: bytes written. */
    public static long write(int fd, MemorySegment buf, long len) throws IOException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(Calls.STATE);
            while (true) {
                long r = (long) Calls.WRITE.invokeExact(st, fd, buf, len);
                if (r >= 0) {
                    return r;
                }
                int e = errno(st);
                if (e != Errno.EINTR) {
                    throw Errno.exception("write to fd " + fd, e);
                }
            }
        } catch (IOException e) {
            throw e;
        } catch (Throwable t) {
            throw unexpected(t);
        }
    }

    /** {@code pipe2(fds, O_CLOEXEC)}: the read end and the write end. */
    public static int[] pipe() throws IOException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(Calls.STATE);
            MemorySegment fds = a.allocate(JAVA_INT, 2);
            int r = (int) Calls.PIPE2.invokeExact(st, fds, O_CLOEXEC);
            if (r < 0) {
                throw Errno.exception("pipe2", errno(st));
            }
            return new int[] {fds.getAtIndex(JAVA_INT, 0), fds.getAtIndex(JAVA_INT, 1)};
        } catch (IOException e) {
            throw e;
        } catch (Throwable t) {
            throw unexpected(t);
        }
    }

    /** {@code open(path, flags | O_CLOEXEC, mode)}. */
    public static int open(String path, int flags, int mode) throws IOException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(Calls.STATE);
            MemorySegment p = a.allocateFrom(path);
            while (true) {
                int r = (int) Calls.OPEN.invokeExact(st, p, flags | O_CLOEXEC, mode);
                if (r >= 0) {
                    return r;
                }
                int e = errno(st);
                if (e != Errno.EINTR) {
                    throw Errno.exception("open " + path, e);
                }
            }
        } catch (IOException e) {
            throw e;
        } catch (Throwable t) {
            throw unexpected(t);
        }
    }

    /** {@code fcntl(fd, F_DUPFD_CLOEXEC, 0)}: a new descriptor for the same open file. */
    public static int dup(int fd) throws IOException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(Calls.STATE);
            int r = (int) Calls.FCNTL.invokeExact(st, fd, F_DUPFD_CLOEXEC, 0);
            if (r < 0) {
                throw Errno.exception("dup of fd " + fd, errno(st));
            }
            return r;
        } catch (IOException e) {
            throw e;
        } catch (Throwable t) {
            throw unexpected(t);
        }
    }

    /** {@code strerror(errno)}, read at once (glibc returns static text for known values). */
    static String strerror(int errno) {
        if (UNAVAILABLE != null) {
            return "no description";
        }
        try {
            MemorySegment s = (MemorySegment) Calls.STRERROR.invokeExact(errno);
            return s.reinterpret(1024).getString(0);
        } catch (Throwable t) {
            return "no description";
        }
    }
}
