package io.jdbus.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jdbus.daemon.BusDaemon;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden-ish: real-world introspection XML (what Debian packages on this machine ship, the bus daemon's own
 * interface, and files written for this test) is turned into Java and compiled with javac: no error, no
 * warning. A well-known file that is not installed is skipped with the reason.
 */
class GeneratedSourcesCompileTest {
    private static final Path SYSTEM_INTERFACES = Path.of("/usr/share/dbus-1/interfaces");

    /** Files of Debian packages that may or may not be installed (NetworkManager, UPower, accountsservice, ...); CI installs them. */
    private static final List<Path> WELL_KNOWN = Stream.of(
            "/usr/share/dbus-1/interfaces/org.freedesktop.NetworkManager.xml",
            "/usr/share/dbus-1/interfaces/org.freedesktop.NetworkManager.Device.xml",
            "/usr/share/dbus-1/interfaces/org.freedesktop.UPower.xml",
            "/usr/share/dbus-1/interfaces/org.freedesktop.UPower.Device.xml",
            "/usr/share/dbus-1/interfaces/org.freedesktop.Accounts.xml",
            "/usr/share/dbus-1/interfaces/org.freedesktop.Accounts.User.xml",
            "/usr/share/dbus-1/interfaces/org.freedesktop.GeoClue2.Manager.xml",
            "/usr/share/dbus-1/interfaces/org.freedesktop.portal.FileChooser.xml",
            "/usr/share/dbus-1/interfaces/org.freedesktop.PackageKit.xml",
            "/usr/share/dbus-1/interfaces/org.freedesktop.PackageKit.Transaction.xml",
            "/usr/lib/python3/dist-packages/jeepney/tests/secrets_introspect.xml").map(Path::of).toList();

    @TestFactory
    Stream<DynamicTest> wellKnownInterfaceFilesCompile(@TempDir Path tmp) {
        return WELL_KNOWN.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            assumeTrue(Files.isRegularFile(file), file + " is not installed on this machine");
            assertCompiles(file.toString(), Files.readString(file), GeneratorOptions.of("gen.known"), tmp);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyInstalledInterfaceFileCompiles(@TempDir Path tmp) throws IOException {
        List<Path> files = installed();
        if (System.getenv("CI") != null) {
            assertFalse(files.isEmpty(), "CI must have D-Bus interface XML installed in " + SYSTEM_INTERFACES);
        }
        assumeTrue(!files.isEmpty(), "no introspection XML in " + SYSTEM_INTERFACES);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () ->
                assertCompiles(file.toString(), Files.readString(file),
                        GeneratorOptions.of("gen.installed").withUint64AsBigInteger(true), tmp)));
    }

    @TestFactory
    Stream<DynamicTest> filesWrittenForTheseTestsCompile(@TempDir Path tmp) {
        return Stream.of("com.example.Sample.xml", "edge.Names.xml", "org.freedesktop.login1.Manager.subset.xml")
                .map(name -> DynamicTest.dynamicTest(name, () ->
                        assertCompiles(name, resource("introspection/" + name), GeneratorOptions.of("gen.local"), tmp)));
    }

    @Test
    void theBusDaemonsOwnInterfaceCompilesWithStandardInterfaces(@TempDir Path tmp) throws IOException {
        assertCompiles("org.freedesktop.DBus", BusDaemon.introspectionXml(),
                GeneratorOptions.of("gen.bus").withStandardInterfaces(true), tmp);
    }

    @Test
    void clientOnlyAndServiceOnlyCompileOnTheirOwn(@TempDir Path tmp) throws IOException {
        String xml = resource("introspection/com.example.Sample.xml");
        assertCompiles("client only", xml, GeneratorOptions.of("gen.client").withService(false), tmp);
        assertCompiles("service only", xml, GeneratorOptions.of("gen.service").withClient(false), tmp);
        assertCompiles("unnamed package", xml, GeneratorOptions.of(""), tmp);
    }

    private static void assertCompiles(String what, String xml, GeneratorOptions options, Path tmp) throws IOException {
        List<GeneratedSource> sources = Generator.generate(xml, options);
        assertTrue(!sources.isEmpty(), what + " gave no source");
        Path classes = Files.createTempDirectory(tmp, "classes");
        List<String> errors = InMemorySources.compile(sources, classes);
        assertEquals(List.of(), errors, what + ": the generated sources do not compile cleanly");
    }

    /** The interface files installed in /usr/share/dbus-1/interfaces, in name order. */
    static List<Path> installedFiles() throws IOException {
        return installed();
    }

    private static List<Path> installed() throws IOException {
        if (!Files.isDirectory(SYSTEM_INTERFACES)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(SYSTEM_INTERFACES)) {
            s.filter(p -> p.toString().endsWith(".xml")).sorted().forEach(files::add);
        }
        return files;
    }

    static String resource(String name) throws IOException {
        try (InputStream in = GeneratedSourcesCompileTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("test resource " + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
