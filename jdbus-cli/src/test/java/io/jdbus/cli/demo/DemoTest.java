package io.jdbus.cli.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.cli.CliRun;
import io.jdbus.testing.ToolRun;
import io.jdbus.testing.Tools;
import io.jdbus.connection.MessageBus;
import io.jdbus.connection.RequestNameReply;
import io.jdbus.testing.PrivateBus;
import io.jdbus.testing.SampleServicePeer;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code jdbus demo}: the Java sample service and the client scenario together; the scenario against the
 * python-dbus-next implementation; and the Java service called by busctl and gdbus.
 */
@Timeout(120)
class DemoTest {
    @Test
    void theDemoServesTheSampleServiceAndEveryScenarioStepPasses() throws Exception {
        try (PrivateBus bus = PrivateBus.start()) {
            CliRun run = CliRun.run("--address=" + bus.address(), "demo");
            assertEquals(0, run.status(), run.out() + run.err());
            assertTrue(run.out().endsWith("all steps passed\n"), run.out());
            assertEquals(11, run.out().lines().filter(l -> l.startsWith("ok ")).count(), run.out());
        }
    }

    @Test
    void withoutABusTheDemoRunsOnItsOwnEmbeddedBus() {
        CliRun run = CliRun.run("demo");
        assertEquals(0, run.status(), run.out() + run.err());
        assertTrue(run.out().startsWith("embedded bus at unix:path="), run.out());
        assertTrue(run.out().endsWith("all steps passed\n"), run.out());
        assertEquals(11, run.out().lines().filter(l -> l.startsWith("ok ")).count(), run.out());
        assertEquals(2, CliRun.run("demo", "--client").status(), "--client has no service to talk to");
    }

    @Test
    void theClientScenarioPassesAgainstThePythonDbusNextSampleService() throws Exception {
        try (PrivateBus bus = PrivateBus.start(); SampleServicePeer python = SampleServicePeer.start(bus.address())) {
            CliRun run = CliRun.run("--address=" + bus.address(), "demo", "--client");
            assertEquals(0, run.status(), run.out() + run.err() + python.stderrText());
            assertTrue(run.out().endsWith("all steps passed\n"), run.out());
        }
    }

