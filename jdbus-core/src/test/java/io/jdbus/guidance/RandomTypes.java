package io.jdbus.guidance;

import io.jdbus.types.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Random single complete types and random Java values, from a seed, for the property tests. */
final class RandomTypes {
    private static final String BASIC = "ybnqiuxtdsog";

    private final SplittableRandom random;

    RandomTypes(long seed) {
        this.random = new SplittableRandom(seed);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** A random single complete type, at most {@code depth} containers deep, that may hold {@code v}. */
    Type type(int depth) {
        return Type.of(signature(depth));
    }

    private String signature(int depth) {
        int pick = depth <= 0 ? 0 : random.nextInt(6);
        return switch (pick) {
            case 0, 1 -> String.valueOf(BASIC.charAt(random.nextInt(BASIC.length())));
            case 2 -> "a" + signature(depth - 1);
            case 3 -> "a{" + BASIC.charAt(random.nextInt(BASIC.length())) + signature(depth - 1) + "}";
            case 4 -> {
                StringBuilder sb = new StringBuilder("(");
                for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
                    sb.append(signature(depth - 1));
                }
                yield sb.append(')').toString();
            }
            default -> "v";
        };
    }

    /** A random Java value of the kinds inference knows: numbers, strings, lists, maps of strings, records. */
    Object value(int depth) {
        int pick = depth <= 0 ? random.nextInt(5) : random.nextInt(8);
        return switch (pick) {
            case 0 -> random.nextInt();
            case 1 -> random.nextLong();
            case 2 -> "s" + random.nextInt(100);
            case 3 -> random.nextBoolean();
            case 4 -> random.nextDouble();
            case 5 -> {
                List<Object> items = new ArrayList<>();
                for (int i = 0, n = random.nextInt(4); i < n; i++) {
                    items.add(value(depth - 1));
                }
                yield items;
            }
            case 6 -> Map.of("k" + random.nextInt(10), value(depth - 1));
            default -> new Pair(value(depth - 1), value(depth - 1));
        };
    }

    record Pair(Object first, Object second) {
    }
}
