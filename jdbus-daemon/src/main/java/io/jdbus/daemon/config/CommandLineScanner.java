package io.jdbus.daemon.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads dbus-daemon's arguments left to right, as its {@code bus/main.c} does: an option given twice with a value
 * is an error, {@code --fork} and {@code --nofork} override each other, and the first of {@code --help},
 * {@code --version} and {@code --introspect} ends the reading (dbus-daemon acts on it at once).
 */
final class CommandLineScanner {
    private final List<String> args;
    private int next;
    private String configSource; // "--session", "--system" or "--config-file=FILE", as given
    private Path configFile;
    private boolean session;
    private boolean system;
    private String address;
    private Integer printAddressFd;
    private Integer printPidFd;
    private boolean fork;
    private boolean noFork;
    private boolean noPidFile;
    private boolean systemdActivation;

    CommandLineScanner(List<String> args) {
        this.args = List.copyOf(args);
    }

    DaemonCommandLine scan() {
        while (next < args.size()) {
            String arg = args.get(next++);
            switch (arg) {
                case "--help", "-h", "-?" -> {
                    return build(true, false, false);
                }
                case "--version" -> {
                    return build(false, true, false);
                }
                case "--introspect" -> {
                    return build(false, false, true);
                }
                case "--nofork" -> {
                    noFork = true;
                    fork = false;
                }
                case "--fork" -> {
                    fork = true;
                    noFork = false;
                }
                case "--nopidfile" -> noPidFile = true;
                case "--systemd-activation" -> systemdActivation = true;
                case "--syslog", "--nosyslog", "--syslog-only" -> {
                    // accepted: this bus logs through System.Logger, which its user configures
                }
                case "--session" -> {
                    configSource(arg);
                    session = true;
                }
                case "--system" -> {
                    configSource(arg);
                    system = true;
                }
                case "--config-file" -> configFile(value(arg, "a file name"));
                case "--address" -> address(value(arg, "an address"));
                case "--print-address" -> printAddressFd = descriptor(arg, printAddressFd, "the address", optional());
                case "--print-pid" -> printPidFd = descriptor(arg, printPidFd, "the process id", optional());
                default -> joined(arg);
            }
        }
        // Unlike dbus-daemon, no configuration source is fine: jdbus then runs a session bus of its own.
        return build(false, false, false);
    }

    /** An option written as {@code --name=value}, or an unknown argument. */
    private void joined(String arg) {
        int equals = arg.indexOf('=');
        String option = equals < 0 ? arg : arg.substring(0, equals);
        String value = equals < 0 ? "" : arg.substring(equals + 1);
        switch (option) {
            case "--config-file" -> configFile(nonEmpty(option, value, "a file name"));
            case "--address" -> address(nonEmpty(option, value, "an address"));
            case "--print-address" -> printAddressFd = descriptor(option, printAddressFd, "the address", value);
            case "--print-pid" -> printPidFd = descriptor(option, printPidFd, "the process id", value);
            case "--ready-event-handle" -> throw new InvalidCommandLineException("--ready-event-handle is only "
                    + "supported on Windows; wait for --print-address or --print-pid instead");
            default -> throw new InvalidCommandLineException("unknown option \"" + arg + "\"");
        }
    }

    private void configSource(String option) {
        if (configSource != null) {
            throw new InvalidCommandLineException(option.replaceFirst("=.*", "") + " specified but " + configSource
                    + " already requested; --session, --system and --config-file are mutually exclusive");
        }
        configSource = option;
    }

    private void configFile(String name) {
        configSource("--config-file=" + name);
        try {
            configFile = Path.of(name);
        } catch (InvalidPathException e) {
            throw new InvalidCommandLineException("--config-file: \"" + name + "\" is not a file name: "
                    + e.getReason());
        }
    }

    private void address(String value) {
        if (address != null) {
            throw new InvalidCommandLineException("--address specified but address " + address
                    + " already requested");
        }
        address = value;
    }

    /** The argument after {@code option}, which needs one. */
    private String value(String option, String what) {
        if (next >= args.size() || args.get(next).startsWith("--")) {
            throw new InvalidCommandLineException(option + " needs " + what + ", as in " + option + "=VALUE");
        }
        return nonEmpty(option, args.get(next++), what);
    }

    /** The argument after an option whose value is optional: taken when it is not an option itself. */
    private String optional() {
        if (next < args.size() && !args.get(next).startsWith("-")) {
            return args.get(next++);
        }
        return "";
    }

    private static String nonEmpty(String option, String value, String what) {
        if (value.isEmpty()) {
            throw new InvalidCommandLineException(option + " needs " + what + ", got an empty one");
        }
        return value;
    }

    /** The descriptor of {@code --print-address[=FD]}; an empty text means standard output, 1. */
    private static Integer descriptor(String option, Integer before, String what, String text) {
        if (before != null) {
            throw new InvalidCommandLineException(option + " specified but printing " + what + " to descriptor "
                    + before + " already requested");
        }
        if (text.isEmpty()) {
            return 1;
        }
        if (!text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw invalidDescriptor(option, text);
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw invalidDescriptor(option, text);
        }
    }

    private static InvalidCommandLineException invalidDescriptor(String option, String text) {
        return new InvalidCommandLineException("invalid file descriptor \"" + text + "\" for " + option
                + ": it must be a non-negative integer such as 1 (standard output)");
    }

    private DaemonCommandLine build(boolean help, boolean version, boolean introspect) {
        return new DaemonCommandLine(Optional.ofNullable(configFile), session, system, Optional.ofNullable(address),
                printAddressFd == null ? OptionalInt.empty() : OptionalInt.of(printAddressFd),
                printPidFd == null ? OptionalInt.empty() : OptionalInt.of(printPidFd), fork, noFork, noPidFile,
                systemdActivation, introspect, version, help);
    }
}
