package io.jdbus.cli.args;

/**
 * An argument of {@code call} or {@code emit} that does not fit its signature; {@code jdbus} prints the
 * message and exits with status 1, as busctl does. The messages are busctl's, so that scripts that look
 * for them keep working.
 *
 * {@snippet :
 * BusctlArguments.parse("y", List.of("256"));
 * // throws ArgumentException: Failed to parse '256' as byte (unsigned 8bit integer): Numerical result out of range
 * }
 */
public final class ArgumentException extends Exception {
    private static final long serialVersionUID = 1L;

    /** An argument error described by {@code message}. */
    public ArgumentException(String message) {
        super(message);
    }
}
