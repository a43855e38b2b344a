package io.jdbus.daemon.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jdbus.daemon.BusLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The configuration files dbus-daemon ships (Debian's), read as dbus-daemon reads them, when installed. */
class BusConfigSystemFilesTest {
    private static final Path SESSION = Path.of("/usr/share/dbus-1/session.conf");
    private static final Path SYSTEM = Path.of("/usr/share/dbus-1/system.conf");

    private static BusConfig read(Path file) throws InvalidConfigException {
        assumeTrue(Files.isRegularFile(file), file + " is not installed (package dbus)");
        return BusConfigParser.parse(file);
    }

    @Test
    void theSessionConfigurationIsASessionBusOnATemporarySocketWithExternalAuthAndSessionLimits() throws Exception {
        BusConfig config = read(SESSION);
        assertEquals(Optional.of("session"), config.type());
        assertEquals(List.of("unix:tmpdir=/tmp"), config.listen());
        assertEquals(List.of("EXTERNAL"), config.auth());
        assertEquals(BusLimits.SESSION, config.limits());
        assertEquals(false, config.fork());
        assertEquals(false, config.allowAnonymous());
        assertEquals(Optional.empty(), config.pidFile());
        assertEquals(Optional.empty(), config.user());
        assertEquals(SESSION, config.files().getFirst());
    }

    @Test
    void theSessionConfigurationsPolicyAndServiceDirectoriesAreReportedAsNotEnforced() throws Exception {
        List<String> unsupported = read(SESSION).unsupported();
        assertTrue(unsupported.stream().anyMatch(l -> l.startsWith(SESSION + ":")
                && l.contains("<policy context=\"default\"> (no access-policy engine: everything is allowed but connecting")),
                unsupported.toString());
        assertTrue(unsupported.stream().anyMatch(l -> l.contains("<standard_session_servicedirs/>")),
                unsupported.toString());
        assertTrue(unsupported.stream().anyMatch(l -> l.contains("contexts/dbus_contexts</include> skipped")),
                unsupported.toString());
    }

    @Test
    void theSystemConfigurationForksAsMessagebusWithAPidFileAndReadsItsPolicyDirectories() throws Exception {
        BusConfig config = read(SYSTEM);
        assertEquals(Optional.of("system"), config.type());
        assertEquals(List.of("unix:path=/run/dbus/system_bus_socket"), config.listen());
        assertEquals(List.of("EXTERNAL"), config.auth());
        assertEquals(true, config.fork());
        assertEquals(Optional.of(Path.of("/run/dbus/pid")), config.pidFile());
        assertEquals(Optional.of("messagebus"), config.user());
        assertEquals(SYSTEM, config.files().getFirst());
        assertTrue(config.files().stream().skip(1).allMatch(f -> f.getFileName().toString().endsWith(".conf")));
        assertTrue(config.unsupported().stream().anyMatch(l -> l.contains("<servicehelper>")));
        assertTrue(config.unsupported().stream().anyMatch(l -> l.contains("<syslog/>")));
        assertTrue(config.unsupported().stream().anyMatch(l -> l.contains("<policy user=\"root\">")));
    }

    @Test
    void theCommandLineOfLibdbusTestsOverridesTheSessionConfiguration() throws Exception {
        BusConfig config = read(SESSION).withCommandLine(DaemonCommandLine.parse(
                List.of("--session", "--address=unix:dir=/tmp/t", "--print-address=5", "--nofork", "--nopidfile")));
        assertEquals(List.of("unix:dir=/tmp/t"), config.listen());
        assertEquals(false, config.fork());
    }
}
