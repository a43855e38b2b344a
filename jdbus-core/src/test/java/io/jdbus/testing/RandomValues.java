package io.jdbus.testing;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Random D-Bus types and values of them, in decoded form, bounded in depth and size; reproducible from a seed. */
public final class RandomValues {
    private static final BasicType[] BASIC = BasicType.values();
    private static final String[] WORDS = {"", "a", "hello", "é", "日本", "\ud83d\ude00", "x y", "org.example", "\u007f"};

    private final Random random;
    private final int maxDepth;

    /** A generator seeded with {@code seed}, nesting containers at most {@code maxDepth} deep. */
    public RandomValues(long seed, int maxDepth) {
        this.random = new Random(seed);
        this.maxDepth = maxDepth;
    }

    /** A random complete type. */
    public Type type() {
        return type(0);
    }

    private Type type(int depth) {
        int pick = depth >= maxDepth ? 0 : random.nextInt(10);
        return switch (pick) {
            case 0, 1, 2, 3, 4 -> BASIC[random.nextInt(BASIC.length)];
            case 5, 6 -> new ArrayType(type(depth + 1));
            case 7 -> new DictType(BASIC[random.nextInt(BASIC.length)], type(depth + 1));
            case 8 -> {
                int n = 1 + random.nextInt(4);
                List<Type> fields = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    fields.add(type(depth + 1));
                }
                yield new StructType(fields);
            }
            default -> VariantType.INSTANCE;
        };
    }

    /** A random signature of up to {@code max} complete types that fits in 255 bytes. */
    public Signature signature(int max) {
        List<Type> types = new ArrayList<>();
        int n = random.nextInt(max + 1);
        int length = 0;
        for (int i = 0; i < n; i++) {
            Type t = type();
            if (length + t.signature().length() > 255) {
                break;
            }
            length += t.signature().length();
            types.add(t);
        }
        return Signature.of(types);
    }

    /** A random value of {@code type}, in decoded form. */
    public Object value(Type type) {
        return value(type, 0);
    }

    private Object value(Type type, int depth) {
        return switch (type) {
            case BasicType b -> basic(b);
            case ArrayType a -> {
                int n = random.nextInt(depth > 2 ? 2 : 4);
                if (a.element() == BasicType.BYTE) {
                    byte[] bytes = new byte[random.nextInt(12)];
                    random.nextBytes(bytes);
                    yield bytes;
                }
                List<Object> out = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    out.add(value(a.element(), depth + 1));
                }
                yield List.copyOf(out);
            }
            case DictType d -> {
                int n = random.nextInt(depth > 2 ? 2 : 4);
                Map<Object, Object> out = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    out.put(basic(d.key()), value(d.value(), depth + 1));
                }
                yield out;
            }
            case StructType s -> {
                List<Object> fields = new ArrayList<>();
                for (Type t : s.fields()) {
                    fields.add(value(t, depth + 1));
                }
                yield Struct.of(fields);
            }
            case VariantType v -> {
                Type inner = depth >= maxDepth ? BASIC[random.nextInt(BASIC.length)] : type(depth + 1);
                yield Variant.of(inner, value(inner, depth + 1));
            }
        };
    }

    private Object basic(BasicType b) {
        return switch (b) {
            case BYTE -> (byte) random.nextInt();
            case BOOLEAN -> random.nextBoolean();
            case INT16, UINT16 -> (short) edge(random.nextInt());
            case INT32, UINT32 -> (int) edge(random.nextInt());
            case INT64, UINT64 -> edge(random.nextLong());
            case DOUBLE -> switch (random.nextInt(6)) {
                case 0 -> -0.0;
                case 1 -> Double.NaN;
                case 2 -> Double.POSITIVE_INFINITY;
                case 3 -> Double.MIN_VALUE;
                default -> random.nextGaussian() * 1e6;
            };
            case STRING -> WORDS[random.nextInt(WORDS.length)] + random.nextInt(100);
            case OBJECT_PATH -> random.nextBoolean() ? ObjectPath.ROOT : ObjectPath.of("/p" + random.nextInt(9) + "/_x");
            case SIGNATURE -> Signature.of(random.nextBoolean() ? "" : type().signature());
            case UNIX_FD -> new UnixFD(random.nextInt(3));
        };
    }

    private long edge(long v) {
        return switch (random.nextInt(5)) {
            case 0 -> 0;
            case 1 -> -1;
            case 2 -> Long.MIN_VALUE;
            default -> v;
        };
    }
}
