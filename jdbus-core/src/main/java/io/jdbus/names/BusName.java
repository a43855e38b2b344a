package io.jdbus.names;

import java.util.Objects;

/**
 * A validated D-Bus bus name: a {@link UniqueName} such as {@code :1.42}, which the bus assigns to each
 * connection, or a {@link WellKnownName} such as {@code com.example.name}, which a connection requests.
 *
 * <p>A bus name is at most 255 bytes long and has two or more elements separated by {@code '.'}; each element
 * is one or more of {@code [A-Za-z0-9_-]}. A leading {@code ':'} makes it unique; only the elements of a unique
 * name may start with a digit.
 *
 * {@snippet :
 * BusName name = BusName.of(args[0]);
 * String what = switch (name) {
 *     case UniqueName u -> "connection " + u;
 *     case WellKnownName w -> "service " + w;
 * };
 * BusName.isValid("org.freedesktop.DBus");  // true
 * BusName.isValid(":1.42");                 // true
 * BusName.isValid("com.example.7zip");      // false: an element of a well-known name starts with a digit
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-protocol-names-bus">Bus names</a>
 */
public sealed interface BusName permits UniqueName, WellKnownName {
    /** The name text. */
    String value();

    /**
     * Parses {@code value} as a unique name if it starts with {@code ':'}, else as a well-known name.
     *
     * @throws InvalidNameException if {@code value} is not a valid bus name
     * @throws NullPointerException if {@code value} is null
     */
    static BusName of(String value) {
        Objects.requireNonNull(value, "bus name");
        return value.startsWith(":") ? UniqueName.of(value) : WellKnownName.of(value);
    }

    /** Whether {@code value} is a valid bus name, unique or well-known; {@code false} for {@code null}. */
    static boolean isValid(String value) {
        return UniqueName.isValid(value) || WellKnownName.isValid(value);
    }
}
