package io.jdbus.names;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A validated property name, such as {@code Bar}. Properties travel as strings (in {@code Properties.Get} and
 * {@code PropertiesChanged}), and real services name some of theirs outside the member-name rules
 * (xdg-desktop-portal's {@code disable-printing}), as GDBus and sd-bus accept: a property name is 1 to 255 bytes
 * of UTF-8 without U+0000. Most are also valid {@link MemberName}s.
 *
 * {@snippet :
 * PropertyName.of("Bar");
 * PropertyName.of("disable-printing");   // valid: portals use such names
 * PropertyName.isValid("");              // false
 * }
 *
 * @param value the name text
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#standard-interfaces-properties">Properties</a>
 */
public record PropertyName(String value) {
    private static final int MAX_BYTES = 255;

    /** Validates {@code value}; throws {@link InvalidNameException} citing the rule broken. */
    public PropertyName {
        Objects.requireNonNull(value, "property name");
        String why = problem(value);
        if (why != null) {
            throw NameRules.invalid("property name", value, why);
        }
    }

    /** Parses {@code value} as a property name. */
    public static PropertyName of(String value) {
        return new PropertyName(value);
    }

    /** Whether {@code value} is a valid property name; {@code false} for {@code null}. */
    public static boolean isValid(String value) {
        return value != null && problem(value) == null;
    }

    private static String problem(String value) {
        if (value.isEmpty()) {
            return "it is empty";
        }
        if (value.indexOf('\0') >= 0) {
            return "it contains U+0000";
        }
        int bytes = value.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            return "it is " + bytes + " bytes long, more than " + MAX_BYTES;
        }
        return null;
    }

    /** The name text. */
    @Override
    public String toString() {
        return value;
    }
}
