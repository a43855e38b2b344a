package io.jdbus.cli.daemon;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * dbus-daemon's own integration tests (Debian's dbus-tests package: libdbus's test-dbus-daemon, test-monitor,
 * test-fdpass, test-header-fields, test-dbus-daemon-eavesdrop and test-uid-permissions) run against
 * {@code jdbus daemon}: each starts "the daemon" named by {@code DBUS_TEST_DAEMON} with dbus-daemon's command
 * line and its own configuration files. Every case runs alone (the GLib runner stops at the first failure)
 * and must pass, except those in {@link #OUT_OF_SCOPE}, which need an access-policy engine or service
 * activation and are not run; docs/DAEMON.md lists both.
 */
class DbusTestSuiteTest {
    private static final Path TESTS = Path.of("/usr/lib/dbus-1.0/installed-tests/dbus");
    private static final List<String> SUITES = List.of("test-dbus-daemon", "test-monitor", "test-fdpass",
            "test-header-fields", "test-dbus-daemon-eavesdrop", "test-uid-permissions");

    /** Cases not run, with the reason: what they test is not something this bus has. */
    static final Map<String, String> OUT_OF_SCOPE = Map.ofEntries(
            Map.entry("test-dbus-daemon /properties/features",
                    "expects the SystemdActivation feature of --systemd-activation (service activation)"),
            Map.entry("test-dbus-daemon /properties/get-all",
                    "expects the SystemdActivation feature of --systemd-activation (service activation)"),
            Map.entry("test-dbus-daemon /policy/count-fds", "access policy: <deny max_fds=...> rules"),
            Map.entry("test-dbus-daemon /activation/forking", "service activation"),
            Map.entry("test-dbus-daemon /system-policy/allow-signals", "access policy of the system bus"),
            Map.entry("test-dbus-daemon /system-policy/send-destination/prefix",
                    "access policy: send_destination_prefix rules"),
            Map.entry("test-monitor /monitor/forbidden-broadcast", "access policy: a signal the policy forbids"),
            Map.entry("test-monitor /monitor/forbidden", "access policy: a call the policy forbids"),
            Map.entry("test-monitor /monitor/forbidden-method", "access policy: a call the policy forbids"),
            Map.entry("test-monitor /monitor/forbidden-reply", "access policy: a reply the policy forbids"),
            Map.entry("test-monitor /monitor/activation", "service activation"));

    private static Path dir;

    @AfterAll
    static void removeCopies() throws IOException {
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCaseInScopePassesAgainstJdbusDaemon() throws IOException {
        if (!Files.isExecutable(TESTS.resolve("test-dbus-daemon"))) {
            String why = "dbus-daemon's tests are not installed (Debian package dbus-tests)";
            Assertions.assertNull(System.getenv("CI"), why);
            Assumptions.abort(why);
        }
        // Some cases run the daemon as another user: everything it needs is copied where every user may read it.
        dir = Files.createTempDirectory("jdbus-dbus-tests");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path pids = dir.resolve("pids");
        Files.writeString(pids, "");
        Files.setPosixFilePermissions(pids, PosixFilePermissions.fromString("rw-rw-rw-"));
        List<String> classpath = new ArrayList<>();
        int n = 0;
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (entry.matches(".*jdbus-(core|daemon|cli)(/target/classes|-[^/]*\\.jar)")) {
                Path copy = dir.resolve("cp" + n++);
                copyReadable(Path.of(entry), copy);
                classpath.add(copy.toString());
            }
        }
        Path daemon = dir.resolve("jdbus-daemon");
        Files.writeString(daemon, """
                #!/bin/sh
                echo $$ >> '%s'
                exec '%s' --enable-native-access=ALL-UNNAMED -XX:TieredStopAtLevel=1 -Xshare:auto -cp '%s' io.jdbus.cli.Main daemon "$@"
                """.formatted(pids, Path.of(System.getProperty("java.home"), "bin", "java"),
                String.join(java.io.File.pathSeparator, classpath)));
        Files.setPosixFilePermissions(daemon, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<DynamicTest> tests = new ArrayList<>();
        for (String suite : SUITES) {
            for (String testCase : cases(suite)) {
                String name = suite + " " + testCase;
                if (!OUT_OF_SCOPE.containsKey(name)) {
                    tests.add(DynamicTest.dynamicTest(name, () -> runCase(suite, testCase, daemon, pids)));
                }
            }
        }
        return tests.stream();
    }

    /** Copies a jar or a class directory, readable by every user. */
    private static void copyReadable(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                } else {
                    Files.copy(f, target);
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
                }
            }
        }
    }

    private static List<String> cases(String suite) throws IOException {
        Process p = new ProcessBuilder(TESTS.resolve(suite).toString(), "-l").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return out.lines().filter(l -> l.startsWith("/")).toList();
    }

    private static void runCase(String suite, String testCase, Path daemon, Path pids) throws Exception {
        Files.writeString(pids, "", java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
        ProcessBuilder pb = new ProcessBuilder(TESTS.resolve(suite).toString(), "--tap", "-p", testCase)
                .redirectErrorStream(true);
        pb.environment().put("DBUS_TEST_DAEMON", daemon.toString());
        pb.environment().put("DBUS_TEST_EXEC", TESTS.toString());
        pb.environment().put("DBUS_TEST_DATA", TESTS.resolve("data").toString());
        Path log = Files.createTempFile("jdbus-dbus-test", ".tap");
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        boolean finished = p.waitFor(90, TimeUnit.SECONDS);
        if (!finished) {
            p.destroyForcibly();
        }
        // a failed case leaves its daemon running: stop every daemon this case started
        for (String pid : Files.readAllLines(pids)) {
            ProcessHandle.of(Long.parseLong(pid.strip())).ifPresent(ProcessHandle::destroyForcibly);
        }
        String tap = Files.readString(log);
        Files.deleteIfExists(log);
        boolean passed = finished && p.exitValue() == 0 && tap.lines().anyMatch(l -> l.startsWith("ok "))
                && tap.lines().noneMatch(l -> l.startsWith("not ok"));
        assertTrue(passed, suite + " " + testCase + (finished ? "" : " did not finish in 90 s") + ":\n" + tap);
    }
}
