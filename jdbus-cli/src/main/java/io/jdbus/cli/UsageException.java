package io.jdbus.cli;

/**
 * A command line that cannot be run as given; {@code jdbus} prints the message and exits with status 2.
 *
 * {@snippet :
 * CommandLine.parse(List.of("--json=long", "decode"));
 * // throws UsageException: unknown --json mode 'long': use --json=short or --json=pretty
 * }
 */
public final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    /** A usage error described by {@code message}, which should say what to do instead. */
    public UsageException(String message) {
        super(message);
    }
}
