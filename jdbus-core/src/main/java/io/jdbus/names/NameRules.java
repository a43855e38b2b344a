package io.jdbus.names;

/**
 * The rules the name types share, each answering with the broken rule in words, or {@code null} when the
 * text is valid; and the wording of {@link InvalidNameException} messages.
 *
 * <p>Every valid name is ASCII, so its length in characters is its length in bytes: a name longer than
 * {@value #MAX_LENGTH} characters is rejected before any character is looked at.
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-protocol-names">Valid Names</a>
 */
final class NameRules {
    /** The longest bus, interface, member or error name, in bytes. */
    static final int MAX_LENGTH = 255;

    /** How much of an over-long value an exception message quotes. */
    private static final int MAX_QUOTED = 300;

    private NameRules() {}

    /**
     * Checks a name made of elements separated by {@code '.'}, from index {@code start} (1 past the
     * {@code ':'} of a unique name, else 0): at least two non-empty elements of {@code [A-Za-z0-9_]}, plus
     * {@code '-'} when {@code hyphen} is set, the first character of an element a digit only when
     * {@code digitFirst} is set.
     */
    static String dotted(String s, int start, boolean hyphen, boolean digitFirst) {
        String lengthProblem = length(s);
        if (lengthProblem != null) {
            return lengthProblem;
        }
        int n = s.length();
        if (n == start) {
            return start == 0 ? "empty" : "no elements after '" + s.charAt(0) + "'";
        }
        int elements = 1;
        int elementStart = start;
        for (int i = start; i < n; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                if (i == elementStart) {
                    return i == 0 ? "starts with '.'"
                            : i == start ? "'.' right after '" + s.charAt(0) + "'"
                            : "empty element at index " + i + " (\"..\")";
                }
                elements++;
                elementStart = i + 1;
            } else if (!isElementChar(c) && !(hyphen && c == '-')) {
                return character(c, i) + " is not in " + (hyphen ? "[A-Za-z0-9_-]" : "[A-Za-z0-9_]");
            } else if (i == elementStart && !digitFirst && isDigit(c)) {
                return "element \"" + element(s, i) + "\" at index " + i + " starts with a digit";
            }
        }
        if (elementStart == n) {
            return "ends with '.'";
        }
        if (elements < 2) {
            return "has one element, at least two separated by '.' are required";
        }
        return null;
    }

    /** Checks a member name: 1 to 255 characters of {@code [A-Za-z0-9_]}, not starting with a digit. */
    static String member(String s) {
        String lengthProblem = length(s);
        if (lengthProblem != null) {
            return lengthProblem;
        }
        if (s.isEmpty()) {
            return "empty";
        }
        if (isDigit(s.charAt(0))) {
            return "starts with a digit";
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                return "contains '.' at index " + i + "; a member name is a single element";
            }
            if (!isElementChar(c)) {
                return character(c, i) + " is not in [A-Za-z0-9_]";
            }
        }
        return null;
    }

    /** Whether {@code c} may appear in an element of any name or object path: {@code [A-Za-z0-9_]}. */
    static boolean isElementChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_';
    }

    /** Builds the exception for {@code value}, a {@code kind} of name, which broke the rule {@code why}. */
    static InvalidNameException invalid(String kind, String value, String why) {
        return new InvalidNameException("invalid " + kind + " " + quote(value) + ": " + why);
    }

    /** Describes the character at index {@code i}, with its code point when it is not printable ASCII. */
    static String character(char c, int i) {
        String shown = c > 0x20 && c < 0x7f ? "'" + c + "'" : String.format("U+%04X", (int) c);
        if (c >= 0x80 && !Character.isSurrogate(c) && !Character.isISOControl(c)) {
            shown = "'" + c + "' (" + shown + ")";
        }
        return "character " + shown + " at index " + i;
    }

    /**
     * Quotes {@code value} for a message: quotes and backslashes escaped with a backslash, control characters
     * and lone surrogates as Java unicode escapes (so that a hostile name cannot forge log lines), and a value
     * longer than {@value #MAX_QUOTED} characters cut short, followed by its length.
     */
    static String quote(String value) {
        int n = Math.min(value.length(), MAX_QUOTED);
        if (n < value.length() && Character.isHighSurrogate(value.charAt(n - 1))) {
            n--;
        }
        StringBuilder out = new StringBuilder(n + 16).append('"');
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (Character.isISOControl(c) || (Character.isSurrogate(c) && !pairedAt(value, i))) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
        if (value.length() > n) {
            out.append("... (").append(value.length()).append(" characters)");
        }
        return out.toString();
    }

    private static String length(String s) {
        return s.length() > MAX_LENGTH
                ? "longer than " + MAX_LENGTH + " bytes (" + s.length() + " characters)"
                : null;
    }

    private static boolean pairedAt(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c)
                ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    private static String element(String s, int from) {
        int end = s.indexOf('.', from);
        return s.substring(from, end < 0 ? s.length() : end);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
