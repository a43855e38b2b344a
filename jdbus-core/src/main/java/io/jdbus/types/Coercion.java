package io.jdbus.types;

import io.jdbus.internal.CompactMap;
import io.jdbus.internal.ImmutableList;
import io.jdbus.names.ObjectPath;
import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Converts Java values to the decoded form of a D-Bus type, by the type table (lenient in). Positions are
 * added only when a value is rejected, so the accepted path allocates nothing for them.
 */
final class Coercion {
    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private Coercion() {
    }

    static Object coerce(Type type, Object value) {
        if (value == null) {
            throw new InvalidValueException("null does not fit signature " + type.signature());
        }
        // instanceof in the order of how often each kind occurs: cheaper here than a type switch
        if (type instanceof BasicType b) {
            return basic(b, value);
        }
        if (type instanceof VariantType) {
            return value instanceof Variant var ? var : Variant.infer(value);
        }
        if (type instanceof DictType d) {
            return dict(d, value);
        }
        if (type instanceof ArrayType a) {
            return array(a, value);
        }
        return struct((StructType) type, value);
    }

    private static Object basic(BasicType type, Object value) {
        return switch (type) {
            case BYTE -> value instanceof Byte ? value : (byte) integral(type, value, 0, 255);
            case BOOLEAN -> {
                if (value instanceof Boolean) {
                    yield value;
                }
                throw mismatch(type, value);
            }
            case INT16 -> value instanceof Short ? value : (short) integral(type, value, Short.MIN_VALUE, Short.MAX_VALUE);
            case UINT16 -> value instanceof Short ? value : (short) integral(type, value, 0, 65535);
            case INT32 -> value instanceof Integer ? value : (int) integral(type, value, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case UINT32 -> value instanceof Integer ? value : (int) integral(type, value, 0, 0xFFFF_FFFFL);
            case INT64 -> value instanceof Long ? value : int64(value);
            case UINT64 -> value instanceof Long ? value : uint64(value);
            case DOUBLE -> switch (value) {
                case Double d -> d;
                case Float f -> f.doubleValue();
                default -> throw mismatch(type, value);
            };
            case STRING -> {
                if (value instanceof String s) {
                    checkString(s);
                    yield s;
                }
                throw mismatch(type, value);
            }
            case OBJECT_PATH -> switch (value) {
                case ObjectPath p -> p;
                case String s when ObjectPath.isValid(s) -> ObjectPath.of(s);
                case String s -> throw new InvalidValueException(describe(s) + " is not a valid object path");
                default -> throw mismatch(type, value);
            };
            case SIGNATURE -> switch (value) {
                case Signature g -> g;
                case String s when Signature.isValid(s) -> Signature.of(s);
                case String s -> throw new InvalidValueException(describe(s) + " is not a valid signature");
                default -> throw mismatch(type, value);
            };
            case UNIX_FD -> {
                if (value instanceof UnixFD) {
                    yield value;
                }
                throw mismatch(type, value);
            }
        };
    }

    private static long integral(BasicType type, Object value, long min, long max) {
        long v;
        switch (value) {
            case Byte b -> v = b;
            case Short s -> v = s;
            case Integer i -> v = i;
            case Long l -> v = l;
            case BigInteger bi when bi.bitLength() < 64 -> v = bi.longValue();
            case BigInteger bi -> throw outOfRange(type, value);
            default -> throw mismatch(type, value);
        }
        if (v < min || v > max) {
            throw outOfRange(type, value);
        }
        return v;
    }

    private static long int64(Object value) {
        return integral(BasicType.INT64, value, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    private static long uint64(Object value) {
        if (value instanceof BigInteger bi) {
            if (bi.signum() < 0 || bi.compareTo(UINT64_MAX) > 0) {
                throw outOfRange(BasicType.UINT64, value);
            }
            return bi.longValue();
        }
        return integral(BasicType.UINT64, value, 0, Long.MAX_VALUE);
    }

    static void checkString(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == 0) {
                throw new InvalidValueException("string contains U+0000 at index " + i);
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    throw new InvalidValueException("string has an unpaired surrogate at index " + i + " (not valid UTF-8)");
                }
            }
        }
    }

