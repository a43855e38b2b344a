package io.jdbus.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The fuzz target's property holds for every seed message, so the seeds are a valid starting corpus. */
class StreamOracleTest {

    @Test
    void everySeedMessageSatisfiesTheProperty() {
        for (byte[] seed : SeedCorpus.encoded()) {
            StreamOracle.check(seed);
        }
    }

    @Test
    void everySeedMessageRoundTrips() {
        SeedCorpus.messages().forEach(StreamOracle::assertRoundTrips);
    }

    @Test
    void theSeedsCoverBothByteOrdersAndAllFourTypes() {
        List<byte[]> all = SeedCorpus.encoded();
        assertTrue(all.stream().anyMatch(b -> b[0] == 'B'));
        assertTrue(all.stream().anyMatch(b -> b[0] == 'l'));
        for (int type = 1; type <= 4; type++) {
            int t = type;
            assertTrue(all.stream().anyMatch(b -> b[1] == t), "type " + t);
        }
    }
}
