package io.jdbus.cli.capture;

import io.jdbus.cli.Invocation;
import io.jdbus.cli.UsageException;
import io.jdbus.cli.Verb;
import io.jdbus.cli.Version;
import io.jdbus.cli.monitor.MonitorSession;
import io.jdbus.connection.MessageBus;
import io.jdbus.message.Message;
import io.jdbus.message.MessageEncoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

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
        PcapNgWriter writer = new PcapNgWriter(inv.out());
        return MonitorSession.run(inv, "capture", !inv.settings().quiet(), bus -> {
            writer.header(osName(), Version.text());
            return m -> write(writer, m, bus, inv);
        });
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

}
