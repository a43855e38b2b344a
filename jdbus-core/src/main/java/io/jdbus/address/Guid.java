package io.jdbus.address;

import java.util.Objects;

/**
 * A server's globally unique ID, as an address's {@code guid=} key and the SASL {@code OK} line carry it:
 * 32 hex digits (16 bytes), such as {@code 0123456789abcdef0123456789abcdef}.
 *
 * <p>Upper- and lowercase digits are accepted and kept as written: libdbus compares GUIDs as text, and so
 * does {@link #equals(Object)}.
 *
 * {@snippet :
 * Guid g = Guid.of("4a3f8ab5b6b1e03b9a9b31e4665b9f1c");
 * Guid.isValid("4a3f8ab5");                       // false: 8 digits, 32 are required
 * UnixAddress.path("/run/bus").withGuid(g);       // unix:path=/run/bus,guid=4a3f8ab5b6b1e03b9a9b31e4665b9f1c
 * }
 *
 * @param value the 32 hex digits
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#uuids">UUIDs</a>
 */
public record Guid(String value) {
    /** The number of hex digits in a GUID. */
    public static final int LENGTH = 32;

    /** Validates {@code value}; throws {@link InvalidAddressException} citing the rule broken. */
    public Guid {
        Objects.requireNonNull(value, "guid");
        String why = problem(value);
        if (why != null) {
            throw InvalidAddressException.value("invalid guid: " + why, value, "guid", "has guid " + why);
        }
    }

    /**
     * Parses {@code value} as a GUID.
     *
     * @throws InvalidAddressException if {@code value} is not 32 hex digits
     * @throws NullPointerException if {@code value} is null
     */
    public static Guid of(String value) {
        return new Guid(value);
    }

    /** Whether {@code value} is 32 hex digits; {@code false} for {@code null}. */
    public static boolean isValid(String value) {
        return value != null && problem(value) == null;
    }

    /** The rule {@code s} breaks, worded to follow "has guid", or {@code null}. */
    static String problem(String s) {
        if (s.length() != LENGTH) {
            return AddressText.quote(s) + " of " + s.length() + " characters; a GUID is " + LENGTH + " hex digits";
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
                return AddressText.quote(s) + " with " + AddressText.character(s, i) + " at index " + i
                        + ", which is not a hex digit";
            }
        }
        return null;
    }

    /** The 32 hex digits. */
    @Override
    public String toString() {
        return value;
    }
}
