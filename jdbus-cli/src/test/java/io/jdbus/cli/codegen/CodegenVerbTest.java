package io.jdbus.cli.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.cli.CliRun;
import io.jdbus.connection.MessageBus;
import io.jdbus.daemon.BusDaemon;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jdbus codegen}: its own options after the verb, the files it writes, and its errors. */
class CodegenVerbTest {
    private static final String XML = """
            <node><interface name="com.example.Lamp">
              <method name="Switch"><arg name="on" type="b" direction="in"/></method>
              <property name="Brightness" type="y" access="readwrite"/>
            </interface></node>
            """;

    @Test
    void writesClientAndServiceSourcesAndListsThem(@TempDir Path dir) throws Exception {
        Path xml = Files.writeString(dir.resolve("lamp.xml"), XML);
        Path out = dir.resolve("gen");
        CliRun r = CliRun.run("codegen", "--package", "com.example.lamp", "--output", out.toString(), xml.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("com/example/lamp/Lamp.java") && r.out().contains("LampService.java"), r.out());
        assertTrue(Files.readString(out.resolve("com/example/lamp/Lamp.java")).contains("@DBusInterface(\"com.example.Lamp\")"));
        CliRun clientOnly = CliRun.run("codegen", "--client", "--package=com.example.c", "--output=" + out, xml.toString());
        assertEquals(0, clientOnly.status(), clientOnly.err());
        assertTrue(!clientOnly.out().contains("Service.java"), clientOnly.out());
    }

    @Test
    void aLiveObjectOnTheBusIsIntrospectedAndGenerated(@TempDir Path dir) throws Exception {
        try (BusDaemon daemon = BusDaemon.start(); MessageBus service = MessageBus.connect(daemon.address())) {
            io.jdbus.cli.demo.DemoVerbAccess.export(service);
            service.requestName("com.example.name");
            Path out = dir.resolve("live");
            CliRun r = CliRun.run("--address=" + daemon.address(), "codegen", "--client", "--package", "com.example.live",
                    "--output", out.toString(), "--dest", "com.example.name", "--path", "/com/example/sample_object0");
            assertEquals(0, r.status(), r.err());
            assertTrue(Files.readString(out.resolve("com/example/live/SampleInterface0.java"))
                    .contains("@DBusInterface(\"com.example.SampleInterface0\")"), r.out());
            assertEquals(2, CliRun.run("codegen", "--package", "a.b", "--output", dir.toString(), "--dest", "x").status(),
                    "--dest without --path");
            CliRun gone = CliRun.run("--address=" + daemon.address(), "codegen", "--package", "a.b", "--output",
                    dir.toString(), "--dest", "com.example.Nobody", "--path", "/");
            assertEquals(1, gone.status());
            assertTrue(gone.err().startsWith("jdbus codegen: cannot introspect / on com.example.Nobody: "), gone.err());
        }
    }

    @Test
    void misuseAndBadInputHaveTheirStatus(@TempDir Path dir) throws Exception {
        assertEquals(2, CliRun.run("codegen", "--output", dir.toString(), "x.xml").status(), "no --package");
        assertEquals(2, CliRun.run("codegen", "--package", "a.b", "--output", dir.toString(), "--bogus").status());
        CliRun noValue = CliRun.run("codegen", "--package", "a.b", "--output", dir.toString(), "--path");
        assertEquals(2, noValue.status(), "--path lacking its value");
        assertTrue(noValue.err().startsWith("jdbus: codegen: --path needs a value\n"), noValue.err());
        assertEquals(2, CliRun.run("codegen", "--package", "class.b", "--output", dir.toString(), "x.xml").status(),
                "a keyword is no package name");
        assertEquals(66, CliRun.run("codegen", "--package", "a.b", "--output", dir.toString(), dir + "/none.xml").status());
        Path bad = Files.writeString(dir.resolve("bad.xml"), "<node><interface name=\"not valid\"/></node>");
        CliRun r = CliRun.run("codegen", "--package", "a.b", "--output", dir.toString(), bad.toString());
        assertEquals(65, r.status());
        assertTrue(r.err().startsWith("jdbus codegen: " + bad + ": "), r.err());
    }
}
