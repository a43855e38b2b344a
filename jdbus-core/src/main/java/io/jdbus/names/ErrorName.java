package io.jdbus.names;

import java.util.Objects;

/**
 * A validated D-Bus error name, such as {@code org.freedesktop.DBus.Error.UnknownMethod}.
 *
 * <p>Error names follow the rules of {@linkplain InterfaceName interface names}: at most 255 bytes, two or
 * more elements separated by {@code '.'}, each one or more of {@code [A-Za-z0-9_]} not starting with a digit.
 *
 * {@snippet :
 * ErrorName invalidArgs = ErrorName.of("org.freedesktop.DBus.Error.InvalidArgs");
 * ErrorName.isValid("com.example.Error.Not-Found");  // false: '-' is for bus names only
 * ErrorName.isValid("Failed");                       // false: a single element
 * }
 *
 * @param value the name text
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-protocol-names-error">Error names</a>
 */
public record ErrorName(String value) {
    /** Validates {@code value}; throws {@link InvalidNameException} citing the rule broken. */
    public ErrorName {
        Objects.requireNonNull(value, "error name");
        String why = problem(value);
        if (why != null) {
            throw NameRules.invalid("error name", value, why);
        }
    }

    /**
     * Parses {@code value} as an error name.
     *
     * @throws InvalidNameException if {@code value} is not a valid error name
     * @throws NullPointerException if {@code value} is null
     */
    public static ErrorName of(String value) {
        return new ErrorName(value);
    }

    /** Whether {@code value} is a valid error name; {@code false} for {@code null}. */
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
