package io.jdbus.cli;

import io.jdbus.cli.args.CBoolean;
import io.jdbus.cli.args.TimeSpan;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed {@code jdbus} command line: the global options, the verb and its operands.
 *
 * <p>Options may come before or after the verb, as with busctl; {@code --} ends them, so that
 * operands can start with {@code -}. An option's value goes after {@code =} or in the next argument.
 *
 * {@snippet :
 * CommandLine.parse(List.of("decode", "--json=short", "capture.bin"));
 * // verb "decode", operands ["capture.bin"], output JSON_SHORT
 * }
 *
 * @param bus      the bus chosen with {@code --address}, {@code --session} or {@code --system}
 * @param output   text, or {@code --json=short|pretty}
 * @param settings busctl's other options ({@code --timeout=}, {@code --expect-reply=}, ...)
 * @param help     {@code -h} or {@code --help} was given
 * @param version  {@code --version} was given
 * @param verb     the first operand, or {@code null} when there is none
 * @param operands the operands after the verb
 */
public record CommandLine(BusSelection bus, OutputMode output, CallSettings settings, boolean help, boolean version,
                          String verb, List<String> operands) {

    public CommandLine {
        operands = List.copyOf(operands);
    }

    /** Parses {@code args}; throws a {@link UsageException} naming the offending argument. */
    public static CommandLine parse(List<String> args) throws UsageException {
        BusSelection bus = BusSelection.system();
        OutputMode output = OutputMode.TEXT;
        boolean help = false;
        boolean version = false;
        Settings s = new Settings();
        List<String> positional = new ArrayList<>();
        boolean optionsEnded = false;
        boolean verbOwnsOptions = false;

        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (verbOwnsOptions && (arg.equals("--help") || arg.equals("-h"))) {
                help = true;
                continue;
            }
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                positional.add(arg);
                // a verb with options of its own (codegen's --package, ...) gets everything after its name
                verbOwnsOptions |= positional.size() == 1 && Verbs.parsesItsOwnOptions(arg);
                optionsEnded |= verbOwnsOptions;
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            if (!arg.startsWith("--")) {
                if (arg.equals("-h")) {
                    help = true;
                    continue;
                }
                if (arg.equals("-q")) {
                    s.quiet = true;
                    continue;
                }
                throw new UsageException("unknown option '" + arg + "'");
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            String inline = eq < 0 ? null : arg.substring(eq + 1);
            switch (name) {
                case "--address" -> {
                    String value = inline != null ? inline : next(args, ++i, name);
                    if (value.isEmpty()) {
                        throw new UsageException("option '--address' needs a D-Bus address, e.g. --address=unix:path=/run/dbus/system_bus_socket");
                    }
                    bus = BusSelection.address(value);
                }
                case "--session" -> {
                    noValue(name, inline);
                    bus = BusSelection.session();
                }
                case "--system" -> {
                    noValue(name, inline);
                    bus = BusSelection.system();
                }
                case "--json" -> output = OutputMode.ofJson(inline != null ? inline : next(args, ++i, name));
                case "--help" -> {
                    noValue(name, inline);
                    help = true;
                }
                case "--version" -> {
                    noValue(name, inline);
                    version = true;
                }
                case "--timeout" -> {
                    String value = inline != null ? inline : next(args, ++i, name);
                    s.timeout = TimeSpan.parse(value);
                    if (s.timeout == null) {
                        throw new UsageException("failed to parse --timeout= parameter '" + value
                                + "': give seconds, or a span such as 500ms or 1min 30s");
                    }
                }
                case "--expect-reply" -> s.expectReply = bool(name, inline != null ? inline : next(args, ++i, name));
                case "--auto-start" -> s.autoStart = bool(name, inline != null ? inline : next(args, ++i, name));
                case "--allow-interactive-authorization" ->
                        s.interactive = bool(name, inline != null ? inline : next(args, ++i, name));
                case "--destination" -> s.destination = inline != null ? inline : next(args, ++i, name);
                case "--quiet" -> {
                    noValue(name, inline);
                    s.quiet = true;
                }
                case "--verbose" -> {
                    noValue(name, inline);
                    s.verbose = true;
                }
                case "--no-legend" -> {
                    noValue(name, inline);
                    s.legend = false;
                }
                case "--unique" -> {
                    noValue(name, inline);
                    s.unique = true;
                }
                case "--acquired" -> {
                    noValue(name, inline);
                    s.acquired = true;
                }
                case "--activatable" -> {
                    noValue(name, inline);
                    s.activatable = true;
                }
                case "--xml-interface" -> {
                    noValue(name, inline);
                    s.xmlInterface = true;
                }
                case "--list" -> {
                    noValue(name, inline);
                    s.list = true;
                }
                case "--limit-messages" -> {
                    String v = inline != null ? inline : next(args, ++i, name);
                    try {
                        s.limitMessages = Long.parseUnsignedLong(v);
                    } catch (NumberFormatException e) {
                        throw new UsageException("failed to parse --limit-messages= parameter '" + v
                                + "': a number of messages, 0 for no limit");
                    }
                }
                case "--serve" -> {
                    noValue(name, inline);
                    s.serveOnly = true;
                }
                case "--client" -> {
                    noValue(name, inline);
                    s.clientOnly = true;
                }
                case "--no-pager" -> noValue(name, inline);   // jdbus never pages; accepted for busctl's scripts
                default -> throw new UsageException("unknown option '" + name + "'");
            }
        }
        String verb = positional.isEmpty() ? null : positional.getFirst();
        List<String> operands = positional.isEmpty() ? List.of() : positional.subList(1, positional.size());
        return new CommandLine(bus, output, s.build(), help, version, verb, operands);
    }

    /** The settings as they are being parsed. */
    private static final class Settings {
        Duration timeout;
        boolean expectReply = true;
        boolean autoStart = true;
        boolean interactive = true;
        String destination;
        boolean quiet;
        boolean verbose;
        boolean legend = true;
        boolean unique;
        boolean acquired;
        boolean activatable;
        boolean xmlInterface;
        boolean list;
        long limitMessages;
        boolean serveOnly;
        boolean clientOnly;

        CallSettings build() {
            return new CallSettings(timeout, expectReply, autoStart, interactive, destination, quiet, verbose,
                    legend, unique, acquired, activatable, xmlInterface, list, limitMessages, serveOnly, clientOnly);
        }
    }

    private static boolean bool(String option, String value) throws UsageException {
        Boolean b = CBoolean.parse(value);
        if (b == null) {
            throw new UsageException("failed to parse " + option + "= parameter '" + value
                    + "': use yes or no (true/false, on/off, 1/0)");
        }
        return b;
    }

    private static String next(List<String> args, int i, String option) throws UsageException {
        if (i >= args.size()) {
            throw new UsageException("option '" + option + "' needs a value");
        }
        return args.get(i);
    }

    private static void noValue(String option, String inline) throws UsageException {
        if (inline != null) {
            throw new UsageException("option '" + option + "' takes no value");
        }
    }
}
