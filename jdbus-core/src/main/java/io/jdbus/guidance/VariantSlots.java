package io.jdbus.guidance;

import io.jdbus.types.ArrayType;
import io.jdbus.types.BasicType;
import io.jdbus.types.DictType;
import io.jdbus.types.InvalidValueException;
import io.jdbus.types.StructType;
import io.jdbus.types.Type;
import io.jdbus.types.Values;
import io.jdbus.types.Variant;
import io.jdbus.types.VariantType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code v} positions of a type, numbered left to right (a {@code v} inside an array counts once for
 * all its elements), and the walk that wraps the values at those positions in variants of chosen types.
 */
final class VariantSlots {
    private VariantSlots() {
    }

    /** How many {@code v} positions {@code type} has. */
    static int count(Type type) {
        return switch (type) {
            case BasicType b -> 0;
            case VariantType v -> 1;
            case ArrayType a -> count(a.element());
            case DictType d -> count(d.value());
            case StructType s -> s.fields().stream().mapToInt(VariantSlots::count).sum();
        };
    }

    /**
     * {@code value} with each plain value at a {@code v} position wrapped: in a variant of {@code chosen[slot]},
     * or of the inferred type where that is {@code null}. Other parts are left for the type table to convert.
     */
    static Object apply(Type type, Object value, Type[] chosen, int base) {
        if (value == null) {
            throw new InvalidValueException("null does not fit signature " + type.signature());
        }
        return switch (type) {
            case BasicType b -> value;
            case VariantType v -> {
                if (value instanceof Variant given) {
                    yield given;
                }
                Type t = chosen[base];
                yield t == null ? Variant.infer(value) : Variant.of(t, Values.coerce(t, value));
            }
            case ArrayType a -> {
                if (count(a.element()) == 0 || value instanceof byte[]) {
                    yield value;
                }
                List<?> items = items(type, value);
                List<Object> out = new ArrayList<>(items.size());
                for (int i = 0; i < items.size(); i++) {
                    try {
                        out.add(apply(a.element(), items.get(i), chosen, base));
                    } catch (InvalidValueException e) {
                        throw e.within("element [" + i + "]");
                    }
                }
                yield out;
            }
            case DictType d -> {
                if (count(d.value()) == 0 || !(value instanceof Map<?, ?> map)) {
                    yield value;
                }
                Map<Object, Object> out = new LinkedHashMap<>();
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    try {
                        out.put(e.getKey(), apply(d.value(), e.getValue(), chosen, base));
                    } catch (InvalidValueException ex) {
                        throw ex.within("value for key " + quote(e.getKey()));
                    }
                }
                yield out;
            }
            case StructType s -> {
                List<?> fields = fields(value);
                if (fields == null || fields.size() != s.fields().size()) {
                    yield value;   // the type table reports the mismatch
                }
                List<Object> out = new ArrayList<>(fields.size());
                int slot = base;
                for (int i = 0; i < fields.size(); i++) {
                    Type f = s.fields().get(i);
                    try {
                        out.add(apply(f, fields.get(i), chosen, slot));
                    } catch (InvalidValueException e) {
                        throw e.within("field " + i);
                    }
                    slot += count(f);
                }
                yield out;
            }
        };
    }

    private static List<?> items(Type type, Object value) {
        if (value instanceof List<?> l) {
            return l;
        }
        if (value instanceof Object[] a) {
            return Arrays.asList(a);
        }
        throw new InvalidValueException(value.getClass().getSimpleName() + " does not fit signature " + type.signature());
    }

    private static List<?> fields(Object value) {
        return switch (value) {
            case io.jdbus.types.Struct st -> st.fields();
            case List<?> l -> l;
            case Object[] a -> Arrays.asList(a);
            case Record r -> io.jdbus.types.Struct.ofRecord(r).fields();
            default -> null;
        };
    }

    private static String quote(Object key) {
        return key instanceof String s ? "\"" + s + "\"" : String.valueOf(key);
    }
}
