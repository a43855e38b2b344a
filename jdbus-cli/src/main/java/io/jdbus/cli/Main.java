package io.jdbus.cli;

import java.util.List;

/**
 * The entry point of the {@code jdbus} command.
 *
 * {@snippet lang=sh :
 * java --module-path jdbus-core.jar:jdbus-cli.jar --module io.jdbus.cli/io.jdbus.cli.Main decode samples/messages.bin
 * ./jdbus decode samples/messages.bin   # the same, with the jars built first when a source changed
 * }
 */
public final class Main {
    private Main() {
    }

    /** Runs {@code jdbus} on the process's streams and exits with its status. */
    public static void main(String[] args) {
        System.exit(Cli.run(List.of(args), System.in, System.out, System.err));
    }
}
