package io.jdbus.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The Jazzer target for {@link io.jdbus.message.MessageStreamReader}: any bytes, fed whole and in chunks of random
 * sizes, give messages or a {@link io.jdbus.wire.MalformedMessageException} and nothing else, and every message
 * round-trips through the encoder ({@link StreamOracle}).
 *
 * <p>In a plain {@code mvn test} this replays the inputs under
 * {@code src/test/resources/fuzz/io/jdbus/fuzz/StreamReaderFuzzTestInputs/streamReader} (valid messages written by
 * {@link SeedCorpus}, plus any crash reproducer committed there). A bounded fuzzing run:
 * {@snippet lang=sh :
 * JAZZER_FUZZ=1 mvn -pl jdbus-core test -Dtest=StreamReaderFuzzTest -Djazzer.max_duration=60s -DargLine=-Xmx256m
 * }
 */
class StreamReaderFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void streamReader(byte[] data) {
        StreamOracle.check(data);
    }
}
