package io.jdbus.message;

/**
 * The four message types of the specification, with their wire codes.
 *
 * {@snippet :
 * MessageType t = MessageType.forCode(4);   // SIGNAL
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-protocol-types">Message types</a>
 */
public enum MessageType {
    /** A method call; requires PATH and MEMBER. */
    METHOD_CALL(1),
    /** A method reply with returned data; requires REPLY_SERIAL. */
    METHOD_RETURN(2),
    /** An error reply; requires ERROR_NAME and REPLY_SERIAL. */
    ERROR(3),
    /** A signal emission; requires PATH, INTERFACE and MEMBER. */
    SIGNAL(4);

    private final int code;

    MessageType(int code) {
        this.code = code;
    }

    /** The type code on the wire. */
    public int code() {
        return code;
    }

    /** The type of {@code code}, or {@code null} for codes the specification does not define. */
    public static MessageType forCode(int code) {
        return switch (code) {
            case 1 -> METHOD_CALL;
            case 2 -> METHOD_RETURN;
            case 3 -> ERROR;
            case 4 -> SIGNAL;
            default -> null;
        };
    }

    /** The lower-case name busctl and this library print: {@code method_call}, {@code signal}, ... */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
