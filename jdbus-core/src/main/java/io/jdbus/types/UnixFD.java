package io.jdbus.types;

/**
 * A {@code h} value: at the message level, an index into the message's array of file descriptors.
 *
 * <p>The message layer carries the index, exactly as the wire does; the connection layer resolves it
 * against the descriptors that arrived with the message.
 * {@snippet :
 * Message m = Message.signal("/a", "com.example.X", "Fd").unixFds(1).body("h", new UnixFD(0)).build();
 * }
 *
 * @param index the index into the message's descriptor array, non-negative
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#basic-types">Basic types</a>
 */
public record UnixFD(int index) {
    /** Checks that the index is non-negative. */
    public UnixFD {
        if (index < 0) {
            throw new IllegalArgumentException("unix fd index must be non-negative: " + index);
        }
    }
}
