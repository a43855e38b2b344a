package io.jdbus.cli;

/**
 * One {@code jdbus} verb, such as {@code decode}.
 *
 * {@snippet :
 * Verb verb = new DecodeVerb();
 * verb.name();                         // "decode"
 * verb.operands();                     // "[FILE]"
 * verb.summary();                      // "Print binary D-Bus messages from FILE or standard input"
 * int status = verb.run(invocation);   // ExitCode.OK, or the status of what went wrong
 * }
 */
public interface Verb {
    /** The word that selects it on the command line. */
    String name();

    /** Its operands as the usage text shows them, e.g. {@code [FILE]}. */
    String operands();

    /** One line on what it does. */
    String summary();

    /**
     * Whether the verb reads its own options: everything after its name on the command line is its operands
     * (but {@code -h}/{@code --help}), not jdbus's global options. False by default.
     */
    default boolean parsesItsOwnOptions() {
        return false;
    }

    /** Runs it and returns the exit status; a {@link UsageException} becomes status 2. */
    int run(Invocation invocation) throws UsageException;
}
