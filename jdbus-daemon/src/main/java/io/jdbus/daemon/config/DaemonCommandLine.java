package io.jdbus.daemon.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * dbus-daemon's command line, read with its rules, so that the embedded bus can be started where dbus-daemon is,
 * as libdbus's tests start {@code $DBUS_TEST_DAEMON --config-file=X --print-address=FD --nofork}.
 *
 * {@snippet :
 * DaemonCommandLine commandLine = DaemonCommandLine.parse(List.of(args));
 * if (commandLine.help()) {
 *     System.out.println(DaemonCommandLine.usage());
 *     return;
 * }
 * BusConfig config = BusConfigParser.parse(commandLine.configFile().orElseThrow()).withCommandLine(commandLine);
 * commandLine.printAddressFd().ifPresent(fd -> printTo(fd, busAddress));
 * }
 *
 * @param configFile the configuration file, from {@code --config-file=FILE} or {@code --config-file FILE}
 * @param session {@code --session}: the standard session configuration
 * @param system {@code --system}: the standard system configuration
 * @param address {@code --address=ADDR}: listen there instead of the configuration's {@code <listen>}
 * @param printAddressFd {@code --print-address[=FD]}: the descriptor to print the address to, 1 (standard output)
 *        when none is given
 * @param printPidFd {@code --print-pid[=FD]}: the descriptor to print the process id to, 1 when none is given
 * @param fork {@code --fork}: go into the background whatever the configuration says
 * @param noFork {@code --nofork}: stay in the foreground whatever the configuration says
 * @param noPidFile {@code --nopidfile}: write no pid file even if the configuration names one
 * @param systemdActivation {@code --systemd-activation}
 * @param introspect {@code --introspect}: print the bus's introspection data and exit
 * @param version {@code --version}: print the version and exit
 * @param help {@code --help} (or {@code -h}, {@code -?}): print {@link #usage()} and exit
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-daemon.1.html">dbus-daemon(1), OPTIONS</a>
 */
public record DaemonCommandLine(Optional<Path> configFile, boolean session, boolean system, Optional<String> address,
        OptionalInt printAddressFd, OptionalInt printPidFd, boolean fork, boolean noFork, boolean noPidFile,
        boolean systemdActivation, boolean introspect, boolean version, boolean help) {

    private static final String USAGE = """
            dbus-daemon [--version] [--session] [--system] [--config-file=FILE] [--print-address[=DESCRIPTOR]] \
            [--print-pid[=DESCRIPTOR]] [--introspect] [--address=ADDRESS] [--nopidfile] [--nosyslog] [--syslog] \
            [--syslog-only] [--nofork] [--fork] [--systemd-activation]

              --config-file=FILE            use the given configuration file
              --session                     use the standard configuration of the per-login-session bus
              --system                      use the standard configuration of the systemwide bus
              --address=ADDRESS             listen on ADDRESS instead of the configuration's <listen>
              --print-address[=DESCRIPTOR]  print the bus's address to standard output or to DESCRIPTOR
              --print-pid[=DESCRIPTOR]      print the bus's process id to standard output or to DESCRIPTOR
              --nofork                      stay in the foreground even if the configuration says <fork/>
              --fork                        go into the background even if the configuration does not say so
              --nopidfile                   write no pid file even if the configuration names one
              --systemd-activation          enable systemd-style service activation
              --syslog, --syslog-only, --nosyslog
                                            accepted; messages go to System.Logger
              --introspect                  print the introspection data of the bus's own interfaces
              --version                     print the version
              --help                        print this text
            """;

    /** Checks what the command line cannot combine: one configuration source, one of --fork and --nofork. */
    public DaemonCommandLine {
        Objects.requireNonNull(configFile, "configFile");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(printAddressFd, "printAddressFd");
        Objects.requireNonNull(printPidFd, "printPidFd");
        int sources = (configFile.isPresent() ? 1 : 0) + (session ? 1 : 0) + (system ? 1 : 0);
        if (sources > 1) {
            throw new InvalidCommandLineException("--session, --system and --config-file are mutually exclusive");
        }
        if (fork && noFork) {
            throw new InvalidCommandLineException("--fork and --nofork cannot both be in force");
        }
        address.ifPresent(a -> {
            if (a.isEmpty()) {
                throw new InvalidCommandLineException("--address cannot be empty");
            }
        });
        if (printAddressFd.orElse(0) < 0 || printPidFd.orElse(0) < 0) {
            throw new InvalidCommandLineException("a file descriptor cannot be negative: " + printAddressFd + ", "
                    + printPidFd);
        }
    }

    /**
     * Reads dbus-daemon's arguments (without the program name). As dbus-daemon, it stops at the first of
     * {@code --help}, {@code --version} and {@code --introspect}, and otherwise requires exactly one of
     * {@code --session}, {@code --system} and {@code --config-file}.
     *
     * @throws InvalidCommandLineException for an unknown option, a repeated option with a value, a missing or
     *         invalid value, or conflicting options; the message says which
     */
    public static DaemonCommandLine parse(List<String> args) {
        Objects.requireNonNull(args, "args");
        return new CommandLineScanner(args).scan();
    }

    /** The usage text: dbus-daemon's synopsis line, then one line per option. */
    public static String usage() {
        return USAGE;
    }
}
