package io.jdbus.guidance;

/**
 * A variant-guidance string that breaks the grammar or does not fit the signature it is used with; the
 * message says which entry and which alternative, and why.
 * {@snippet :
 * VariantGuidance.parse("u/(ii");   // entry 1, alternative 2 "(ii": ... struct not closed
 * }
 */
public final class InvalidGuidanceException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** An exception with the message given. */
    public InvalidGuidanceException(String message) {
        super(message);
    }
}
