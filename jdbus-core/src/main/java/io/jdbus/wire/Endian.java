package io.jdbus.wire;

import java.nio.ByteOrder;

/**
 * The byte order of a message, marked by its first byte: {@code 'l'} or {@code 'B'}.
 *
 * {@snippet :
 * Endian e = Endian.forMarker((byte) 'B');   // BIG
 * e.order();                                  // ByteOrder.BIG_ENDIAN
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-protocol-messages">Message format</a>
 */
public enum Endian {
    /** Little endian, marker {@code 'l'}. */
    LITTLE((byte) 'l', ByteOrder.LITTLE_ENDIAN),
    /** Big endian, marker {@code 'B'}. */
    BIG((byte) 'B', ByteOrder.BIG_ENDIAN);

    private final byte marker;
    private final ByteOrder order;

    Endian(byte marker, ByteOrder order) {
        this.marker = marker;
        this.order = order;
    }

    /** The marker byte, {@code 'l'} or {@code 'B'}. */
    public byte marker() {
        return marker;
    }

    /** The matching NIO byte order. */
    public ByteOrder order() {
        return order;
    }

    /** The byte order of the platform, the default for messages this process sends. */
    public static Endian nativeOrder() {
        return ByteOrder.nativeOrder() == ByteOrder.BIG_ENDIAN ? BIG : LITTLE;
    }

    /** The byte order marked by {@code b}, or {@code null} when it is neither marker. */
    public static Endian forMarker(byte b) {
        return b == 'l' ? LITTLE : b == 'B' ? BIG : null;
    }
}
