package io.jdbus.types;

import java.util.List;
import java.util.Map;

/** Renders values for {@code toString}, unsigned types as unsigned numbers when the type is known. */
final class ValueText {
    private ValueText() {
    }

    static void append(StringBuilder sb, Type type, Object value) {
        switch (value) {
            case String s -> quote(sb, s);
            case byte[] bytes -> {
                sb.append('[');
                for (int i = 0; i < bytes.length; i++) {
                    sb.append(i == 0 ? "" : ", ").append(Byte.toUnsignedInt(bytes[i]));
                }
                sb.append(']');
            }
            case List<?> list -> {
                Type element = type instanceof ArrayType a ? a.element() : null;
                sb.append('[');
                for (int i = 0; i < list.size(); i++) {
                    sb.append(i == 0 ? "" : ", ");
                    append(sb, element, list.get(i));
                }
                sb.append(']');
            }
            case Map<?, ?> map -> {
                DictType d = type instanceof DictType dt ? dt : null;
                sb.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    sb.append(first ? "" : ", ");
                    first = false;
                    append(sb, d == null ? null : d.key(), e.getKey());
                    sb.append(": ");
                    append(sb, d == null ? null : d.value(), e.getValue());
                }
                sb.append('}');
            }
            case Struct s when type instanceof StructType st -> {
                sb.append('(');
                for (int i = 0; i < s.size(); i++) {
                    sb.append(i == 0 ? "" : ", ");
                    append(sb, st.fields().get(i), s.get(i));
                }
                sb.append(')');
            }
            default -> sb.append(unsigned(type, value));
        }
    }

    private static Object unsigned(Type type, Object value) {
        if (type == BasicType.BYTE && value instanceof Byte b) {
            return Byte.toUnsignedInt(b);
        }
        if (type == BasicType.UINT16 && value instanceof Short s) {
            return Short.toUnsignedInt(s);
        }
        if (type == BasicType.UINT32 && value instanceof Integer i) {
            return Integer.toUnsignedLong(i);
        }
        if (type == BasicType.UINT64 && value instanceof Long l) {
            return Long.toUnsignedString(l);
        }
        return value;
    }

    private static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> sb.append(c);
            }
        }
        sb.append('"');
    }
}
