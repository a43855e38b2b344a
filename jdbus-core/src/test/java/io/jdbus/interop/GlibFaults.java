package io.jdbus.interop;

import io.jdbus.types.ArrayType;
import io.jdbus.types.BasicType;
import io.jdbus.types.DictType;
import io.jdbus.types.StructType;
import io.jdbus.types.Type;
import io.jdbus.types.Variant;
import io.jdbus.types.VariantType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Faults of the reference (GLib's {@code GDBusMessage}) found by {@link GlibDifferentialTest}, each
 * with a predicate that recognises a body that triggers it, computed from the values alone (never
 * from jdbus's output), so that a known GLib fault is reported without failing the test.
 */
enum GlibFaults {
    /**
     * GLib 2.74 {@code parse_value_from_blob}: for an array whose elements are 8-aligned containers
     * (structs, dict entries) and whose length field is followed by 4 bytes of padding, the end of the
     * array is computed from the position <em>before</em> that padding, 4 bytes short. The loop stops
     * when the previous element ends at or after that false end, so a last element that follows its
     * predecessor within 4 bytes is dropped, and the values after it are read from the wrong place.
     * Found with {@code a(ay)} = {@code [[1,2,3,4],[]]} (reads back as one element) and
     * {@code a(ay)u} = {@code [[1,2,3,4],[]], 5} (the {@code u} reads back as 0). jeepney and jdbus
     * read these messages correctly.
     */
    SHORT_LAST_ELEMENT_OF_PADDED_ARRAY("GLib 2.74 drops a short last element of an array of 8-aligned "
            + "containers whose data starts after 4 bytes of padding, and misreads what follows");

    private final String description;

    GlibFaults(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }

    /** The known faults the body would trigger, with where in the body (empty when none). */
    static List<String> triggeredBy(List<Type> types, List<Object> values) {
        Walker w = new Walker();
        int pos = 0;
        for (int i = 0; i < types.size(); i++) {
            pos = w.walk(types.get(i), values.get(i), pos, "argument " + i);
        }
        return w.hits;
    }

    /** Follows the D-Bus marshalling of a body (which starts 8-aligned) to know every value's offset. */
    private static final class Walker {
        final List<String> hits = new ArrayList<>();

        int walk(Type type, Object value, int pos, String where) {
            return switch (type) {
                case BasicType b -> basic(b, value, align(pos, b.alignment()));
                case ArrayType a -> a.element() == BasicType.BYTE
                        ? align(pos, 4) + 4 + ((byte[]) value).length
                        : elements(a.signature(), a.element(), (List<?>) value, pos, where);
                case DictType d -> {
                    List<Object> entries = new ArrayList<>();
                    for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                        entries.add(List.of(e.getKey(), e.getValue()));
                    }
                    yield elements(d.signature(), new StructType(List.of(d.key(), d.value())), entries, pos, where);
                }
                case StructType s -> {
                    List<Object> fields = ((io.jdbus.types.Struct) value).fields();
                    int p = align(pos, 8);
                    for (int i = 0; i < fields.size(); i++) {
                        p = walk(s.fields().get(i), fields.get(i), p, where + " → field " + i);
                    }
                    yield p;
                }
                case VariantType v -> {
                    Variant variant = (Variant) value;
                    int p = pos + 1 + variant.type().signature().length() + 1;
                    yield walk(variant.type(), variant.value(), p, where + " → variant");
                }
            };
        }

        /** An array's elements; a dict's entries come as two-element lists typed as a struct. */
        private int elements(String array, Type element, List<?> elements, int pos, String where) {
            int lengthEnd = align(pos, 4) + 4;
            int p = align(lengthEnd, element.alignment());
            int padding = p - lengthEnd;
            int previousEnd = -1;
            for (int i = 0; i < elements.size(); i++) {
                Object e = elements.get(i);
                int start = align(p, element.alignment());
                if (element instanceof StructType s && e instanceof List<?> entry) {
                    int q = align(start, 8);
                    q = walk(s.fields().get(0), entry.get(0), q, where + " → key");
                    p = walk(s.fields().get(1), entry.get(1), q, where + " → value");
                } else {
                    p = walk(element, e, start, where + " → element [" + i + "]");
                }
                boolean last = i == elements.size() - 1;
                if (last && i > 0 && padding == 4 && element.alignment() == 8 && !(element instanceof BasicType)
                        && p - previousEnd <= padding) {
                    hits.add(SHORT_LAST_ELEMENT_OF_PADDED_ARRAY + " at " + where + " (element [" + i + "] of "
                            + array + ")");
                }
                previousEnd = p;
            }
            return p;
        }

        private static int basic(BasicType type, Object value, int pos) {
            return switch (type) {
                case BYTE -> pos + 1;
                case INT16, UINT16 -> pos + 2;
                case BOOLEAN, INT32, UINT32, UNIX_FD -> pos + 4;
                case INT64, UINT64, DOUBLE -> pos + 8;
                case STRING -> pos + 4 + ((String) value).getBytes(StandardCharsets.UTF_8).length + 1;
                case OBJECT_PATH, SIGNATURE -> pos + (type == BasicType.SIGNATURE ? 1 : 4)
                        + value.toString().getBytes(StandardCharsets.UTF_8).length + 1;
            };
        }

        private static int align(int pos, int alignment) {
            return (pos + alignment - 1) / alignment * alignment;
        }
    }
}
