package io.jdbus.cli.list;

import io.jdbus.cli.format.JsonStyle;
import io.jdbus.cli.format.JsonWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The table {@code busctl list} prints, as text or JSON: columns {@code NAME PID PROCESS USER CONNECTION
 * UNIT SESSION DESCRIPTION}, each as wide as its widest cell, one space between them, PID aligned right,
 * unknown cells {@code -}, the last column not padded. JSON is an array of objects with the column names
 * in lower case, unknown values {@code null}.
 *
 * {@snippet :
 * NameTable.text(List.of(new NameRow(":1.4", 99L, "java", "root", ":1.4", null, null, null)), true);
 * // NAME PID PROCESS USER CONNECTION UNIT SESSION DESCRIPTION
 * // :1.4  99 java    root :1.4       -    -       -
 * }
 */
public final class NameTable {
    private static final List<String> HEADER =
            List.of("NAME", "PID", "PROCESS", "USER", "CONNECTION", "UNIT", "SESSION", "DESCRIPTION");
    private static final int PID = 1;

    private NameTable() {
    }

    /** The table as text, each line ending in a newline; {@code legend} adds the header line. */
    public static String text(List<NameRow> rows, boolean legend) {
        List<List<String>> lines = new ArrayList<>();
        if (legend) {
            lines.add(HEADER);
        }
        for (NameRow r : rows) {
            lines.add(cells(r));
        }
        int[] widths = new int[HEADER.size()];
        for (List<String> line : lines) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], line.get(c).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (List<String> line : lines) {
            for (int c = 0; c < widths.length; c++) {
                String cell = line.get(c);
                String pad = " ".repeat(widths[c] - cell.length());
                if (c > 0) {
                    sb.append(' ');
                }
                if (c == PID) {
                    sb.append(pad).append(cell);
                } else if (c == widths.length - 1) {
                    sb.append(cell);
                } else {
                    sb.append(cell).append(pad);
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** The table as busctl's JSON array, without a trailing newline. */
    public static String json(List<NameRow> rows, JsonStyle style) {
        JsonWriter w = new JsonWriter(style);
        w.beginArray();
        for (NameRow r : rows) {
            w.beginObject();
            string(w.name("name"), r.name());
            if (r.pid() == null) {
                w.name("pid").nullValue();
            } else {
                w.name("pid").number(Long.toString(r.pid()));
            }
            string(w.name("process"), r.process());
            string(w.name("user"), r.user());
            string(w.name("connection"), r.connection());
            string(w.name("unit"), r.unit());
            string(w.name("session"), r.session());
            string(w.name("description"), r.description());
            w.endObject();
        }
        w.endArray();
        return w.toString();
    }

    private static void string(JsonWriter w, String value) {
        if (value == null) {
            w.nullValue();
        } else {
            w.string(value);
        }
    }

    private static List<String> cells(NameRow r) {
        return List.of(r.name(), r.pid() == null ? "-" : Long.toString(r.pid()), orDash(r.process()),
                orDash(r.user()), orDash(r.connection()), orDash(r.unit()), orDash(r.session()),
                orDash(r.description()));
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }
}
