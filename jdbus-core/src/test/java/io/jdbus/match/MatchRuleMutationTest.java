package io.jdbus.match;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A bounded, seeded mutation fuzzer in plain JUnit beside the Jazzer target: characters that matter to the grammar
 * inserted, deleted and replaced in valid rules, and rules spliced, each checked with {@link MatchRuleOracle}.
 * Deterministic for a seed; the failing input is printed. {@code -Djdbus.fuzz.iterations=N} (default 50 000) and
 * {@code -Djdbus.fuzz.seed=S} tune a run.
 */
class MatchRuleMutationTest {
    private static final List<String> SEEDS = List.of(
            "",
            "type='signal',sender='org.freedesktop.DBus',interface='org.freedesktop.DBus',member='Foo',"
                    + "path='/bar/foo',destination=':452345.34',arg2='bar'",
            "type='signal',path_namespace='/com/example',arg0namespace='com.example.backend1',eavesdrop='true'",
            "arg0=''\\''',arg1='\\',arg2=',',arg3='\\\\'",
            "arg0=\\',arg1=\\,arg2=',',arg3=\\\\",
            "arg0path='/aa/bb/',arg63='x',arg7path='/foo'",
            "    type='signal',  \tsender='org.freedes''ktop.DBusSender',   interface='a.b''''',",
            "arg0=Time: 8 o\\'clock,member=icecream");
    private static final String[] INTERESTING = {
        "'", "\\", ",", "=", " ", "\t", "\n", "\0", "arg", "arg64", "arg0namespace", "path", "path_namespace",
        "eavesdrop", "type", "0", "9", ":", ".", "/", "é", "😀", "\uD800", "\uDC00", ",,", "''", "\\'",
    };

    @Test
    void mutatedRulesParseOrAreRejectedAndParsedOnesRoundTrip() {
        int iterations = Integer.getInteger("jdbus.fuzz.iterations", 50_000);
        long seed = Long.getLong("jdbus.fuzz.seed", 20_250_101L);
        SplittableRandom random = new SplittableRandom(seed);
        RandomRules rules = new RandomRules(seed);
        for (int i = 0; i < iterations; i++) {
            String base = random.nextInt(3) == 0 ? rules.otherText(rules.rule()) : SEEDS.get(random.nextInt(SEEDS.size()));
            String input = mutate(base, random);
            try {
                MatchRuleOracle.check(input);
            } catch (Throwable t) {
                throw new AssertionError("iteration " + i + " (seed " + seed + ") input " + RuleText.quote(input), t);
            }
        }
    }

    private static String mutate(String s, SplittableRandom random) {
        StringBuilder b = new StringBuilder(s);
        int rounds = 1 + random.nextInt(4);
        for (int r = 0; r < rounds; r++) {
            int at = b.isEmpty() ? 0 : random.nextInt(b.length() + 1);
            switch (random.nextInt(4)) {
                case 0 -> b.insert(at, INTERESTING[random.nextInt(INTERESTING.length)]);
                case 1 -> {
                    if (at < b.length()) {
                        b.deleteCharAt(at);
                    }
                }
                case 2 -> {
                    if (at < b.length()) {
                        b.setCharAt(at, INTERESTING[random.nextInt(INTERESTING.length)].charAt(0));
                    }
                }
                default -> {
                    String other = SEEDS.get(random.nextInt(SEEDS.size()));
                    int from = other.isEmpty() ? 0 : random.nextInt(other.length());
                    b.insert(at, other.substring(from));
                }
            }
        }
        return b.toString();
    }
}
