package io.jdbus.match;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * The Jazzer target for {@link MatchRule#parse}: rules arrive from peers through {@code AddMatch}, so any text must
 * give a rule or an {@link InvalidMatchRuleException}, and every rule must format and parse back equal
 * ({@link MatchRuleOracle}).
 *
 * <p>In a plain {@code mvn test} this replays only the empty input; {@link MatchRuleMutationTest} covers the seeds.
 * A bounded fuzzing run:
 * {@snippet lang=sh :
 * JAZZER_FUZZ=1 mvn -pl jdbus-core test -Dtest=MatchRuleFuzzTest -Djazzer.max_duration=60s -DargLine=-Xmx256m
 * }
 */
class MatchRuleFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void parse(byte[] data) {
        MatchRuleOracle.check(new String(data, StandardCharsets.UTF_8));
    }
}
