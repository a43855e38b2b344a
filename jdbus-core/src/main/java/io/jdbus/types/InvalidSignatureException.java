package io.jdbus.types;

/**
 * Thrown when a string is not a valid D-Bus signature; the message cites the rule broken and where.
 *
 * {@snippet :
 * Signature.isValid("a{vs}");   // false
 * Signature.of("a{vs}");        // throws: invalid signature "a{vs}": dict key at index 2 is not a basic type
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-protocol-signatures">Signatures</a>
 */
public final class InvalidSignatureException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message that names the signature and the rule broken. */
    public InvalidSignatureException(String message) {
        super(message);
    }
}
