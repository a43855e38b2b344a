package io.jdbus.connection;

/**
 * The flags of {@code org.freedesktop.DBus.RequestName}.
 *
 * {@snippet :
 * bus.requestName("com.example.name", RequestNameFlag.ALLOW_REPLACEMENT, RequestNameFlag.REPLACE_EXISTING);
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#bus-messages-request-name">RequestName</a>
 */
public enum RequestNameFlag {
    /** Another connection that asks with REPLACE_EXISTING may take the name away. */
    ALLOW_REPLACEMENT(0x1),
    /** Take the name from its owner if the owner allowed replacement. */
    REPLACE_EXISTING(0x2),
    /** Do not wait in the name's queue when it is taken. */
    DO_NOT_QUEUE(0x4);

    private final int bit;

    RequestNameFlag(int bit) {
        this.bit = bit;
    }

    /** The flag's bit. */
    public int bit() {
        return bit;
    }
}
