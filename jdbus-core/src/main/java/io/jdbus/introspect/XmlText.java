package io.jdbus.introspect;

/**
 * Text rules shared by the model, the parser and the writer: which strings XML 1.0 can carry, how an attribute
 * value is escaped, and how a value is quoted in an error message.
 *
 * {@snippet :
 * XmlText.escape("a<b & \"c\"\n");   // a&lt;b &amp; &quot;c&quot;&#10;
 * XmlText.problem("bell\u0007");     // U+0007 at index 4 cannot appear in XML 1.0
 * }
 */
final class XmlText {
    private static final int MAX_QUOTED = 80;

    private XmlText() {
    }

    /** Why {@code s} cannot be written as an XML 1.0 attribute value, or {@code null} when it can. */
    static String problem(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1));
            boolean ok = pair || c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800)
                    || (c >= 0xE000 && c < 0xFFFE);
            if (!ok) {
                return String.format("U+%04X at index %d cannot appear in XML 1.0", (int) c, i);
            }
            if (pair) {
                i++;
            }
        }
        return null;
    }

    /** Checks {@code s} with {@link #problem}; {@code what} names it in the message. */
    static String check(String what, String s) {
        String why = problem(s);
        if (why != null) {
            throw new InvalidIntrospectionException(what + " " + quote(s) + ": " + why);
        }
        return s;
    }

    /** {@code s} escaped for a double-quoted attribute value, with line breaks and tabs kept as character references. */
    static String escape(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\t' -> "&#9;";
                case '\n' -> "&#10;";
                case '\r' -> "&#13;";
                default -> null;
            };
            if (r != null && sb == null) {
                sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (sb != null) {
                if (r != null) {
                    sb.append(r);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** {@code s} in double quotes for an error message, shortened when long and with control characters escaped. */
    static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("\"");
        int n = Math.min(s.length(), MAX_QUOTED);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7F || (c >= 0xD800 && c < 0xE000)) {
                sb.append(String.format("\\u%04X", (int) c));
            } else if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else {
                sb.append(c);
            }
        }
        sb.append('"');
        if (s.length() > n) {
            sb.append("... (").append(s.length()).append(" characters)");
        }
        return sb.toString();
    }
}
