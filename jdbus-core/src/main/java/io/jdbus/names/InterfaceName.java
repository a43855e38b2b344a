package io.jdbus.names;

import java.util.Objects;

/**
 * A validated D-Bus interface name, such as {@code org.freedesktop.DBus.Properties}.
 *
 * <p>An interface name is at most 255 bytes long and has two or more elements separated by {@code '.'};
 * each element is one or more of {@code [A-Za-z0-9_]} and does not start with a digit. Unlike a bus name,
 * it may not contain {@code '-'}.
 *
 * {@snippet :
 * InterfaceName iface = InterfaceName.of("com.example.SampleInterface0");
 * InterfaceName.isValid("com.example.sample-interface");   // false: '-' is for bus names only
 * InterfaceName.isValid("SampleInterface0");               // false: a single element
 * InterfaceName.isValid("com.example.0Sample");            // false: an element starts with a digit
 * }
 *
 * @param value the name text
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-protocol-names-interface">Interface names</a>
 */
public record InterfaceName(String value) {
    /** Validates {@code value}; throws {@link InvalidNameException} citing the rule broken. */
    public InterfaceName {
        Objects.requireNonNull(value, "interface name");
        String why = problem(value);
        if (why != null) {
            throw NameRules.invalid("interface name", value, why);
        }
    }

    /**
     * Parses {@code value} as an interface name.
     *
     * @throws InvalidNameException if {@code value} is not a valid interface name
     * @throws NullPointerException if {@code value} is null
     */
    public static InterfaceName of(String value) {
        return new InterfaceName(value);
    }

    /** Whether {@code value} is a valid interface name; {@code false} for {@code null}. */
    public static boolean isValid(String value) {
        return value != null && problem(value) == null;
    }

    private static String problem(String s) {
        return NameRules.dotted(s, 0, false, false);
    }

    /** The name text. */
    @Override
    public String toString() {
        return value;
    }
}
