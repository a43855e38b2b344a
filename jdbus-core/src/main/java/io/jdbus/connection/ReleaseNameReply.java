package io.jdbus.connection;

/**
 * The answers of {@code org.freedesktop.DBus.ReleaseName}.
 *
 * {@snippet :
 * ReleaseNameReply r = bus.releaseName("com.example.name");   // RELEASED
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#bus-messages-release-name">ReleaseName</a>
 */
public enum ReleaseNameReply {
    /** The name was released. */
    RELEASED(1),
    /** The name has no owner. */
    NON_EXISTENT(2),
    /** Another connection owns the name. */
    NOT_OWNER(3);

    private final int code;

    ReleaseNameReply(int code) {
        this.code = code;
    }

    /** The number on the wire. */
    public int code() {
        return code;
    }

    /** The reply of {@code code}; throws for a number the specification does not define. */
    public static ReleaseNameReply forCode(int code) {
        for (ReleaseNameReply r : values()) {
            if (r.code == code) {
                return r;
            }
        }
        throw new IllegalArgumentException("ReleaseName reply " + Integer.toUnsignedLong(code) + " is not defined");
    }
}
