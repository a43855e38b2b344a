package io.jdbus.interop;

import io.jdbus.types.ArrayType;
import io.jdbus.types.BasicType;
import io.jdbus.types.DictType;
import io.jdbus.types.StructType;
import io.jdbus.types.Type;
import io.jdbus.types.UnixFD;
import io.jdbus.types.Variant;
import io.jdbus.types.VariantType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * jdbus's canonical (decoded) values in the type-directed JSON form of {@code interop/glib_peer.py}.
 *
 * <p>Integers are JSON integers with their D-Bus (unsigned where the type is) value; a double is the
 * 16 hex digits of its IEEE 754 bits; {@code ay} is a hex string; other arrays and structs are lists;
 * a dict is a list of {@code [key, value]} pairs in iteration order; a variant is {@code [signature, value]}.
 * A value of the wrong Java type for its D-Bus type is an {@link IllegalStateException} that says where.
 */
final class WireJson {
    private static final HexFormat HEX = HexFormat.of();

    private WireJson() {}

    static List<Object> body(List<Type> types, List<Object> values) {
        if (types.size() != values.size()) {
            throw new IllegalStateException(types.size() + " types but " + values.size() + " values");
        }
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            out.add(toJson(types.get(i), values.get(i), "argument " + i));
        }
        return out;
    }

    static Object toJson(Type type, Object value, String where) {
        try {
            return convert(type, value, where);
        } catch (ClassCastException | NullPointerException e) {
            throw new IllegalStateException(where + " (signature " + type.signature() + "): value "
                    + describe(value) + " is not the canonical Java type: " + e.getMessage(), e);
        }
    }

    private static Object convert(Type type, Object value, String where) {
        return switch (type) {
            case BasicType b -> basic(b, value);
            case ArrayType a -> {
                if (a.element() == BasicType.BYTE) {
                    yield HEX.formatHex((byte[]) value);
                }
                List<Object> out = new ArrayList<>();
                int i = 0;
                for (Object element : (List<?>) value) {
                    out.add(toJson(a.element(), element, where + " → element [" + i++ + "]"));
                }
                yield out;
            }
            case DictType d -> {
                List<Object> out = new ArrayList<>();
                for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                    Object key = toJson(d.key(), e.getKey(), where + " → key");
                    out.add(List.of(key, toJson(d.value(), e.getValue(), where + " → value for key " + key)));
                }
                yield out;
            }
            case StructType s -> {
                List<Object> fields = ((io.jdbus.types.Struct) value).fields();
                if (fields.size() != s.fields().size()) {
                    throw new IllegalStateException(where + ": struct " + s.signature() + " has "
                            + fields.size() + " fields");
                }
                List<Object> out = new ArrayList<>();
                for (int i = 0; i < fields.size(); i++) {
                    out.add(toJson(s.fields().get(i), fields.get(i), where + " → field " + i));
                }
                yield out;
            }
            case VariantType v -> {
                Variant variant = (Variant) value;
                yield List.of(variant.type().signature(),
                        toJson(variant.type(), variant.value(), where + " → variant " + variant.type().signature()));
            }
        };
    }

    private static Object basic(BasicType type, Object value) {
        return switch (type) {
            case BYTE -> BigInteger.valueOf(Byte.toUnsignedInt((Byte) value));
            case BOOLEAN -> (Boolean) value;
            case INT16 -> BigInteger.valueOf((Short) value);
            case UINT16 -> BigInteger.valueOf(Short.toUnsignedInt((Short) value));
            case INT32 -> BigInteger.valueOf((Integer) value);
            case UINT32 -> BigInteger.valueOf(Integer.toUnsignedLong((Integer) value));
            case INT64 -> BigInteger.valueOf((Long) value);
            case UINT64 -> new BigInteger(Long.toUnsignedString((Long) value));
            case DOUBLE -> String.format("%016x", Double.doubleToRawLongBits((Double) value));
            case STRING -> (String) value;
            case OBJECT_PATH -> ((io.jdbus.names.ObjectPath) value).toString();
            case SIGNATURE -> ((io.jdbus.types.Signature) value).toString();
            case UNIX_FD -> BigInteger.valueOf(Integer.toUnsignedLong(((UnixFD) value).index()));
        };
    }

    private static String describe(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName() + " " + value;
    }
}
