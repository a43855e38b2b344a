package io.jdbus.nativeaccess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.connection.MessageBus;
import io.jdbus.testing.PrivateBus;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What the library does under each of the JVM's native-access settings, seen by {@link NativeAccessProbe} in
 * a JVM of its own (the setting is fixed at start-up): with {@code --enable-native-access} fds and abstract
 * sockets work quietly; without it JDK 25 warns once and they still work; with
 * {@code --illegal-native-access=deny} the connection falls back to NIO without fds, and what needs native
 * code fails with an {@code IOException} naming the flag.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class NativeAccessTest {
    private static final String WARNING = "WARNING: A restricted method in java.lang.foreign.Linker has been called";
    private static PrivateBus pathBus;
    private static PrivateBus abstractBus;

    /** One probe run: its findings by key, and what it wrote to standard error. */
    private record Run(Map<String, String> findings, String stderr) {
        String get(String key) {
            return findings.getOrDefault(key, "(missing; stderr: " + stderr + ")");
        }
    }

    @BeforeAll
    static void startBuses() throws IOException {
        pathBus = PrivateBus.start();
        abstractBus = PrivateBus.startListening("unix:abstract=jdbus-native-access-" + ProcessHandle.current().pid()
                + "-" + System.nanoTime());
    }

    @AfterAll
    static void stopBuses() throws IOException {
        if (pathBus != null) {
            pathBus.close();
        }
        if (abstractBus != null) {
            abstractBus.close();
        }
    }

    @Test
    void withNativeAccessEnabledFdsAndAbstractSocketsWorkWithoutAWarning() throws Exception {
        Run run = probe("--enable-native-access=ALL-UNNAMED");
        assertEquals("true", run.get("available"));
        assertEquals("true", run.get("agreed"));
        assertEquals("sent", run.get("sendFds"));
        assertTrue(run.get("abstract").startsWith(":"), run.get("abstract"));
        assertFalse(run.stderr().contains(WARNING), run.stderr());
    }

    @Test
    void withoutTheFlagJdk25WarnsOnceAndEverythingStillWorks() throws Exception {
        Run run = probe();
        assertEquals("true", run.get("agreed"));
        assertEquals("sent", run.get("sendFds"));
        assertTrue(run.get("abstract").startsWith(":"), run.get("abstract"));
        assertTrue(run.stderr().contains(WARNING), run.stderr());
        assertTrue(run.stderr().contains("--enable-native-access=ALL-UNNAMED"), run.stderr());
        assertEquals(1, run.stderr().split(WARNING, -1).length - 1, "one warning per run: " + run.stderr());
    }

    @Test
    void withNativeAccessDeniedTheConnectionFallsBackToNioWithoutFds() throws Exception {
        Run run = probe("--illegal-native-access=deny");
        assertEquals("false", run.get("available"));
        assertEquals("false", run.get("agreed"), "NEGOTIATE_UNIX_FD is not sent over NIO");
        assertEquals("METHOD_RETURN", run.get("ping"), "the connection itself works");
        assertTrue(run.get("pipe").contains("--enable-native-access=ALL-UNNAMED"), run.get("pipe"));
        assertTrue(run.get("abstract").startsWith("IOException: cannot connect to unix:abstract="), run.get("abstract"));
        assertTrue(run.get("abstract").contains("native access is not enabled"), run.get("abstract"));
        assertFalse(run.stderr().contains(WARNING), run.stderr());
    }

    @Test
    void onTheModulePathTheFlagNamesTheModuleAsTheJdbusCommandPassesIt() throws Exception {
        Run denied = probeOnModulePath("--illegal-native-access=deny");
        assertEquals("false", denied.get("agreed"));
        assertTrue(denied.get("pipe").contains("--enable-native-access=io.jdbus)"), denied.get("pipe"));
        Run allowed = probeOnModulePath("--enable-native-access=io.jdbus");
        assertEquals("true", allowed.get("agreed"));
        assertEquals("sent", allowed.get("sendFds"));
        assertTrue(allowed.get("abstract").startsWith(":"), allowed.get("abstract"));
        assertFalse(allowed.stderr().contains(WARNING), allowed.stderr());
    }

    /** The probe on the class path with jdbus as the named module {@code io.jdbus} on the module path. */
    private static Run probeOnModulePath(String flag) throws IOException, InterruptedException, URISyntaxException {
        return run(List.of(flag, "--module-path", location(MessageBus.class), "--add-modules", "io.jdbus",
                "-cp", location(NativeAccessProbe.class)));
    }

    /** The probe with jdbus on the class path, as the tests run it. */
    private static Run probe(String... flags) throws IOException, InterruptedException, URISyntaxException {
        List<String> vm = new ArrayList<>(List.of(flags));
        vm.add("-cp");
        vm.add(location(MessageBus.class) + File.pathSeparator + location(NativeAccessProbe.class));
        return run(vm);
    }

    private static Run run(List<String> vm) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElseThrow());
        command.addAll(vm);
        command.add(NativeAccessProbe.class.getName());
        command.add(pathBus.address());
        command.add(abstractBus.address());
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        var err = p.getErrorStream().readAllBytes();   // the probe writes little: no pipe fills up
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the probe did not finish");
        String stderr = new String(err, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), () -> "probe failed: " + out + stderr);
        Map<String, String> findings = new LinkedHashMap<>();
        for (String line : out.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                findings.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return new Run(findings, stderr);
    }

    private static String location(Class<?> c) throws URISyntaxException {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
