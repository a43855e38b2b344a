package io.jdbus.names;

import java.util.Objects;

/**
 * A validated unique bus name, such as {@code :1.42}: the name the bus assigns to a connection, never reused
 * during the bus's lifetime.
 *
 * <p>A unique name is {@code ':'} followed by two or more elements separated by {@code '.'}, each one or more
 * of {@code [A-Za-z0-9_-]}, and is at most 255 bytes long. Unlike in a well-known name, an element may start
 * with a digit.
 *
 * {@snippet :
 * UniqueName sender = UniqueName.of(":1.42");
 * UniqueName.isValid("1.42");   // false: no leading ':'
 * UniqueName.isValid(":1");     // false: a single element
 * }
 *
 * @param value the name text, with its leading {@code ':'}
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-protocol-names-bus">Bus names</a>
 */
public record UniqueName(String value) implements BusName {
    /** Validates {@code value}; throws {@link InvalidNameException} citing the rule broken. */
    public UniqueName {
        Objects.requireNonNull(value, "unique name");
        String why = problem(value);
        if (why != null) {
            throw NameRules.invalid("unique bus name", value, why);
        }
    }

    /**
     * Parses {@code value} as a unique name.
     *
     * @throws InvalidNameException if {@code value} is not a valid unique name
     * @throws NullPointerException if {@code value} is null
     */
    public static UniqueName of(String value) {
        return new UniqueName(value);
    }

    /** Whether {@code value} is a valid unique name; {@code false} for {@code null}. */
    public static boolean isValid(String value) {
        return value != null && problem(value) == null;
    }

    private static String problem(String s) {
        if (s.isEmpty()) {
            return "empty";
        }
        if (s.charAt(0) != ':') {
            return "does not start with ':'";
        }
        return NameRules.dotted(s, 1, true, true);
    }

    /** The name text, with its leading {@code ':'}. */
    @Override
    public String toString() {
        return value;
    }
}
