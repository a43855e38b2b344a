package io.jdbus.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line of {@link Main}: exit statuses and messages for good and malformed input. */
class MainTest {
    private static final String XML = """
            <node><interface name="com.example.Thing">
              <method name="Ping"><arg name="n" type="u" direction="in"/></method>
            </interface></node>""";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        return Main.run(List.of(args), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void generatesFromFilesAndStandardInput(@TempDir Path dir) throws IOException {
        Path xml = Files.writeString(dir.resolve("thing.xml"), XML);
        Path outDir = dir.resolve("out");
        assertEquals(0, run("", "--package=com.example.gen", "--output", outDir.toString(), "--client", xml.toString()),
                err());
        assertTrue(Files.isRegularFile(outDir.resolve("com/example/gen/Thing.java")));
        assertTrue(Files.notExists(outDir.resolve("com/example/gen/ThingService.java")));
        Path stdinOut = dir.resolve("stdin");
        assertEquals(0, run(XML, "--package", "p", "--output=" + stdinOut, "-"), err());
        assertTrue(Files.isRegularFile(stdinOut.resolve("p/Thing.java")));
        assertTrue(Files.isRegularFile(stdinOut.resolve("p/ThingService.java")));
    }

    @Test
    void helpIsPrintedWithStatusZero() {
        assertEquals(0, run("", "--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(Main.USAGE));
    }

    @Test
    void malformedCommandLinesAreUsageErrors(@TempDir Path dir) {
        String o = dir.resolve("out").toString();
        List<List<String>> bad = new ArrayList<>(List.of(
                List.of(),
                List.of("--package", "p", "x.xml"),
                List.of("--output", o, "x.xml"),
                List.of("--package", "p", "--output", o),
                List.of("--package", "p", "--output", o, "--bogus", "x.xml"),
                List.of("--package", "p", "--output", o, "-x", "x.xml"),
                List.of("--package", "p", "--output", o, "--client=false", "x.xml"),
                List.of("--package", "p", "--output", o, "--service=yes", "x.xml"),
                List.of("--package", "com.example.int", "--output", o, "x.xml"),
                List.of("--package", "a..b", "--output", o, "x.xml"),
                List.of("--package", "p", "x.xml", "--output")));
        for (List<String> args : bad) {
            err.reset();
            assertEquals(2, run("", args.toArray(String[]::new)), args.toString());
            assertTrue(err().contains("usage: " + Main.USAGE), args + ": " + err());
        }
        err.reset();
        run("", "--package", "p", "--output", o, "--client=false", "x.xml");
        assertTrue(err().contains("--client takes no value"), err());
        assertTrue(Files.notExists(dir.resolve("out")));
    }

    @Test
    void unreadableAndMalformedXmlAreReportedWithTheFile(@TempDir Path dir) throws IOException {
        String o = dir.resolve("out").toString();
        assertEquals(66, run("", "--package", "p", "--output", o, dir.resolve("missing.xml").toString()));
        assertTrue(err().contains("missing.xml: no such file"), err());
        err.reset();
        Path broken = Files.writeString(dir.resolve("broken.xml"), "<node><interface name=\"a.B\">");
        assertEquals(65, run("", "--package", "p", "--output", o, broken.toString()));
        assertTrue(err().contains("broken.xml: "), err());
        err.reset();
        assertEquals(65, run("<node><interface/></node>", "--package", "p", "--output", o, "-"));
        assertTrue(err().contains("-: "), err());
        err.reset();
        assertEquals(66, run("", "--package", "p", "--output", o, dir.toString()));
        assertTrue(err().contains("cannot read " + dir), err());
        err.reset();
        assertEquals(66, run("", "--package", "p", "--output", o, "bad\0name.xml"));
        assertTrue(err().contains("cannot read bad"), err());
        assertTrue(Files.notExists(dir.resolve("out")));
    }

    @Test
    void anUnwritableOutputIsReported(@TempDir Path dir) throws IOException {
        Path xml = Files.writeString(dir.resolve("thing.xml"), XML);
        Path file = Files.writeString(dir.resolve("file"), "");
        assertEquals(74, run("", "--package", "p", "--output", file.toString(), xml.toString()));
        assertTrue(err().contains("cannot write under " + file), err());
        err.reset();
        assertEquals(74, run("", "--package", "p", "--output", "bad\0dir", xml.toString()));
        assertTrue(err().contains("cannot write under bad"), err());
    }

    @Test
    void aSharedInterfaceIsTakenFromTheFirstFile(@TempDir Path dir) throws IOException {
        Path first = Files.writeString(dir.resolve("a.xml"), XML);
        Path second = Files.writeString(dir.resolve("b.xml"), XML.replace("Ping", "Pong"));
        Path outDir = dir.resolve("out");
        assertEquals(0, run("", "--package", "p", "--output", outDir.toString(), "--client", first.toString(),
                second.toString()), err());
        String thing = Files.readString(outDir.resolve("p/Thing.java"));
        assertTrue(thing.contains("ping(") && !thing.contains("pong("), thing);
    }
}
