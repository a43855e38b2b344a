package io.jdbus.daemon.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jdbus.daemon.BusLimits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The record itself: its checks, and how the command line changes it. */
class BusConfigTest {
    private static BusConfig config(boolean fork, Optional<Path> pidFile) {
        return new BusConfig(Optional.of("session"), List.of("unix:tmpdir=/tmp", "tcp:host=localhost"),
                List.of("EXTERNAL"), false, BusLimits.DEFAULTS, fork, pidFile, Optional.empty(), List.of(),
                List.of(Path.of("a.conf")), List.of());
    }

    @Test
    void listsAreCopiedSoTheRecordIsImmutable() {
        List<String> listen = new ArrayList<>(List.of("unix:tmpdir=/tmp"));
        BusConfig c = new BusConfig(Optional.empty(), listen, List.of(), false, BusLimits.DEFAULTS, false,
                Optional.empty(), Optional.empty(), List.of(), List.of(), List.of());
        listen.add("tcp:host=localhost");
        assertEquals(List.of("unix:tmpdir=/tmp"), c.listen());
        assertThrows(UnsupportedOperationException.class, () -> c.listen().add("x"));
    }

    @Test
    void blankValuesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new BusConfig(Optional.of(" "), List.of(), List.of(), false,
                BusLimits.DEFAULTS, false, Optional.empty(), Optional.empty(), List.of(), List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new BusConfig(Optional.empty(), List.of(""), List.of(),
                false, BusLimits.DEFAULTS, false, Optional.empty(), Optional.empty(), List.of(), List.of(), List.of()));
        assertThrows(NullPointerException.class, () -> new BusConfig(Optional.empty(), List.of(), List.of(), false,
                null, false, Optional.empty(), Optional.empty(), List.of(), List.of(), List.of()));
    }

    @Test
    void addressOnTheCommandLineReplacesEveryListen() {
        BusConfig c = config(false, Optional.empty())
                .withCommandLine(DaemonCommandLine.parse(List.of("--session", "--address", "unix:path=/tmp/b")));
        assertEquals(List.of("unix:path=/tmp/b"), c.listen());
        assertEquals(List.of("unix:tmpdir=/tmp", "tcp:host=localhost"),
                config(false, Optional.empty()).withCommandLine(DaemonCommandLine.parse(List.of("--session"))).listen());
    }

    @Test
    void forkAndNoForkOverrideTheConfiguration() {
        assertEquals(true, config(false, Optional.empty())
                .withCommandLine(DaemonCommandLine.parse(List.of("--session", "--fork"))).fork());
        assertEquals(false, config(true, Optional.empty())
                .withCommandLine(DaemonCommandLine.parse(List.of("--session", "--nofork"))).fork());
        assertEquals(true, config(true, Optional.empty())
                .withCommandLine(DaemonCommandLine.parse(List.of("--session"))).fork());
    }

    @Test
    void noPidFileDropsThePidFile() {
        Optional<Path> pid = Optional.of(Path.of("/run/dbus/pid"));
        assertEquals(Optional.empty(), config(false, pid)
                .withCommandLine(DaemonCommandLine.parse(List.of("--session", "--nopidfile"))).pidFile());
        assertEquals(pid, config(false, pid).withCommandLine(DaemonCommandLine.parse(List.of("--session"))).pidFile());
    }
}
