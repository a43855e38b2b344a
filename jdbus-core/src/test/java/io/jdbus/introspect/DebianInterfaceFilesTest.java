package io.jdbus.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Interface files that Debian packages ship under {@code /usr/share/dbus-1/interfaces} (PackageKit's, on the
 * development machine: internal DTD subsets, {@code doc:} elements, annotations) parse and round-trip. Skipped, with
 * the reason shown, where no such file is installed.
 */
@Timeout(60)
class DebianInterfaceFilesTest {
    private static final Path DIR = Path.of("/usr/share/dbus-1/interfaces");

    @Test
    void everyInstalledInterfaceFileParsesAndRoundTrips() throws IOException {
        List<Path> files = List.of();
        if (Files.isDirectory(DIR)) {
            try (Stream<Path> s = Files.list(DIR)) {
                files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
            }
        }
        Assumptions.assumeFalse(files.isEmpty(), "no interface files under " + DIR + " on this machine");
        for (Path file : files) {
            Node node = IntrospectionParser.parse(Files.readAllBytes(file));
            assertFalse(node.interfaces().isEmpty(), file + " has no interfaces");
            assertEquals(node, IntrospectionParser.parse(IntrospectionWriter.write(node)), file.toString());
            System.out.println("parsed " + file + ": " + node.interfaces().size() + " interface(s)");
        }
    }
}
