package io.jdbus.cli.capture;

import io.jdbus.cli.Buses;
import io.jdbus.cli.ExitCode;
import io.jdbus.cli.Invocation;
import io.jdbus.cli.UsageException;
import io.jdbus.cli.Verb;
import io.jdbus.cli.monitor.MonitorRules;
import io.jdbus.connection.DBusErrorException;
import io.jdbus.connection.MessageBus;
import io.jdbus.connection.Subscription;
import io.jdbus.match.MatchRule;
import io.jdbus.message.Message;
import io.jdbus.message.MessageEncoder;
import io.jdbus.message.MessageType;
import io.jdbus.names.BusName;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

/**
 * {@code jdbus capture [SERVICE...]}: as {@code busctl capture}, writes the messages from and to the given
 * services (all when none is given) to standard output as a pcapng stream of link type {@code DLT_DBUS},
 * for Wireshark or {@code tshark}.
 *
 * <p>It watches the bus as {@code jdbus monitor} does: {@code BecomeMonitor} with busctl's match rules, or
 * eavesdropping match rules where the bus refuses that. Each message is written as it arrives, re-encoded
 * from what was received (the bytes are the sender's unless the bus changed them, e.g. by adding the sender).
 *
 * {@snippet lang=sh :
 * jdbus --session capture > bus.pcapng
 * tshark -r bus.pcapng -T fields -e dbus.member
 * }
 */
public final class CaptureVerb implements Verb {
    private static final String BUS = "org.freedesktop.DBus";

    @Override
    public String name() {
        return "capture";
    }

    @Override
    public String operands() {
        return "[SERVICE...]";
    }

    @Override
    public String summary() {
        return "Write the messages from and to SERVICEs, or all, as pcapng to standard output";
    }

    @Override
    public int run(Invocation inv) throws UsageException {
        List<String> services = inv.operands();
        if (!MonitorRules.servicesValid(services, inv.err())) {
            return ExitCode.FAILURE;
        }
        MessageBus bus;
        try {
            bus = Buses.open(inv);
        } catch (IOException | RuntimeException e) {
            return Buses.connectFailed(inv, e);
        }
        PcapNgWriter writer = new PcapNgWriter(inv.out());
        List<Subscription> subscriptions = new ArrayList<>();
        try (bus) {
            writer.header(osName(), "jdbus " + version());
            // A monitor must never send: keep the connection from answering the calls it watches
            subscriptions.add(bus.handleCalls(call -> true, call -> null));
            String self = bus.uniqueName();
            subscriptions.add(bus.addHandler(m -> !isAboutSelf(m, self), m -> write(writer, m, bus, inv)));
            try {
                List<String> rules = MonitorRules.forServices(services).stream().map(MatchRule::toString).toList();
                bus.call(Message.methodCall(BUS, "/org/freedesktop/DBus", "org.freedesktop.DBus.Monitoring",
                        "BecomeMonitor").body("asu", rules, 0).build());
            } catch (DBusErrorException refused) {
                inv.err().println("BecomeMonitor refused (" + refused.getMessage()
                        + "); eavesdropping with match rules instead.");
                for (MatchRule rule : MonitorRules.eavesdropping(services)) {
                    subscriptions.add(bus.addMatch(rule, m -> { }));
                }
            }
            if (!inv.settings().quiet()) {
                inv.err().println("Monitoring bus message stream.");
            }
            bus.closed().get();
            if (!inv.settings().quiet()) {
                inv.err().println("Connection terminated, exiting.");
            }
            return ExitCode.OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.OK;
        } catch (ExecutionException | IOException e) {
            inv.err().println("Failed to capture the bus: " + e.getMessage());
            return ExitCode.FAILURE;
        } finally {
            subscriptions.reversed().forEach(Subscription::close);
            inv.out().flush();
        }
    }

    private static void write(PcapNgWriter writer, Message m, MessageBus bus, Invocation inv) {
        try {
            writer.packet(Instant.now(), MessageEncoder.encode(m));
        } catch (IOException | UncheckedIOException e) {
            bus.close();
        }
        if (inv.out().checkError()) {
            bus.close();   // standard output is gone (e.g. a closed pipe): stop, as busctl does
        }
    }

    /** The bus's NameAcquired and NameLost for this connection's own unique name, which busctl does not capture. */
    private static boolean isAboutSelf(Message m, String self) {
        return m.type() == MessageType.SIGNAL && BUS.equals(m.sender()) && self.equals(m.destination())
                && ("NameLost".equals(m.member()) || "NameAcquired".equals(m.member()))
                && !m.body().isEmpty() && self.equals(m.body().getFirst());
    }

    /** PRETTY_NAME of {@code /etc/os-release}, as busctl records it, or {@code null}. */
    private static String osName() {
        try {
            for (String line : Files.readAllLines(Path.of("/etc/os-release"))) {
                if (line.startsWith("PRETTY_NAME=")) {
                    return line.substring("PRETTY_NAME=".length()).replaceAll("^\"|\"$", "");
                }
            }
        } catch (IOException | SecurityException e) {
            // no operating system option
        }
        return null;
    }

    private static String version() {
        try (InputStream in = CaptureVerb.class.getResourceAsStream("/io/jdbus/cli/version.properties")) {
            if (in == null) {
                return "(development build)";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "(development build)");
        } catch (IOException e) {
            return "(development build)";
        }
    }
}
