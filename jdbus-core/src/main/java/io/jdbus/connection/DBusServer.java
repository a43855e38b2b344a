package io.jdbus.connection;

import io.jdbus.address.Address;
import io.jdbus.address.AddressList;
import io.jdbus.address.UnixAddress;
import io.jdbus.auth.AuthServer;
import io.jdbus.auth.Mechanism;
import io.jdbus.transport.NativeUnixServer;
import io.jdbus.transport.NativeUnixTransport;
import io.jdbus.transport.NioListener;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * A peer-to-peer D-Bus server: listens on an address, authenticates each client, and hands each connection
 * (a {@link MessageBus} without a bus behind it: no {@code Hello}, no unique name) to a callback.
 *
 * <p>{@code unix:path=} addresses listen with the JDK's own sockets, or with jdbus's native transport when
 * it is available, which also lets clients pass unix fds; {@code unix:abstract=} addresses need the
 * native transport.
 *
 * {@snippet :
 * try (DBusServer server = DBusServer.listen("unix:path=/tmp/example.socket", peer ->
 *         peer.handleCalls(c -> true, c -> Message.methodReturn(c).body("s", "hi").build()))) {
 *     try (MessageBus client = MessageBus.builder().address(server.address()).peerToPeer().build()) {
 *         client.call(Message.methodCall(null, "/", "com.example.X", "Greet").build());
 *     }
 * }
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#addresses">Server addresses</a>
 */
public final class DBusServer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(DBusServer.class.getName());

    private final Listener listener;
    private final String guid;
    private final Mechanism[] mechanisms;
    private final Consumer<MessageBus> onConnection;
    private final Thread acceptor;
    private volatile boolean closed;

    /** The listening socket, whichever transport holds it. */
    private interface Listener extends AutoCloseable {
        NioListener.Accepted accept() throws IOException;

        /** The address clients use, without the GUID. */
        String address();

        @Override
        void close() throws IOException;
    }

    private static Listener nio(NioListener l) {
        return new Listener() {
            public NioListener.Accepted accept() throws IOException {
                return l.accept();
            }

            public String address() {
                return "unix:path=" + l.path();
            }

            public void close() throws IOException {
                l.close();
            }
        };
    }

    private static Listener nativeServer(NativeUnixServer server) {
        return new Listener() {
            public NioListener.Accepted accept() throws IOException {
                NativeUnixTransport t = server.accept();
                OptionalLong uid;
                try {
                    uid = OptionalLong.of(t.peerCredentials().uid());
                } catch (IOException e) {
                    uid = OptionalLong.empty();   // unidentified: EXTERNAL will refuse it
                }
                return new NioListener.Accepted(t, uid);
            }

            public String address() {
                return server.address().toString();
            }

            public void close() throws IOException {
                server.close();
            }
        };
    }

    private DBusServer(Listener listener, Mechanism[] mechanisms, Consumer<MessageBus> onConnection) {
        this.listener = listener;
        this.mechanisms = mechanisms;
        this.onConnection = onConnection;
        byte[] id = new byte[16];
        ThreadLocalRandom.current().nextBytes(id);
        this.guid = HexFormat.of().formatHex(id);
        this.acceptor = Thread.ofPlatform().daemon().name("jdbus-server " + listener.address()).unstarted(this::acceptLoop);
    }

    /**
     * Listens on {@code address} (a {@code unix:path=} address) and offers the EXTERNAL mechanism; each
     * authenticated connection is passed to {@code onConnection} on its own virtual thread.
     */
    public static DBusServer listen(String address, Consumer<MessageBus> onConnection) throws IOException {
        return listen(address, onConnection, Mechanism.EXTERNAL);
    }

    /** As {@link #listen(String, Consumer)}, offering {@code mechanisms} (EXTERNAL and ANONYMOUS are supported). */
    public static DBusServer listen(String address, Consumer<MessageBus> onConnection, Mechanism... mechanisms)
            throws IOException {
        Objects.requireNonNull(onConnection, "onConnection");
        Address a = AddressList.parse(address).addresses().getFirst().requireListenable();
        if (!(a instanceof UnixAddress u) || (u.kind() != UnixAddress.Kind.PATH && u.kind() != UnixAddress.Kind.ABSTRACT)) {
            throw new IOException(address + ": a jdbus server listens on unix:path= and unix:abstract= addresses");
        }
        UnixAddress bare = new UnixAddress(u.kind(), u.value(), java.util.Optional.empty());
        Listener listener = u.kind() == UnixAddress.Kind.ABSTRACT || NativeUnixTransport.isAvailable()
                ? nativeServer(NativeUnixServer.bind(bare))
                : nio(NioListener.bind(Path.of(u.value())));
        DBusServer server = new DBusServer(listener, mechanisms.clone(), onConnection);
        server.acceptor.start();
        return server;
    }

    /** The address clients connect to, with the server's GUID. */
    public String address() {
        return listener.address() + ",guid=" + guid;
    }

    /** The server's GUID, as it tells clients during authentication. */
    public String guid() {
        return guid;
    }

    private void acceptLoop() {
        while (!closed) {
            NioListener.Accepted accepted;
            try {
                accepted = listener.accept();
            } catch (IOException e) {
                if (!closed) {
                    LOG.log(System.Logger.Level.WARNING, "server on " + listener.address() + " stopped accepting", e);
                }
                return;
            }
            Thread.ofVirtual().start(() -> serve(accepted));
        }
    }

    private void serve(NioListener.Accepted accepted) {
        AuthServer.Builder auth = AuthServer.builder().guid(guid).mechanisms(mechanisms)
                .unixFdPassing(accepted.transport().canPassFds());
        accepted.uid().ifPresent(auth::peerUid);
        try {
            AuthServer server = auth.build();
            byte[] leftover = Handshake.serve(accepted.transport(), server, MessageBus.DEFAULT_TIMEOUT);
            boolean fds = server.peer().map(p -> p.unixFdsAgreed()).orElse(false);
            Connection connection = new Connection(accepted.transport(), leftover, fds);
            MessageBus peer = new MessageBus(connection, MessageBus.DEFAULT_TIMEOUT, guid, fds);
            onConnection.accept(peer);
            connection.start();
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "a client of " + listener.address() + " failed to connect", e);
        }
    }

    /** Stops listening and removes the socket; connections already made stay open. Idempotent. */
    @Override
    public void close() throws IOException {
        closed = true;
        listener.close();
    }
}
