package io.jdbus.address;

/** Quoting for exception messages: hostile or huge address text cannot forge log lines or flood them. */
final class AddressText {
    /** How much of an over-long text a message quotes. */
    private static final int MAX_QUOTED = 200;

    private AddressText() {}

    /**
     * Quotes {@code text}: quotes and backslashes escaped with a backslash, control characters and lone
     * surrogates as Java unicode escapes, and text longer than {@value #MAX_QUOTED} characters cut short,
     * followed by its length.
     */
    static String quote(String text) {
        int n = Math.min(text.length(), MAX_QUOTED);
        if (n < text.length() && n > 0 && Character.isHighSurrogate(text.charAt(n - 1))) {
            n--;
        }
        StringBuilder out = new StringBuilder(n + 24).append('"');
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

    /** Describes the character at index {@code i} ("character ':'"), with its code point when it is not printable ASCII. */
    static String character(String s, int i) {
        char c = s.charAt(i);
        if (c > 0x20 && c < 0x7f) {
            return "character '" + c + "'";
        }
        int cp = s.codePointAt(i);
        String code = String.format("U+%04X", cp);
        return "character " + (cp >= 0x80 && !Character.isISOControl(cp)
                && !(cp <= 0xffff && Character.isSurrogate((char) cp))
                ? "'" + Character.toString(cp) + "' (" + code + ")"
                : code);
    }

    /**
     * Checks a decoded value: non-empty, no U+0000 (no transport can carry it: socket paths, host names and
     * file names are C strings), no unpaired surrogate (it has no UTF-8 form). Answers the rule broken, or
     * {@code null}.
     */
    static String valueProblem(String value) {
        if (value.isEmpty()) {
            return "is empty";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0) {
                return "contains U+0000 at index " + i;
            }
            if (Character.isSurrogate(c) && !pairedAt(value, i)) {
                return "contains an unpaired surrogate U+" + String.format("%04X", (int) c) + " at index " + i;
            }
        }
        return null;
    }

    private static boolean pairedAt(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c)
                ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
