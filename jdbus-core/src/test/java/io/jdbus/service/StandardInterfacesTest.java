package io.jdbus.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.binding.DBusInterface;
import io.jdbus.binding.DBusMethod;
import io.jdbus.binding.DBusProperty;
import io.jdbus.binding.DBusSignature;
import io.jdbus.connection.DBusErrorException;
import io.jdbus.connection.MessageBus;
import io.jdbus.message.Message;
import io.jdbus.testing.PrivateBus;
import io.jdbus.types.Variant;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The standard interfaces of an exported object against GDBus's and sd-bus's for the same object shape,
 * both live: a python3-gi service and a small C program on libsystemd that the test compiles. Every error
 * jdbus answers must be the one GDBus or sd-bus answers, and successful answers must be equal to both.
 */
@Timeout(60)
class StandardInterfacesTest {
    @DBusInterface("com.example.Shape")
    public static final class ShapeService {
        private long level = 1;

        @DBusMethod
        public int twice(int n) {
            return 2 * n;
        }

        @DBusProperty
        public String getName() {
            return "shape";
        }

        @DBusProperty
        @DBusSignature("u")
        public synchronized long getLevel() {
            return level;
        }

        @DBusProperty
        @DBusSignature("u")
        public synchronized void setLevel(long level) {
            this.level = level;
        }

        @DBusProperty
        public void setSecret(String secret) {
        }
    }

    /** Each probe: where, what, and whether it succeeds ({@code ok}) on every implementation. */
    private record Probe(String what, String path, String iface, String member, String sig, List<Object> args, boolean ok) {
    }

    private static final List<Probe> PROBES = List.of(
            new Probe("Get of an unknown property", "/shape/obj", "org.freedesktop.DBus.Properties", "Get", "ss",
                    List.of("com.example.Shape", "Nope"), false),
            new Probe("Set of a read-only property", "/shape/obj", "org.freedesktop.DBus.Properties", "Set", "ssv",
                    List.of("com.example.Shape", "Name", Variant.of("s", "x")), false),
            new Probe("Set with the wrong type", "/shape/obj", "org.freedesktop.DBus.Properties", "Set", "ssv",
                    List.of("com.example.Shape", "Level", Variant.of("s", "x")), false),
            new Probe("Get of a write-only property", "/shape/obj", "org.freedesktop.DBus.Properties", "Get", "ss",
                    List.of("com.example.Shape", "Secret"), false),
            new Probe("GetAll of an unknown interface", "/shape/obj", "org.freedesktop.DBus.Properties", "GetAll", "s",
                    List.of("com.example.Nope"), false),
            new Probe("an unknown method", "/shape/obj", "com.example.Shape", "Nope", "", List.of(), false),
            new Probe("an unknown interface", "/shape/obj", "com.example.Nope", "Twice", "i", List.of(1), false),
            new Probe("an unknown object", "/shape/none", "com.example.Shape", "Twice", "i", List.of(1), false),
            new Probe("the wrong signature", "/shape/obj", "com.example.Shape", "Twice", "s", List.of("x"), false),
            new Probe("a method", "/shape/obj", "com.example.Shape", "Twice", "i", List.of(21), true),
            new Probe("GetAll", "/shape/obj", "org.freedesktop.DBus.Properties", "GetAll", "s", List.of("com.example.Shape"), true),
            new Probe("Peer.Ping", "/shape/obj", "org.freedesktop.DBus.Peer", "Ping", "", List.of(), true));

