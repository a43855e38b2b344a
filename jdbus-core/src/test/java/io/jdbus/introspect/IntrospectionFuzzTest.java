package io.jdbus.introspect;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The Jazzer target for {@link IntrospectionParser}: introspection XML comes from peers, so any bytes must give a
 * node or an {@link InvalidIntrospectionException}, and every node must round-trip through the writer
 * ({@link IntrospectionOracle}).
 *
 * <p>In a plain {@code mvn test} this replays only the empty input; {@link OracleReplayTest} runs the oracle over
 * the sample documents and mutations of them. A bounded fuzzing run:
 * {@snippet lang=sh :
 * JAZZER_FUZZ=1 mvn -pl jdbus-core test -Dtest=IntrospectionFuzzTest -Djazzer.max_duration=60s -DargLine=-Xmx512m
 * }
 */
class IntrospectionFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void parse(byte[] data) {
        IntrospectionOracle.check(data);
    }
}
