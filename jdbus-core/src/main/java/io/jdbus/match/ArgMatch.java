package io.jdbus.match;

import io.jdbus.names.BusName;
import io.jdbus.names.ObjectPath;
import java.util.Objects;

/**
 * One condition of a match rule on one body argument: {@code argN} (string equality), {@code argNpath} (path-like
 * prefix matching) or {@code arg0namespace} (bus or interface name namespace).
 *
 * <p>A rule has at most one condition per argument index, as in dbus-daemon: {@code arg0='a',arg0path='/a/'} is
 * rejected.
 *
 * {@snippet :
 * ArgMatch.string(1, "org.example.Name").matches("org.example.Name");   // true
 * ArgMatch.path(0, "/aa/bb/").matches(ObjectPath.of("/aa/bb/cc"));       // true: the rule's value ends with '/'
 * ArgMatch.path(0, "/aa/bb/").matches("/aa/bb");                        // false
 * ArgMatch.namespace("com.example.backend1").matches("com.example.backend1.foo");  // true
 * ArgMatch.namespace("com.example.backend1").matches("com.example.backend10");     // false
 * }
 *
 * @param index the argument's index in the body, 0 to {@value #MAX_INDEX}
 * @param kind how the argument is compared
 * @param value the rule's value: any string a D-Bus STRING can hold (no U+0000, no unpaired surrogate); for {@link Kind#NAMESPACE} a bus name or a prefix of one
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-bus-routing-match-rules">Match Rules</a>
 */
public record ArgMatch(int index, Kind kind, String value) {
    /** The highest argument index a rule may name (dbus-daemon's {@code DBUS_MAXIMUM_MATCH_RULE_ARG_NUMBER}). */
    public static final int MAX_INDEX = 63;

    /** How an argument is compared with the rule's value. */
    public enum Kind {
        /** {@code argN}: the argument is a STRING equal to the value. */
        STRING(""),
        /**
         * {@code argNpath}: the argument is a STRING or OBJECT_PATH, equal to the value, or one of the two ends with
         * {@code '/'} and is a prefix of the other.
         */
        PATH("path"),
        /** {@code arg0namespace}: the argument is a STRING equal to the value or starting with the value and {@code '.'}. */
        NAMESPACE("namespace");

        private final String suffix;

        Kind(String suffix) {
            this.suffix = suffix;
        }

        /** What follows the index in the key: {@code ""}, {@code "path"} or {@code "namespace"}. */
        public String suffix() {
            return suffix;
        }
    }

    /** Validates the condition; throws {@link InvalidMatchRuleException} naming the key and the rule broken. */
    public ArgMatch {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        if (index < 0 || index > MAX_INDEX) {
            throw InvalidMatchRuleException.of(null, "key arg" + index + kind.suffix + ": argument number " + index
                    + " is outside 0.." + MAX_INDEX, null);
        }
        if (kind == Kind.NAMESPACE && index != 0) {
            throw InvalidMatchRuleException.of(null, "key arg" + index + "namespace: "
                    + "a namespace match exists for argument 0 only (arg0namespace)", null);
        }
        String unencodable = RuleText.unencodable(value);
        if (unencodable != null) {
            throw InvalidMatchRuleException.of(null, "value of arg" + index + kind.suffix + " "
                    + RuleText.quote(value) + " has " + unencodable, null);
        }
        if (kind == Kind.NAMESPACE) {
            String why = namespaceProblem(value);
            if (why != null) {
                throw InvalidMatchRuleException.of(null, "value of arg0namespace " + RuleText.quote(value)
                        + " is not a bus name or a prefix of one: " + why, null);
            }
        }
    }

    /** {@code argN='value'}: argument {@code index} is a STRING equal to {@code value}. */
    public static ArgMatch string(int index, String value) {
        return new ArgMatch(index, Kind.STRING, value);
    }

    /** {@code argNpath='value'}: argument {@code index} is a STRING or OBJECT_PATH that path-matches {@code value}. */
    public static ArgMatch path(int index, String value) {
        return new ArgMatch(index, Kind.PATH, value);
    }

    /** {@code arg0namespace='namespace'}: argument 0 is a STRING in the bus-name namespace {@code namespace}. */
    public static ArgMatch namespace(String namespace) {
        return new ArgMatch(0, Kind.NAMESPACE, namespace);
    }

    /** The key of this condition in the text form: {@code arg3}, {@code arg0path}, {@code arg0namespace}. */
    public String key() {
        return "arg" + index + kind.suffix;
    }

    /**
     * Whether {@code argument}, a decoded body value (a {@code String} for STRING, an {@link ObjectPath} for
     * OBJECT_PATH, anything else for other types), satisfies this condition. Any other type never matches.
     */
    public boolean matches(Object argument) {
        return switch (kind) {
            case STRING -> argument instanceof String s && s.equals(value);
            case PATH -> argument instanceof String s ? pathMatches(value, s)
                    : argument instanceof ObjectPath p && pathMatches(value, p.value());
            case NAMESPACE -> argument instanceof String s && s.startsWith(value)
                    && (s.length() == value.length() || s.charAt(value.length()) == '.');
        };
    }

    /**
     * The {@code argNpath} comparison: equal, or the shorter of the two ends with {@code '/'} and is a prefix of the
     * longer. {@code '/aa/bb/'} matches {@code /}, {@code /aa/}, {@code /aa/bb/cc}, but not {@code /aa/bb}.
     */
    static boolean pathMatches(String rule, String argument) {
        String shorter = rule.length() <= argument.length() ? rule : argument;
        String longer = shorter == rule ? argument : rule;
        if (shorter.length() == longer.length()) {
            return shorter.equals(longer);
        }
        return !shorter.isEmpty() && shorter.charAt(shorter.length() - 1) == '/' && longer.startsWith(shorter);
    }

    /**
     * Why {@code s} is no valid {@code arg0namespace}, or {@code null}: a valid bus name, or (as libdbus's
     * {@code _dbus_validate_bus_namespace}) a well-known name of a single element.
     */
    static String namespaceProblem(String s) {
        if (BusName.isValid(s)) {
            return null;
        }
        if (s.isEmpty()) {
            return "empty";
        }
        if (s.length() > 255) {
            return "longer than 255 bytes (" + s.length() + " characters)";
        }
        if (s.indexOf('.') >= 0 || s.charAt(0) == ':') {
            try {
                BusName.of(s);
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        }
        char first = s.charAt(0);
        if (first >= '0' && first <= '9') {
            return "starts with a digit";
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
                    || c == '-';
            if (!ok) {
                return RuleText.character(c, i) + " is not in [A-Za-z0-9_-]";
            }
        }
        return null;
    }

    /** The condition in the text form: {@code arg0path='/aa/bb/'}. */
    @Override
    public String toString() {
        return key() + "=" + RuleText.quoteValue(value);
    }
}
