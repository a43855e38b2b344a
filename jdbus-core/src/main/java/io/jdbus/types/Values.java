package io.jdbus.types;

import io.jdbus.internal.TrustedValues;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Conversion of Java values by the type table: lenient in ({@link #coerce}), one decoded Java type per
 * D-Bus type out, type inference for variants ({@link #infer}), and equality that compares {@code byte[]}
 * by content ({@link #deepEquals}).
 *
 * {@snippet :
 * Object u = Values.coerce(Type.of("u"), 4_000_000_000L);       // Integer with unsigned bits
 * List<Object> args = Values.coerceArguments(Signature.of("sa{sv}"),
 *         List.of("org.bluez.Device1", Map.of("RSSI", Variant.of("n", -60))));
 * Type t = Values.infer(Map.of("a", 1));                         // a{si}
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#type-system">Type system</a>
 */
public final class Values {
    static {
        TrustedValues.install(new TrustedValues.Factory() {
            @Override
            public Variant variant(Type type, Object value) {
                return Variant.trusted(type, value);
            }

            @Override
            public Struct struct(Object[] fields) {
                return Struct.adopt(fields);
            }
        });
    }

    private Values() {
    }

    /**
     * Converts {@code value} to the decoded form of {@code type}: integral numbers in range to the type's
     * width, strings to paths and signatures, lists and arrays to unmodifiable lists ({@code byte[]} for
     * {@code ay}), maps to unmodifiable insertion-ordered maps, records and lists to {@link Struct}s, plain
     * values in a {@code v} position to inferred {@link Variant}s.
     *
     * @throws InvalidValueException naming the value, the signature and the position of the part that did not fit
     */
    public static Object coerce(Type type, Object value) {
        return Coercion.coerce(type, value);
    }

    /**
     * Converts a method's arguments to the decoded forms of {@code signature}'s types, one argument per type.
     *
     * @throws InvalidValueException with a position that starts at {@code argument N} (counted from 1)
     */
    public static List<Object> coerceArguments(Signature signature, List<?> args) {
        List<Type> types = signature.types();
        if (args.size() != types.size()) {
            throw new InvalidValueException(args.size() + " arguments given, signature \"" + signature + "\" takes "
                    + types.size());
        }
        Object[] out = new Object[types.size()];
        for (int i = 0; i < out.length; i++) {
            Type t = types.get(i);
            try {
                out[i] = Coercion.coerce(t, args.get(i));
            } catch (InvalidValueException e) {
                throw e.within("argument " + (i + 1) + " (" + t.signature() + ")");
            }
        }
        return List.of(out);
    }

    /** The type inferred for a plain Java value where a variant is expected; see {@link Variant#infer}. */
    public static Type infer(Object value) {
        return Inference.infer(value);
    }

    /** Equality of decoded values, with arrays (such as {@code byte[]}) compared by content, at any depth. */
    public static boolean deepEquals(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.equals(x, y);
        }
        if (a instanceof Double x && b instanceof Double y) {
            return Double.doubleToRawLongBits(x) == Double.doubleToRawLongBits(y) || x.equals(y);
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            Iterator<?> i = x.iterator();
            Iterator<?> j = y.iterator();
            while (i.hasNext()) {
                if (!deepEquals(i.next(), j.next())) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (Map.Entry<?, ?> e : x.entrySet()) {
                Object key = e.getKey();
                if (!y.containsKey(key) || !deepEquals(e.getValue(), y.get(key))) {
                    return false;
                }
            }
            return true;
        }
        if (a.getClass().isArray() && b.getClass().isArray()) {
            return Objects.deepEquals(a, b);
        }
        return a.equals(b);
    }

    /** A hash code consistent with {@link #deepEquals}. */
    public static int deepHashCode(Object value) {
        return switch (value) {
            case null -> 0;
            case byte[] bytes -> Arrays.hashCode(bytes);
            case List<?> list -> {
                int h = 1;
                for (Object o : list) {
                    h = 31 * h + deepHashCode(o);
                }
                yield h;
            }
            case Map<?, ?> map -> {
                int h = 0;
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    h += Objects.hashCode(e.getKey()) ^ deepHashCode(e.getValue());
                }
                yield h;
            }
            case Object[] array -> deepHashCode(new ArrayList<>(Arrays.asList(array)));
            default -> value.hashCode();
        };
    }
}
