package io.jdbus.cli.format;

/**
 * The two JSON layouts of {@code --json=}: one line per value, or indented with tabs as busctl does.
 *
 * {@snippet :
 * new JsonWriter(JsonStyle.SHORT).beginObject().name("type").string("s").endObject().toString();
 * // {"type":"s"}
 * new JsonWriter(JsonStyle.PRETTY).beginObject().name("type").string("s").endObject().toString();
 * // {
 * //     "type" : "s"        (indented with one tab)
 * // }
 * }
 */
public enum JsonStyle {
    /** {@code --json=short}: no whitespace, one line. */
    SHORT,
    /** {@code --json=pretty}: one tab per nesting level. */
    PRETTY
}
