package io.jdbus.cli.introspect;

import io.jdbus.introspect.Access;
import io.jdbus.introspect.EmitsChangedSignal;
import io.jdbus.introspect.Interface;
import io.jdbus.introspect.Method;
import io.jdbus.introspect.Node;
import io.jdbus.introspect.Property;
import io.jdbus.introspect.Signal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * busctl's {@code introspect} table, from introspection data and property values: interfaces by name, each
 * followed by its methods, properties and signals, each kind by name; columns NAME, TYPE, SIGNATURE,
 * RESULT/VALUE and FLAGS, padded to the widest entry of the rows shown, values as busctl prints them.
 * As in busctl, a property's flags come from its own EmitsChangedSignal annotation (default: emits-change),
 * and an interface's annotation shows on the interface's row. Pure: the verb fetches, this formats.
 * {@snippet :
 * List<String> lines = MemberTable.lines(node, Map.of("com.example.X", Map.of("Bar", "0")), null);
 * // NAME  TYPE  SIGNATURE  RESULT/VALUE  FLAGS / com.example.X  interface - - - / .Bar  property  y  0  emits-change writable
 * }
 */
public final class MemberTable {
    private record Row(String iface, String kind, String name, String signature, String result, String flags) {
    }

    private MemberTable() {
    }

    /**
     * The table's lines (header first), for every interface of {@code node}, or only {@code onlyInterface}'s
     * members when it is not {@code null}; {@code values} holds the formatted property values by interface.
     */
    public static List<String> lines(Node node, Map<String, Map<String, String>> values, String onlyInterface) {
        List<Row> rows = new ArrayList<>();
        for (Interface i : node.interfaces().stream().sorted(Comparator.comparing(x -> x.name().value())).toList()) {
            String name = i.name().value();
            if (onlyInterface != null && !onlyInterface.equals(name)) {
                continue;
            }
            rows.add(new Row(name, "interface", name, "-", "-",
                    flags(i.isDeprecated(), false, i.emitsChangedSignal().orElse(EmitsChangedSignal.FALSE), false)));
            for (Method m : sorted(i.methods(), x -> x.name().value())) {
                rows.add(new Row(name, "method", "." + m.name().value(), dash(m.inSignature().toString()),
                        dash(m.outSignature().toString()), flags(m.isDeprecated(), m.noReply(), null, false)));
            }
            Map<String, String> v = values.getOrDefault(name, Map.of());
            for (Property p : sorted(i.properties(), x -> x.name().value())) {
                rows.add(new Row(name, "property", "." + p.name().value(), p.type().signature(),
                        v.getOrDefault(p.name().value(), "-"), flags(p.isDeprecated(), false,
                                p.emitsChangedSignal().orElse(EmitsChangedSignal.TRUE), p.access() != Access.READ)));
            }
            for (Signal s : sorted(i.signals(), x -> x.name().value())) {
                rows.add(new Row(name, "signal", "." + s.name().value(), dash(s.signature().toString()), "-",
                        flags(s.isDeprecated(), false, null, false)));
            }
        }
        int nameWidth = width("NAME", rows, Row::name);
        int typeWidth = width("TYPE", rows, Row::kind);
        int sigWidth = width("SIGNATURE", rows, Row::signature);
        int resultWidth = width("RESULT/VALUE", rows, Row::result);
        List<String> out = new ArrayList<>();
        out.add(pad("NAME", nameWidth) + " " + pad("TYPE", typeWidth) + " " + pad("SIGNATURE", sigWidth) + " "
                + pad("RESULT/VALUE", resultWidth) + " FLAGS");
        for (Row r : rows) {
            if (onlyInterface != null && r.kind().equals("interface")) {
                continue;   // busctl leaves the interface's own line out, but counts its width
            }
            out.add(pad(r.name(), nameWidth) + " " + pad(r.kind(), typeWidth) + " " + pad(r.signature(), sigWidth) + " "
                    + pad(r.result(), resultWidth) + r.flags());
        }
        return out;
    }

    /** busctl's flags column: each flag with a leading space, or " -" for none. */
    static String flags(boolean deprecated, boolean noReply, EmitsChangedSignal emits, boolean writable) {
        StringBuilder sb = new StringBuilder();
        if (deprecated) {
            sb.append(" deprecated");
        }
        if (noReply) {
            sb.append(" no-reply");
        }
        if (emits != null) {
            switch (emits) {
                case CONST -> sb.append(" const");
                case TRUE -> sb.append(" emits-change");
                case INVALIDATES -> sb.append(" emits-invalidation");
                case FALSE -> { }
            }
        }
        if (writable) {
            sb.append(" writable");
        }
        return sb.isEmpty() ? " -" : sb.toString();
    }

    private static <T> List<T> sorted(List<T> items, java.util.function.Function<T, String> key) {
        return items.stream().sorted(Comparator.comparing(key)).toList();
    }

    private static String dash(String s) {
        return s.isEmpty() ? "-" : s;
    }

    private static int width(String header, List<Row> rows, java.util.function.Function<Row, String> column) {
        int w = header.length();
        for (Row r : rows) {
            w = Math.max(w, column.apply(r).length());
        }
        return w;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
