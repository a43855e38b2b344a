package io.jdbus.cli.format;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A streaming JSON writer producing exactly the text systemd's JSON printer produces, so that
 * {@code jdbus --json=...} output compares byte for byte with busctl's.
 *
 * <p>Short: no whitespace at all. Pretty: one tab per level, {@code " : "} after a key, empty
 * containers as {@code []} and {@code {}}. Strings escape {@code "}, {@code \}, {@code \b \f \n \r \t}
 * and other control characters as {@code \}{@code u00XX}; everything else is written as is.
 *
 * {@snippet :
 * var w = new JsonWriter(JsonStyle.SHORT);
 * w.beginObject().name("type").string("as").name("data").beginArray().endArray().endObject();
 * w.toString();   // {"type":"as","data":[]}
 * }
 */
public final class JsonWriter {
    private final StringBuilder out = new StringBuilder();
    private final boolean pretty;
    private final Deque<int[]> counts = new ArrayDeque<>();
    private boolean afterName;

    /** A writer in the given style. */
    public JsonWriter(JsonStyle style) {
        this.pretty = style == JsonStyle.PRETTY;
    }

    /** Opens an object. */
    public JsonWriter beginObject() {
        return open('{');
    }

    /** Closes the innermost object. */
    public JsonWriter endObject() {
        return close('}');
    }

    /** Opens an array. */
    public JsonWriter beginArray() {
        return open('[');
    }

    /** Closes the innermost array. */
    public JsonWriter endArray() {
        return close(']');
    }

    /** Writes a member name inside an object; the next value is its value. */
    public JsonWriter name(String name) {
        separate();
        quote(name);
        out.append(pretty ? " : " : ":");
        afterName = true;
        return this;
    }

    /** Writes a string value. */
    public JsonWriter string(String value) {
        separate();
        quote(value);
        return this;
    }

    /** Writes a number given as its JSON text (already formatted). */
    public JsonWriter number(String text) {
        separate();
        out.append(text);
        return this;
    }

    /** Writes {@code true} or {@code false}. */
    public JsonWriter bool(boolean value) {
        return number(value ? "true" : "false");
    }

    /** Writes {@code null}. */
    public JsonWriter nullValue() {
        return number("null");
    }

    /** The text written so far. */
    @Override
    public String toString() {
        return out.toString();
    }

    private JsonWriter open(char c) {
        separate();
        out.append(c);
        counts.push(new int[] {0});
        return this;
    }

    private JsonWriter close(char c) {
        int[] count = counts.pop();
        if (pretty && count[0] > 0) {
            newline(counts.size());
        }
        out.append(c);
        return this;
    }

    /** Writes what must come before a value or a name: a comma, and in pretty style a line break. */
    private void separate() {
        if (afterName) {
            afterName = false;
            return;
        }
        int[] count = counts.peek();
        if (count == null) {
            return;
        }
        if (count[0]++ > 0) {
            out.append(',');
        }
        if (pretty) {
            newline(counts.size());
        }
    }

    private void newline(int depth) {
        out.append('\n').append("\t".repeat(depth));
    }

    private void quote(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
