package io.jdbus.guidance;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * The Jazzer target for {@link VariantGuidance#parse}: any text gives guidance or an
 * {@link InvalidGuidanceException} that names an entry, and guidance that parses round-trips and guides
 * arguments to variants of its own types ({@link VariantGuidanceOracle}).
 *
 * <p>In a plain {@code mvn test} this replays the inputs under
 * {@code src/test/resources/fuzz/io/jdbus/guidance/VariantGuidanceFuzzTestInputs/parse};
 * {@link VariantGuidanceMutationTest} mutates seeds in every run. A bounded fuzzing run:
 * {@snippet lang=sh :
 * JAZZER_FUZZ=1 mvn -pl jdbus-core test -Dtest=VariantGuidanceFuzzTest -Djazzer.max_duration=60s -DargLine=-Xmx256m
 * }
 */
class VariantGuidanceFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void parse(byte[] data) {
        VariantGuidanceOracle.check(new String(data, StandardCharsets.UTF_8));
    }
}
