package io.jdbus.types;

/**
 * The basic (non-container) D-Bus types, each with its type code and wire alignment.
 *
 * {@snippet :
 * BasicType t = BasicType.forCode('u');   // UINT32
 * t.alignment();                           // 4
 * t.isFixed();                             // true
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#basic-types">Basic types</a>
 */
public enum BasicType implements Type {
    /** {@code y}: unsigned 8-bit integer, decoded as {@code Byte}. */
    BYTE('y', 1),
    /** {@code b}: boolean, 0 or 1 in a 32-bit word. */
    BOOLEAN('b', 4),
    /** {@code n}: signed 16-bit integer. */
    INT16('n', 2),
    /** {@code q}: unsigned 16-bit integer, decoded as {@code Short} with unsigned bits. */
    UINT16('q', 2),
    /** {@code i}: signed 32-bit integer. */
    INT32('i', 4),
    /** {@code u}: unsigned 32-bit integer, decoded as {@code Integer} with unsigned bits. */
    UINT32('u', 4),
    /** {@code x}: signed 64-bit integer. */
    INT64('x', 8),
    /** {@code t}: unsigned 64-bit integer, decoded as {@code Long} with unsigned bits. */
    UINT64('t', 8),
    /** {@code d}: IEEE 754 double. */
    DOUBLE('d', 8),
    /** {@code s}: UTF-8 string without U+0000. */
    STRING('s', 4),
    /** {@code o}: object path. */
    OBJECT_PATH('o', 4),
    /** {@code g}: signature. */
    SIGNATURE('g', 1),
    /** {@code h}: index into the message's array of unix file descriptors. */
    UNIX_FD('h', 4);

    private static final BasicType[] BY_CODE = new BasicType[128];

    static {
        for (BasicType t : values()) {
            BY_CODE[t.code] = t;
        }
    }

    private final char code;
    private final int alignment;
    private final String signature;

    BasicType(char code, int alignment) {
        this.code = code;
        this.alignment = alignment;
        this.signature = String.valueOf(code);
    }

    /** The type code, such as {@code 'u'}. */
    public char code() {
        return code;
    }

    @Override
    public String signature() {
        return signature;
    }

    @Override
    public int alignment() {
        return alignment;
    }

    /** Whether values of this type have a fixed size on the wire (every type but s, o and g). */
    public boolean isFixed() {
        return this != STRING && this != OBJECT_PATH && this != SIGNATURE;
    }

    /** The basic type of a type code, or {@code null} when the code is not a basic type. */
    public static BasicType forCode(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }
}
