package io.jdbus.names;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated D-Bus object path, such as {@code /org/freedesktop/DBus}.
 *
 * <p>A path is {@code /} alone, or {@code /} followed by elements separated by {@code /}; each element is one
 * or more of {@code [A-Za-z0-9_]}; there is no trailing {@code /} and no empty element. The specification sets
 * no length limit of its own on paths (only the message's).
 *
 * {@snippet :
 * ObjectPath p = ObjectPath.of("/com/example/sample_object0");
 * ObjectPath.isValid("/com/example/");                        // false: trailing '/'
 * p.child("child_of_sample_object");                           // /com/example/sample_object0/child_of_sample_object
 * p.parent();                                                  // Optional[/com/example]
 * p.startsWith(ObjectPath.of("/com/example"));                 // true, as path_namespace='/com/example' matches
 * p.startsWith(ObjectPath.of("/com/exam"));                    // false: whole elements only
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
            throw NameRules.invalid("object path", value, why);
        }
    }

    /**
     * Parses {@code value} as an object path.
     *
     * @throws InvalidNameException if {@code value} is not a valid object path
     * @throws NullPointerException if {@code value} is null
     */
    public static ObjectPath of(String value) {
        return new ObjectPath(value);
    }

    /** Whether {@code value} is a valid object path; {@code false} for {@code null}. */
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
                    return "empty element at index " + i + " (\"//\")";
                }
            } else if (!NameRules.isElementChar(c)) {
                return NameRules.character(c, i) + " is not in [A-Za-z0-9_]";
            }
        }
        return null;
    }

    /** Whether this is the root path {@code /}. */
    public boolean isRoot() {
        return value.length() == 1;
    }

    /** The path one element up ({@code /a/b} → {@code /a}, {@code /a} → {@code /}); empty for the root. */
    public Optional<ObjectPath> parent() {
        if (isRoot()) {
            return Optional.empty();
        }
        int slash = value.lastIndexOf('/');
        return Optional.of(slash == 0 ? ROOT : new ObjectPath(value.substring(0, slash)));
    }

    /**
     * The path one element down: {@code /a} with {@code b} is {@code /a/b}, the root with {@code b} is {@code /b}.
     *
     * @param element one element: one or more of {@code [A-Za-z0-9_]}, no {@code /}
     * @throws InvalidNameException if {@code element} is not a single valid element
     */
    public ObjectPath child(String element) {
        Objects.requireNonNull(element, "element");
        if (element.isEmpty()) {
            throw NameRules.invalid("object path element", element, "empty");
        }
        for (int i = 0; i < element.length(); i++) {
            char c = element.charAt(i);
            if (!NameRules.isElementChar(c)) {
                throw NameRules.invalid("object path element", element,
                        NameRules.character(c, i) + " is not in [A-Za-z0-9_]");
            }
        }
        return new ObjectPath(isRoot() ? "/" + element : value + "/" + element);
    }

    /**
     * Whether this path is {@code namespace} or lies below it, comparing whole elements: the
     * {@code path_namespace} rule of match rules. Every path starts with the root; {@code /a/bc} does not
     * start with {@code /a/b}.
     *
     * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-bus-routing-match-rules">Match Rules</a>
     */
    public boolean startsWith(ObjectPath namespace) {
        String ns = namespace.value;
        if (namespace.isRoot()) {
            return true;
        }
        return value.startsWith(ns) && (value.length() == ns.length() || value.charAt(ns.length()) == '/');
    }

    /** The elements, outermost first: {@code /a/b} → {@code [a, b]}; none for the root. */
    public List<String> elements() {
        return isRoot() ? List.of() : List.of(value.substring(1).split("/"));
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
