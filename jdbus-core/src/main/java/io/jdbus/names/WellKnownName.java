package io.jdbus.names;

import java.util.Objects;

/**
 * A validated well-known bus name, such as {@code com.example.name}: a name a connection requests from the
 * bus to offer a service under.
 *
 * <p>A well-known name is at most 255 bytes long, does not start with {@code ':'}, and has two or more
 * elements separated by {@code '.'}; each element is one or more of {@code [A-Za-z0-9_-]} and does not start
 * with a digit. The specification discourages {@code '-'}, but accepts it.
 *
 * {@snippet :
 * WellKnownName name = WellKnownName.of("com.example.name");
 * WellKnownName.DBUS.value();                  // "org.freedesktop.DBus", the bus itself
 * WellKnownName.isValid("com.example-corp.App");  // true
 * WellKnownName.isValid("org.7zip.Archiver");     // false: an element starts with a digit
 * }
 *
 * @param value the name text
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-protocol-names-bus">Bus names</a>
 */
public record WellKnownName(String value) implements BusName {
    /** {@code org.freedesktop.DBus}: the name of the message bus itself. */
    public static final WellKnownName DBUS = new WellKnownName("org.freedesktop.DBus");

    /** Validates {@code value}; throws {@link InvalidNameException} citing the rule broken. */
    public WellKnownName {
        Objects.requireNonNull(value, "well-known name");
        String why = problem(value);
        if (why != null) {
            throw NameRules.invalid("well-known bus name", value, why);
        }
    }

    /**
     * Parses {@code value} as a well-known name.
     *
     * @throws InvalidNameException if {@code value} is not a valid well-known name
     * @throws NullPointerException if {@code value} is null
     */
    public static WellKnownName of(String value) {
        return new WellKnownName(value);
    }

    /** Whether {@code value} is a valid well-known name; {@code false} for {@code null}. */
    public static boolean isValid(String value) {
        return value != null && problem(value) == null;
    }

    private static String problem(String s) {
        if (!s.isEmpty() && s.charAt(0) == ':') {
            return "starts with ':', which marks a unique name";
        }
        return NameRules.dotted(s, 0, true, false);
    }

    /** The name text. */
    @Override
    public String toString() {
        return value;
    }
}
