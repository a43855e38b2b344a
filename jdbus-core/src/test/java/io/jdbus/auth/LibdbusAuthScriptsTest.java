package io.jdbus.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * libdbus's own authentication conformance scripts (Debian's {@code dbus-tests} package installs them), played
 * against jdbus's server and client by {@link AuthScript}. Every script for a mechanism jdbus offers must pass.
 *
 * <p>Without the package the tests are skipped with a visible reason; with the environment variable {@code CI}
 * set they fail instead.
 */
class LibdbusAuthScriptsTest {
    static final List<Path> LOCATIONS = List.of(
            Path.of("/usr/lib/dbus-1.0/installed-tests/dbus/data/auth"),
            Path.of("/usr/lib/dbus-1.0/debug-build/libexec/installed-tests/dbus/data/auth"),
            Path.of("/usr/libexec/installed-tests/dbus/data/auth"));

    /**
     * Scripts not run, with the reason. Empty: all 19 scripts of dbus 1.14/1.16 concern EXTERNAL, DBUS_COOKIE_SHA1
     * or ANONYMOUS, which jdbus offers, and all pass. A script for a mechanism jdbus does not offer would go here.
     */
    static final Map<String, String> SKIPPED = Map.of();

    /** The 19 scripts of dbus 1.14 and 1.16; a package with fewer means a broken install. */
    static final int EXPECTED_AT_LEAST = 19;

    static Path directory() {
        Path dir = LOCATIONS.stream().filter(Files::isDirectory).findFirst().orElse(null);
        if (dir == null) {
            String why = "libdbus auth scripts not found in " + LOCATIONS + " (install Debian's dbus-tests)";
            if (System.getenv("CI") != null) {
                throw new AssertionError(why + "; CI is set, so this is a failure");
            }
            Assumptions.abort(why);
        }
        return dir;
    }

    static List<Path> scripts() throws IOException {
        try (Stream<Path> s = Files.list(directory())) {
            return s.filter(p -> p.getFileName().toString().endsWith(".auth-script")).sorted().toList();
        }
    }

    @Test
    void allOfLibdbusScriptsArePresent() throws IOException {
        assertTrue(scripts().size() >= EXPECTED_AT_LEAST, "found " + scripts());
    }

    @TestFactory
    Stream<DynamicTest> eachScriptPasses() throws IOException {
        return scripts().stream().map(p -> {
            String name = p.getFileName().toString();
            return DynamicTest.dynamicTest(name, p.toUri(), () -> {
                Assumptions.assumeFalse(SKIPPED.containsKey(name), () -> name + " skipped: " + SKIPPED.get(name));
                new AuthScript(name, ProcessUser.uid(), ProcessUser.name())
                        .run(Files.readAllLines(p, StandardCharsets.UTF_8));
            });
        });
    }

    @Test
    void interpreterNoticesAWrongExpectation() {
        var script = new AuthScript("self-test", 1000, "alice");
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> script.run(List.of("SERVER", "SEND 'AUTH'", "EXPECT_COMMAND OK")));
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> new AuthScript("self-test", 1000, "alice").run(List.of("SERVER", "FROBNICATE")));
    }

    @Test
    void interpreterUnquotesLikeLibdbus() {
        assertEquals("BEGIN\r\nHello", AuthScript.unquote("'BEGIN\\r\\nHello'"));
        assertEquals("AUTH", AuthScript.unquote("AUTH"));
        assertEquals("it's", AuthScript.unquote("'it\\'s'"));
    }
}
