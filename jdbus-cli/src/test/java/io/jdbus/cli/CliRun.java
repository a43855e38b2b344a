package io.jdbus.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One run of {@code jdbus} in process: its exit status and what it wrote. */
public record CliRun(int status, String out, String err) {

    /** Runs {@code jdbus args...} with {@code stdin} as standard input. */
    public static CliRun run(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(List.of(args), new ByteArrayInputStream(stdin), out, err);
        return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs {@code jdbus args...} with empty standard input. */
    public static CliRun run(String... args) {
        return run(new byte[0], args);
    }
}
