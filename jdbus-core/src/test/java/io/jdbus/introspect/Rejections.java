package io.jdbus.introspect;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Assertions that a document is refused with a message that says why. */
final class Rejections {
    private Rejections() {
    }

    /** Parses {@code xml}, expecting an InvalidIntrospectionException whose message contains each fragment. */
    static InvalidIntrospectionException rejects(String xml, String... fragments) {
        var e = assertThrows(InvalidIntrospectionException.class, () -> IntrospectionParser.parse(xml));
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), () -> "expected \"" + f + "\" in: " + e.getMessage());
        }
        return e;
    }

    /** As {@link #rejects}, and the message names a line and column of the document. */
    static InvalidIntrospectionException rejectsAt(String xml, int line, String... fragments) {
        var e = rejects(xml, fragments);
        assertTrue(e.line() == line && e.column() > 0, () -> "expected line " + line + ": " + e.getMessage());
        assertTrue(e.getMessage().contains("at line " + line + ", column "), e.getMessage());
        return e;
    }

    /** {@code body} inside a root node and one interface named a.b, on line 2. */
    static String inInterface(String body) {
        return "<node><interface name=\"a.b\">\n" + body + "\n</interface></node>";
    }
}
