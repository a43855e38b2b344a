package io.jdbus.daemon;

import io.jdbus.connection.StandardError;
import io.jdbus.daemon.names.NameEvent;
import io.jdbus.daemon.names.NameRegistry;
import io.jdbus.message.AttachedFd;
import io.jdbus.message.Flag;
import io.jdbus.message.Message;
import io.jdbus.message.MessageEncoder;
import io.jdbus.message.MessageType;
import io.jdbus.names.ObjectPath;
import io.jdbus.transport.PeerCredentials;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The bus's state and its routing: who is connected under which name, who owns which well-known name, the
 * match rules, the calls awaiting replies. Every change and every routing decision happens under one lock, so
 * that each client sees messages in one global order (a NameOwnerChanged never overtakes the message that
 * caused it); the sends under the lock never block (see {@link Outbox}).
 */
final class Bus {
    private static final System.Logger LOG = System.getLogger(Bus.class.getName());

    static final String DRIVER_NAME = "org.freedesktop.DBus";
    static final ObjectPath DRIVER_PATH = ObjectPath.of("/org/freedesktop/DBus");
    static final String DRIVER_INTERFACE = "org.freedesktop.DBus";

    private record PendingKey(Client caller, int serial) {
    }

    /** A message on its way to several clients, encoded at most once. */
    private static final class Outgoing {
        final Message message;
        private byte[] bytes;

        Outgoing(Message message) {
            this.message = message;
        }

        byte[] bytes() {
            if (bytes == null) {
                bytes = MessageEncoder.encode(message);
            }
            return bytes;
        }
    }

    final ReentrantLock lock = new ReentrantLock();
    final BusSettings settings;
    final NameRegistry names = new NameRegistry();
    final Map<String, Client> byName = new HashMap<>();
    final Set<Client> clients = new LinkedHashSet<>();
    private final List<Client> monitors = new ArrayList<>();
    private final Map<PendingKey, PendingReply> pending = new HashMap<>();
    private final Map<PendingKey, ScheduledFuture<?>> replyTimers = new HashMap<>();
    private final List<Client> doomed = new ArrayList<>();
    private final ScheduledExecutorService timers;
    private final Driver driver;
    private long nextUnique;
    private int driverSerial;

    Bus(BusSettings settings, ScheduledExecutorService timers) {
        this.settings = settings;
        this.timers = timers;
        this.driver = new Driver(this);
    }

