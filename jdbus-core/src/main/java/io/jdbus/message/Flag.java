package io.jdbus.message;

/**
 * The header flags the specification defines; other bits are kept but carry no meaning.
 *
 * {@snippet :
 * Message m = Message.methodCall("org.example.App", "/", "org.example.App", "Quit")
 *         .flag(Flag.NO_REPLY_EXPECTED).build();
 * m.has(Flag.NO_REPLY_EXPECTED);   // true
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-protocol-messages">Message format</a>
 */
public enum Flag {
    /** The caller does not want a reply. */
    NO_REPLY_EXPECTED(0x1),
    /** The bus must not start a service to deliver this message. */
    NO_AUTO_START(0x2),
    /** The caller is prepared to wait for interactive authorization. */
    ALLOW_INTERACTIVE_AUTH(0x4);

    private final int bit;

    Flag(int bit) {
        this.bit = bit;
    }

    /** The flag's bit in the flags byte. */
    public int bit() {
        return bit;
    }
}