    private static Object array(ArrayType type, Object value) {
        Type element = type.element();
        if (element == BasicType.BYTE) {
            if (value instanceof byte[] bytes) {
                return bytes.clone();
            }
            List<?> items = items(type, value);
            byte[] out = new byte[items.size()];
            for (int i = 0; i < out.length; i++) {
                try {
                    out[i] = (Byte) coerce(element, items.get(i));
                } catch (InvalidValueException e) {
                    throw e.within("element [" + i + "]");
                }
            }
            return out;
        }
        List<?> items = items(type, value);
        Object[] out = new Object[items.size()];
        for (int i = 0; i < out.length; i++) {
            try {
                out[i] = coerce(element, items.get(i));
            } catch (InvalidValueException e) {
                throw e.within("element [" + i + "]");
            }
        }
        return ImmutableList.adopt(out);
    }

    private static List<?> items(Type type, Object value) {
        if (value instanceof List<?> list) {
            return list;
        }
        if (value instanceof Object[] array) {
            return java.util.Arrays.asList(array);
        }
        if (value.getClass().isArray()) {
            int n = Array.getLength(value);
            List<Object> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(Array.get(value, i));
            }
            return out;
        }
        throw mismatch(type, value);
    }

    private static Object dict(DictType type, Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            throw mismatch(type, value);
        }
        CompactMap.Builder out = new CompactMap.Builder(map.size());
        for (Map.Entry<?, ?> e : map.entrySet()) {
            Object key;
            try {
                key = coerce(type.key(), e.getKey());
            } catch (InvalidValueException ex) {
                throw ex.within("key " + describe(e.getKey()));
            }
            Object v;
            try {
                v = coerce(type.value(), e.getValue());
            } catch (InvalidValueException ex) {
                throw ex.within("value for key " + describe(e.getKey()));
            }
            if (!out.add(key, v)) {
                throw new InvalidValueException("two keys convert to the same " + type.key().signature()
                        + " key " + describe(e.getKey()));
            }
        }
        return out.build();
    }

    private static Object struct(StructType type, Object value) {
        List<?> fields = switch (value) {
            case Struct s -> s.fields();
            case List<?> l -> l;
            case Object[] a -> java.util.Arrays.asList(a);
            case Record r -> recordFields(r);
            default -> throw mismatch(type, value);
        };
        List<Type> types = type.fields();
        if (fields.size() != types.size()) {
            throw new InvalidValueException("struct value has " + fields.size() + " fields, signature "
                    + type.signature() + " has " + types.size());
        }
        Object[] out = new Object[types.size()];
        for (int i = 0; i < out.length; i++) {
            try {
                out[i] = coerce(types.get(i), fields.get(i));
            } catch (InvalidValueException e) {
                throw e.within("field " + i);
            }
        }
        return Struct.adopt(out);
    }

    static List<Object> recordFields(Record r) {
        RecordComponent[] components = r.getClass().getRecordComponents();
        List<Object> out = new ArrayList<>(components.length);
        for (RecordComponent c : components) {
            try {
                c.getAccessor().setAccessible(true);
                out.add(c.getAccessor().invoke(r));
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new InvalidValueException("cannot read component " + c.getName() + " of record "
                        + r.getClass().getName() + ": " + e);
            }
        }
        return out;
    }

    static InvalidValueException mismatch(Type type, Object value) {
        return new InvalidValueException(describe(value) + " (" + kind(value) + ") does not fit signature "
                + type.signature());
    }

    private static InvalidValueException outOfRange(Type type, Object value) {
        return new InvalidValueException(describe(value) + " (" + kind(value) + ") is out of range for signature "
                + type.signature());
    }

    static String kind(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName();
    }

    static String describe(Object value) {
        if (value instanceof String s) {
            String shown = s.length() > 40 ? s.substring(0, 40) + "..." : s;
            return "\"" + shown + "\"";
        }
        String text = String.valueOf(value);
        if (value != null && value.getClass().isArray()) {
            text = value.getClass().getComponentType().getSimpleName() + "[" + Array.getLength(value) + "]";
        }
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }
}
