package io.jdbus.wire;

/**
 * The size and depth limits of the specification, enforced when encoding and before allocating when decoding.
 *
 * {@snippet :
 * if (length > Limits.MAX_ARRAY) {
 *     throw new MalformedMessageException("array of " + length + " bytes exceeds 64 MiB", offset);
 * }
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-protocol-marshaling">Marshaling</a>
 */
public final class Limits {
    /** The largest message, header and body together: 128 MiB. */
    public static final int MAX_MESSAGE = 1 << 27;
    /** The largest array, in bytes of its elements: 64 MiB. */
    public static final int MAX_ARRAY = 1 << 26;
    /** The longest signature: 255 bytes. */
    public static final int MAX_SIGNATURE = 255;
    /** The longest bus, interface, member or error name: 255 bytes. */
    public static final int MAX_NAME = 255;
    /** The deepest nesting of arrays, counted through variants. */
    public static final int MAX_ARRAY_DEPTH = 32;
    /** The deepest nesting of structs, counted through variants. */
    public static final int MAX_STRUCT_DEPTH = 32;
    /** The deepest nesting of all containers: arrays, structs and variants together. */
    public static final int MAX_DEPTH = 64;

    private Limits() {
    }
}
