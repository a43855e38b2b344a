package io.jdbus.connection;

import io.jdbus.address.Address;
import io.jdbus.address.AddressList;
import io.jdbus.address.BusAddresses;
import io.jdbus.address.TcpAddress;
import io.jdbus.address.UnixAddress;
import io.jdbus.auth.AuthClient;
import io.jdbus.auth.ClientMechanism;
import io.jdbus.auth.FileCookieKeyring;
import io.jdbus.auth.Mechanism;
import io.jdbus.transport.NativeUnixTransport;
import io.jdbus.transport.NioTransport;
import io.jdbus.transport.ProcessIdentity;
import io.jdbus.transport.Transport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Configures and opens a {@link MessageBus}. Not thread-safe; the connection it builds is.
 *
 * {@snippet :
 * MessageBus bus = MessageBus.builder()
 *         .address("unix:path=/run/user/1000/bus")
 *         .mechanisms(Mechanism.EXTERNAL, Mechanism.ANONYMOUS)
 *         .timeout(Duration.ofSeconds(5))
 *         .build();
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#addresses">Server addresses</a>
 */
public final class MessageBusBuilder {
    private AddressSource source = AddressSource.SESSION;
    private String address;
    private Map<String, String> environment = System.getenv();
    private List<Mechanism> mechanisms = List.of(Mechanism.EXTERNAL, Mechanism.DBUS_COOKIE_SHA1, Mechanism.ANONYMOUS);
    private boolean negotiateUnixFds;
    private boolean peerToPeer;
    private Duration timeout = MessageBus.DEFAULT_TIMEOUT;
    private Duration authTimeout = MessageBus.DEFAULT_TIMEOUT;

    private enum AddressSource { SESSION, SYSTEM, GIVEN }

    MessageBusBuilder() {
    }

    /** The session bus: {@code DBUS_SESSION_BUS_ADDRESS}, else {@code unix:path=$XDG_RUNTIME_DIR/bus} (the default). */
    public MessageBusBuilder session() {
        source = AddressSource.SESSION;
        return this;
    }

    /** The system bus: {@code DBUS_SYSTEM_BUS_ADDRESS}, else {@code unix:path=/var/run/dbus/system_bus_socket}. */
    public MessageBusBuilder system() {
        source = AddressSource.SYSTEM;
        return this;
    }

    /** The bus at {@code address}, a D-Bus address list whose entries are tried in order. */
    public MessageBusBuilder address(String address) {
        this.address = Objects.requireNonNull(address, "address");
        source = AddressSource.GIVEN;
        return this;
    }

    /** The environment the session and system bus addresses are read from (the process's by default). */
    public MessageBusBuilder environment(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
        return this;
    }

    /** The authentication mechanisms to try, in order (default EXTERNAL, DBUS_COOKIE_SHA1, ANONYMOUS). */
    public MessageBusBuilder mechanisms(Mechanism... mechanisms) {
        if (mechanisms.length == 0) {
            throw new IllegalArgumentException("at least one mechanism is needed");
        }
        this.mechanisms = List.of(mechanisms);
        return this;
    }

    /**
     * Whether to ask for unix file-descriptor passing (off by default). When on, a {@code unix:path=} address
     * is opened with the native transport, which passes fds; where that is unavailable (not Linux, native
     * access denied) it falls back to NIO and {@link MessageBus#unixFdsAgreed()} is false.
     */
    public MessageBusBuilder negotiateUnixFds(boolean negotiate) {
        this.negotiateUnixFds = negotiate;
        return this;
    }

    /**
     * Talks to a peer directly rather than to a bus (such as a {@link DBusServer}): no {@code Hello}, no unique
     * name, and match rules cannot be sent to anyone; use {@link MessageBus#addHandler} for incoming messages.
     */
    public MessageBusBuilder peerToPeer() {
        this.peerToPeer = true;
        return this;
    }

    /** The default timeout of method calls on the connection (25 s by default). */
    public MessageBusBuilder timeout(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        this.timeout = timeout;
        return this;
    }

    /** How long authentication may take before the connection is given up (25 s by default). */
    public MessageBusBuilder authTimeout(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("authentication timeout must be positive: " + timeout);
        }
        this.authTimeout = timeout;
        return this;
    }

    /**
     * Connects: tries each address of the list in order, authenticates, sends {@code Hello}.
     *
     * @throws IOException saying, for each address tried, why it did not work
     */
    public MessageBus build() throws IOException {
        AddressList list = switch (source) {
            case SESSION -> BusAddresses.session(environment);
            case SYSTEM -> BusAddresses.system(environment);
            case GIVEN -> AddressList.parse(address);
        };
        List<String> problems = new ArrayList<>();
        for (Address a : list) {
            Transport transport;
            try {
                transport = open(a.requireConnectable());
            } catch (IOException e) {
                problems.add(e.getMessage());
                continue;
            }
            Handshake.Outcome outcome = Handshake.run(transport, authClient(transport), authTimeout);
            Connection connection = new Connection(transport, outcome.leftover(), outcome.result().unixFdsAgreed());
            MessageBus bus = new MessageBus(connection, timeout, outcome.result().serverGuid(),
                    outcome.result().unixFdsAgreed());
            connection.start();
            if (peerToPeer) {
                return bus;
            }
            try {
                bus.hello();
            } catch (IOException | RuntimeException e) {
                bus.close();
                throw e;
            }
            return bus;
        }
        throw new IOException("cannot connect to " + list + ": " + String.join("; ", problems));
    }

    /**
     * The native transport for abstract sockets and for fd passing (when it is available; else a path falls
     * back to NIO without fds), NIO for the rest.
     */
    private Transport open(Address a) throws IOException {
        return switch (a) {
            case UnixAddress u when u.kind() == UnixAddress.Kind.ABSTRACT -> NativeUnixTransport.connect(u);
            case UnixAddress u when u.kind() == UnixAddress.Kind.PATH && negotiateUnixFds
                    && NativeUnixTransport.isAvailable() -> NativeUnixTransport.connect(u);
            case UnixAddress u when u.kind() == UnixAddress.Kind.PATH -> NioTransport.unix(Path.of(u.value()));
            case TcpAddress t -> NioTransport.tcp(t.host(), t.port());
            default -> throw new IOException(a + ": this transport is not supported");
        };
    }

    private AuthClient authClient(Transport transport) {
        List<ClientMechanism> chosen = new ArrayList<>();
        for (Mechanism m : mechanisms) {
            switch (m) {
                case EXTERNAL -> chosen.add(uid() >= 0 ? ClientMechanism.external(uid())
                        : ClientMechanism.externalFromCredentials());
                case DBUS_COOKIE_SHA1 -> chosen.add(ClientMechanism.cookieSha1(identity(), FileCookieKeyring.forHome()));
                case ANONYMOUS -> chosen.add(ClientMechanism.anonymous());
            }
        }
        return AuthClient.builder().mechanisms(chosen)
                .negotiateUnixFd(negotiateUnixFds && transport.canPassFds()).build();
    }

    /** This process's uid; -1 when it cannot be known. */
    static long uid() {
        return ProcessIdentity.uid();
    }

    /** The identity DBUS_COOKIE_SHA1 claims: the uid in decimal, as libdbus sends it, else the user name. */
    private static String identity() {
        long uid = uid();
        return uid >= 0 ? Long.toString(uid) : System.getProperty("user.name");
    }
}
