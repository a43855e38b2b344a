package io.jdbus.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/**
 * What a verb runs with: the global options, its operands and the three standard streams.
 * Verbs never touch {@code System.in/out/err} or call {@code System.exit}; they return a status.
 *
 * {@snippet :
 * var out = new ByteArrayOutputStream();
 * var inv = new Invocation(BusSelection.system(), OutputMode.JSON_SHORT, List.of("capture.bin"),
 *         InputStream.nullInputStream(), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
 * int status = new DecodeVerb().run(inv);   // out: one JSON object per message in capture.bin
 * }
 *
 * @param bus      the bus chosen on the command line
 * @param output   text or JSON
 * @param settings busctl's other options: timeout, reply and start flags, list filters
 * @param operands the operands after the verb
 * @param in       standard input
 * @param out      standard output (UTF-8)
 * @param err      standard error (UTF-8)
 */
public record Invocation(BusSelection bus, OutputMode output, CallSettings settings, List<String> operands,
                         InputStream in, PrintStream out, PrintStream err) {

    /** An invocation with busctl's default settings. */
    public Invocation(BusSelection bus, OutputMode output, List<String> operands,
                      InputStream in, PrintStream out, PrintStream err) {
        this(bus, output, CallSettings.defaults(), operands, in, out, err);
    }
}
