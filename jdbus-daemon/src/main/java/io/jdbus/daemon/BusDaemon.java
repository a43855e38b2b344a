package io.jdbus.daemon;

import io.jdbus.address.Address;
import io.jdbus.address.AddressList;
import io.jdbus.auth.AuthServer;
import io.jdbus.auth.FileCookieKeyring;
import io.jdbus.auth.Mechanism;
import io.jdbus.transport.PeerCredentials;
import io.jdbus.transport.ProcessIdentity;
import io.jdbus.transport.Transport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * A D-Bus message bus in this process: it listens, authenticates clients, gives each a unique name, keeps the
 * registry of well-known names, routes calls, replies and signals by destination and match rules, and answers
 * {@code org.freedesktop.DBus} as dbus-daemon does. It needs no system bus and no configuration.
 *
 * {@snippet :
 * try (BusDaemon bus = BusDaemon.builder().listen("unix:tmpdir=/tmp").start();
 *      MessageBus a = MessageBus.connect(bus.address());
 *      MessageBus b = MessageBus.connect(bus.address())) {
 *     a.requestName("com.example.Echo");
 *     // b can now call com.example.Echo, and sees a's signals through its match rules
 * }
 * }
 *
 * <p>One thread reads every client on a unix socket, in the order their data arrives ({@code epoll}); clients
 * on other transports have a reader thread each. Every routing decision is taken under one lock, and nothing
 * under it waits for a client: a client that does not read has its messages queued up to
 * {@code max_outgoing_bytes} and is then disconnected.
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-bus">Message bus specification</a>
 */