    /** Adds an authenticated client; false when the bus is full (the caller closes it). */
    boolean admit(Client c) {
        lock.lock();
        try {
            if (clients.size() >= settings.limits().maxCompletedConnections()) {
                return false;
            }
            long uid = c.credentials.map(PeerCredentials::uid).orElse(-1L);
            if (uid >= 0 && clients.stream().filter(o -> o.credentials.map(PeerCredentials::uid).orElse(-2L) == uid)
                    .count() >= settings.limits().maxConnectionsPerUser()) {
                return false;
            }
            clients.add(c);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Routes one message a client sent (the reader thread of {@code from} calls it, in arrival order). */
    void receive(Client from, Message m) {
        lock.lock();
        try {
            if (from.gone) {
                return;
            }
            if (from.uniqueName == null) {
                if (isHello(m)) {
                    hello(from, m);
                } else {
                    drop(from, "it sent " + m + " before Hello");
                }
            } else if (from.monitor) {
                drop(from, "a monitor sent " + m + "; monitors may only receive");
            } else {
                route(from, m.withSender(from.uniqueName));
            }
        } finally {
            finish();
            lock.unlock();
        }
    }

    private static boolean isHello(Message m) {
        return m.type() == MessageType.METHOD_CALL && DRIVER_NAME.equals(m.destination())
                && "Hello".equals(m.member())
                && (m.interfaceName() == null || DRIVER_INTERFACE.equals(m.interfaceName()));
    }

    private void hello(Client c, Message hello) {
        String name = ":1." + nextUnique++;
        c.uniqueName = name;
        byName.put(name, c);
        Message stamped = hello.withSender(name);
        capture(new Outgoing(stamped), null, null);
        reply(stamped, "s", name);
        signal(new NameEvent.OwnerChanged(name, "", name));
        signal(new NameEvent.Acquired(name, name));
    }

    private void route(Client from, Message m) {
        Outgoing out = new Outgoing(m);
        String dest = m.destination();
        Client to = dest == null || dest.equals(DRIVER_NAME) ? null : resolve(dest);
        capture(out, from, to);
        if (dest == null) {
            broadcast(out, from, null);
            return;
        }
        if (dest.equals(DRIVER_NAME)) {
            broadcast(out, from, null);
            if (m.type() == MessageType.METHOD_CALL) {
                driver.handle(from, m);
            }
            return;
        }
        boolean expectsReply = m.type() == MessageType.METHOD_CALL && !m.has(Flag.NO_REPLY_EXPECTED);
        if (to == null) {
            if (expectsReply) {
                error(m, m.has(Flag.NO_AUTO_START) ? StandardError.NAME_HAS_NO_OWNER.errorName()
                        : StandardError.SERVICE_UNKNOWN.errorName(), m.has(Flag.NO_AUTO_START)
                        ? "Name \"" + dest + "\" does not exist"
                        : "The name " + dest + " was not provided by any .service files");
            }
            return;
        }
        if ((m.type() == MessageType.METHOD_RETURN || m.type() == MessageType.ERROR) && !answer(from, to, m)) {
            LOG.log(System.Logger.Level.DEBUG, "dropped an unrequested reply from {0} to {1}", from, to);
            return;
        }
        if (m.unixFds() > 0 && !to.unixFds) {
            if (expectsReply) {
                error(m, StandardError.NOT_SUPPORTED.errorName(),
                        "Tried to send message with Unix file descriptors to a client that doesn't support that.");
            }
            return;
        }
        if (expectsReply && !await(from, to, m)) {
            return;
        }
        deliver(to, out);
        broadcast(out, from, to);
    }

    /** Records a call that awaits a reply; false (and an error to the caller) past the caller's limit. */
    private boolean await(Client caller, Client callee, Message call) {
        if (caller.pendingReplies >= settings.limits().maxRepliesPerConnection()) {
            error(call, StandardError.LIMITS_EXCEEDED.errorName(),
                    "The maximum number of pending replies per connection has been reached");
            return false;
        }
        PendingKey key = new PendingKey(caller, call.serial());
        if (pending.put(key, new PendingReply(caller, callee, call.serial())) == null) {
            caller.pendingReplies++;
        }
        long timeout = settings.limits().replyTimeout().toMillis();
        if (timeout > 0) {
            replyTimers.put(key, timers.schedule(() -> expire(key, call), timeout, TimeUnit.MILLISECONDS));
        }
        return true;
    }

    /** Whether {@code m} answers a call {@code to} made to {@code from}; the call is answered now. */
    private boolean answer(Client from, Client to, Message m) {
        PendingKey key = new PendingKey(to, m.replySerial());
        PendingReply p = pending.get(key);
        if (p == null || p.callee() != from) {
            return false;
        }
        forget(key);
        return true;
    }

    private void forget(PendingKey key) {
        PendingReply p = pending.remove(key);
        if (p != null) {
            p.caller().pendingReplies--;
        }
        ScheduledFuture<?> timer = replyTimers.remove(key);
        if (timer != null) {
            timer.cancel(false);
        }
    }

    private void expire(PendingKey key, Message call) {
        lock.lock();
        try {
            if (pending.containsKey(key)) {
                forget(key);
                error(call, StandardError.NO_REPLY.errorName(), "Message did not receive a reply (timeout by message bus)");
            }
        } finally {
            finish();
            lock.unlock();
        }
    }

    /** The client a destination names: a unique name, or the primary owner of a well-known one. */
    Client resolve(String name) {
        if (name.startsWith(":")) {
            return byName.get(name);
        }
        return names.owner(name).map(byName::get).orElse(null);
    }

    /** Whether {@code c} is {@code name}: its unique name, or the primary owner of the well-known name. */
    boolean owns(Client c, String name) {
        if (c.uniqueName == null) {
            return false;
        }
        if (name.startsWith(":")) {
            return name.equals(c.uniqueName);
        }
        return names.owner(name).map(c.uniqueName::equals).orElse(false);
    }

    /** Sends {@code out} to every client with a matching rule, other than {@code addressed}, which had it already. */
    private void broadcast(Outgoing out, Client sender, Client addressed) {
        Message m = out.message;
        boolean directed = m.destination() != null;
        for (Client c : clients) {
            if (c == addressed || c.uniqueName == null || c.monitor || c.gone || (m.unixFds() > 0 && !c.unixFds)) {
                continue;
            }
            for (BusRule r : c.rules) {
                if ((!directed || r.rule().eavesdrop()) && r.matches(m, sender, addressed, this::owns)) {
                    deliver(c, out);
                    break;
                }
            }
        }
    }

    /**
     * Gives every monitor whose rules match a copy of {@code out}, as the bus received or sent it; {@code addressed}
     * is the client its destination names, if any.
     */
    private void capture(Outgoing out, Client sender, Client addressed) {
        if (monitors.isEmpty()) {
            return;
        }
        Message m = out.message;
        for (Client c : monitors) {
            if (c.gone || (m.unixFds() > 0 && !c.unixFds)) {
                continue;
            }
            boolean wanted = c.monitorRules.isEmpty();
            for (int i = 0; !wanted && i < c.monitorRules.size(); i++) {
                wanted = c.monitorRules.get(i).matches(m, sender, addressed, this::owns);
            }
            if (wanted) {
                deliver(c, out);
            }
        }
    }

    private void deliver(Client to, Outgoing out) {
        if (to.gone) {
            return;
        }
        List<AttachedFd> fds = out.message.fds();
        if (!to.outbox.send(out.bytes(), fds)) {
            doomed.add(to);
        }
    }

    /** Sends a message from the bus driver: to its destination, to matching rules and to monitors. */
    void sendFromDriver(Message m) {
        Outgoing out = new Outgoing(m.toBuilder().sender(DRIVER_NAME).serial(nextDriverSerial()).build());
        Client to = m.destination() == null ? null : byName.get(m.destination());
        capture(out, null, to);
        if (to != null) {
            deliver(to, out);
        }
        broadcast(out, null, to);
    }

    private int nextDriverSerial() {
        driverSerial = driverSerial == -1 ? 1 : driverSerial + 1;
        return driverSerial;
    }

    /** Replies to {@code call} from the driver. */
    void reply(Message call, String signature, Object... values) {
        sendFromDriver(Message.methodReturn(call).body(signature, values).build());
    }

    /** An error reply to {@code call} from the driver, unless the caller asked for no reply. */
    void error(Message call, String errorName, String text) {
        if (!call.has(Flag.NO_REPLY_EXPECTED)) {
            sendFromDriver(Message.error(call, errorName, text).build());
        }
    }

    /** Sends the signal a name change calls for. */
    void signal(NameEvent e) {
        Message m = switch (e) {
            case NameEvent.OwnerChanged c -> driverSignal("NameOwnerChanged").body("sss", c.name(), c.oldOwner(),
                    c.newOwner()).build();
            case NameEvent.Lost l -> driverSignal("NameLost").destination(l.to()).body("s", l.name()).build();
            case NameEvent.Acquired a -> driverSignal("NameAcquired").destination(a.to()).body("s", a.name()).build();
        };
        sendFromDriver(m);
    }

    private static io.jdbus.message.MessageBuilder driverSignal(String member) {
        return Message.signal(DRIVER_PATH.value(), DRIVER_INTERFACE, member);
    }

    /** Turns a client into a monitor: it leaves every name and queue, with the signals that go with it. */
    void becomeMonitor(Client c, List<BusRule> rules) {
        releaseEverything(c);
        c.rules.clear();
        c.monitor = true;
        c.monitorRules = List.copyOf(rules);
        monitors.add(c);
    }

    private void releaseEverything(Client c) {
        String name = c.uniqueName;
        for (NameEvent e : names.disconnected(name)) {
            signal(e);
        }
        for (PendingKey key : List.copyOf(pending.keySet())) {
            PendingReply p = pending.get(key);
            if (p.caller() == c) {
                forget(key);
            } else if (p.callee() == c) {
                forget(key);
                sendFromDriver(Message.builder(MessageType.ERROR).destination(p.caller().uniqueName)
                        .replySerial(p.serial()).errorName(StandardError.NO_REPLY.errorName())
                        .body("s", "Message recipient disconnected from message bus without replying").build());
            }
        }
        signal(new NameEvent.Lost(name, name));
        signal(new NameEvent.OwnerChanged(name, name, ""));
        byName.remove(name);
    }

    /** Drops a client: its names go to the next in line, its pending callers get NoReply. Under the lock. */
    void drop(Client c, String why) {
        if (c.gone) {
            return;
        }
        LOG.log(System.Logger.Level.DEBUG, "dropping {0}: {1}", c, why);
        c.gone = true;
        clients.remove(c);
        monitors.remove(c);
        c.outbox.close();
        try {
            c.transport.close();
        } catch (IOException e) {
            // closing anyway
        }
        if (c.uniqueName != null && !c.monitor) {
            releaseEverything(c);
        }
    }

    /** Drops a client from outside the lock (its reader saw the end of the stream or bad input). */
    void disconnected(Client c, String why) {
        lock.lock();
        try {
            drop(c, why);
        } finally {
            finish();
            lock.unlock();
        }
    }

    /** Drops the clients whose queues overflowed during the operation that ends now. */
    private void finish() {
        while (!doomed.isEmpty()) {
            Client c = doomed.removeLast();
            drop(c, "its queue passed " + settings.limits().maxOutgoingBytes() + " bytes: it does not read");
        }
    }

    /** Drops every client; the bus is closing. */
    void closeAll() {
        lock.lock();
        try {
            for (Client c : List.copyOf(clients)) {
                drop(c, "the bus is closing");
            }
        } finally {
            doomed.clear();
            lock.unlock();
        }
    }
}
