package io.jdbus.types;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses signature text into types, enforcing every rule of the specification: at most 255 bytes, at
 * most 32 nested arrays and 32 nested structs, dict entries only directly inside an array with a basic
 * key and exactly one value type, no empty struct.
 */
final class SignatureParser {
    static final int MAX_LENGTH = 255;
    static final int MAX_ARRAY_DEPTH = 32;
    static final int MAX_STRUCT_DEPTH = 32;

    private final String text;
    private int pos;

    private SignatureParser(String text) {
        this.text = text;
    }

    /** Parses {@code text} into its complete types; throws {@link InvalidSignatureException}. */
    static List<Type> parse(String text) {
        if (text.length() > MAX_LENGTH) {
            throw fail(text, "longer than " + MAX_LENGTH + " bytes (" + text.length() + ")");
        }
        SignatureParser p = new SignatureParser(text);
        List<Type> types = new ArrayList<>();
        while (p.pos < text.length()) {
            types.add(p.complete(0, 0));
        }
        return types;
    }

    private Type complete(int arrays, int structs) {
        if (pos >= text.length()) {
            throw error("ends where a complete type is expected");
        }
        int at = pos;
        char c = text.charAt(pos++);
        BasicType basic = BasicType.forCode(c);
        if (basic != null) {
            return basic;
        }
        return switch (c) {
            case 'v' -> VariantType.INSTANCE;
            case 'a' -> array(at, arrays + 1, structs);
            case '(' -> struct(at, arrays, structs + 1);
            case ')' -> throw error("')' at index " + at + " closes no struct");
            case '{' -> throw error("dict entry at index " + at + " is not directly inside an array");
            case '}' -> throw error("'}' at index " + at + " closes no dict entry");
            default -> throw error("'" + printable(c) + "' at index " + at + " is not a type code");
        };
    }

    private Type array(int at, int arrays, int structs) {
        if (arrays > MAX_ARRAY_DEPTH) {
            throw error("more than " + MAX_ARRAY_DEPTH + " nested arrays at index " + at);
        }
        if (pos >= text.length()) {
            throw error("array at index " + at + " has no element type");
        }
        if (text.charAt(pos) != '{') {
            return new ArrayType(complete(arrays, structs));
        }
        int open = pos++;
        if (pos >= text.length() || text.charAt(pos) == '}') {
            throw error("dict entry at index " + open + " has no key type");
        }
        char k = text.charAt(pos);
        BasicType key = BasicType.forCode(k);
        if (key == null) {
            throw error("dict key at index " + pos + " is not a basic type");
        }
        pos++;
        if (pos >= text.length() || text.charAt(pos) == '}') {
            throw error("dict entry at index " + open + " has no value type");
        }
        Type value = complete(arrays, structs);
        if (pos >= text.length()) {
            throw error("dict entry at index " + open + " is not closed");
        }
        if (text.charAt(pos) != '}') {
            throw error("dict entry at index " + open + " has more than one value type");
        }
        pos++;
        return new DictType(key, value);
    }

    private Type struct(int at, int arrays, int structs) {
        if (structs > MAX_STRUCT_DEPTH) {
            throw error("more than " + MAX_STRUCT_DEPTH + " nested structs at index " + at);
        }
        List<Type> fields = new ArrayList<>();
        while (true) {
            if (pos >= text.length()) {
                throw error("struct at index " + at + " is not closed");
            }
            if (text.charAt(pos) == ')') {
                pos++;
                break;
            }
            fields.add(complete(arrays, structs));
        }
        if (fields.isEmpty()) {
            throw error("empty struct at index " + at);
        }
        return new StructType(fields);
    }

    private InvalidSignatureException error(String why) {
        return fail(text, why);
    }

    private static InvalidSignatureException fail(String text, String why) {
        String shown = text.length() > 64 ? text.substring(0, 64) + "..." : text;
        return new InvalidSignatureException("invalid signature \"" + shown + "\": " + why);
    }

    private static String printable(char c) {
        return c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c);
    }
}
