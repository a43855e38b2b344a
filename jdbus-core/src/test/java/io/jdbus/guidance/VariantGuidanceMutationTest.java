package io.jdbus.guidance;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A bounded, seeded mutation fuzzer in plain JUnit beside the Jazzer target: characters that matter to the grammar
 * inserted, deleted and replaced in valid guidance, and guidance spliced, each checked with
 * {@link VariantGuidanceOracle}. Deterministic for a seed; the failing input is printed.
 * {@code -Djdbus.fuzz.iterations=N} (default 20 000) and {@code -Djdbus.fuzz.seed=S} tune a run.
 */
class VariantGuidanceMutationTest {
    private static final List<String> SEEDS = List.of(
            "", "u/s,s/(i)", "(uu/(iii.ss),as", "a{s/a{o.v}", ",s,", "y/n/q/i/u/x/t/d", "av/a{sv}", "(ii)/(iu.)",
            "a(sv)/as,,o/g", "ay/ai.", "b,h,d");
    private static final String[] INTERESTING = {
        ",", "/", ".", "(", ")", "{", "}", "a", "v", "s", "u", "i", "y", "x", "t", "d", "g", "o", "h", "b", "n", "q",
        "a{", "(v", " ", "\0", "é", "m", "r", "e", ",,", "//", "..", "a".repeat(40), "(".repeat(33),
    };

    @Test
    void mutatedGuidanceParsesOrIsRefusedAndParsedGuidanceRoundTrips() {
        int iterations = Integer.getInteger("jdbus.fuzz.iterations", 20_000);
        long seed = Long.getLong("jdbus.fuzz.seed", 20_261_122L);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < iterations; i++) {
            String base = SEEDS.get(random.nextInt(SEEDS.size()));
            if (random.nextInt(4) == 0) {
                base = base + "," + SEEDS.get(random.nextInt(SEEDS.size()));
            }
            String input = mutate(base, random);
            try {
                VariantGuidanceOracle.check(input);
            } catch (Throwable t) {
                throw new AssertionError("iteration " + i + " (seed " + seed + ") input \"" + input + "\"", t);
            }
        }
    }

    private static String mutate(String s, SplittableRandom random) {
        StringBuilder b = new StringBuilder(s);
        int rounds = 1 + random.nextInt(4);
        for (int r = 0; r < rounds; r++) {
            int at = b.isEmpty() ? 0 : random.nextInt(b.length() + 1);
            String piece = INTERESTING[random.nextInt(INTERESTING.length)];
            switch (random.nextInt(3)) {
                case 0 -> b.insert(at, piece);
                case 1 -> {
                    if (at < b.length()) {
                        b.deleteCharAt(at);
                    }
                }
                default -> {
                    if (at < b.length()) {
                        b.replace(at, Math.min(b.length(), at + piece.length()), piece);
                    } else {
                        b.append(piece);
                    }
                }
            }
        }
        return b.toString();
    }
}
