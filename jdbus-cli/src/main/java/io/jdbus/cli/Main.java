package io.jdbus.cli;

import java.util.List;

/** The entry point of the {@code jdbus} command. */
public final class Main {
    private Main() {
    }

    /** Runs {@code jdbus} on the process's streams and exits with its status. */
    public static void main(String[] args) {
        System.exit(Cli.run(List.of(args), System.in, System.out, System.err));
    }
}
