package io.jdbus.match;

/**
 * The text side of match rules: the canonical quoting of values, byte counting for the length limit, and the
 * quoting of rule text inside exception messages.
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-bus-routing-match-rules">Match Rules</a>
 */
final class RuleText {
    /** How much of a long rule an exception message quotes. */
    private static final int MAX_QUOTED = 200;

    private RuleText() {}

    /**
     * A value in the canonical text form: each run of characters other than {@code '} in single quotes, each
     * {@code '} as {@code \'} outside them; the empty value as {@code ''}. Inside quotes a backslash and a comma
     * stand for themselves, so nothing else needs escaping.
     * {@snippet :
     * quoteValue("signal");   // 'signal'
     * quoteValue("it's");     // 'it'\''s'
     * quoteValue("'");        // \'
     * }
     */
    static String quoteValue(String value) {
        if (value.isEmpty()) {
            return "''";
        }
        StringBuilder out = new StringBuilder(value.length() + 2);
        int run = 0;
        for (int i = 0; i <= value.length(); i++) {
            if (i == value.length() || value.charAt(i) == '\'') {
                if (i > run) {
                    out.append('\'').append(value, run, i).append('\'');
                }
                if (i < value.length()) {
                    out.append("\\'");
                }
                run = i + 1;
            }
        }
        return out.toString();
    }

    /**
     * Why no D-Bus string can hold {@code s}, or {@code null}: U+0000, or a surrogate without its pair (which has
     * no UTF-8 form).
     */
    static String unencodable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0) {
                return "U+0000 at index " + i + ", which no D-Bus string holds";
            }
            if (Character.isSurrogate(c) && !pairedAt(s, i)) {
                return String.format("an unpaired surrogate U+%04X at index %d, which has no UTF-8 form", (int) c, i);
            }
        }
        return null;
    }

    /** The length of {@code s} in UTF-8 bytes, a lone surrogate counted as three, without encoding it. */
    static int utf8Length(CharSequence s) {
        int bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /**
     * Quotes {@code text} for an exception message: {@code "} and {@code \} escaped, control characters and lone
     * surrogates as {@code \}{@code uXXXX} (so that a peer's rule cannot forge log lines), and text longer than
     * {@value #MAX_QUOTED} characters cut short, followed by its length.
     */
    static String quote(String text) {
        int n = Math.min(text.length(), MAX_QUOTED);
        if (n < text.length() && n > 0 && Character.isHighSurrogate(text.charAt(n - 1))) {
            n--;
        }
        StringBuilder out = new StringBuilder(n + 16).append('"');
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (Character.isISOControl(c) || (Character.isSurrogate(c) && !pairedAt(text, i))) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
        if (text.length() > n) {
            out.append("... (").append(text.length()).append(" characters)");
        }
        return out.toString();
    }

    /** Describes the character at index {@code i}, with its code point when it is not printable ASCII. */
    static String character(char c, int i) {
        String shown = c > 0x20 && c < 0x7f ? "'" + c + "'" : String.format("U+%04X", (int) c);
        return "character " + shown + " at index " + i;
    }

    private static boolean pairedAt(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c)
                ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
