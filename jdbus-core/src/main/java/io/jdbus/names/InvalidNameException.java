package io.jdbus.names;

/**
 * Thrown when a string is not a valid D-Bus name of the kind asked for; the message cites the rule broken.
 *
 * {@snippet :
 * try {
 *     ObjectPath.of("/trailing/");
 * } catch (InvalidNameException e) {
 *     System.err.println(e.getMessage()); // invalid object path "/trailing/": ends with '/'
 * }
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-protocol-names">Valid names</a>
 */
public final class InvalidNameException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message that names the value and the rule broken. */
    public InvalidNameException(String message) {
        super(message);
    }
}
