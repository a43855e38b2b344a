package io.jdbus.service;

import io.jdbus.names.ObjectPath;
import io.jdbus.types.ArrayType;
import io.jdbus.types.BasicType;
import io.jdbus.types.DictType;
import io.jdbus.types.Signature;
import io.jdbus.types.StructType;
import io.jdbus.types.Type;
import io.jdbus.types.UnixFD;
import io.jdbus.types.VariantType;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The D-Bus type of a Java declaration, by the design's type table read backwards: {@code int} → {@code i},
 * {@code long} → {@code x}, {@code List<String>} → {@code as}, {@code Map<String, Object>} → {@code a{sv}}, a
 * record → a struct of its components. A type that has no D-Bus counterpart is an
 * {@link IllegalArgumentException} naming it.
 */
final class TypeInference {
    private TypeInference() {
    }

    static Type of(java.lang.reflect.Type t) {
        return switch (t) {
            case Class<?> c -> ofClass(c);
            case ParameterizedType p -> ofParameterized(p);
            case GenericArrayType g -> new ArrayType(of(g.getGenericComponentType()));
            default -> throw new IllegalArgumentException("no D-Bus type for " + t.getTypeName());
        };
    }

    /**
     * Whether {@code c} is one of jdbus's own value types that happen to be records ({@code ObjectPath},
     * {@code UnixFD}, ...): one D-Bus value, never a record of out arguments or a struct.
     */
    static boolean isBasicValue(Class<?> c) {
        Type t = c.isRecord() ? basic(c) : null;
        return t != null;
    }

    private static Type basic(Class<?> c) {
        if (c == ObjectPath.class) {
            return BasicType.OBJECT_PATH;
        } else if (c == Signature.class) {
            return BasicType.SIGNATURE;
        } else if (c == UnixFD.class) {
            return BasicType.UNIX_FD;
        }
        return null;
    }

    private static Type ofClass(Class<?> c) {
        if (c == int.class || c == Integer.class) {
            return BasicType.INT32;
        } else if (c == long.class || c == Long.class) {
            return BasicType.INT64;
        } else if (c == short.class || c == Short.class) {
            return BasicType.INT16;
        } else if (c == byte.class || c == Byte.class) {
            return BasicType.BYTE;
        } else if (c == boolean.class || c == Boolean.class) {
            return BasicType.BOOLEAN;
        } else if (c == double.class || c == Double.class || c == float.class || c == Float.class) {
            return BasicType.DOUBLE;
        } else if (c == String.class) {
            return BasicType.STRING;
        } else if (c == ObjectPath.class) {
            return BasicType.OBJECT_PATH;
        } else if (c == Signature.class) {
            return BasicType.SIGNATURE;
        } else if (c == UnixFD.class || c == io.jdbus.transport.UnixFd.class) {
            return BasicType.UNIX_FD;
        } else if (c == BigInteger.class) {
            return BasicType.UINT64;
        } else if (c == Object.class || c == io.jdbus.types.Variant.class) {
            return VariantType.INSTANCE;
        } else if (c.isArray()) {
            return new ArrayType(ofClass(c.getComponentType()));
        } else if (c.isRecord()) {
            List<Type> fields = new ArrayList<>();
            for (RecordComponent rc : c.getRecordComponents()) {
                fields.add(component(rc));
            }
            if (fields.isEmpty()) {
                throw new IllegalArgumentException("record " + c.getName() + " has no components: D-Bus has no empty struct");
            }
            return new StructType(fields);
        }
        throw new IllegalArgumentException("no D-Bus type for " + c.getName());
    }

    /** A record component's type: its {@code @DBusSignature} (which Java puts on the accessor), else inferred. */
    static Type component(RecordComponent rc) {
        io.jdbus.binding.DBusSignature s = rc.getAccessor().getAnnotation(io.jdbus.binding.DBusSignature.class);
        if (s == null) {
            return of(rc.getGenericType());
        }
        Signature sig = Signature.of(s.value());
        if (!sig.isSingle()) {
            throw new IllegalArgumentException("@DBusSignature(\"" + s.value() + "\") on " + rc.getName() + " is not one type");
        }
        return sig.single();
    }

    private static Type ofParameterized(ParameterizedType p) {
        Class<?> raw = (Class<?>) p.getRawType();
        java.lang.reflect.Type[] args = p.getActualTypeArguments();
        if (List.class.isAssignableFrom(raw) || raw == Collection.class || raw == Iterable.class) {
            return new ArrayType(of(args[0]));
        }
        if (Map.class.isAssignableFrom(raw)) {
            Type key = of(args[0]);
            if (!(key instanceof BasicType b)) {
                throw new IllegalArgumentException("a dict key must be a basic type, not " + args[0].getTypeName());
            }
            return new DictType(b, of(args[1]));
        }
        throw new IllegalArgumentException("no D-Bus type for " + p.getTypeName());
    }
}
