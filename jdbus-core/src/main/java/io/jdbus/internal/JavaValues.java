package io.jdbus.internal;

import io.jdbus.names.ObjectPath;
import io.jdbus.types.ArrayType;
import io.jdbus.types.BasicType;
import io.jdbus.types.DictType;
import io.jdbus.types.InvalidValueException;
import io.jdbus.types.Signature;
import io.jdbus.types.Struct;
import io.jdbus.types.StructType;
import io.jdbus.types.Type;
import io.jdbus.types.Variant;
import io.jdbus.types.VariantType;
import java.lang.reflect.Array;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts decoded D-Bus values (the type table's decoded forms) to the Java types a typed proxy declares:
 * unsigned values widened where the declaration is wider ({@code u} as {@code long}, {@code y} as
 * {@code int}), structs to records, arrays to lists or Java arrays, dicts to maps, element by element.
 * What does not fit is an {@link InvalidValueException} naming the value, the D-Bus type and the Java type.
 * Shared by typed proxies (results) and exported services (arguments).
 */
public final class JavaValues {
    private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);

    private JavaValues() {
    }

    /** Whether a value of D-Bus type {@code dbus} can be declared as {@code target} (checked when binding). */
    public static boolean fits(Type dbus, java.lang.reflect.Type target) {
        try {
            check(dbus, target);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Throws an {@link IllegalArgumentException} saying why {@code dbus} cannot be declared as {@code target}. */
    public static void check(Type dbus, java.lang.reflect.Type target) {
        Class<?> raw = raw(target);
        if (raw == Object.class) {
            return;
        }
        boolean ok = switch (dbus) {
            case BasicType b -> basicFits(b, box(raw));
            case VariantType v -> raw == Variant.class;
            case ArrayType a when a.element() == BasicType.BYTE && raw == byte[].class -> true;
            case ArrayType a -> {
                if (List.class.isAssignableFrom(raw) || raw == Iterable.class || raw == java.util.Collection.class) {
                    check(a.element(), typeArgument(target, 0));
                    yield true;
                }
                if (raw.isArray()) {
                    check(a.element(), componentType(target));
                    yield true;
                }
                yield false;
            }
            case DictType d -> {
                if (raw == Map.class) {
                    check(d.key(), typeArgument(target, 0));
                    check(d.value(), typeArgument(target, 1));
                    yield true;
                }
                yield false;
            }
            case StructType s -> {
                if (raw == Struct.class) {
                    yield true;
                }
                if (raw.isRecord()) {
                    RecordComponent[] rc = raw.getRecordComponents();
                    if (rc.length != s.fields().size()) {
                        throw new IllegalArgumentException("record " + raw.getSimpleName() + " has " + rc.length
                                + " components for struct " + s.signature() + " of " + s.fields().size() + " fields");
                    }
                    for (int i = 0; i < rc.length; i++) {
                        check(s.fields().get(i), rc[i].getGenericType());
                    }
                    yield true;
                }
                yield false;
            }
        };
        if (!ok) {
            throw new IllegalArgumentException("D-Bus type " + dbus.signature() + " cannot be declared as " + target.getTypeName());
        }
    }

    private static boolean basicFits(BasicType b, Class<?> c) {
        return switch (b) {
            case BYTE -> c == Byte.class || c == Short.class || c == Integer.class || c == Long.class;
            case BOOLEAN -> c == Boolean.class;
            case INT16, UINT16 -> c == Short.class || c == Integer.class || c == Long.class;
            case INT32, UINT32 -> c == Integer.class || c == Long.class;
            case INT64 -> c == Long.class || c == BigInteger.class;
            case UINT64 -> c == Long.class || c == BigInteger.class;
            case DOUBLE -> c == Double.class;
            case STRING -> c == String.class;
            case OBJECT_PATH -> c == ObjectPath.class || c == String.class;
            case SIGNATURE -> c == Signature.class || c == String.class;
            case UNIX_FD -> c == io.jdbus.types.UnixFD.class;
        };
    }

    /** {@code value}, decoded as {@code dbus}, as {@code target}. */
    public static Object convert(Type dbus, Object value, java.lang.reflect.Type target) {
        Class<?> raw = raw(target);
        if (raw == Object.class) {
            return value;
        }
        return switch (dbus) {
            case BasicType b -> basic(b, value, box(raw));
            case VariantType v -> value;
            case ArrayType a when value instanceof byte[] bytes -> raw == byte[].class ? bytes : boxedList(a, bytes, target);
            case ArrayType a -> {
                List<?> items = (List<?>) value;
                if (raw.isArray()) {
                    java.lang.reflect.Type component = componentType(target);
                    Object out = Array.newInstance(raw(component), items.size());
                    for (int i = 0; i < items.size(); i++) {
                        Object item = items.get(i);
                        Array.set(out, i, at("element [" + i + "]", () -> convert(a.element(), item, component)));
                    }
                    yield out;
                }
                java.lang.reflect.Type element = typeArgument(target, 0);
                List<Object> out = new ArrayList<>(items.size());
                for (int i = 0; i < items.size(); i++) {
                    Object item = items.get(i);
                    out.add(at("element [" + i + "]", () -> convert(a.element(), item, element)));
                }
                yield Collections.unmodifiableList(out);
            }
            case DictType d -> {
                java.lang.reflect.Type k = typeArgument(target, 0);
                java.lang.reflect.Type v = typeArgument(target, 1);
                Map<Object, Object> out = new LinkedHashMap<>();
                for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                    out.put(convert(d.key(), e.getKey(), k), at("value for key " + e.getKey(), () -> convert(d.value(), e.getValue(), v)));
                }
                yield Collections.unmodifiableMap(out);
            }
            case StructType s -> raw == Struct.class ? value : record(s, (Struct) value, raw);
        };
    }

    private static Object boxedList(ArrayType a, byte[] bytes, java.lang.reflect.Type target) {
        List<Object> boxed = new ArrayList<>(bytes.length);
        for (byte b : bytes) {
            boxed.add(b);
        }
        return convert(a, boxed, target);   // as a list of bytes, element by element
    }

    private static Object record(StructType s, Struct value, Class<?> raw) {
        return record(s.fields(), value.fields(), raw, "field ", 0);
    }

    /** A record of {@code raw} from {@code values} of D-Bus {@code types}, component by component. */
    public static Object record(List<Type> types, List<?> values, Class<?> raw, String step, int firstNumber) {
        RecordComponent[] rc = raw.getRecordComponents();
        Object[] args = new Object[rc.length];
        Class<?>[] classes = new Class<?>[rc.length];
        for (int i = 0; i < rc.length; i++) {
            int f = i;
            args[i] = at(step + (i + firstNumber), () -> convert(types.get(f), values.get(f), rc[f].getGenericType()));
            classes[i] = rc[i].getType();
        }
        try {
            var constructor = raw.getDeclaredConstructor(classes);
            constructor.trySetAccessible();
            return constructor.newInstance(args);
        } catch (ReflectiveOperationException | RuntimeException e) {
            Throwable cause = e instanceof java.lang.reflect.InvocationTargetException ite ? ite.getCause() : e;
            throw new InvalidValueException("cannot make a " + raw.getSimpleName() + " of " + values + ": " + cause);
        }
    }

    private static Object basic(BasicType b, Object value, Class<?> c) {
        return switch (b) {
            case BYTE -> widen(Byte.toUnsignedLong((Byte) value), c, b);
            case UINT16 -> widen(Short.toUnsignedLong((Short) value), c, b);
            case UINT32 -> widen(Integer.toUnsignedLong((Integer) value), c, b);
            case INT16 -> widen((Short) value, c, b);
            case INT32 -> widen((Integer) value, c, b);
            case INT64 -> c == BigInteger.class ? BigInteger.valueOf((Long) value) : value;
            case UINT64 -> {
                long bits = (Long) value;
                if (c == BigInteger.class) {
                    yield bits >= 0 ? BigInteger.valueOf(bits) : BigInteger.valueOf(bits).add(TWO_TO_64);
                }
                if (bits < 0) {
                    throw new InvalidValueException(Long.toUnsignedString(bits) + " (t) does not fit a long; declare it BigInteger");
                }
                yield bits;
            }
            case OBJECT_PATH, SIGNATURE -> c == String.class ? value.toString() : value;
            case BOOLEAN, DOUBLE, STRING, UNIX_FD -> value;
        };
    }

    /** A number of type {@code b} as the declared class, refused when it does not fit (an unsigned value too big). */
    private static Object widen(long n, Class<?> c, BasicType b) {
        Object out = c == Byte.class ? (Object) (byte) n : c == Short.class ? (Object) (short) n
                : c == Integer.class ? (Object) (int) n : (Object) n;
        long back = ((Number) out).longValue();
        if (back != n) {
            throw new InvalidValueException(n + " (" + b.signature() + ") does not fit " + c.getSimpleName()
                    + "; declare a wider type");
        }
        return out;
    }

    public interface Step {
        Object run();
    }

    /** {@code step}'s value; a misfit inside it gets {@code where} added to its position. */
    public static Object at(String where, Step step) {
        try {
            return step.run();
        } catch (InvalidValueException e) {
            throw e.within(where);
        }
    }

    public static Class<?> raw(java.lang.reflect.Type t) {
        return switch (t) {
            case Class<?> c -> c;
            case ParameterizedType p -> (Class<?>) p.getRawType();
            case GenericArrayType g -> Array.newInstance(raw(g.getGenericComponentType()), 0).getClass();
            default -> Object.class;   // type variables and wildcards: take the value as it is
        };
    }

    private static java.lang.reflect.Type typeArgument(java.lang.reflect.Type t, int i) {
        return t instanceof ParameterizedType p ? p.getActualTypeArguments()[i] : Object.class;
    }

    private static java.lang.reflect.Type componentType(java.lang.reflect.Type t) {
        return t instanceof GenericArrayType g ? g.getGenericComponentType() : ((Class<?>) t).getComponentType();
    }

    public static Class<?> box(Class<?> c) {
        if (!c.isPrimitive()) {
            return c;
        }
        return switch (c.getName()) {
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "short" -> Short.class;
            case "byte" -> Byte.class;
            case "boolean" -> Boolean.class;
            case "double" -> Double.class;
            default -> c;
        };
    }
}
