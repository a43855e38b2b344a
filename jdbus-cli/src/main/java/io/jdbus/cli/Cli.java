package io.jdbus.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The {@code jdbus} command as a function: arguments and streams in, exit status out.
 * {@link Main} is the only place that touches {@code System.*}; tests call {@link #run} directly.
 *
 * {@snippet :
 * var out = new ByteArrayOutputStream();
 * var err = new ByteArrayOutputStream();
 * int status = Cli.run(List.of("decode", "--json=short"), new ByteArrayInputStream(bytes), out, err);
 * }
 */
public final class Cli {
    private Cli() {
    }

    /** Runs {@code jdbus args...} and returns its exit status; output is written as UTF-8. */
    public static int run(List<String> args, InputStream in, OutputStream out, OutputStream err) {
        PrintStream stdout = new PrintStream(out, false, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
        try {
            return dispatch(args, in, stdout, stderr);
        } catch (UsageException e) {
            stdout.flush();
            stderr.println("jdbus: " + e.getMessage());
            String verb = verbOf(args);
            stderr.println("Try 'jdbus " + (verb == null ? "" : verb + " ") + "--help' for more information.");
            return ExitCode.USAGE;
        } finally {
            stdout.flush();
            stderr.flush();
        }
    }

    private static int dispatch(List<String> args, InputStream in, PrintStream out, PrintStream err)
            throws UsageException {
        if (!args.isEmpty() && args.getFirst().equals("daemon")) {
            // dbus-daemon's own command line follows, so that jdbus can stand in for it
            return io.jdbus.cli.daemon.DaemonCommand.run(args.subList(1, args.size()), out, err);
        }
        CommandLine line = CommandLine.parse(args);
        if (line.help()) {
            out.print(line.verb() == null ? Usage.help() : Usage.help(Verbs.find(line.verb())));
            return ExitCode.OK;
        }
        if (line.version()) {
            out.println(Usage.version());
            return ExitCode.OK;
        }
        if (line.verb() == null) {
            throw new UsageException("no verb given; the verbs are: " + Verbs.names());
        }
        Verb verb = Verbs.find(line.verb());
        return verb.run(new Invocation(line.bus(), line.output(), line.settings(), line.operands(), in, out, err));
    }

    /** The known verb on a command line that failed to run, so that the hint can point at its help; else {@code null}. */
    private static String verbOf(List<String> args) {
        try {
            String verb = CommandLine.parse(args).verb();
            return verb != null && Verbs.nameList().contains(verb) ? verb : null;
        } catch (UsageException e) {
            return args.stream().filter(a -> Verbs.nameList().contains(a)).findFirst().orElse(null);
        }
    }
}
