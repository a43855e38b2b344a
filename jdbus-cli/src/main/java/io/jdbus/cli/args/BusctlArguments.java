package io.jdbus.cli.args;

import io.jdbus.names.ObjectPath;
import io.jdbus.types.ArrayType;
import io.jdbus.types.BasicType;
import io.jdbus.types.DictType;
import io.jdbus.types.InvalidSignatureException;
import io.jdbus.types.Signature;
import io.jdbus.types.Struct;
import io.jdbus.types.StructType;
import io.jdbus.types.Type;
import io.jdbus.types.Variant;
import io.jdbus.types.VariantType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * busctl's command-line value syntax ("PARAMETER FORMATTING" in busctl(1)): a signature, then one word
 * per basic value. An array is its element count, then its elements; a dict entry its key then its value;
 * a variant the signature of its content, then the content; a struct just its fields, inline. Booleans
 * are {@code true/false/yes/no/on/off/1/0}; integers take {@code 0x}, {@code 0o}, {@code 0b} prefixes.
 *
 * <p>Pure: words in, values of the type table out ({@code ay} as {@code byte[]}, unsigned types with
 * unsigned bits, {@code o} as {@link ObjectPath}, {@code g} as {@link Signature}). Errors carry busctl's
 * wording. {@code h} is refused, as busctl refuses it: a descriptor cannot be named on a command line.
 *
 * {@snippet :
 * BusctlArguments.parse("sa{sv}", List.of("hi", "1", "Rate", "u", "5"));
 * // ["hi", {Rate=Variant(u, 5)}]
 * BusctlArguments.parse("as", List.of("3", "a"));
 * // throws ArgumentException: Too few parameters for signature.
 * }
 *
 * @see <a href="https://www.freedesktop.org/software/systemd/man/busctl.html#Parameter%20Formatting">busctl(1)</a>
 */
public final class BusctlArguments {
    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private final List<String> words;
    private int next;

    private BusctlArguments(List<String> words) {
        this.words = words;
    }

    /** The values {@code words} give for {@code signature}; every word must be used. */
    public static List<Object> parse(String signature, List<String> words) throws ArgumentException {
        Signature parsed = signature(signature, "signature");
        BusctlArguments parser = new BusctlArguments(List.copyOf(words));
        List<Object> values = parser.values(parsed.types());
        if (parser.next < words.size()) {
            throw new ArgumentException("Too many parameters for signature.");
        }
        return values;
    }

    private List<Object> values(List<Type> types) throws ArgumentException {
        List<Object> out = new ArrayList<>(types.size());
        for (Type type : types) {
            out.add(value(type));
        }
        return out;
    }

    private Object value(Type type) throws ArgumentException {
        return switch (type) {
            case BasicType basic -> basic(basic, word());
            case ArrayType array -> array(array, count(word()));
            case DictType dict -> {
                long n = count(word());
                Map<Object, Object> map = new LinkedHashMap<>();
                for (long i = 0; i < n; i++) {
                    Object key = value(dict.key());
                    map.put(key, value(dict.value()));
                }
                yield map;
            }
            case StructType struct -> Struct.of(values(struct.fields()));
            case VariantType ignored -> {
                String text = word();
                Signature contents = signature(text, "variant signature");
                if (!contents.isSingle()) {
                    throw new ArgumentException("Invalid variant signature '" + text
                            + "': a variant holds exactly one complete type.");
                }
                Type inner = contents.single();
                yield Variant.of(inner, value(inner));
            }
        };
    }

    private Object array(ArrayType array, long n) throws ArgumentException {
        if (array.element() == BasicType.BYTE) {
            byte[] bytes = new byte[checkedSize(n)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (Byte) basic(BasicType.BYTE, word());
            }
            return bytes;
        }
        List<Object> list = new ArrayList<>();
        for (long i = 0; i < n; i++) {
            list.add(value(array.element()));
        }
        return list;
    }

    /** An array needs at least one word per element, so a count beyond the words left is too few parameters. */
    private int checkedSize(long n) throws ArgumentException {
        if (n > words.size() - next) {
            throw new ArgumentException("Too few parameters for signature.");
        }
        return (int) n;
    }

