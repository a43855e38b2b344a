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
 * Decoded values as busctl's JSON: {@code {"type":"<signature>","data":[...]}} for a message body,
 * each value by its type.
 *
 * <p>Integers are JSON numbers (unsigned types unsigned), doubles {@code %.21e} with NaN and
 * infinities as {@code null}, strings, object paths and signatures strings, arrays (also {@code ay})
 * and structs arrays, dicts objects, variants {@code {"type":"<sig>","data":<value>}}, and
 * {@code h} {@code null} (the descriptor itself has no JSON form). busctl refuses a dict whose keys
 * are not strings; here such a key is written as its text, e.g. {@code "5"}.
 *
 * {@snippet :
 * var w = new JsonWriter(JsonStyle.SHORT);
 * ValueJson.payload(w, Signature.of("as"), List.of(List.of("a", "b")));
 * w.toString();   // {"type":"as","data":[["a","b"]]}
 * }
 */
public final class ValueJson {
    private ValueJson() {
    }

    /** Writes a message body: {@code {"type":"<signature>","data":[<args>]}}. */
    public static void payload(JsonWriter w, Signature signature, List<?> body) {
        w.beginObject().name("type").string(signature.toString()).name("data").beginArray();
        List<Type> types = signature.types();
        for (int i = 0; i < types.size(); i++) {
            value(w, types.get(i), body.get(i));
        }
        w.endArray().endObject();
    }

    /** Writes one decoded value of type {@code type}. */
    public static void value(JsonWriter w, Type type, Object value) {
        switch (type) {
            case BasicType basic -> basic(w, basic, value);
            case ArrayType array -> array(w, array, value);
            case DictType dict -> dict(w, dict, (Map<?, ?>) value);
            case StructType struct -> {
                w.beginArray();
                List<Object> fields = ((Struct) value).fields();
                for (int i = 0; i < fields.size(); i++) {
                    value(w, struct.fields().get(i), fields.get(i));
                }
                w.endArray();
            }
            case VariantType ignored -> {
                Variant variant = (Variant) value;
                w.beginObject().name("type").string(variant.type().signature()).name("data");
                value(w, variant.type(), variant.value());
                w.endObject();
            }
        }
    }

    private static void basic(JsonWriter w, BasicType type, Object value) {
        switch (type) {
            case BOOLEAN -> w.bool((Boolean) value);
            case DOUBLE -> {
                String text = Scalars.jsonDouble(((Number) value).doubleValue());
                if (text == null) {
                    w.nullValue();
                } else {
                    w.number(text);
                }
            }
            case STRING, OBJECT_PATH, SIGNATURE -> w.string(value.toString());
            case UNIX_FD -> w.nullValue();
            case BYTE, INT16, UINT16, INT32, UINT32, INT64, UINT64 -> w.number(Scalars.integer(type, value));
        }
    }

    private static void array(JsonWriter w, ArrayType array, Object value) {
        w.beginArray();
        if (value instanceof byte[] bytes) {
            for (byte b : bytes) {
                w.number(Integer.toString(Byte.toUnsignedInt(b)));
            }
        } else {
            for (Object element : (List<?>) value) {
                value(w, array.element(), element);
            }
        }
        w.endArray();
    }

    private static void dict(JsonWriter w, DictType dict, Map<?, ?> map) {
        w.beginObject();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            w.name(keyText(dict.key(), entry.getKey()));
            value(w, dict.value(), entry.getValue());
        }
        w.endObject();
    }

    /** A dict key as a JSON member name; busctl only has string-like keys, the others use their text. */
    private static String keyText(BasicType type, Object key) {
        return switch (type) {
            case STRING, OBJECT_PATH, SIGNATURE -> key.toString();
            case BOOLEAN -> key.toString();
            case DOUBLE -> {
                double d = ((Number) key).doubleValue();
                String text = Scalars.jsonDouble(d);
                yield text != null ? text : CDoubleFormat.g(d);
            }
            case BYTE, INT16, UINT16, INT32, UINT32, INT64, UINT64, UNIX_FD -> Scalars.integer(type, key);
        };
    }
}
