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
 * The standard interfaces of an exported object against GDBus's for the same object shape (a python3-gi
 * service, live) and sd-bus's (its error names, as sd-bus's object code answers them): every answer of
 * jdbus must be one of theirs, and the successful answers must be the same.
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

    private static final String ERR = "org.freedesktop.DBus.Error.";

    /** Each probe: member, signature, arguments, and the error sd-bus answers ({@code null}: it succeeds). */
    private record Probe(String what, String path, String iface, String member, String sig, List<Object> args, String sdBus) {
    }

    private static final List<Probe> PROBES = List.of(
            new Probe("Get of an unknown property", "/shape/obj", "org.freedesktop.DBus.Properties", "Get", "ss",
                    List.of("com.example.Shape", "Nope"), ERR + "UnknownProperty"),
            new Probe("Set of a read-only property", "/shape/obj", "org.freedesktop.DBus.Properties", "Set", "ssv",
                    List.of("com.example.Shape", "Name", Variant.of("s", "x")), ERR + "PropertyReadOnly"),
            new Probe("Set with the wrong type", "/shape/obj", "org.freedesktop.DBus.Properties", "Set", "ssv",
                    List.of("com.example.Shape", "Level", Variant.of("s", "x")), ERR + "InvalidArgs"),
            new Probe("Get of a write-only property", "/shape/obj", "org.freedesktop.DBus.Properties", "Get", "ss",
                    List.of("com.example.Shape", "Secret"), ERR + "InvalidArgs"),
            new Probe("GetAll of an unknown interface", "/shape/obj", "org.freedesktop.DBus.Properties", "GetAll", "s",
                    List.of("com.example.Nope"), ERR + "UnknownInterface"),
            new Probe("an unknown method", "/shape/obj", "com.example.Shape", "Nope", "", List.of(), ERR + "UnknownMethod"),
            new Probe("an unknown interface", "/shape/obj", "com.example.Nope", "Twice", "i", List.of(1), ERR + "UnknownInterface"),
            new Probe("an unknown object", "/shape/none", "com.example.Shape", "Twice", "i", List.of(1), ERR + "UnknownObject"),
            new Probe("the wrong signature", "/shape/obj", "com.example.Shape", "Twice", "s", List.of("x"), ERR + "InvalidArgs"),
            new Probe("a method", "/shape/obj", "com.example.Shape", "Twice", "i", List.of(21), null),
            new Probe("GetAll", "/shape/obj", "org.freedesktop.DBus.Properties", "GetAll", "s", List.of("com.example.Shape"), null),
            new Probe("Peer.Ping", "/shape/obj", "org.freedesktop.DBus.Peer", "Ping", "", List.of(), null));

    @Test
    void everyAnswerIsGdbusesOrSdBuses() throws Exception {
        Path python = Path.of("/usr/bin/python3");
        requireGi(python);
        Path script = Files.createTempFile("jdbus-gdbus-shape", ".py");
        try (InputStream in = StandardInterfacesTest.class.getResourceAsStream("gdbus_shape.py")) {
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        Process glib = null;
        try (PrivateBus daemon = PrivateBus.start(); MessageBus service = MessageBus.connect(daemon.address());
                MessageBus client = MessageBus.connect(daemon.address())) {
            glib = new ProcessBuilder(python.toString(), "-u", script.toString(), daemon.address())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String ready = new BufferedReader(new InputStreamReader(glib.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertEquals("READY", ready);
            ObjectServer.export(service, "/shape/obj", new ShapeService());
            for (Probe p : PROBES) {
                Object ours = answer(client, service.uniqueName(), p);
                Object theirs = answer(client, "com.example.gshape", p);
                String what = p.what() + ": jdbus " + ours + ", GDBus " + theirs + ", sd-bus " + p.sdBus();
                if (p.sdBus() == null) {
                    assertEquals(theirs, ours, what);
                } else {
                    assertTrue(ours.equals(theirs) || ours.equals(p.sdBus()), what);
                }
            }
            Message children = client.call(Message.methodCall(service.uniqueName(), "/shape",
                    "org.freedesktop.DBus.Introspectable", "Introspect").build());
            assertTrue(((String) children.body().getFirst()).contains("<node name=\"obj\""), children.body().toString());
        } finally {
            if (glib != null) {
                glib.getOutputStream().close();
                if (!glib.waitFor(5, TimeUnit.SECONDS)) {
                    glib.destroyForcibly();
                }
            }
            Files.deleteIfExists(script);
        }
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
