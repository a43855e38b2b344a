package io.jdbus.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.connection.MessageBus;
import io.jdbus.message.Message;
import io.jdbus.testing.SampleServicePeer;
import io.jdbus.testing.ToolRun;
import io.jdbus.testing.Tools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Other implementations' tools and libraries talking through the embedded bus: dbus-send and dbus-monitor
 * (libdbus), gdbus (GLib), busctl (sd-bus), python-dbus-next, and dbus-test-tool.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DaemonInteropTest {
    private BusDaemon daemon;
    private final List<Process> background = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        daemon = BusDaemon.start();
    }

    @AfterEach
    void stop() {
        background.forEach(Process::destroyForcibly);
        daemon.close();
    }

    private Process spawn(Path tool, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(tool.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("SYSTEMD_COLORS", "0");
        pb.environment().put("DBUS_SESSION_BUS_ADDRESS", daemon.address());
        Process p = pb.start();
        background.add(p);
        return p;
    }

    /** Waits until {@code name} has an owner on the bus. */
    private void awaitName(MessageBus bus, String name) throws Exception {
        for (int i = 0; i < 200; i++) {
            Message r = bus.call(Message.methodCall("org.freedesktop.DBus", "/org/freedesktop/DBus",
                    "org.freedesktop.DBus", "NameHasOwner").body("s", name).build());
            if ((Boolean) r.body().getFirst()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(name + " never appeared on the bus");
    }

    @Test
    void dbusSendCallsTheBus() throws Exception {
        Path dbusSend = Tools.require("dbus-send", "Debian package dbus-bin");
        ToolRun r = ToolRun.of(dbusSend, "--bus=" + daemon.address(), "--print-reply=literal",
                "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus.GetId");
        assertEquals(0, r.status(), r.err());
        assertEquals(daemon.guid(), r.out().strip());
        r = ToolRun.of(dbusSend, "--bus=" + daemon.address(), "--print-reply", "--dest=com.example.Nobody", "/",
                "com.example.X.Y");
        assertTrue(r.err().contains("org.freedesktop.DBus.Error.ServiceUnknown"), r.err());
    }

    @Test
    void gdbusIntrospectsTheBusAndCallsAJavaService() throws Exception {
        Path gdbus = Tools.require("gdbus", "Debian package libglib2.0-bin");
        try (MessageBus service = MessageBus.connect(daemon.address())) {
            service.handleCalls(c -> "Twice".equals(c.member()),
                    c -> Message.methodReturn(c).body("i", 2 * (Integer) c.body().getFirst()).build());
            service.requestName("com.example.Twice");
            ToolRun r = ToolRun.of(gdbus, "call", "--address", daemon.address(), "--dest", "com.example.Twice",
                    "--object-path", "/", "--method", "com.example.Twice.Twice", "21");
            assertEquals("(42,)", r.out().strip(), r.err());
            r = ToolRun.of(gdbus, "introspect", "--address", daemon.address(), "--dest", "org.freedesktop.DBus",
                    "--object-path", "/org/freedesktop/DBus");
            assertTrue(r.out().contains("interface org.freedesktop.DBus.Monitoring"), r.out() + r.err());
            assertTrue(r.out().contains("RequestName(in  s arg_0,"), r.out());
        }
    }

    @Test
    void busctlListsCallsAndMonitors() throws Exception {
        Path busctl = Tools.require("busctl", "Debian package systemd");
        try (MessageBus service = MessageBus.connect(daemon.address())) {
            service.handleCalls(c -> "Hi".equals(c.member()), c -> Message.methodReturn(c).body("s", "hello").build());
            service.requestName("com.example.Hi");
            ToolRun list = ToolRun.of(busctl, "--address=" + daemon.address(), "list", "--no-pager", "--no-legend");
            assertEquals(0, list.status(), list.err());
            assertTrue(list.out().contains("com.example.Hi") && list.out().contains(service.uniqueName()), list.out());
            ToolRun call = ToolRun.of(busctl, "--address=" + daemon.address(), "call", "com.example.Hi", "/",
                    "com.example.Hi", "Hi");
            assertEquals("s \"hello\"\n", call.out(), call.err());

            Process monitor = spawn(busctl, "--address=" + daemon.address(), "monitor", "--json=short");
            Thread.sleep(1000);   // busctl becomes a monitor
            service.send(Message.signal("/a", "com.example.Hi", "Waved").body("s", "bye").build());
            String line = readUntil(monitor, "Waved");
            assertTrue(line.contains("\"bye\""), line);
        }
    }

    @Test
    void dbusMonitorSeesCallsAndSignals() throws Exception {
        Path dbusMonitor = Tools.require("dbus-monitor", "Debian package dbus-bin");
        Process monitor = spawn(dbusMonitor, "--address", daemon.address());
        readUntil(monitor, "NameAcquired");
        try (MessageBus a = MessageBus.connect(daemon.address())) {
            a.send(Message.signal("/x", "com.example.M", "Seen").body("u", 7).build());
            String text = readUntil(monitor, "member=Seen");
            assertTrue(text.contains("sender=" + a.uniqueName()), text);
        }
    }

    @Test
    void thePythonSampleServiceAndAPythonClientTalkThroughTheBus() throws Exception {
        Path python = Path.of("/usr/bin/python3");
        Path script = Files.createTempFile("jdbus-sample-client", ".py");
        try (SampleServicePeer service = SampleServicePeer.start(daemon.address());
             var in = SampleServicePeer.class.getResourceAsStream("sample_client.py")) {
            Files.copy(in, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            ToolRun r = ToolRun.of(python, "-u", script.toString(), daemon.address());
            assertTrue(r.out().contains("ok      Ping") && !r.out().contains("FAILED"),
                    r.out() + r.err() + service.stderrText());
        } finally {
            Files.deleteIfExists(script);
        }
    }

    @Test
    void dbusTestToolSpamsAnEcho() throws Exception {
        Path tool = Tools.require("dbus-test-tool", "Debian package dbus-tests");
        spawn(tool, "echo", "--name=com.example.Echo");   // both use DBUS_SESSION_BUS_ADDRESS
        try (MessageBus probe = MessageBus.connect(daemon.address())) {
            awaitName(probe, "com.example.Echo");
        }
        for (String queue : List.of("1", "32")) {
            Process spam = spawn(tool, "spam", "--dest=com.example.Echo", "--count=2000", "--queue=" + queue);
            String out = new String(spam.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(spam.waitFor(30, TimeUnit.SECONDS), out);
            assertEquals(0, spam.exitValue(), out);
        }
    }

    /** Reads the process's output until a line contains {@code marker}; returns everything read. */
    private static String readUntil(Process p, String marker) throws IOException, InterruptedException {
        StringBuilder seen = new StringBuilder();
        var reader = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        String line;
        while (System.nanoTime() < deadline && (line = reader.readLine()) != null) {
            seen.append(line).append('\n');
            if (line.contains(marker)) {
                return seen.toString();
            }
        }
        throw new AssertionError("never saw " + marker + " in:\n" + seen);
    }
}
