package io.jdbus.types;

import io.jdbus.names.ObjectPath;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Infers the D-Bus type of a plain Java value placed where a variant is expected.
 *
 * <p>Scalars map by the type table ({@code Integer} → i, {@code Long} → x, {@code Short} → n, {@code Byte} → y,
 * {@code BigInteger} → x when it fits, else t, {@code Float} → d); primitive arrays map to arrays of their
 * element type ({@code byte[]} → ay); a list becomes an array of its elements' common type, or {@code av}
 * when they differ or the list is empty; a map becomes a dict whose key type is the keys' common basic type
 * and whose value type is the values' common type, or {@code v} ({@code a{sv}} for an empty map); records,
 * {@link Struct}s and {@code Object[]} become structs.
 */
final class Inference {
    private Inference() {
    }

    static Type infer(Object value) {
        return switch (value) {
            case null -> throw new InvalidValueException("cannot infer a D-Bus type for null");
            case Byte b -> BasicType.BYTE;
            case Boolean b -> BasicType.BOOLEAN;
            case Short s -> BasicType.INT16;
            case Integer i -> BasicType.INT32;
            case Long l -> BasicType.INT64;
            case BigInteger bi -> bi.bitLength() < 64 ? BasicType.INT64 : BasicType.UINT64;
            case Double d -> BasicType.DOUBLE;
            case Float f -> BasicType.DOUBLE;
            case String s -> BasicType.STRING;
            case ObjectPath p -> BasicType.OBJECT_PATH;
            case Signature g -> BasicType.SIGNATURE;
            case UnixFD fd -> BasicType.UNIX_FD;
            case Variant v -> VariantType.INSTANCE;
            case byte[] a -> new ArrayType(BasicType.BYTE);
            case boolean[] a -> new ArrayType(BasicType.BOOLEAN);
            case short[] a -> new ArrayType(BasicType.INT16);
            case int[] a -> new ArrayType(BasicType.INT32);
            case long[] a -> new ArrayType(BasicType.INT64);
            case double[] a -> new ArrayType(BasicType.DOUBLE);
            case float[] a -> new ArrayType(BasicType.DOUBLE);
            case Object[] a -> structOf(java.util.Arrays.asList(a), "Object[]");
            case List<?> l -> new ArrayType(common(l, VariantType.INSTANCE));
            case Map<?, ?> m -> dict(m);
            case Struct s -> structOf(s.fields(), "Struct");
            case Record r -> structOf(Coercion.recordFields(r), r.getClass().getSimpleName());
            default -> throw new InvalidValueException("cannot infer a D-Bus type for " + Coercion.describe(value)
                    + " (" + Coercion.kind(value) + ")");
        };
    }

    private static Type common(Iterable<?> items, Type whenMixedOrEmpty) {
        Type common = null;
        for (Object item : items) {
            Type t = infer(item);
            if (common == null) {
                common = t;
            } else if (!common.equals(t)) {
                return whenMixedOrEmpty;
            }
        }
        return common == null ? whenMixedOrEmpty : common;
    }

    private static Type dict(Map<?, ?> map) {
        if (map.isEmpty()) {
            return new DictType(BasicType.STRING, VariantType.INSTANCE);
        }
        Type key = common(map.keySet(), null);
        if (!(key instanceof BasicType basicKey)) {
            throw new InvalidValueException("cannot infer a dict type: the keys of " + Coercion.describe(map)
                    + " do not share one basic type");
        }
        return new DictType(basicKey, common(map.values(), VariantType.INSTANCE));
    }

    private static Type structOf(List<?> fields, String what) {
        if (fields.isEmpty()) {
            throw new InvalidValueException("cannot infer a struct type for an empty " + what);
        }
        List<Type> types = new ArrayList<>(fields.size());
        for (int i = 0; i < fields.size(); i++) {
            try {
                types.add(infer(fields.get(i)));
            } catch (InvalidValueException e) {
                throw e.within("field " + i);
            }
        }
        return new StructType(types);
    }
}