    @Test
    void everyAnswerIsGdbusesOrSdBuses() throws Exception {
        Path python = Path.of("/usr/bin/python3");
        requireGi(python);
        Path dir = Files.createTempDirectory("jdbus-sdbus-shape");
        Path sdbus = compileSdBusShape(dir);
        Path script = Files.createTempFile("jdbus-gdbus-shape", ".py");
        try (InputStream in = StandardInterfacesTest.class.getResourceAsStream("gdbus_shape.py")) {
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        Process glib = null;
        Process sd = null;
        try (PrivateBus daemon = PrivateBus.start(); MessageBus service = MessageBus.connect(daemon.address());
                MessageBus client = MessageBus.connect(daemon.address())) {
            glib = new ProcessBuilder(python.toString(), "-u", script.toString(), daemon.address())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String ready = new BufferedReader(new InputStreamReader(glib.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertEquals("READY", ready);
            sd = new ProcessBuilder(sdbus.toString(), daemon.address()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            assertEquals("READY", new BufferedReader(new InputStreamReader(sd.getInputStream(), StandardCharsets.UTF_8)).readLine());
            ObjectServer.export(service, "/shape/obj", new ShapeService());
            for (Probe p : PROBES) {
                Object ours = answer(client, service.uniqueName(), p);
                Object gdbus = answer(client, "com.example.gshape", p);
                Object sdBus = answer(client, "com.example.sdshape", p);
                String what = p.what() + ": jdbus " + ours + ", GDBus " + gdbus + ", sd-bus " + sdBus;
                if (p.ok()) {
                    assertEquals(gdbus, ours, what);
                    assertEquals(sdBus, ours, what);
                } else {
                    assertTrue(ours instanceof String && (ours.equals(gdbus) || ours.equals(sdBus)), what);
                }
            }
            Message children = client.call(Message.methodCall(service.uniqueName(), "/shape",
                    "org.freedesktop.DBus.Introspectable", "Introspect").build());
            assertTrue(((String) children.body().getFirst()).contains("<node name=\"obj\""), children.body().toString());
        } finally {
            if (sd != null) {
                sd.destroy();
                sd.waitFor(5, TimeUnit.SECONDS);
            }
            if (glib != null) {
                glib.getOutputStream().close();
                if (!glib.waitFor(5, TimeUnit.SECONDS)) {
                    glib.destroyForcibly();
                }
            }
            Files.deleteIfExists(script);
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /** Builds sdbus_shape.c with the C compiler and libsystemd; skipped (failed under CI) when either is missing. */
    private static Path compileSdBusShape(Path dir) throws Exception {
        Path source = dir.resolve("sdbus_shape.c");
        try (InputStream in = StandardInterfacesTest.class.getResourceAsStream("sdbus_shape.c")) {
            Files.copy(in, source);
        }
        Path exe = dir.resolve("sdbus_shape");
        Process cc;
        try {
            cc = new ProcessBuilder("cc", "-o", exe.toString(), source.toString(), "-lsystemd").redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            cc = null;
        }
        String log = cc == null ? "no C compiler (cc)" : new String(cc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (cc == null || !cc.waitFor(60, TimeUnit.SECONDS) || cc.exitValue() != 0) {
            String why = "cannot build the sd-bus peer (Debian packages gcc, libsystemd-dev): " + log;
            Assertions.assertNull(System.getenv("CI"), why);
            Assumptions.abort(why);
        }
        return exe;
    }

    /** The error name of the answer, or the reply's body when it succeeded. */
    private static Object answer(MessageBus client, String dest, Probe p) throws Exception {
        var b = Message.methodCall(dest, p.path(), p.iface(), p.member());
        if (!p.sig().isEmpty()) {
            b.body(p.sig(), p.args().toArray());
        }
        try {
            return client.call(b.build()).body();
        } catch (DBusErrorException e) {
            return e.name();
        }
    }

    private static void requireGi(Path python) throws Exception {
        boolean present = Files.isExecutable(python) && new ProcessBuilder(python.toString(), "-c",
                "from gi.repository import Gio").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start().waitFor() == 0;
        if (!present) {
            String why = "python3-gi is not installed (Debian packages python3-gi, gir1.2-glib-2.0)";
            Assertions.assertNull(System.getenv("CI"), why);
            Assumptions.abort(why);
        }
    }
}
