package io.jdbus.cli;

/** One {@code jdbus} verb, such as {@code decode}. */
public interface Verb {
    /** The word that selects it on the command line. */
    String name();

    /** Its operands as the usage text shows them, e.g. {@code [FILE]}. */
    String operands();

    /** One line on what it does. */
    String summary();

    /** Runs it and returns the exit status; a {@link UsageException} becomes status 2. */
    int run(Invocation invocation) throws UsageException;
}
