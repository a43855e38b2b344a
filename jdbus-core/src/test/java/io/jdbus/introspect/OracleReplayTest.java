package io.jdbus.introspect;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The fuzz oracle over the sample documents and seeded mutations of them (bytes flipped, cut, duplicated), so that
 * a plain {@code mvn test} exercises the parser's error paths the way the fuzzer does.
 */
@Timeout(60)
class OracleReplayTest {
    private static final String MUTANTS = "<>/=\"'&;#[]!?x \n\u0080\u00ff";

    @Test
    void samplesAndTheirMutationsGiveANodeOrTheOneException() {
        Random random = new Random(20240601);
        for (String name : Samples.NAMES) {
            byte[] doc = Samples.text(name).getBytes(StandardCharsets.UTF_8);
            IntrospectionOracle.check(doc);
            for (int i = 0; i < 2000; i++) {
                IntrospectionOracle.check(mutate(doc, random));
            }
        }
    }

    private static byte[] mutate(byte[] doc, Random random) {
        byte[] out = doc.clone();
        switch (random.nextInt(4)) {
            case 0 -> {
                for (int k = 0; k < 1 + random.nextInt(4); k++) {
                    out[random.nextInt(out.length)] = (byte) MUTANTS.charAt(random.nextInt(MUTANTS.length()));
                }
            }
            case 1 -> out = java.util.Arrays.copyOf(out, random.nextInt(out.length));
            case 2 -> {
                int from = random.nextInt(out.length);
                int len = random.nextInt(Math.min(200, out.length - from));
                byte[] grown = new byte[out.length + len];
                System.arraycopy(out, 0, grown, 0, from + len);
                System.arraycopy(out, from, grown, from + len, out.length - from);
                out = grown;
            }
            default -> out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return out;
    }
}
