package io.jdbus.codegen;

import io.jdbus.types.ArrayType;
import io.jdbus.types.BasicType;
import io.jdbus.types.DictType;
import io.jdbus.types.StructType;
import io.jdbus.types.Type;
import io.jdbus.types.VariantType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * D-Bus types to Java declarations, by the design's type table with unsigned types widened losslessly
 * ({@code y} and {@code q} → {@code int}, {@code u} → {@code long}); structs become records named after
 * where they occur, one record per name and signature, kept here until they are written.
 */
final class TypeMapper {
    private final NameScope typeNames;
    private final boolean bigInteger;
    private final Map<String, String> structs = new HashMap<>();
    private final List<RecordPlan> records = new ArrayList<>();

    TypeMapper(NameScope typeNames, boolean uint64AsBigInteger) {
        this.typeNames = typeNames;
        this.bigInteger = uint64AsBigInteger;
    }

    /** The Java declaration of {@code t}; a struct in it is named from {@code hint} (a PascalCase name). */
    JavaType map(Type t, String hint) {
        return switch (t) {
            case BasicType b -> basic(b);
            case VariantType v -> new JavaType("Variant", "Variant", t, false);
            case ArrayType a when a.element() == BasicType.BYTE -> new JavaType("byte[]", "byte[]", t, false);
            case ArrayType a -> {
                JavaType e = map(a.element(), hint + "Item");
                String text = "List<" + e.boxed() + ">";
                yield new JavaType(text, text, t, e.ambiguous());
            }
            case DictType d -> {
                JavaType k = map(d.key(), hint + "Key");
                JavaType v = map(d.value(), hint + "Value");
                String text = "Map<" + k.boxed() + ", " + v.boxed() + ">";
                yield new JavaType(text, text, t, k.ambiguous() || v.ambiguous());
            }
            case StructType s -> {
                String name = struct(s, hint);
                yield new JavaType(name, name, t, false);
            }
        };
    }

    private JavaType basic(BasicType b) {
        return switch (b) {
            case BYTE, UINT16 -> new JavaType("int", "Integer", b, true);
            case BOOLEAN -> new JavaType("boolean", "Boolean", b, false);
            case INT16 -> new JavaType("short", "Short", b, false);
            case INT32 -> new JavaType("int", "Integer", b, false);
            case UINT32 -> new JavaType("long", "Long", b, true);
            case INT64 -> new JavaType("long", "Long", b, false);
            case UINT64 -> bigInteger ? new JavaType("BigInteger", "BigInteger", b, false)
                    : new JavaType("long", "Long", b, true);
            case DOUBLE -> new JavaType("double", "Double", b, false);
            case STRING -> new JavaType("String", "String", b, false);
            case OBJECT_PATH -> new JavaType("ObjectPath", "ObjectPath", b, false);
            case SIGNATURE -> new JavaType("Signature", "Signature", b, false);
            case UNIX_FD -> new JavaType("UnixFD", "UnixFD", b, false);
        };
    }

    private String struct(StructType s, String hint) {
        String key = hint + "|" + s.signature();
        String known = structs.get(key);
        if (known != null) {
            return known;
        }
        String name = typeNames.claim(hint);
        structs.put(key, name);
        NameScope fieldNames = new NameScope(JavaNames.OBJECT_METHODS);
        List<RecordPlan.Component> components = new ArrayList<>();
        for (int i = 0; i < s.fields().size(); i++) {
            JavaType field = map(s.fields().get(i), name + "Field" + i);
            components.add(new RecordPlan.Component(fieldNames.claim("field" + i), field, ""));
        }
        records.add(new RecordPlan(name, components, "The D-Bus struct {@code " + s.signature() + "}."));
        return name;
    }

    /** A new record of {@code components}, named {@code hint} or a free variant of it. */
    String record(String hint, List<RecordPlan.Component> components, String doc) {
        String name = typeNames.claim(hint);
        records.add(new RecordPlan(name, List.copyOf(components), doc));
        return name;
    }

    /** The records made so far, in the order they were made. */
    List<RecordPlan> records() {
        return List.copyOf(records);
    }
}
