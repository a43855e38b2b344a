package io.jdbus.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.connection.MessageBus;
import io.jdbus.message.Message;
import io.jdbus.testing.PrivateBus;
import io.jdbus.types.Signature;
import io.jdbus.types.Variant;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** jdbus and python3-dbus-next on one private bus, calling each other's echo with a spread of signatures. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class DbusNextInteropTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    private static Path script() throws IOException {
        if (!Files.isExecutable(PYTHON) || !imports("dbus_next")) {
            String why = "python3-dbus-next is not installed (Debian package python3-dbus-next)";
            Assertions.assertNull(System.getenv("CI"), why);
            Assumptions.abort(why);
        }
        Path script = Files.createTempFile("dbus_next_peer", ".py");
        try (var in = DbusNextInteropTest.class.getResourceAsStream("/interop/dbus_next_peer.py")) {
            Files.write(script, in.readAllBytes());
        }
        return script;
    }

    private static boolean imports(String module) {
        try {
            Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import " + module).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static List<Message> cases(String dest) {
        List<Object[]> bodies = List.of(
                new Object[] {"s", "hello wörld"},
                new Object[] {"ybnqiuxtd", 255, true, -32768, 65535, Integer.MIN_VALUE, 4294967295L, Long.MIN_VALUE,
                    new BigInteger("18446744073709551615"), 2.5},
                new Object[] {"og", "/com/example/Obj", "a{sv}"},
                new Object[] {"as", List.of("a", "b", "")},
                new Object[] {"ay", new byte[] {0, 1, (byte) 0xff}},
                new Object[] {"a{sv}", Map.of("Name", Variant.of("s", "disk"), "Size", Variant.of("t", 42L))},
                new Object[] {"(sia{su})", List.of("k", -1, Map.of("a", 1))},
                new Object[] {"av", List.of(Variant.of("i", 1), Variant.of("v", Variant.of("s", "nested")))},
                new Object[] {"a{oa{sa{sv}}}", Map.of("/a", Map.of("org.example.I", Map.of("P", Variant.of("b", false))))});
        List<Message> out = new ArrayList<>();
        for (Object[] b : bodies) {
            out.add(Message.methodCall(dest, "/com/example/Echo", "com.example.Echo", "EchoAny")
                    .body(Signature.of((String) b[0]), List.of(b).subList(1, b.length)).build());
        }
        return out;
    }

    @Test
    void jdbusCallsADbusNextServiceAndGetsEveryValueBack() throws Exception {
        Path script = script();
        try (PrivateBus bus = PrivateBus.start()) {
            Process python = new ProcessBuilder(PYTHON.toString(), script.toString(), "serve", bus.address())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try (MessageBus client = MessageBus.connect(bus.address())) {
                BufferedReader out = new BufferedReader(new InputStreamReader(python.getInputStream(),
                        StandardCharsets.UTF_8));
                assertEquals("READY", out.readLine());
                for (Message call : cases("com.example.PyEcho")) {
                    Message reply = client.call(call);
                    assertEquals(call.signature(), reply.signature());
                    assertTrue(io.jdbus.types.Values.deepEquals(call.body(), reply.body()),
                            "signature " + call.signature() + ": sent " + call.body() + ", got " + reply.body());
                }
                Message typed = client.call(Message.methodCall("com.example.PyEcho", "/com/example/Echo",
                        "com.example.Echo", "Echo").body("s", "via ServiceInterface").build());
                assertEquals(List.of("via ServiceInterface"), typed.body());
            } finally {
                python.destroy();
                python.waitFor(10, TimeUnit.SECONDS);
                Files.deleteIfExists(script);
            }
        }
    }

    @Test
    void aDbusNextClientCallsAJdbusServiceAndGetsEveryValueBack() throws Exception {
        Path script = script();
        try (PrivateBus bus = PrivateBus.start(); MessageBus service = MessageBus.connect(bus.address())) {
            service.handleCalls(c -> "EchoAny".equals(c.member()),
                    c -> Message.methodReturn(c).body(c.signature(), c.body()).build());
            Process python = new ProcessBuilder(PYTHON.toString(), script.toString(), "call", bus.address(),
                    service.uniqueName()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try {
                BufferedReader out = new BufferedReader(new InputStreamReader(python.getInputStream(),
                        StandardCharsets.UTF_8));
                int ok = 0;
                for (String line; (line = out.readLine()) != null && !line.equals("DONE"); ) {
                    assertTrue(line.contains("\"ok\": true"), line);
                    ok++;
                }
                assertEquals(9, ok);
            } finally {
                python.destroy();
                python.waitFor(10, TimeUnit.SECONDS);
                Files.deleteIfExists(script);
            }
        }
    }
}
