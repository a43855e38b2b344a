package io.jdbus.cli.monitor;

import io.jdbus.cli.Buses;
import io.jdbus.cli.ExitCode;
import io.jdbus.cli.Invocation;
import io.jdbus.connection.DBusErrorException;
import io.jdbus.connection.MessageBus;
import io.jdbus.connection.Subscription;
import io.jdbus.match.MatchRule;
import io.jdbus.message.Message;
import io.jdbus.message.MessageType;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * Turns a connection into a watcher of the bus, as {@code monitor} and {@code capture} need it: it never answers
 * the calls it sees, hands every message but its own NameAcquired/NameLost to a sink, and becomes a monitor
 * ({@code BecomeMonitor}), or eavesdrops with match rules on a bus that refuses that.
 * {@snippet :
 * List<Subscription> subs = MonitorSession.start(bus, List.of("org.example.Foo"), m -> print(m), err);
 * bus.closed().get();
 * subs.reversed().forEach(Subscription::close);
 * }
 */
public final class MonitorSession {
    private static final String BUS = "org.freedesktop.DBus";

    private MonitorSession() {
    }

    /** What a watching verb does with the messages: opened once the bus is connected. */
    @FunctionalInterface
    public interface Sink {
        /** Prepares the output (a file header, say) and returns what takes each message. */
        Consumer<Message> open(MessageBus bus) throws IOException;
    }

    /**
     * Runs a watching verb: checks the SERVICE operands, connects, watches ({@link #start}) until the connection
     * ends, with busctl's banner lines on standard error when {@code banner}; returns the exit status.
     * {@code doing} names the verb in errors ("Failed to monitor the bus: ...").
     */
    public static int run(Invocation inv, String doing, boolean banner, Sink sink) {
        List<String> services = inv.operands();
        if (!MonitorRules.servicesValid(services, inv.err())) {
            return ExitCode.FAILURE;
        }
        MessageBus bus = Buses.openOrReport(inv);
        if (bus == null) {
            return ExitCode.FAILURE;
        }
        List<Subscription> subscriptions = new ArrayList<>();
        try (bus) {
            subscriptions.addAll(start(bus, services, sink.open(bus), inv.err()));
            if (banner) {
                inv.err().println("Monitoring bus message stream.");
            }
            bus.closed().get();
            inv.out().flush();
            if (banner) {
                inv.err().println("Connection terminated, exiting.");
            }
            return ExitCode.OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.OK;
        } catch (ExecutionException | IOException e) {
            inv.err().println("Failed to " + doing + " the bus: " + e.getMessage());
            return ExitCode.FAILURE;
        } finally {
            subscriptions.reversed().forEach(Subscription::close);
            inv.out().flush();
        }
    }

    /**
     * Starts watching the messages from and to {@code services} (all when empty); returns the subscriptions made,
     * for the caller to close. A refused BecomeMonitor is reported on {@code err}.
     */
    public static List<Subscription> start(MessageBus bus, List<String> services, Consumer<Message> sink,
            PrintStream err) throws IOException {
        List<Subscription> subscriptions = new ArrayList<>();
        // A monitor must never send: keep the connection from answering the calls it watches
        subscriptions.add(bus.handleCalls(call -> true, call -> null));
        String self = bus.uniqueName();
        subscriptions.add(bus.addHandler(m -> !isAboutSelf(m, self), sink));
        try {
            List<String> rules = MonitorRules.forServices(services).stream().map(MatchRule::toString).toList();
            bus.call(Message.methodCall(BUS, "/org/freedesktop/DBus", "org.freedesktop.DBus.Monitoring",
                    "BecomeMonitor").body("asu", rules, 0).build());
        } catch (DBusErrorException refused) {
            err.println("BecomeMonitor refused (" + refused.getMessage() + "); eavesdropping with match rules instead.");
            for (MatchRule rule : MonitorRules.eavesdropping(services)) {
                subscriptions.add(bus.addMatch(rule, m -> { }));
            }
        }
        return subscriptions;
    }

    /** The bus's NameAcquired and NameLost for this connection's own unique name, which busctl does not show. */
    private static boolean isAboutSelf(Message m, String self) {
        return m.type() == MessageType.SIGNAL && BUS.equals(m.sender()) && self.equals(m.destination())
                && ("NameLost".equals(m.member()) || "NameAcquired".equals(m.member()))
                && !m.body().isEmpty() && self.equals(m.body().getFirst());
    }
}
