package io.jdbus.connection;

import io.jdbus.message.Flag;
import io.jdbus.message.Message;
import io.jdbus.message.MessageType;
import io.jdbus.transport.Transport;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A connection to a message bus: authenticated, registered with {@code Hello}, with a unique name.
 *
 * <p>Calls exist blocking ({@link #call}) and asynchronous ({@link #callAsync}) on one code path. An ERROR
 * reply is a {@link DBusErrorException}; no reply within the timeout (25 s unless set) is one named
 * {@code org.freedesktop.DBus.Error.NoReply}; a closed or lost connection is a
 * {@link ConnectionClosedException}. Handlers never run on the connection's reader thread, so a handler
 * may make blocking calls. Thread-safe.
 * {@snippet :
 * try (MessageBus bus = MessageBus.session()) {
 *     Message reply = bus.call(Message.methodCall("org.freedesktop.DBus", "/org/freedesktop/DBus",
 *             "org.freedesktop.DBus", "ListNames").build());
 *     System.out.println(bus.uniqueName() + " sees " + reply.body().get(0));
 * }
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-bus">Message bus specification</a>
 */
public final class MessageBus implements AutoCloseable {
    /** The default method-call timeout, as libdbus, sd-bus and GDBus use. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(25);

    static final String BUS_NAME = "org.freedesktop.DBus";
    static final String BUS_PATH = "/org/freedesktop/DBus";

    private final Connection connection;
    private final Duration timeout;
    private final String guid;
    private final boolean unixFds;
    private final Matches matches;
    private final DefaultMethodHandler methodCalls;
    private volatile String uniqueName;
    private final java.util.Set<String> ownedNames = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Subscriptions handed out and not closed yet; see {@link #subscriptionCount()}. */
    private final java.util.concurrent.atomic.AtomicInteger subscriptions = new java.util.concurrent.atomic.AtomicInteger();
    static {
        io.jdbus.internal.LibraryCalls.install((bus, filter, handler) -> bus.methodCalls.add(filter, handler));
    }

    MessageBus(Connection connection, Duration timeout, String guid, boolean unixFds) {
        this.connection = connection;
        this.timeout = timeout;
        this.guid = guid;
        this.unixFds = unixFds;
        this.matches = new Matches(this);
        this.methodCalls = new DefaultMethodHandler(this);
        connection.onMethodCall(methodCalls);
        connection.observe(this::trackOwnedNames);
    }

    /** Connects to the session bus ({@code DBUS_SESSION_BUS_ADDRESS}, else {@code $XDG_RUNTIME_DIR/bus}). */
    public static MessageBus session() throws IOException {
        return builder().session().build();
    }

    /** Connects to the system bus ({@code DBUS_SYSTEM_BUS_ADDRESS}, else {@code /var/run/dbus/system_bus_socket}). */
    public static MessageBus system() throws IOException {
        return builder().system().build();
    }

    /** Connects to the bus at {@code address} (a D-Bus address list, tried in order). */
    public static MessageBus connect(String address) throws IOException {
        return builder().address(address).build();
    }

    /** A builder for a connection with options (mechanisms, fd negotiation, timeout). */
    public static MessageBusBuilder builder() {
        return new MessageBusBuilder();
    }

    /** Registers with the bus and records the unique name it assigns. */
    void hello() throws IOException {
        Message reply = call(busCall("Hello").build());
        uniqueName = (String) reply.body().getFirst();
    }

    /** Follows NameAcquired / NameLost from the bus, on the reader thread, so calls are routed by what we own. */
    private void trackOwnedNames(Message m) {
        if (m.type() == MessageType.SIGNAL && BUS_NAME.equals(m.sender()) && BUS_NAME.equals(m.interfaceName())
                && m.body().size() == 1 && m.body().getFirst() instanceof String name) {
            if ("NameAcquired".equals(m.member())) {
                ownedNames.add(name);
            } else if ("NameLost".equals(m.member())) {
                ownedNames.remove(name);
            }
        }
    }

    /**
     * Whether an incoming call is addressed to this connection: no destination (peer to peer), its unique
     * name, or a name it owns. Calls a monitor or an eavesdropper only watches are not.
     */
    boolean isAddressedToUs(Message call) {
        String d = call.destination();
        return d == null || d.equals(uniqueName) || ownedNames.contains(d);
    }

    /** The well-known names this connection owns, as the bus reported them. */
    public java.util.Set<String> ownedNames() {
        return java.util.Set.copyOf(ownedNames);
    }

    /** The unique name the bus gave this connection, such as {@code :1.42}. */
    public String uniqueName() {
        return uniqueName;
    }

    /** The bus's GUID, from authentication. */
    public String guid() {
        return guid;
    }

    /** Whether unix file descriptors were agreed on during authentication. */
    public boolean unixFdsAgreed() {
        return unixFds;
    }

    /** The default timeout of calls on this connection. */
    public Duration timeout() {
        return timeout;
    }

    /**
     * Sends {@code call} and waits for its reply, at most the connection's timeout.
     *
     * @throws DBusErrorException for an ERROR reply, or NoReply when the timeout passes
     * @throws ConnectionClosedException when the connection is or gets closed
     */
    public Message call(Message call) throws IOException {
        return call(call, timeout);
    }

    /** As {@link #call(Message)}, waiting at most {@code timeout}. */
    public Message call(Message call, Duration timeout) throws IOException {
        Objects.requireNonNull(timeout, "timeout");
        try {
            return connection.call(call, timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the reply to " + call);
        }
    }

    /** Sends {@code call}; the future completes with the reply, or exceptionally as {@link #call} throws. Cancelling it forgets the call. */
    public CompletableFuture<Message> callAsync(Message call) {
        return callAsync(call, timeout);
    }

    /** As {@link #callAsync(Message)}, with its own timeout. */
    public CompletableFuture<Message> callAsync(Message call, Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        return connection.callAsync(call, timeout);
    }

    /** Sends {@code message} without waiting for anything; returns it as sent, with its serial. */
    public Message send(Message message) throws IOException {
        return connection.send(message);
    }

    /**
     * Calls {@code handler} for every incoming message that {@code filter} accepts (replies to this
     * connection's calls excepted), in arrival order, off the reader thread.
     */
    public Subscription addHandler(Predicate<Message> filter, Consumer<Message> handler) {
        Runnable remove = connection.addListener(m -> {
            if (filter.test(m)) {
                handler.accept(m);
            }
        });
        return counted(remove::run);
    }

    /**
     * Answers the incoming method calls that {@code filter} accepts with {@code handler}, each on its own
     * virtual thread. Handlers are asked in registration order; calls nobody takes get the standard answers
     * (Peer methods, else UnknownObject).
     */
    public Subscription handleCalls(Predicate<Message> filter, MethodHandler handler) {
        return counted(methodCalls.add(filter, handler));
    }

    /**
     * How many subscriptions made on this connection are still open: handlers ({@link #addHandler}), call
     * handlers ({@link #handleCalls}), match subscriptions ({@link #addMatch}) and name watches
     * ({@link #watchNameOwner}, and the proxies' signal subscriptions built on them) whose {@link Subscription}
     * has not been closed. Registrations the library keeps for itself (the object server's dispatcher, made through
     * an internal path) do not count. Closing the connection ends every registration but leaves the count as it was.
     */
    public int subscriptionCount() {
        return subscriptions.get();
    }

    /** How many calls this connection has sent that are still waiting for their reply (or their timeout). */
    public int pendingCallCount() {
        return connection.pendingCount();
    }

    /** {@code s}, counted in {@link #subscriptionCount()} until it is first closed. */
    private Subscription counted(Subscription s) {
        subscriptions.incrementAndGet();
        java.util.concurrent.atomic.AtomicBoolean open = new java.util.concurrent.atomic.AtomicBoolean(true);
        return () -> {
            if (open.compareAndSet(true, false)) {
                s.close();
                subscriptions.decrementAndGet();
            }
        };
    }

    /**
     * Subscribes to the messages a match rule selects: asks the bus (AddMatch, once per distinct rule however
     * many subscribe) and calls {@code handler} for each matching message; closing the last subscription of a
     * rule removes it from the bus.
     */
    public Subscription addMatch(io.jdbus.match.MatchRule rule, Consumer<Message> handler) throws IOException {
        return matches.add(rule, handler);   // counted once, by the handler it registers with addHandler
    }

    /**
     * Follows who owns {@code name}: {@code listener} gets the current owner's unique name (or {@code null}
     * when there is none) at once, then each new owner as NameOwnerChanged reports it, in order.
     */
    public Subscription watchNameOwner(String name, Consumer<String> listener) throws IOException {
        io.jdbus.names.BusName.of(name);
        io.jdbus.match.MatchRule rule = io.jdbus.match.MatchRule.builder().type(MessageType.SIGNAL).sender(BUS_NAME)
                .interfaceName(BUS_NAME).member("NameOwnerChanged").path(BUS_PATH).arg(0, name).build();
        Subscription sub = addMatch(rule, m -> {
            String owner = (String) m.body().get(2);
            listener.accept(owner.isEmpty() ? null : owner);
        });
        String current;
        try {
            current = (String) call(busCall("GetNameOwner").body("s", name).build()).body().getFirst();
        } catch (DBusErrorException e) {
            if (!e.is(StandardError.NAME_HAS_NO_OWNER)) {
                sub.close();
                throw e;
            }
            current = null;
        }
        listener.accept(current);
        return sub;
    }

    // The high-level client (io.jdbus.client) sits on this package; these three methods only delegate to
    // it, so that the design's `bus.introspect(...)` / `bus.proxyObject(...)` read as they do in python-dbus-next.

    /** Introspects {@code path} on {@code name} and parses the XML; see {@link io.jdbus.client.ProxyObject#introspect}. */
    public io.jdbus.introspect.Node introspect(String name, String path) throws IOException {
        return io.jdbus.client.ProxyObject.introspect(this, name, path);
    }

    /** A proxy for {@code path} on {@code name}, described by {@code node}; see {@link io.jdbus.client.ProxyObject}. */
    public io.jdbus.client.ProxyObject proxyObject(String name, String path, io.jdbus.introspect.Node node) {
        return io.jdbus.client.ProxyObject.of(this, name, path, node);
    }

    /** A proxy for {@code path} on {@code name}, described by introspection XML. */
    public io.jdbus.client.ProxyObject proxyObject(String name, String path, String introspectionXml) {
        return io.jdbus.client.ProxyObject.of(this, name, path, introspectionXml);
    }

    /** Asks the bus for {@code name}. */
    public RequestNameReply requestName(String name, RequestNameFlag... flags) throws IOException {
        int bits = 0;
        for (RequestNameFlag f : flags) {
            bits |= f.bit();
        }
        Message reply = call(busCall("RequestName").body("su", name, bits).build());
        return RequestNameReply.forCode((Integer) reply.body().getFirst());
    }

    /** Gives {@code name} back to the bus. */
    public ReleaseNameReply releaseName(String name) throws IOException {
        Message reply = call(busCall("ReleaseName").body("s", name).build());
        return ReleaseNameReply.forCode((Integer) reply.body().getFirst());
    }

    /** A method call to the bus itself ({@code org.freedesktop.DBus}). */
    static io.jdbus.message.MessageBuilder busCall(String member) {
        return Message.methodCall(BUS_NAME, BUS_PATH, BUS_NAME, member);
    }

    /** Whether the connection is open. */
    public boolean isOpen() {
        return connection.isOpen();
    }

    /** Completes when the connection is closed or lost. */
    public CompletableFuture<Void> closed() {
        return connection.closed();
    }

    /** Closes the connection; pending calls fail with {@link ConnectionClosedException}. Idempotent. */
    @Override
    public void close() {
        connection.close();
    }

    /** Whether {@code m} wants a reply. */
    static boolean wantsReply(Message m) {
        return m.type() == MessageType.METHOD_CALL && !m.has(Flag.NO_REPLY_EXPECTED);
    }
}