    @Test
    void serveOnlyServesUntilTheBusGoesAndAnotherDemoIsItsClient() throws Exception {
        PrivateBus bus = PrivateBus.start();
        try {
            var serving = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> CliRun.run("--address=" + bus.address(), "demo", "--serve"));
            CliRun client = null;
            for (int i = 0; i < 100; i++) {
                client = CliRun.run("--address=" + bus.address(), "--timeout=2", "demo", "--client");
                if (client.status() == 0) {
                    break;
                }
                Thread.sleep(100);   // until the server owns the name
            }
            assertEquals(0, client.status(), client.out());
            assertTrue(client.out().endsWith("all steps passed\n"), client.out());
            bus.close();
            CliRun served = serving.get(30, TimeUnit.SECONDS);
            assertTrue(served.out().startsWith("serving com.example.name as :"), served.out());
        } finally {
            bus.close();
        }
    }

    @Test
    void theClientScenarioFailsWhenNobodyServes() throws Exception {
        try (PrivateBus bus = PrivateBus.start()) {
            CliRun run = CliRun.run("--address=" + bus.address(), "--timeout=2", "demo", "--client");
            assertEquals(1, run.status(), run.out());
            assertTrue(run.out().contains("FAILED  introspect"), run.out());
        }
    }

    @Test
    void busctlAndGdbusCallTheJavaSampleService() throws Exception {
        Path busctl = Tools.require("busctl", "Debian package systemd");
        Path gdbus = Tools.require("gdbus", "Debian package libglib2.0-bin");
        try (PrivateBus bus = PrivateBus.start(); MessageBus service = MessageBus.connect(bus.address())) {
            DemoVerb.export(service);
            assertEquals(RequestNameReply.PRIMARY_OWNER, service.requestName(DemoScenario.NAME));
            String a = "--address=" + bus.address();
            String root = DemoScenario.ROOT;
            String iface = DemoScenario.INTERFACE;
            assertEquals("sa{us} \"5\" 1 5 \"hello\"\n", run(busctl, a, "call", DemoScenario.NAME, root, iface, "Frobate", "i", "5"));
            assertEquals("v s \"1,2,3\"\n", run(busctl, a, "call", DemoScenario.NAME, root, iface, "Bazify", "(iiu)", "1", "2", "3"));
            assertEquals("", run(busctl, a, "call", DemoScenario.NAME, root, iface, "Mogrify", "(iiav)", "1", "2", "2", "s", "x", "u", "7"));
            assertEquals("y 2\n", run(busctl, a, "get-property", DemoScenario.NAME, root, iface, "Bar"));
            assertTrue(run(busctl, a, "introspect", DemoScenario.NAME, root).contains(
                    ".Bar                                property  y         2            emits-change writable"));
            assertEquals("└─/com\n  └─/com/example\n    └─/com/example/sample_object0\n"
                    + "      ├─/com/example/sample_object0/another_child_of_sample_object\n"
                    + "      └─/com/example/sample_object0/child_of_sample_object\n", run(busctl, a, "tree", DemoScenario.NAME));
            assertEquals("('7', {uint32 7: 'hello'})\n", run(gdbus, "call", "--address", bus.address(), "-d", DemoScenario.NAME,
                    "-o", root, "-m", iface + ".Frobate", "7"));
            String error = runErr(gdbus, "call", "--address", bus.address(), "-d", DemoScenario.NAME, "-o", root,
                    "-m", iface + ".Frobate", "--", "-1");
            assertTrue(error.contains("org.freedesktop.DBus.Error.InvalidArgs"), error);
            String wrong = runErr(busctl, a, "call", DemoScenario.NAME, root, iface, "Frobate", "s", "x");
            assertTrue(wrong.contains("takes \"i\""), wrong);
            assertEquals("sa{us} \"1\" 1 1 \"hello\"\n", run(busctl, a, "call", DemoScenario.NAME, root, iface, "Frobate", "i", "1"),
                    "the object stays healthy after a call with the wrong signature");
        }
    }

    @Test
    void aPythonDbusNextClientRunsTheScenarioAgainstTheJavaService() throws Exception {
        Path python = Path.of("/usr/bin/python3");
        Tools.require("dbus-daemon", "Debian package dbus-daemon");
        boolean present = java.nio.file.Files.isExecutable(python) && new ProcessBuilder(python.toString(), "-c",
                "import dbus_next").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start()
                .waitFor() == 0;
        if (!present) {
            String why = "python3-dbus-next is not installed (Debian package python3-dbus-next)";
            org.junit.jupiter.api.Assertions.assertNull(System.getenv("CI"), why);
            org.junit.jupiter.api.Assumptions.abort(why);
        }
        Path script = java.nio.file.Files.createTempFile("jdbus-sample-client", ".py");
        try (PrivateBus bus = PrivateBus.start(); MessageBus service = MessageBus.connect(bus.address());
                var in = io.jdbus.testing.SampleServicePeer.class.getResourceAsStream("sample_client.py")) {
            java.nio.file.Files.copy(in, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            DemoVerb.export(service);
            assertEquals(RequestNameReply.PRIMARY_OWNER, service.requestName(DemoScenario.NAME));
            ToolRun result = ToolRun.of(python, "-u", script.toString(), bus.address());
            assertTrue(result.out().contains("ok      Ping") && !result.out().contains("FAILED"), result.out() + result.err());
        } finally {
            java.nio.file.Files.deleteIfExists(script);
        }
    }

    @Test
    void dbusSendCallsTheJavaSampleService() throws Exception {
        Path dbusSend = Tools.require("dbus-send", "Debian package dbus-bin");
        try (PrivateBus bus = PrivateBus.start(); MessageBus service = MessageBus.connect(bus.address())) {
            DemoVerb.export(service);
            service.requestName(DemoScenario.NAME);
            String out = run(dbusSend, "--bus=" + bus.address(), "--print-reply=literal", "--dest=" + DemoScenario.NAME,
                    DemoScenario.ROOT, DemoScenario.INTERFACE + ".Frobate", "int32:9");
            assertTrue(out.contains("9") && out.contains("hello"), out);
            String bar = run(dbusSend, "--bus=" + bus.address(), "--print-reply=literal", "--dest=" + DemoScenario.NAME,
                    DemoScenario.ROOT, "org.freedesktop.DBus.Properties.Get", "string:" + DemoScenario.INTERFACE,
                    "string:Bar");
            assertEquals("   variant       byte 0\n", bar);
        }
    }

    private static String run(Path tool, String... args) throws Exception {
        return ToolRun.of(tool, args).out();
    }

    private static String runErr(Path tool, String... args) throws Exception {
        return ToolRun.of(tool, args).err();
    }
}
