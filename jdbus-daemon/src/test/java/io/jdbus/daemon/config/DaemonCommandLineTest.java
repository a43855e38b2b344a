package io.jdbus.daemon.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** dbus-daemon's command line: what each option sets, and the lines dbus-daemon refuses. */
class DaemonCommandLineTest {
    private static final Optional<Path> NO_FILE = Optional.empty();
    private static final Optional<String> NO_ADDRESS = Optional.empty();
    private static final OptionalInt NO_FD = OptionalInt.empty();

    private static List<String> args(String line) {
        return line.isEmpty() ? List.of() : Arrays.asList(line.split(" "));
    }

    private static DaemonCommandLine session() {
        return new DaemonCommandLine(NO_FILE, true, false, NO_ADDRESS, NO_FD, NO_FD, false, false, false, false, false,
                false, false);
    }

    private static DaemonCommandLine file(String name) {
        return new DaemonCommandLine(Optional.of(Path.of(name)), false, false, NO_ADDRESS, NO_FD, NO_FD, false, false,
                false, false, false, false, false);
    }

    private static DaemonCommandLine with(DaemonCommandLine c, String component, Object value) {
        return new DaemonCommandLine(c.configFile(), c.session(), c.system(),
                component.equals("address") ? Optional.of((String) value) : c.address(),
                component.equals("printAddressFd") ? OptionalInt.of((Integer) value) : c.printAddressFd(),
                component.equals("printPidFd") ? OptionalInt.of((Integer) value) : c.printPidFd(),
                component.equals("fork") || c.fork(), component.equals("noFork") || c.noFork(),
                component.equals("noPidFile") || c.noPidFile(),
                component.equals("systemdActivation") || c.systemdActivation(),
                component.equals("introspect") || c.introspect(), component.equals("version") || c.version(),
                component.equals("help") || c.help());
    }

