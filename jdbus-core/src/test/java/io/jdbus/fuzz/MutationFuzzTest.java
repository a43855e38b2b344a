package io.jdbus.fuzz;

import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A bounded, seeded mutation fuzzer in plain JUnit, beside the coverage-guided Jazzer target: bit flips, byte
 * writes, length-field rewrites, insertions, deletions and splices of the seed messages, each checked with
 * {@link StreamOracle}. Deterministic for a given seed, so a failure reproduces; the failing input is printed.
 *
 * <p>{@code -Djdbus.fuzz.iterations=N} (default 100 000) and {@code -Djdbus.fuzz.seed=S} tune a run.
 */
class MutationFuzzTest {
    private static final List<byte[]> SEEDS = SeedCorpus.encoded();
    private static final int[] INTERESTING = {0, 1, 2, 3, 4, 7, 8, 0x7F, 0x80, 0xFF, 0x100, 0xFFFF, 0x1_0000,
            (1 << 26) - 1, 1 << 26, (1 << 26) + 1, (1 << 27) - 16, 1 << 27, 0x7FFF_FFFF, 0x8000_0000, 0xFFFF_FFF8, -1};

    @Test
    void mutatedSeedsGiveMessagesOrMalformedMessageExceptionOnly() {
        int iterations = Integer.getInteger("jdbus.fuzz.iterations", 100_000);
        long seed = Long.getLong("jdbus.fuzz.seed", 20_250_101L);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < iterations; i++) {
            byte[] input = mutate(random);
            try {
                StreamOracle.check(input);
            } catch (Throwable t) {
                throw new AssertionError("iteration " + i + " (seed " + seed + ") input " + HexFormat.of().formatHex(input), t);
            }
        }
    }

    private static byte[] mutate(SplittableRandom random) {
        byte[] b = SEEDS.get(random.nextInt(SEEDS.size())).clone();
        int rounds = 1 + random.nextInt(4);
        for (int r = 0; r < rounds; r++) {
            b = mutateOnce(b, random);
        }
        return b;
    }

    private static byte[] mutateOnce(byte[] b, SplittableRandom random) {
        if (b.length == 0) {
            return new byte[] {(byte) random.nextInt(256)};
        }
        int at = random.nextInt(b.length);
        switch (random.nextInt(7)) {
            case 0 -> b[at] ^= (byte) (1 << random.nextInt(8));
            case 1 -> b[at] = (byte) random.nextInt(256);
            case 2 -> {
                // an aligned 32-bit field (a length, a serial, an array length) gets an interesting value
                int pos = at & ~3;
                if (pos + 4 <= b.length) {
                    int v = INTERESTING[random.nextInt(INTERESTING.length)];
                    boolean big = b[0] == 'B';
                    for (int k = 0; k < 4; k++) {
                        b[pos + k] = (byte) (v >>> (big ? 8 * (3 - k) : 8 * k));
                    }
                }
            }
            case 3 -> {
                int n = 1 + random.nextInt(Math.min(8, b.length - at));
                byte[] out = new byte[b.length - n];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(b, at + n, out, at, b.length - at - n);
                return out;
            }
            case 4 -> {
                int n = 1 + random.nextInt(8);
                byte[] out = new byte[b.length + n];
                System.arraycopy(b, 0, out, 0, at);
                for (int k = 0; k < n; k++) {
                    out[at + k] = (byte) (random.nextBoolean() ? 0 : random.nextInt(256));
                }
                System.arraycopy(b, at, out, at + n, b.length - at);
                return out;
            }
            case 5 -> {
                // splice: the head of this message, the tail of another
                byte[] other = SEEDS.get(random.nextInt(SEEDS.size()));
                int from = random.nextInt(other.length);
                byte[] out = new byte[at + other.length - from];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(other, from, out, at, other.length - from);
                return out;
            }
            default -> {
                // a type code in a signature replaced by another
                byte[] codes = "ybnqiuxtdsogvha(){}".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                for (int k = 0; k < b.length; k++) {
                    int p = (at + k) % b.length;
                    if (indexOf(codes, b[p]) >= 0) {
                        b[p] = codes[random.nextInt(codes.length)];
                        break;
                    }
                }
            }
        }
        return b;
    }

    private static int indexOf(byte[] a, byte v) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == v) {
                return i;
            }
        }
        return -1;
    }
}
