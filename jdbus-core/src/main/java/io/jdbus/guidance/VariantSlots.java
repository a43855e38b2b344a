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
import java.lang.reflect.Array;
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

    /** How many {@code v} positions {@code type} has: the {@code v} codes of its signature, in text order. */
    static int count(Type type) {
        String sig = type.signature();
        int n = 0;
        for (int i = sig.indexOf('v'); i >= 0; i = sig.indexOf('v', i + 1)) {
            n++;
        }
        return n;
    }

    /**
     * {@code value} with each plain value at a {@code v} position wrapped: in a variant of {@code chosen[slot]},
     * or of the inferred type where that is {@code null}. Parts without a {@code v} are converted by the type
     * table on the way, so the first value that does not fit is reported, whether guidance decides it or not;
     * {@code guidedMiss[0]} is set when it is a value at a guided position that did not fit its chosen type.
     */
    static Object apply(Type type, Object value, Type[] chosen, int base, boolean[] guidedMiss) {
        if (value == null || count(type) == 0) {
            return Values.coerce(type, value);
        }
        return switch (type) {
            case BasicType b -> Values.coerce(b, value);
            case VariantType v -> {
                if (value instanceof Variant given) {
                    yield given;
                }
                Type t = chosen[base];
                if (t == null) {
                    yield Variant.infer(value);
                }
                try {
                    yield Variant.of(t, value);
                } catch (InvalidValueException e) {
                    guidedMiss[0] = true;
                    throw e;
                }
            }
            case ArrayType a -> {
                List<?> items = items(value);
                if (items == null) {
                    yield Values.coerce(type, value);   // not an array: the type table reports it
                }
                List<Object> out = new ArrayList<>(items.size());
                for (int i = 0; i < items.size(); i++) {
                    try {
                        out.add(apply(a.element(), items.get(i), chosen, base, guidedMiss));
                    } catch (InvalidValueException e) {
                        throw e.within("element [" + i + "]");
                    }
                }
                yield out;
            }
            case DictType d -> {
                if (!(value instanceof Map<?, ?> map)) {
                    yield Values.coerce(type, value);   // the type table reports it
                }
                Map<Object, Object> out = new LinkedHashMap<>();
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    Object key;
                    try {
                        key = Values.coerce(d.key(), e.getKey());
                    } catch (InvalidValueException ex) {
                        throw ex.within("key " + quote(e.getKey()));
                    }
                    if (out.containsKey(key)) {
                        throw new InvalidValueException("two keys convert to the same " + d.key().signature() + " key "
                                + quote(e.getKey()));
                    }
                    try {
                        out.put(key, apply(d.value(), e.getValue(), chosen, base, guidedMiss));
                    } catch (InvalidValueException ex) {
                        throw ex.within("value for key " + quote(e.getKey()));
                    }
                }
                yield out;
            }
            case StructType s -> {
                List<?> fields = fields(value);
                if (fields == null || fields.size() != s.fields().size()) {
                    yield Values.coerce(type, value);   // the type table reports the mismatch
                }
                List<Object> out = new ArrayList<>(fields.size());
                int slot = base;
                for (int i = 0; i < fields.size(); i++) {
                    Type f = s.fields().get(i);
                    try {
                        out.add(apply(f, fields.get(i), chosen, slot, guidedMiss));
                    } catch (InvalidValueException e) {
                        throw e.within("field " + i);
                    }
                    slot += count(f);
                }
                yield out;
            }
        };
    }

    /** The elements of a list or a Java array (of any component type), or {@code null} for anything else. */
    private static List<?> items(Object value) {
        if (value instanceof List<?> l) {
            return l;
        }
        if (value instanceof Object[] a) {
            return Arrays.asList(a);
        }
        if (value.getClass().isArray()) {
            int n = Array.getLength(value);
            List<Object> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(Array.get(value, i));
            }
            return out;
        }
        return null;
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

    /** A dict key as value errors show it: strings quoted and shortened, as the type table does. */
    private static String quote(Object key) {
        if (key instanceof String s) {
            return "\"" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "\"";
        }
        String text = String.valueOf(key);
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }
}
