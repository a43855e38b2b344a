package io.jdbus.transport;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;

/**
 * Listens on a unix-domain socket at a path and accepts connections, with what NIO can tell of the peer:
 * its user, so that a peer running as this process's user is known by this process's uid. Other peers'
 * uids need the native transport.
 *
 * {@snippet :
 * try (NioListener listener = NioListener.bind(Path.of("/tmp/example.socket"))) {
 *     NioListener.Accepted peer = listener.accept();
 *     peer.uid();   // this process's uid when the peer runs as the same user
 * }
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#transports-unix-domain-sockets">Unix domain sockets</a>
 */
public final class NioListener implements AutoCloseable {
    private final ServerSocketChannel server;
    private final Path path;

    /** An accepted connection and the peer's uid, when it could be known. */
    public record Accepted(Transport transport, OptionalLong uid) {
    }

    private NioListener(ServerSocketChannel server, Path path) {
        this.server = server;
        this.path = path;
    }

    /** Binds a new socket file at {@code path} (which must not exist) and listens. */
    public static NioListener bind(Path path) throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            server.bind(UnixDomainSocketAddress.of(path));
            NativeUnixServer.openToEveryone(path);
        } catch (IOException e) {
            server.close();
            throw new IOException("cannot listen on unix:path=" + path + ": " + e.getMessage(), e);
        }
        return new NioListener(server, path);
    }

    /** The socket's path. */
    public Path path() {
        return path;
    }

    /** Waits for the next connection. */
    public Accepted accept() throws IOException {
        SocketChannel ch = server.accept();
        OptionalLong uid = OptionalLong.empty();
        try {
            UnixDomainPrincipal who = ch.getOption(ExtendedSocketOptions.SO_PEERCRED);
            long own = ProcessIdentity.uid();
            if (own >= 0 && who.user().getName().equals(System.getProperty("user.name"))) {
                uid = OptionalLong.of(own);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // the peer stays unidentified: EXTERNAL will refuse it
        }
        return new Accepted(NioTransport.of(ch, "unix:path=" + path), uid);
    }

    /** Stops listening and removes the socket file. Idempotent. */
    @Override
    public void close() throws IOException {
        server.close();
        Files.deleteIfExists(path);
    }
}