    private long count(String word) throws ArgumentException {
        try {
            return CNumbers.integer(word, BigInteger.ZERO, BigInteger.valueOf(0xFFFF_FFFFL)).longValue();
        } catch (NumberFormatException e) {
            throw new ArgumentException("Failed to parse '" + word + "' number of array entries: " + e.getMessage());
        }
    }

    private String word() throws ArgumentException {
        if (next >= words.size()) {
            throw new ArgumentException("Too few parameters for signature.");
        }
        return words.get(next++);
    }

    static Object basic(BasicType type, String word) throws ArgumentException {
        return switch (type) {
            case BOOLEAN -> {
                Boolean b = CBoolean.parse(word);
                if (b == null) {
                    throw new ArgumentException("Failed to parse '" + word + "' as boolean: " + CNumbers.EINVAL);
                }
                yield b;
            }
            case BYTE -> (byte) integer(word, type, 0, 255);
            case INT16 -> (short) integer(word, type, Short.MIN_VALUE, Short.MAX_VALUE);
            case UINT16 -> (short) integer(word, type, 0, 0xFFFF);
            case INT32 -> (int) integer(word, type, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case UINT32 -> (int) integer(word, type, 0, 0xFFFF_FFFFL);
            case INT64 -> integer(word, type, Long.MIN_VALUE, Long.MAX_VALUE);
            case UINT64 -> parseInteger(word, type, BigInteger.ZERO, UINT64_MAX).longValue();
            case DOUBLE -> {
                try {
                    yield CNumbers.decimal(word);
                } catch (NumberFormatException e) {
                    throw new ArgumentException(failed(word, type) + e.getMessage());
                }
            }
            case STRING -> {
                if (word.indexOf('\0') >= 0) {
                    throw new ArgumentException("Failed to parse '" + word + "' as string: contains U+0000.");
                }
                yield word;
            }
            case OBJECT_PATH -> {
                if (!ObjectPath.isValid(word)) {
                    throw new ArgumentException("Failed to parse '" + word + "' as object path: "
                            + "an object path is / or /-separated elements of [A-Za-z0-9_], without a trailing /.");
                }
                yield ObjectPath.of(word);
            }
            case SIGNATURE -> signature(word, "signature");
            case UNIX_FD -> throw new ArgumentException("UNIX file descriptor not supported as type.");
        };
    }

    private static long integer(String word, BasicType type, long min, long max) throws ArgumentException {
        return parseInteger(word, type, BigInteger.valueOf(min), BigInteger.valueOf(max)).longValue();
    }

    private static BigInteger parseInteger(String word, BasicType type, BigInteger min, BigInteger max)
            throws ArgumentException {
        try {
            return CNumbers.integer(word, min, max);
        } catch (NumberFormatException e) {
            throw new ArgumentException(failed(word, type) + e.getMessage());
        }
    }

    /** busctl's "Failed to parse 'x' as ...: " prefix for a basic type. */
    private static String failed(String word, BasicType type) {
        String what = switch (type) {
            case BYTE -> "byte (unsigned 8bit integer)";
            case INT16 -> "signed 16bit integer";
            case UINT16 -> "unsigned 16bit integer";
            case INT32 -> "signed 32bit integer";
            case UINT32 -> "unsigned 32bit integer";
            case INT64 -> "signed 64bit integer";
            case UINT64 -> "unsigned 64bit integer";
            case DOUBLE -> "double precision floating point";
            case BOOLEAN, STRING, OBJECT_PATH, SIGNATURE, UNIX_FD -> type.name().toLowerCase(java.util.Locale.ROOT);
        };
        return "Failed to parse '" + word + "' as " + what + ": ";
    }

    private static Signature signature(String text, String what) throws ArgumentException {
        try {
            return Signature.of(text);
        } catch (InvalidSignatureException e) {
            throw new ArgumentException("Invalid " + what + " '" + text + "': " + e.getMessage());
        }
    }
}
