package io.jdbus.cli;

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
 * @param help     {@code -h} or {@code --help} was given
 * @param version  {@code --version} was given
 * @param verb     the first operand, or {@code null} when there is none
 * @param operands the operands after the verb
 */
public record CommandLine(BusSelection bus, OutputMode output, boolean help, boolean version,
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
        List<String> positional = new ArrayList<>();
        boolean optionsEnded = false;

        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                positional.add(arg);
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
                default -> throw new UsageException("unknown option '" + name + "'");
            }
        }
        String verb = positional.isEmpty() ? null : positional.getFirst();
        List<String> operands = positional.isEmpty() ? List.of() : positional.subList(1, positional.size());
        return new CommandLine(bus, output, help, version, verb, operands);
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
