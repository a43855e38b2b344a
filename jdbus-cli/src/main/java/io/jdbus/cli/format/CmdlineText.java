package io.jdbus.cli.format;

import io.jdbus.types.ArrayType;
import io.jdbus.types.BasicType;
import io.jdbus.types.DictType;
import io.jdbus.types.Signature;
import io.jdbus.types.Struct;
import io.jdbus.types.StructType;
import io.jdbus.types.Type;
import io.jdbus.types.Variant;
import io.jdbus.types.VariantType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A message body on one line, as {@code busctl call} prints a reply: the signature, then the values in
 * the syntax busctl reads its arguments in ({@code as 2 "a" "b"}, {@code a{sv} 1 "k" u 5}), so that the
 * output can be pasted back as arguments. Strings are quoted and C-escaped byte by byte as systemd's
 * {@code cescape} does (octal for control and non-ASCII bytes), doubles as C's {@code %g}.
 *
 * {@snippet :
 * CmdlineText.format(Signature.of("sa{sv}"), List.of("é", Map.of("k", Variant.of("u", 5))));
 * // s "\303\251" 1 "k" u 5   (the line busctl prints, without its newline)
 * }
 */
public final class CmdlineText {
    private CmdlineText() {
    }

    /** {@code <signature> <values...>}, without a newline. */
    public static String format(Signature signature, List<?> body) {
        StringBuilder sb = new StringBuilder(signature.toString());
        List<Type> types = signature.types();
        for (int i = 0; i < types.size(); i++) {
            value(sb, types.get(i), body.get(i));
        }
        return sb.toString();
    }

    /** The values alone, as busctl's {@code introspect} shows a property's value: {@code 2 "a" "b"} for an {@code as}. */
    public static String values(Signature signature, List<?> body) {
        String line = format(signature, body);
        return line.length() > signature.toString().length() ? line.substring(signature.toString().length() + 1) : "";
    }

    private static void value(StringBuilder sb, Type type, Object value) {
        switch (type) {
            case BasicType basic -> word(sb, basic(basic, value));
            case ArrayType array -> {
                if (value instanceof byte[] bytes) {
                    word(sb, Integer.toString(bytes.length));
                    for (byte b : bytes) {
                        word(sb, Integer.toString(Byte.toUnsignedInt(b)));
                    }
                } else {
                    List<?> list = (List<?>) value;
                    word(sb, Integer.toString(list.size()));
                    for (Object element : list) {
                        value(sb, array.element(), element);
                    }
                }
            }
            case DictType dict -> {
                Map<?, ?> map = (Map<?, ?>) value;
                word(sb, Integer.toString(map.size()));
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    value(sb, dict.key(), e.getKey());
                    value(sb, dict.value(), e.getValue());
                }
            }
            case StructType struct -> {
                List<Object> fields = ((Struct) value).fields();
                for (int i = 0; i < fields.size(); i++) {
                    value(sb, struct.fields().get(i), fields.get(i));
                }
            }
            case VariantType ignored -> {
                Variant variant = (Variant) value;
                word(sb, variant.type().signature());
                value(sb, variant.type(), variant.value());
            }
        }
    }

    private static void word(StringBuilder sb, String word) {
        sb.append(' ').append(word);
    }

    private static String basic(BasicType type, Object value) {
        return switch (type) {
            case BOOLEAN -> value.toString();
            case DOUBLE -> CDoubleFormat.g(((Number) value).doubleValue());
            case STRING, OBJECT_PATH, SIGNATURE -> "\"" + cescape(value.toString()) + "\"";
            case BYTE, INT16, UINT16, INT32, UINT32, INT64, UINT64, UNIX_FD -> Scalars.integer(type, value);
        };
    }

    /** systemd's {@code cescape}: C escapes for {@code \a \b \f \n \r \t \v \\ \" \'}, octal for other bytes below 32 or from 127. */
    static String cescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = Byte.toUnsignedInt(b);
            switch (c) {
                case 0x07 -> sb.append("\\a");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case 0x0b -> sb.append("\\v");
                case '\\' -> sb.append("\\\\");
                case '"' -> sb.append("\\\"");
                case '\'' -> sb.append("\\'");
                default -> {
                    if (c < ' ' || c >= 127) {
                        sb.append('\\').append((char) ('0' + (c >> 6))).append((char) ('0' + ((c >> 3) & 7)))
                                .append((char) ('0' + (c & 7)));
                    } else {
                        sb.append((char) c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
