package io.jdbus.interop;

import io.jdbus.names.ObjectPath;
import io.jdbus.types.ArrayType;
import io.jdbus.types.BasicType;
import io.jdbus.types.DictType;
import io.jdbus.types.Signature;
import io.jdbus.types.Struct;
import io.jdbus.types.StructType;
import io.jdbus.types.Type;
import io.jdbus.types.UnixFD;
import io.jdbus.types.Variant;
import io.jdbus.types.VariantType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A seeded generator of D-Bus types and of canonical jdbus values for them.
 *
 * <p>Every type code is drawn; containers nest up to {@link #MAX_DEPTH} levels (variants count, so a
 * variant may hold a variant); arrays are empty about one time in four. Values lean on the edges:
 * integer limits, -0.0, NaN, infinities, subnormals, non-ASCII and supplementary characters.
 * Dict keys are unique, also under Python's equality (so no NaN and no -0.0 keys), so that every
 * implementation keeps every entry. Handles index a list of {@link #FDS} fds.
 */
final class RandomValues {
    static final int MAX_DEPTH = 4;
    static final int FDS = 4;
    private static final BasicType[] BASIC = BasicType.values();
    private static final String[] STRING_PIECES = {
        "a", "Z", "0", " ", "_", "\"", "\\", "/", "\n", "\t", "\u0001", "\u007f", "é", "ß", "ÿ", "Ω",
        "中文", "\u2028", "\uFEFF", "\uFFFD", "\uFFFF", "\uFDD0", "😀", "\uD834\uDD1E", "\uDBFF\uDFFF",
    };
    private static final double[] DOUBLES = {
        0.0, -0.0, 1.0, -1.5, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE, 1e-300, Math.PI,
    };
    private static final long[] LONGS = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, Integer.MIN_VALUE,
        Integer.MAX_VALUE, 0xFFFF_FFFFL, 1L << 53, (1L << 53) + 1};

    private final Random random;
    private final Map<String, Integer> coverage;
    private boolean usesFds;

    /** @param coverage counts, per type code ({@code "{"} for dict entries), of values generated, and of
     *     empty arrays ({@code "empty"}) and variants holding variants ({@code "vv"}); shared between generators */
    RandomValues(long seed, Map<String, Integer> coverage) {
        this.random = new Random(seed);
        this.coverage = coverage;
    }

    private void count(String what) {
        coverage.merge(what, 1, Integer::sum);
    }

    /** Whether a handle ({@code h}) was generated since the last call (the message then needs fds). */
    boolean takeUsesFds() {
        boolean used = usesFds;
        usesFds = false;
        return used;
    }

    /** 0 to 4 complete types; the whole signature fits in 255 bytes. */
    List<Type> signature() {
        while (true) {
            int n = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(4);
            List<Type> types = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                types.add(type(MAX_DEPTH));
            }
            if (Signature.of(types).toString().length() <= 255) {
                return types;
            }
        }
    }

    Type type(int depth) {
        if (depth <= 0 || random.nextInt(5) < 2) {
            return BASIC[random.nextInt(BASIC.length)];
        }
        return switch (random.nextInt(5)) {
            case 0 -> new ArrayType(type(depth - 1));
            case 1 -> new DictType(BASIC[random.nextInt(BASIC.length)], type(depth - 1));
            case 2 -> {
                List<Type> fields = new ArrayList<>();
                int n = 1 + random.nextInt(random.nextInt(4) == 0 ? 5 : 3);
                for (int i = 0; i < n; i++) {
                    fields.add(type(depth - 1));
                }
                yield new StructType(fields);
            }
            case 3 -> new ArrayType(new StructType(List.of(type(depth - 1), type(depth - 1))));
            default -> VariantType.INSTANCE;
        };
    }

    List<Object> values(List<Type> types) {
        List<Object> out = new ArrayList<>();
        for (Type t : types) {
            out.add(value(t, MAX_DEPTH));
        }
        return out;
    }

    Object value(Type type, int depth) {
        count(type instanceof DictType ? "{" : type.signature().substring(0, 1));
        return switch (type) {
            case BasicType b -> basic(b);
            case ArrayType a -> {
                int n = size();
                if (a.element() == BasicType.BYTE) {
                    byte[] bytes = new byte[random.nextInt(20) == 0 ? 300 + random.nextInt(200) : n * 3];
                    random.nextBytes(bytes);
                    yield bytes;
                }
                List<Object> list = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    list.add(value(a.element(), depth - 1));
                }
                yield Collections.unmodifiableList(list);
            }
            case DictType d -> {
                Map<Object, Object> map = new LinkedHashMap<>();
                Set<Object> seen = new HashSet<>();
                int n = size();
                for (int attempt = 0; map.size() < n && attempt < 4 * n; attempt++) {
                    Object key = basic(d.key());
                    if (key instanceof Double x && (x.isNaN() || Double.doubleToRawLongBits(x) == Long.MIN_VALUE)) {
                        continue;
                    }
                    if (seen.add(WireJson.toJson(d.key(), key, "key"))) {
                        map.put(key, value(d.value(), depth - 1));
                    }
                }
                yield Collections.unmodifiableMap(map);
            }
            case StructType s -> {
                List<Object> fields = new ArrayList<>();
                for (Type f : s.fields()) {
                    fields.add(value(f, depth - 1));
                }
                yield Struct.of(fields);
            }
            case VariantType v -> {
                // A variant's content may be anything, a variant included, within the depth bound.
                Type inner = random.nextInt(6) == 0 && depth > 1 ? VariantType.INSTANCE : type(Math.max(0, depth - 1));
                if (inner == VariantType.INSTANCE) {
                    count("vv");
                }
                yield Variant.of(inner, value(inner, depth - 1));
            }
        };
    }

    private int size() {
        int n = switch (random.nextInt(8)) {
            case 0, 1 -> 0;
            case 2 -> 1;
            default -> 1 + random.nextInt(4);
        };
        if (n == 0) {
            count("empty");
        }
        return n;
    }

    Object basic(BasicType type) {
        return switch (type) {
            case BYTE -> (byte) edgeOr(random.nextInt(256));
            case BOOLEAN -> random.nextBoolean();
            case INT16, UINT16 -> (short) edgeOr(random.nextInt(1 << 16));
            case INT32, UINT32 -> (int) edgeOr(random.nextInt());
            case INT64, UINT64 -> edgeOr(random.nextLong());
            case DOUBLE -> {
                double d = random.nextBoolean() ? DOUBLES[random.nextInt(DOUBLES.length)]
                        : Double.longBitsToDouble(random.nextLong());
                yield Double.isNaN(d) ? Double.NaN : d; // only the canonical NaN: payloads are not compared
            }
            case STRING -> string();
            case OBJECT_PATH -> objectPath();
            case SIGNATURE -> {
                List<Type> types = new ArrayList<>();
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    types.add(type(2));
                }
                yield Signature.of(types);
            }
            case UNIX_FD -> {
                usesFds = true;
                yield new UnixFD(random.nextInt(FDS));
            }
        };
    }

    private long edgeOr(long plain) {
        return random.nextInt(3) == 0 ? LONGS[random.nextInt(LONGS.length)] : plain;
    }

    private String string() {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(30) == 0 ? 200 + random.nextInt(300) : random.nextInt(8);
        for (int i = 0; i < n; i++) {
            sb.append(STRING_PIECES[random.nextInt(STRING_PIECES.length)]);
        }
        return sb.toString();
    }

    private ObjectPath objectPath() {
        int n = random.nextInt(4);
        if (n == 0) {
            return ObjectPath.ROOT;
        }
        String chars = "abcXYZ019_";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append('/');
            int len = 1 + random.nextInt(6);
            for (int j = 0; j < len; j++) {
                sb.append(chars.charAt(random.nextInt(chars.length())));
            }
        }
        return ObjectPath.of(sb.toString());
    }
}
