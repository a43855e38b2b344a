package io.jdbus.transport;

import io.jdbus.address.UnixAddress;
import io.jdbus.internal.Libc;
import io.jdbus.internal.UnixSockAddr;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A listening unix-domain socket at a path or an abstract name, accepting {@link NativeUnixTransport}s:
 * for peer-to-peer servers and for a bus daemon. Each accepted connection knows its peer
 * ({@link NativeUnixTransport#peerCredentials()}).
 *
 * <p>{@link #accept()} blocks; {@link #close()} from another thread wakes it with an exception. A socket
 * file this server created is removed when it closes; an existing file at the path is not replaced
 * ({@code EADDRINUSE}). Thread-safe.
 * {@snippet :
 * try (NativeUnixServer server = NativeUnixServer.bind(UnixAddress.abstractName("jdbus-test-42"))) {
 *     try (NativeUnixTransport peer = server.accept()) {
 *         System.out.println("connected: pid " + peer.peerCredentials().pid());
 *     }
 * }
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#transports-unix-domain-sockets">Unix domain sockets</a>
 */
public final class NativeUnixServer implements AutoCloseable {
    /** The backlog passed to {@code listen}; the kernel caps it at {@code somaxconn}. */
    private static final int BACKLOG = 128;

    private final SocketHandle socket;
    private final UnixAddress address;

    private NativeUnixServer(int fd, UnixAddress address) {
        this.socket = new SocketHandle(fd);
        this.address = address;
    }

    /**
     * Listens on {@code address} ({@code path=} or {@code abstract=}).
     *
     * @throws IOException naming the address and the errno ({@code EADDRINUSE}, {@code EACCES}, ...), or
     *         saying why native sockets are unavailable
     */
    public static NativeUnixServer bind(UnixAddress address) throws IOException {
        Libc.requireAvailable("listening on " + address);
        int fd = Libc.socket(Libc.AF_UNIX, Libc.SOCK_STREAM | Libc.SOCK_CLOEXEC, 0);
        try (Arena a = Arena.ofConfined()) {
            UnixSockAddr sa = NativeUnixTransport.sockAddr(a, address);
            Libc.bind(fd, sa.segment(), sa.length(), address.toString());
            Libc.listen(fd, BACKLOG);
            if (address.kind() == UnixAddress.Kind.PATH) {
                openToEveryone(Path.of(address.value()));
            }
        } catch (IOException | RuntimeException e) {
            Libc.close(fd);
            throw e;
        }
        return new NativeUnixServer(fd, address);
    }

    /**
     * Lets every user connect to a socket file, as libdbus does: who may stay is decided by authentication,
     * not by the file's mode (which the umask would otherwise narrow to its owner).
     */
    static void openToEveryone(Path socket) throws IOException {
        try {
            Files.setPosixFilePermissions(socket, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: nothing to widen
        }
    }

    /** Waits for the next peer. */
    public NativeUnixTransport accept() throws IOException {
        int fd = socket.acquire();
        try {
            return new NativeUnixTransport(Libc.accept(fd), "accepted on " + address);
        } catch (IOException e) {
            if (!socket.isOpen()) {
                throw new java.nio.channels.AsynchronousCloseException();
            }
            throw e;
        } finally {
            socket.release();
        }
    }

    /** The address this server listens on. */
    public UnixAddress address() {
        return address;
    }

    /** Stops listening: a blocked {@link #accept} throws; a socket file is removed. Idempotent. */
    @Override
    public void close() throws IOException {
        if (!socket.isOpen()) {
            return;
        }
        socket.close();
        if (address.kind() == UnixAddress.Kind.PATH) {
            Files.deleteIfExists(Path.of(address.value()));
        }
    }
}
