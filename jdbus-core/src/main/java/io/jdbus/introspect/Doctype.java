package io.jdbus.introspect;

import java.util.Set;

/**
 * The check of a document's {@code <!DOCTYPE>} before it reaches the XML parser: a DOCTYPE is accepted (and then
 * ignored, never fetched) when it names no external DTD or the D-Bus introspection DTD; any other system
 * identifier is refused, since a peer that points at another DTD is either broken or probing.
 *
 * <p>The parser runs with DTD support off, so it neither reads an internal subset's declarations nor fetches
 * anything; entities declared there are undefined, and a reference to one fails the parse.
 * {@snippet :
 * Doctype.check("<!DOCTYPE node PUBLIC \"-//freedesktop//DTD D-BUS Object Introspection 1.0//EN\"\n"
 *         + "\"http://www.freedesktop.org/standards/dbus/1.0/introspect.dtd\"><node/>");   // accepted
 * Doctype.check("<!DOCTYPE node SYSTEM \"http://evil.example/x.dtd\"><node/>");          // throws
 * }
 */
final class Doctype {
    /** The system identifiers of the introspection DTD that services emit (libdbus, GDBus, sd-bus, Qt). */
    static final Set<String> STANDARD_SYSTEM_IDS = Set.of(
            "http://www.freedesktop.org/standards/dbus/1.0/introspect.dtd",
            "https://www.freedesktop.org/standards/dbus/1.0/introspect.dtd");

    private final String text;
    private int i;

    private Doctype(String text) {
        this.text = text;
    }

    /**
     * Throws {@link InvalidIntrospectionException} if the prolog of {@code xml} has a DOCTYPE whose system
     * identifier is not the introspection DTD's. Anything malformed is left for the XML parser to report.
     */
    static void check(String xml) {
        new Doctype(xml).scan();
    }

    private void scan() {
        while (true) {
            skipSpace();
            if (text.startsWith("<?", i)) {
                i = after("?>");
            } else if (text.startsWith("<!--", i)) {
                i = after("-->");
            } else {
                break;
            }
            if (i < 0) {
                return;
            }
        }
        if (!text.startsWith("<!DOCTYPE", i)) {
            return;
        }
        int start = i;
        i += "<!DOCTYPE".length();
        skipSpace();
        while (i < text.length() && !isSpace(text.charAt(i)) && text.charAt(i) != '>' && text.charAt(i) != '[') {
            i++;
        }
        skipSpace();
        String systemId = null;
        if (text.startsWith("PUBLIC", i)) {
            i += "PUBLIC".length();
            skipSpace();
            if (quoted() == null) {
                return;
            }
            skipSpace();
            systemId = quoted();
        } else if (text.startsWith("SYSTEM", i)) {
            i += "SYSTEM".length();
            skipSpace();
            systemId = quoted();
        }
        if (systemId != null && !STANDARD_SYSTEM_IDS.contains(systemId)) {
            int[] lc = lineColumn(start);
            throw InvalidIntrospectionException.at(lc[0], lc[1], "the DOCTYPE refers to the external DTD "
                    + XmlText.quote(systemId) + ", not to the D-Bus introspection DTD "
                    + "\"http://www.freedesktop.org/standards/dbus/1.0/introspect.dtd\"; DTDs are never fetched", null);
        }
    }

    private String quoted() {
        if (i >= text.length() || (text.charAt(i) != '"' && text.charAt(i) != '\'')) {
            return null;
        }
        int end = text.indexOf(text.charAt(i), i + 1);
        if (end < 0) {
            return null;
        }
        String s = text.substring(i + 1, end);
        i = end + 1;
        return s;
    }

    private int after(String marker) {
        int at = text.indexOf(marker, i);
        return at < 0 ? -1 : at + marker.length();
    }

    private void skipSpace() {
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** The 1-based line and column of {@code offset} in the text. */
    private int[] lineColumn(int offset) {
        int line = 1;
        int lineStart = 0;
        for (int k = 0; k < offset; k++) {
            if (text.charAt(k) == '\n') {
                line++;
                lineStart = k + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }
}
