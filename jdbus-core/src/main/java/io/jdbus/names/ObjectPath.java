package io.jdbus.names;

import java.util.Objects;

/**
 * A validated D-Bus object path, such as {@code /org/freedesktop/DBus}.
 *
 * <p>A path is {@code /} alone, or {@code /} followed by elements separated by {@code /}; each element is one
 * or more of {@code [A-Za-z0-9_]}; there is no trailing {@code /} and no empty element.
 *
 * {@snippet :
 * ObjectPath p = ObjectPath.of("/com/example/sample_object0");
 * ObjectPath.isValid("/com/example/");  // false: trailing '/'
 * }
 *
 * @param value the path text
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-protocol-marshaling-object-path">Valid Object Paths</a>
 */
public record ObjectPath(String value) implements Comparable<ObjectPath> {
    /** The root path {@code /}. */
    public static final ObjectPath ROOT = new ObjectPath("/");

    /** Validates {@code value}; throws {@link InvalidNameException} citing the rule broken. */
    public ObjectPath {
        Objects.requireNonNull(value, "object path");
        String why = problem(value);
        if (why != null) {
            throw new InvalidNameException("invalid object path \"" + value + "\": " + why);
        }
    }

    /** Parses {@code value} as an object path, or throws {@link InvalidNameException}. */
    public static ObjectPath of(String value) {
        return new ObjectPath(value);
    }

    /** Whether {@code value} is a valid object path. */
    public static boolean isValid(String value) {
        return value != null && problem(value) == null;
    }

    private static String problem(String s) {
        int n = s.length();
        if (n == 0) {
            return "empty";
        }
        if (s.charAt(0) != '/') {
            return "does not start with '/'";
        }
        if (n == 1) {
            return null;
        }
        if (s.charAt(n - 1) == '/') {
            return "ends with '/'";
        }
        for (int i = 1; i < n; i++) {
            char c = s.charAt(i);
            if (c == '/') {
                if (s.charAt(i - 1) == '/') {
                    return "empty element at index " + i;
                }
            } else if (!isElementChar(c)) {
                return "character '" + c + "' at index " + i + " is not in [A-Za-z0-9_]";
            }
        }
        return null;
    }

    static boolean isElementChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    /** Whether this is the root path {@code /}. */
    public boolean isRoot() {
        return value.length() == 1;
    }

    @Override
    public int compareTo(ObjectPath other) {
        return value.compareTo(other.value);
    }

    /** The path text. */
    @Override
    public String toString() {
        return value;
    }
}
