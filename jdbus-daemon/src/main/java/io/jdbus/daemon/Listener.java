package io.jdbus.daemon;

import io.jdbus.address.Address;
import io.jdbus.address.TcpAddress;
import io.jdbus.address.UnixAddress;
import io.jdbus.transport.NativeUnixServer;
import io.jdbus.transport.NativeUnixTransport;
import io.jdbus.transport.NioListener;
import io.jdbus.transport.NioTransport;
import io.jdbus.transport.PeerCredentials;
import io.jdbus.transport.Transport;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A listening socket of the bus, from a listenable address: {@code unix:path=}, {@code unix:abstract=},
 * {@code unix:dir=}/{@code unix:tmpdir=} (a fresh socket in that directory), {@code unix:runtime=yes}, and
 * {@code tcp:} (port 0 picks a free port).
 */
sealed interface Listener extends AutoCloseable {
    /** An accepted connection and its peer, when the transport knows it. */
    record Accepted(Transport transport, Optional<PeerCredentials> credentials) {
    }

    Accepted accept() throws IOException;

    /** The connectable address (without the GUID). */
    String address();

    @Override
    void close() throws IOException;

    static Listener open(Address address) throws IOException {
        Address a = address.requireListenable();
        return switch (a) {
            case UnixAddress u -> unix(u);
            case TcpAddress t -> Tcp.bind(t);
            default -> throw new IOException(address + ": the bus listens on unix: and tcp: addresses");
        };
    }

    private static Listener unix(UnixAddress u) throws IOException {
        UnixAddress socket = switch (u.kind()) {
            case PATH, ABSTRACT -> new UnixAddress(u.kind(), u.value(), Optional.empty());
            case DIR, TMPDIR -> UnixAddress.path(Path.of(u.value(), "dbus-" + randomSuffix()).toString());
            case RUNTIME -> {
                String runtime = System.getenv("XDG_RUNTIME_DIR");
                if (runtime == null || runtime.isEmpty()) {
                    throw new IOException("unix:runtime=yes needs XDG_RUNTIME_DIR to be set");
                }
                yield UnixAddress.path(Path.of(runtime, "bus").toString());
            }
        };
        if (NativeUnixTransport.isAvailable()) {
            return new Native(NativeUnixServer.bind(socket));
        }
        if (socket.kind() == UnixAddress.Kind.ABSTRACT) {
            throw new IOException("listening on " + socket + " needs native sockets, which are unavailable here");
        }
        return new Nio(NioListener.bind(Path.of(socket.value())));
    }

    private static String randomSuffix() {
        byte[] b = new byte[5];
        ThreadLocalRandom.current().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** A unix socket with jdbus's native transport: fd passing and full peer credentials. */
    record Native(NativeUnixServer server) implements Listener {
        public Accepted accept() throws IOException {
            NativeUnixTransport t = server.accept();
            Optional<PeerCredentials> creds;
            try {
                creds = Optional.of(t.peerCredentials());
            } catch (IOException e) {
                creds = Optional.empty();
            }
            return new Accepted(t, creds);
        }

        public String address() {
            return server.address().toString();
        }

        public void close() throws IOException {
            server.close();
        }
    }

    /** A unix socket with the JDK's channels (no native access): no fds, the uid only when it is ours. */
    record Nio(NioListener listener) implements Listener {
        public Accepted accept() throws IOException {
            NioListener.Accepted a = listener.accept();
            return new Accepted(a.transport(), a.uid().isPresent()
                    ? Optional.of(new PeerCredentials(0, a.uid().getAsLong(), -1)) : Optional.empty());
        }

        public String address() {
            return "unix:path=" + listener.path();
        }

        public void close() throws IOException {
            listener.close();
        }
    }

    /** TCP: no credentials, so clients authenticate with DBUS_COOKIE_SHA1 or ANONYMOUS. */
    record Tcp(ServerSocketChannel channel, TcpAddress requested) implements Listener {
        static Tcp bind(TcpAddress t) throws IOException {
            ServerSocketChannel ch = ServerSocketChannel.open();
            try {
                ch.bind(new InetSocketAddress(InetAddress.getByName(t.bind().orElse(t.host())), t.port()), 128);
            } catch (IOException e) {
                ch.close();
                throw new IOException("cannot listen on " + t + ": " + e.getMessage(), e);
            }
            return new Tcp(ch, t);
        }

        public Accepted accept() throws IOException {
            SocketChannel s = channel.accept();
            s.setOption(java.net.StandardSocketOptions.TCP_NODELAY, true);
            return new Accepted(NioTransport.of(s, "tcp:" + s.getRemoteAddress()), Optional.empty());
        }

        public String address() {
            int port;
            try {
                port = ((InetSocketAddress) channel.getLocalAddress()).getPort();
            } catch (IOException e) {
                port = requested.port();
            }
            TcpAddress bound = new TcpAddress(requested.host(), port, requested.family(), Optional.empty(), Optional.empty());
            return bound.toString();
        }

        public void close() throws IOException {
            channel.close();
        }
    }
}