    static Stream<Arguments> validLines() {
        DaemonCommandLine test = file("/tmp/test.conf");
        DaemonCommandLine none = new DaemonCommandLine(NO_FILE, false, false, NO_ADDRESS, NO_FD, NO_FD, false, false,
                false, false, false, false, false);
        return Stream.of(
            Arguments.of("--session", session()),
            Arguments.of("--system", new DaemonCommandLine(NO_FILE, false, true, NO_ADDRESS, NO_FD, NO_FD, false, false,
                    false, false, false, false, false)),
            Arguments.of("--config-file=/tmp/test.conf", test),
            Arguments.of("--config-file /tmp/test.conf", test),
            Arguments.of("--config-file=/tmp/test.conf --print-address=5 --nofork",
                    with(with(test, "printAddressFd", 5), "noFork", true)),
            Arguments.of("--config-file=/tmp/test.conf --nofork --print-address 7 --print-pid=8",
                    with(with(with(test, "noFork", true), "printAddressFd", 7), "printPidFd", 8)),
            Arguments.of("--session --print-address", with(session(), "printAddressFd", 1)),
            Arguments.of("--session --print-address --nofork", with(with(session(), "printAddressFd", 1), "noFork", true)),
            Arguments.of("--session --print-address=", with(session(), "printAddressFd", 1)),
            Arguments.of("--session --print-address=0", with(session(), "printAddressFd", 0)),
            Arguments.of("--session --print-pid", with(session(), "printPidFd", 1)),
            Arguments.of("--session --address=unix:path=/tmp/b", with(session(), "address", "unix:path=/tmp/b")),
            Arguments.of("--session --address tcp:host=localhost,port=0",
                    with(session(), "address", "tcp:host=localhost,port=0")),
            Arguments.of("--session --fork", with(session(), "fork", true)),
            Arguments.of("--session --fork --nofork", with(session(), "noFork", true)),
            Arguments.of("--session --nofork --fork", with(session(), "fork", true)),
            Arguments.of("--session --nofork --nofork", with(session(), "noFork", true)),
            Arguments.of("--session --nopidfile", with(session(), "noPidFile", true)),
            Arguments.of("--session --systemd-activation", with(session(), "systemdActivation", true)),
            Arguments.of("--session --syslog --nosyslog --syslog-only", session()),
            Arguments.of("", none),
            Arguments.of("--nofork --print-address", with(with(none, "noFork", true), "printAddressFd", 1)),
            Arguments.of("--version", with(none, "version", true)),
            Arguments.of("--version --bogus", with(none, "version", true)),
            Arguments.of("--introspect", with(none, "introspect", true)),
            Arguments.of("--help", with(none, "help", true)),
            Arguments.of("-h", with(none, "help", true)),
            Arguments.of("-?", with(none, "help", true)),
            Arguments.of("--session --help --system", with(session(), "help", true)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("validLines")
    void aValidLineSetsItsOptions(String line, DaemonCommandLine expected) {
        assertEquals(expected, DaemonCommandLine.parse(args(line)));
    }

    static Stream<Arguments> invalidLines() {
        return Stream.of(
            Arguments.of("--session --system", "--system specified but --session already requested; --session, "
                    + "--system and --config-file are mutually exclusive"),
            Arguments.of("--config-file=a.conf --session", "--session specified but --config-file=a.conf already "
                    + "requested; --session, --system and --config-file are mutually exclusive"),
            Arguments.of("--system --config-file b.conf", "--config-file specified but --system already requested"),
            Arguments.of("--config-file=a.conf --config-file=b.conf",
                    "--config-file specified but --config-file=a.conf already requested"),
            Arguments.of("--config-file", "--config-file needs a file name"),
            Arguments.of("--config-file --nofork", "--config-file needs a file name"),
            Arguments.of("--config-file=", "--config-file needs a file name, got an empty one"),
            Arguments.of("--session --address", "--address needs an address"),
            Arguments.of("--session --address=", "--address needs an address, got an empty one"),
            Arguments.of("--session --address=unix:path=/a --address=unix:path=/b",
                    "--address specified but address unix:path=/a already requested"),
            Arguments.of("--session --print-address=abc", "invalid file descriptor \"abc\" for --print-address: it "
                    + "must be a non-negative integer"),
            Arguments.of("--session --print-address=-1", "invalid file descriptor \"-1\" for --print-address"),
            Arguments.of("--session --print-address=+3", "invalid file descriptor \"+3\""),
            Arguments.of("--session --print-address=99999999999", "invalid file descriptor \"99999999999\""),
            Arguments.of("--session --print-address five", "invalid file descriptor \"five\""),
            Arguments.of("--session --print-pid=x", "invalid file descriptor \"x\" for --print-pid"),
            Arguments.of("--session --print-address=1 --print-address=2",
                    "--print-address specified but printing the address to descriptor 1 already requested"),
            Arguments.of("--session --print-address --print-address",
                    "--print-address specified but printing the address to descriptor 1 already requested"),
            Arguments.of("--session --print-pid=3 --print-pid",
                    "--print-pid specified but printing the process id to descriptor 3 already requested"),
            Arguments.of("--session --print-address=1 3", "unknown option \"3\""),
            Arguments.of("--session --bogus", "unknown option \"--bogus\""),
            Arguments.of("--session --nofork=yes", "unknown option \"--nofork=yes\""),
            Arguments.of("--session -nofork", "unknown option \"-nofork\""),
            Arguments.of("--session --ready-event-handle=5", "--ready-event-handle is only supported on Windows"),
            Arguments.of("--bogus --version", "unknown option \"--bogus\""));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("invalidLines")
    void anInvalidLineIsRefusedSayingWhy(String line, String expected) {
        InvalidCommandLineException e = assertThrows(InvalidCommandLineException.class,
                () -> DaemonCommandLine.parse(args(line)));
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
    }

    @Test
    void theRecordRefusesWhatTheCommandLineCannotCombine() {
        assertThrows(InvalidCommandLineException.class, () -> new DaemonCommandLine(Optional.of(Path.of("a")), true,
                false, NO_ADDRESS, NO_FD, NO_FD, false, false, false, false, false, false, false));
        assertThrows(InvalidCommandLineException.class, () -> new DaemonCommandLine(NO_FILE, true, false, NO_ADDRESS,
                NO_FD, NO_FD, true, true, false, false, false, false, false));
        assertThrows(InvalidCommandLineException.class, () -> new DaemonCommandLine(NO_FILE, true, false, NO_ADDRESS,
                OptionalInt.of(-1), NO_FD, false, false, false, false, false, false, false));
    }

    @Test
    void usageStartsWithDbusDaemonsSynopsisAndListsEveryOption() {
        String usage = DaemonCommandLine.usage();
        assertTrue(usage.startsWith("dbus-daemon [--version] [--session] [--system] [--config-file=FILE] "
                + "[--print-address[=DESCRIPTOR]] [--print-pid[=DESCRIPTOR]] [--introspect] [--address=ADDRESS] "
                + "[--nopidfile] [--nosyslog] [--syslog] [--syslog-only] [--nofork] [--fork] [--systemd-activation]\n"),
                usage);
        for (String option : List.of("--config-file=FILE", "--session", "--system", "--address=ADDRESS",
                "--print-address[=DESCRIPTOR]", "--print-pid[=DESCRIPTOR]", "--nofork", "--fork", "--nopidfile",
                "--systemd-activation", "--syslog-only", "--nosyslog", "--introspect", "--version", "--help")) {
            assertTrue(usage.contains("\n  " + option) || usage.contains(", " + option), option);
        }
    }
}
