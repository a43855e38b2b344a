package io.jdbus.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code --name=value} options of the benchmark mains, checked against the names a main knows: an unknown
 * name, an option without {@code =} or a number that is not one is an {@link IllegalArgumentException} naming it.
 * A name may be repeated; list values are comma-separated.
 * {@snippet :
 * BenchOptions o = BenchOptions.parse(args, Set.of("count", "queues", "jvm-arg"));
 * int count = o.integer("count", 20_000);
 * List<Integer> queues = o.integers("queues", List.of(1, 32));
 * List<String> jvmArgs = o.all("jvm-arg");
 * }
 */
public final class BenchOptions {
    private final Map<String, List<String>> values;

    private BenchOptions(Map<String, List<String>> values) {
        this.values = values;
    }

    /** Parses {@code args}, every one of which must be {@code --name=value} with a name in {@code known}. */
    public static BenchOptions parse(String[] args, Set<String> known) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            String name = a.startsWith("--") && eq > 2 ? a.substring(2, eq) : null;
            if (name == null || !known.contains(name)) {
                throw new IllegalArgumentException("unknown option " + a + " (known: --" + String.join("=…, --",
                        known.stream().sorted().toList()) + "=…)");
            }
            values.computeIfAbsent(name, k -> new ArrayList<>()).add(a.substring(eq + 1));
        }
        return new BenchOptions(values);
    }

    /** The last value given for {@code name} as a number, or {@code fallback}. */
    public int integer(String name, int fallback) {
        List<String> given = values.get(name);
        return given == null ? fallback : number(name, given.getLast());
    }

    /** The last value given for {@code name} as comma-separated numbers, or {@code fallback}. */
    public List<Integer> integers(String name, List<Integer> fallback) {
        List<String> words = words(name);
        return words == null ? fallback : words.stream().map(w -> number(name, w)).toList();
    }

    /** The last value given for {@code name} split at commas, or {@code fallback}. */
    public List<String> words(String name, List<String> fallback) {
        List<String> words = words(name);
        return words == null ? fallback : words;
    }

    /** Every value given for {@code name}, in order; empty when none. */
    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    private List<String> words(String name) {
        List<String> given = values.get(name);
        return given == null ? null : List.of(given.getLast().split(","));
    }

    private static int number(String name, String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + "=" + text + ": not a number");
        }
    }
}
