package io.jdbus.connection;

import io.jdbus.address.Address;
import io.jdbus.address.AddressList;
import io.jdbus.address.UnixAddress;
import io.jdbus.auth.AuthServer;
import io.jdbus.auth.Mechanism;
import io.jdbus.transport.NioListener;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * A peer-to-peer D-Bus server: listens on an address, authenticates each client, and hands each connection
 * (a {@link MessageBus} without a bus behind it: no {@code Hello}, no unique name) to a callback.
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

    private final NioListener listener;
    private final String guid;
    private final Mechanism[] mechanisms;
    private final Consumer<MessageBus> onConnection;
    private final Thread acceptor;
    private volatile boolean closed;

    private DBusServer(NioListener listener, Mechanism[] mechanisms, Consumer<MessageBus> onConnection) {
        this.listener = listener;
        this.mechanisms = mechanisms;
        this.onConnection = onConnection;
        byte[] id = new byte[16];
        ThreadLocalRandom.current().nextBytes(id);
        this.guid = HexFormat.of().formatHex(id);
        this.acceptor = Thread.ofPlatform().daemon().name("jdbus-server " + listener.path()).unstarted(this::acceptLoop);
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
        if (!(a instanceof UnixAddress u) || u.kind() != UnixAddress.Kind.PATH) {
            throw new IOException(address + ": a jdbus server listens on unix:path= addresses for now");
        }
        DBusServer server = new DBusServer(NioListener.bind(Path.of(u.value())), mechanisms.clone(), onConnection);
        server.acceptor.start();
        return server;
    }

    /** The address clients connect to, with the server's GUID. */
    public String address() {
        return "unix:path=" + listener.path() + ",guid=" + guid;
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
                    LOG.log(System.Logger.Level.WARNING, "server on " + listener.path() + " stopped accepting", e);
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
            byte[] leftover = Handshake.serve(accepted.transport(), auth.build(), MessageBus.DEFAULT_TIMEOUT);
            Connection connection = new Connection(accepted.transport(), leftover, false);
            MessageBus peer = new MessageBus(connection, MessageBus.DEFAULT_TIMEOUT, guid, false);
            onConnection.accept(peer);
            connection.start();
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "a client of " + listener.path() + " failed to connect", e);
        }
    }

    /** Stops listening and removes the socket; connections already made stay open. Idempotent. */
    @Override
    public void close() throws IOException {
        closed = true;
        listener.close();
    }
}
