package io.jdbus.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.connection.DBusErrorException;
import io.jdbus.connection.MessageBus;
import io.jdbus.message.Message;
import io.jdbus.testing.PrivateBus;
import io.jdbus.types.Values;
import io.jdbus.types.Variant;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** jdbus and GLib's GDBus on one private bus: jdbus calls a GDBus service, gdbus(1) calls a jdbus service. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class GlibInteropTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    private static void require(boolean present, String why) {
        if (!present) {
            Assertions.assertNull(System.getenv("CI"), why);
            Assumptions.abort(why);
        }
    }

    private static boolean runs(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static Message echo(String member, String signature, Object... args) {
        return Message.methodCall("com.example.GEcho", "/com/example/Echo", "com.example.Echo", member)
                .body(signature, args).build();
    }

    @Test
    void jdbusCallsAGdbusServiceAndGetsEveryValueBack() throws Exception {
        require(runs(PYTHON.toString(), "-c", "from gi.repository import Gio"),
                "python3-gi is not installed (Debian packages python3-gi, gir1.2-glib-2.0)");
        Path script = Files.createTempFile("glib_service", ".py");
        try (var in = GlibInteropTest.class.getResourceAsStream("/interop/glib_service.py")) {
            Files.write(script, in.readAllBytes());
        }
        try (PrivateBus bus = PrivateBus.start(); MessageBus client = MessageBus.connect(bus.address())) {
            Process glib = new ProcessBuilder(PYTHON.toString(), script.toString(), bus.address())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try {
                assertEquals("READY", new BufferedReader(new InputStreamReader(glib.getInputStream(),
                        StandardCharsets.UTF_8)).readLine());
                List<Message> calls = List.of(
                        echo("EchoAll", "ybnqiuxtdsog", 255, true, -32768, 65535, Integer.MIN_VALUE, 4294967295L,
                                Long.MIN_VALUE, -1L, -0.5, "wörld", "/a/b", "a{sv}"),
                        echo("EchoDict", "a{sv}", Map.of("Name", Variant.of("s", "disk"), "Big", Variant.of("t", -1L),
                                "List", Variant.of("aas", List.of(List.of("x"), List.of())))),
                        echo("EchoNested", "a(sia{su}av)", List.of(List.of("k", -1, Map.of("a", 1),
                                List.of(Variant.of("y", 7), Variant.of("(ss)", List.of("p", "q")))))),
                        echo("EchoBytes", "ay", (Object) new byte[] {0, 1, (byte) 0xff}));
                for (Message call : calls) {
                    Message reply = client.call(call);
                    assertEquals(call.signature(), reply.signature());
                    assertTrue(Values.deepEquals(call.body(), reply.body()),
                            call.member() + ": sent " + call.body() + ", got " + reply.body());
                }
                DBusErrorException e = assertThrows(DBusErrorException.class,
                        () -> client.call(echo("Fail", "s", "no thanks")));
                assertEquals("com.example.Error.Refused", e.name());
                assertEquals("no thanks", e.getMessage());
            } finally {
                glib.destroy();
                glib.waitFor(10, TimeUnit.SECONDS);
                Files.deleteIfExists(script);
            }
        }
    }

    @Test
    void gdbusCallsAJdbusServiceAndPrintsWhatItSent() throws Exception {
        require(runs("gdbus", "help"), "gdbus is not installed (Debian package libglib2.0-bin)");
        try (PrivateBus bus = PrivateBus.start(); MessageBus service = MessageBus.connect(bus.address())) {
            service.handleCalls(c -> "Echo".equals(c.member()),
                    c -> Message.methodReturn(c).body(c.signature(), c.body()).build());
            Process gdbus = new ProcessBuilder("gdbus", "call", "--address", bus.address(), "--dest",
                    service.uniqueName(), "--object-path", "/com/example/Echo", "--method", "com.example.Echo.Echo",
                    "hello", "uint32 4000000000", "{'k': <int16 -5>}", "[@ay [1, 2]]", "('s', objectpath '/o')")
                    .redirectErrorStream(true).start();
            String out = new String(gdbus.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            assertTrue(gdbus.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, gdbus.exitValue(), out);
            assertEquals("('hello', uint32 4000000000, {'k': <int16 -5>}, [[byte 0x01, 0x02]], ('s', objectpath '/o'))",
                    out);
        }
    }
}
