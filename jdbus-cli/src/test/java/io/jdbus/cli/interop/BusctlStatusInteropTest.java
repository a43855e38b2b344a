package io.jdbus.cli.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.cli.CliRun;
import io.jdbus.connection.MessageBus;
import io.jdbus.connection.RequestNameReply;
import io.jdbus.testing.PrivateBus;
import io.jdbus.testing.Tools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code jdbus status} against {@code busctl status} on a private dbus-daemon: the bus's own status, the bus
 * driver's and a peer's credentials (this JVM's connection, by unique and by well-known name) print the same
 * lines, byte for byte. Both read the same {@code /proc} files for what the bus does not say.
 */
@Timeout(60)
class BusctlStatusInteropTest {
    private static final String NAME = "org.example.StatusPeer";
    private static PrivateBus bus;
    private static MessageBus peer;
    private static Path busctl;

    @BeforeAll
    static void start() throws Exception {
        busctl = Tools.require("busctl", "Debian package systemd");
        bus = PrivateBus.start();
        peer = MessageBus.connect(bus.address());
        assertEquals(RequestNameReply.PRIMARY_OWNER, peer.requestName(NAME));
    }

    @AfterAll
    static void stop() throws Exception {
        if (peer != null) {
            peer.close();
        }
        if (bus != null) {
            bus.close();
        }
    }

    @Test
    void statusOfTheBusPrintsWhatBusctlPrints() throws Exception {
        same();
    }

    @Test
    void statusOfTheBusDriverPrintsWhatBusctlPrints() throws Exception {
        same("org.freedesktop.DBus");
    }

    @Test
    void statusOfAUniqueNamePrintsWhatBusctlPrints() throws Exception {
        same(peer.uniqueName());
    }

    @Test
    void statusOfAWellKnownNameAddsItsOwnersUniqueNameAsBusctlDoes() throws Exception {
        same(NAME);
    }

    @Test
    void statusOfAMissingNameFailsWithStatus1() throws Exception {
        CliRun ours = CliRun.run("--address=" + bus.address(), "status", "org.example.Nobody");
        assertEquals(1, ours.status());
        assertEquals(1, busctl("org.example.Nobody").status());
        // busctl prints the errno (ENXIO), jdbus the bus's error message
        assertTrue(ours.err().startsWith("Failed to get credentials: "), ours.err());
    }

    private static void same(String... name) throws Exception {
        BusctlRun expected = busctl(name);
        CliRun ours = name.length == 0
                ? CliRun.run("--address=" + bus.address(), "status")
                : CliRun.run("--address=" + bus.address(), "status", name[0]);
        assertEquals(0, expected.status());
        assertEquals(0, ours.status(), ours.err());
        assertEquals(expected.out(), ours.out());
    }

    /** One finished run of busctl: its status and standard output. */
    private record BusctlRun(int status, String out) {
    }

    private static BusctlRun busctl(String... name) throws Exception {
        List<String> command = new ArrayList<>(List.of(busctl.toString(), "--address=" + bus.address(), "status"));
        command.addAll(List.of(name));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.SECONDS);
        return new BusctlRun(p.exitValue(), out);
    }
}
