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
import java.util.List;
import java.util.Map;

/**
 * A message body in busctl's text form (sd-bus's message dump), as {@code busctl --verbose call}
 * and {@code busctl monitor} print it.
 *
 * <p>Each level indents by eight spaces; containers open with their contents' signature and close
 * with {@code };}. Numbers print unsigned for unsigned types, doubles as C's {@code %g}, strings
 * between quotes without escaping (as busctl does).
 *
 * {@snippet :
 * ValueText.message(Signature.of("as"), List.of(List.of("a")), "");
 * // MESSAGE "as" {
 * //         ARRAY "s" {
 * //                 STRING "a";
 * //         };
 * // };
 * }
 */
public final class ValueText {
    private static final String LEVEL = "        ";

    private ValueText() {
    }

    /**
     * The {@code MESSAGE "<sig>" { ... };} block, each line starting with {@code margin}
     * (busctl uses two spaces when a header precedes the body, none otherwise).
     */
    public static String message(Signature signature, List<?> body, String margin) {
        StringBuilder sb = new StringBuilder();
        sb.append(margin).append("MESSAGE \"").append(signature).append("\" {\n");
        List<Type> types = signature.types();
        for (int i = 0; i < types.size(); i++) {
            value(sb, types.get(i), body.get(i), margin + LEVEL);
        }
        sb.append(margin).append("};\n");
        return sb.toString();
    }

    /** Appends one value at the given indentation, with its trailing newline. */
    public static void value(StringBuilder sb, Type type, Object value, String indent) {
        String inner = indent + LEVEL;
        switch (type) {
            case BasicType basic -> sb.append(indent).append(basic(basic, value)).append(";\n");
            case ArrayType array -> {
                open(sb, indent, "ARRAY", array.element().signature());
                if (value instanceof byte[] bytes) {
                    for (byte b : bytes) {
                        sb.append(inner).append("BYTE ").append(Byte.toUnsignedInt(b)).append(";\n");
                    }
                } else {
                    for (Object element : (List<?>) value) {
                        value(sb, array.element(), element, inner);
                    }
                }
                close(sb, indent);
            }
            case DictType dict -> {
                String entry = dict.key().signature() + dict.value().signature();
                open(sb, indent, "ARRAY", "{" + entry + "}");
                for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                    open(sb, inner, "DICT_ENTRY", entry);
                    value(sb, dict.key(), e.getKey(), inner + LEVEL);
                    value(sb, dict.value(), e.getValue(), inner + LEVEL);
                    close(sb, inner);
                }
                close(sb, indent);
            }
            case StructType struct -> {
                String signature = struct.signature();
                open(sb, indent, "STRUCT", signature.substring(1, signature.length() - 1));
                List<Object> fields = ((Struct) value).fields();
                for (int i = 0; i < fields.size(); i++) {
                    value(sb, struct.fields().get(i), fields.get(i), inner);
                }
                close(sb, indent);
            }
            case VariantType ignored -> {
                Variant variant = (Variant) value;
                open(sb, indent, "VARIANT", variant.type().signature());
                value(sb, variant.type(), variant.value(), inner);
                close(sb, indent);
            }
        }
    }

    /** One basic value as busctl prints it, without indentation or {@code ;}: {@code UINT32 5}. */
    public static String basic(BasicType type, Object value) {
        return switch (type) {
            case BYTE -> "BYTE " + Scalars.integer(type, value);
            case BOOLEAN -> "BOOLEAN " + value;
            case INT16 -> "INT16 " + Scalars.integer(type, value);
            case UINT16 -> "UINT16 " + Scalars.integer(type, value);
            case INT32 -> "INT32 " + Scalars.integer(type, value);
            case UINT32 -> "UINT32 " + Scalars.integer(type, value);
            case INT64 -> "INT64 " + Scalars.integer(type, value);
            case UINT64 -> "UINT64 " + Scalars.integer(type, value);
            case DOUBLE -> "DOUBLE " + CDoubleFormat.g(((Number) value).doubleValue());
            case STRING -> "STRING \"" + value + "\"";
            case OBJECT_PATH -> "OBJECT_PATH \"" + value + "\"";
            case SIGNATURE -> "SIGNATURE \"" + value + "\"";
            case UNIX_FD -> "UNIX_FD " + Scalars.integer(type, value);
        };
    }

    private static void open(StringBuilder sb, String indent, String kind, String contents) {
        sb.append(indent).append(kind).append(" \"").append(contents).append("\" {\n");
    }

    private static void close(StringBuilder sb, String indent) {
        sb.append(indent).append("};\n");
    }
}