public final class BusDaemon implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(BusDaemon.class.getName());

    private final Bus bus;
    private final List<Listener> listeners;
    private final List<String> addresses;
    private final Set<Mechanism> mechanisms;
    private final java.util.function.LongPredicate allowUid;
    private final ScheduledExecutorService timers;
    private final AtomicInteger authenticating = new AtomicInteger();
    private final AtomicLong nextId = new AtomicLong();
    private final List<Thread> acceptors = new ArrayList<>();
    private final ReadLoop readLoop;
    private volatile boolean closed;

    private BusDaemon(Builder b, List<Listener> listeners, ScheduledExecutorService timers, ReadLoop readLoop) {
        this.listeners = listeners;
        this.readLoop = readLoop;
        this.timers = timers;
        this.mechanisms = b.mechanisms();
        this.allowUid = b.allowUid;
        byte[] id = new byte[16];
        ThreadLocalRandom.current().nextBytes(id);
        String guid = HexFormat.of().formatHex(id);
        long uid = ProcessIdentity.uid();
        this.bus = new Bus(new BusSettings(b.limits, guid, b.type, uid, ProcessHandle.current().pid(),
                machineId(guid)), timers);
        this.addresses = listeners.stream().map(l -> l.address() + ",guid=" + guid).toList();
    }

    /** A builder: where to listen (a fresh socket in the temporary directory by default), limits, authentication. */
    public static Builder builder() {
        return new Builder();
    }

    /** Starts a bus on a fresh unix socket in the temporary directory, with dbus-daemon's session limits. */
    public static BusDaemon start() throws IOException {
        return builder().start();
    }

    private static String machineId(String fallback) {
        for (String p : List.of("/etc/machine-id", "/var/lib/dbus/machine-id")) {
            try {
                String id = Files.readString(Path.of(p)).strip();
                if (id.matches("[0-9a-f]{32}")) {
                    return id;
                }
            } catch (IOException | RuntimeException e) {
                // try the next one
            }
        }
        return fallback;
    }

    private void startAccepting() {
        for (Listener l : listeners) {
            Thread t = Thread.ofPlatform().daemon().name("jdbus-daemon-accept " + l.address()).start(() -> acceptLoop(l));
            acceptors.add(t);
        }
    }

    private void acceptLoop(Listener l) {
        while (!closed) {
            Listener.Accepted a;
            try {
                a = l.accept();
            } catch (IOException e) {
                if (!closed) {
                    LOG.log(System.Logger.Level.WARNING, "the bus stopped accepting on " + l.address(), e);
                }
                return;
            }
            if (authenticating.incrementAndGet() > bus.settings.limits().maxIncompleteConnections()) {
                authenticating.decrementAndGet();
                LOG.log(System.Logger.Level.INFO, "refused {0}: too many connections authenticating",
                        a.transport().description());
                try {
                    a.transport().close();
                } catch (IOException e) {
                    // refused anyway
                }
                continue;
            }
            Session s = new Session(this, a.transport(), a.credentials(), nextId.incrementAndGet());
            Thread.ofPlatform().daemon().name("jdbus-daemon-client " + a.transport().description()).start(s);
        }
    }

    AuthServer authServer(Transport transport, Optional<PeerCredentials> credentials) {
        AuthServer.Builder auth = AuthServer.builder().guid(bus.settings.guid())
                .mechanisms(mechanisms.toArray(Mechanism[]::new)).unixFdPassing(transport.canPassFds())
                .allowUid(allowUid);
        credentials.ifPresent(c -> auth.peerUid(c.uid()));
        if (mechanisms.contains(Mechanism.DBUS_COOKIE_SHA1)) {
            auth.cookieSha1(FileCookieKeyring.forHome(), bus.settings.ownUid(), System.getProperty("user.name"));
        }
        return auth.build();
    }

    void authenticationEnded() {
        authenticating.decrementAndGet();
    }

    Bus bus() {
        return bus;
    }

    /** The loop that reads every client on a native socket, or null where native sockets are unavailable. */
    ReadLoop readLoop() {
        return readLoop;
    }

    ScheduledExecutorService timers() {
        return timers;
    }

    /** The introspection XML of the bus object ({@code /org/freedesktop/DBus}), as {@code dbus-daemon --introspect} prints it. */
    public static String introspectionXml() {
        return DriverIntrospection.of(Bus.DRIVER_PATH);
    }

    /** The addresses clients connect to, each with the bus's GUID, separated by {@code ;}. */
    public String address() {
        return String.join(";", addresses);
    }

    /** The connectable address of each listening socket, with the GUID, in the order they were configured. */
    public List<String> addresses() {
        return addresses;
    }

    /** The bus's GUID, as {@code GetId} answers. */
    public String guid() {
        return bus.settings.guid();
    }

    /** The limits in force. */
    public BusLimits limits() {
        return bus.settings.limits();
    }

    /** How many clients are connected and authenticated now. */
    public int connectionCount() {
        bus.lock.lock();
        try {
            return bus.clients.size();
        } finally {
            bus.lock.unlock();
        }
    }

    /** The unique names of the connected clients, in connection order. */
    public List<String> uniqueNames() {
        bus.lock.lock();
        try {
            return bus.clients.stream().map(c -> c.uniqueName).filter(Objects::nonNull).toList();
        } finally {
            bus.lock.unlock();
        }
    }

    /** Stops listening (removing socket files), then disconnects every client. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (Listener l : listeners) {
            try {
                l.close();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "closing " + l.address(), e);
            }
        }
        if (readLoop != null) {
            readLoop.close();
        }
        bus.closeAll();
        timers.shutdownNow();
    }

    @Override
    public String toString() {
        return "BusDaemon[" + address() + ", " + connectionCount() + " connections]";
    }

    /**
     * Configures a {@link BusDaemon}.
     * {@snippet :
     * BusDaemon bus = BusDaemon.builder()
     *         .listen("unix:path=/run/example/bus")
     *         .listen("tcp:host=127.0.0.1,port=0")
     *         .limits(BusLimits.SESSION.with("max_match_rules_per_connection", 128))
     *         .allowAnonymous(true)
     *         .start();
     * }
     */
    public static final class Builder {
        private final List<String> listen = new ArrayList<>();
        private BusLimits limits = BusLimits.SESSION;
        private String type = "session";
        private final Set<Mechanism> auth = new LinkedHashSet<>();
        private boolean allowAnonymous;
        private java.util.function.LongPredicate allowUid;

        private Builder() {
            long own = ProcessIdentity.uid();
            allowUid = uid -> uid == own || uid == 0;
        }

        /** Adds an address to listen on (repeatable); {@code unix:tmpdir=} the temporary directory when none is given. */
        public Builder listen(String address) {
            for (Address a : AddressList.parse(address)) {
                listen.add(a.toString());
            }
            return this;
        }

        /** The limits; dbus-daemon's session limits ({@link BusLimits#SESSION}) by default. */
        public Builder limits(BusLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** The bus type reported in logs ({@code session}, {@code system}, or a custom one). */
        public Builder type(String type) {
            this.type = Objects.requireNonNull(type, "type");
            return this;
        }

        /**
         * Restricts authentication to {@code mechanisms} (as dbus-daemon's {@code <auth>}); by default EXTERNAL and
         * DBUS_COOKIE_SHA1, plus ANONYMOUS when {@link #allowAnonymous} is set.
         */
        public Builder mechanisms(Mechanism... mechanisms) {
            auth.clear();
            auth.addAll(List.of(mechanisms));
            return this;
        }

        /** Whether clients may connect without authenticating (ANONYMOUS); off by default. */
        public Builder allowAnonymous(boolean allow) {
            this.allowAnonymous = allow;
            return this;
        }

        /** Which uids may connect; by default the bus's own user and root. */
        public Builder allowUid(java.util.function.LongPredicate allow) {
            this.allowUid = Objects.requireNonNull(allow, "allow");
            return this;
        }

        private Set<Mechanism> mechanisms() {
            Set<Mechanism> m = new LinkedHashSet<>(auth.isEmpty()
                    ? List.of(Mechanism.EXTERNAL, Mechanism.DBUS_COOKIE_SHA1) : auth);
            if (allowAnonymous) {
                m.add(Mechanism.ANONYMOUS);
            } else {
                m.remove(Mechanism.ANONYMOUS);
            }
            if (m.isEmpty()) {
                throw new IllegalArgumentException("no authentication mechanism is left to offer");
            }
            return m;
        }

        /**
         * Opens every listening socket and starts accepting.
         *
         * @throws IOException when an address cannot be listened on (nothing is left open then)
         */
        public BusDaemon start() throws IOException {
            List<String> where = listen.isEmpty()
                    ? List.of("unix:tmpdir=" + System.getProperty("java.io.tmpdir")) : listen;
            List<Listener> opened = new ArrayList<>();
            try {
                for (String a : where) {
                    opened.add(Listener.open(AddressList.parse(a).addresses().getFirst()));
                }
            } catch (IOException | RuntimeException e) {
                for (Listener l : opened) {
                    try {
                        l.close();
                    } catch (IOException suppressed) {
                        e.addSuppressed(suppressed);
                    }
                }
                throw e;
            }
            ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "jdbus-daemon-timers");
                t.setDaemon(true);
                return t;
            });
            ReadLoop loop = io.jdbus.transport.NativeUnixTransport.isAvailable() ? ReadLoop.start() : null;
            BusDaemon daemon = new BusDaemon(this, opened, timers, loop);
            daemon.startAccepting();
            LOG.log(System.Logger.Level.DEBUG, "bus listening on {0}",
                    daemon.addresses.stream().collect(Collectors.joining(";")));
            return daemon;
        }
    }
}
