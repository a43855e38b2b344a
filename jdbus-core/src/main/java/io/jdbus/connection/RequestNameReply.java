package io.jdbus.connection;

/**
 * The answers of {@code org.freedesktop.DBus.RequestName}.
 *
 * {@snippet :
 * if (bus.requestName("com.example.name", RequestNameFlag.DO_NOT_QUEUE) != RequestNameReply.PRIMARY_OWNER) {
 *     throw new IllegalStateException("com.example.name is taken");
 * }
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#bus-messages-request-name">RequestName</a>
 */
public enum RequestNameReply {
    /** This connection now owns the name. */
    PRIMARY_OWNER(1),
    /** Another connection owns the name; this one waits in its queue. */
    IN_QUEUE(2),
    /** Another connection owns the name and this one did not queue. */
    EXISTS(3),
    /** This connection already owned the name. */
    ALREADY_OWNER(4);

    private final int code;

    RequestNameReply(int code) {
        this.code = code;
    }

    /** The number on the wire. */
    public int code() {
        return code;
    }

    /** The reply of {@code code}; throws for a number the specification does not define. */
    public static RequestNameReply forCode(int code) {
        for (RequestNameReply r : values()) {
            if (r.code == code) {
                return r;
            }
        }
        throw new IllegalArgumentException("RequestName reply " + Integer.toUnsignedLong(code) + " is not defined");
    }
}
