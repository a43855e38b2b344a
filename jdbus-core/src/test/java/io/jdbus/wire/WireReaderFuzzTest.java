package io.jdbus.wire;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.jdbus.types.Type;
import java.util.Arrays;
import java.util.List;

/**
 * The Jazzer target for reading a body's values: bytes from a peer read as one of the signatures below must give
 * {@link WireReader#read}, {@link WireReader#skip} and the views of {@link WireReader#readView} the same outcome
 * ({@link ReadSkipViewOracle}), and no exception but the codec's own. The first byte picks the signature, the
 * second the byte order; the rest are the value's bytes. The message-level target
 * ({@code io.jdbus.fuzz.StreamReaderFuzzTest}) seldom builds bodies large enough for the decoder to keep views;
 * this one reaches them directly.
 *
 * <p>In a plain {@code mvn test} this replays the inputs under
 * {@code src/test/resources/fuzz/io/jdbus/wire/WireReaderFuzzTestInputs/readSkipAndViewsAgree}. A bounded run:
 * {@snippet lang=sh :
 * JAZZER_FUZZ=1 mvn -pl jdbus-core test -Dtest=WireReaderFuzzTest -Djazzer.max_duration=30s -DargLine=-Xmx256m
 * }
 */
class WireReaderFuzzTest {
    /** Signatures of real traffic and of every container shape, nested. */
    static final List<Type> TYPES = List.of("a{sv}", "a{oa{sa{sv}}}", "(sa{sv}as)", "av", "aav", "a(sv)", "aay",
            "a{ua(bs)}", "ah", "ao", "ag", "a{ss}", "(yqiuxtdb)", "a{s(oa{sv})}", "a{sa{sv}}", "v", "aas")
            .stream().map(Type::of).toList();

    @FuzzTest(maxDuration = "30s")
    void readSkipAndViewsAgree(byte[] data) {
        if (data.length < 2) {
            return;
        }
        Type type = TYPES.get((data[0] & 0xFF) % TYPES.size());
        Endian endian = (data[1] & 1) == 0 ? Endian.LITTLE : Endian.BIG;
        byte[] bytes = Arrays.copyOfRange(data, 2, data.length);
        ReadSkipViewOracle.check(bytes, bytes.length, endian, type);
    }
}
