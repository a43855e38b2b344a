package io.jdbus.wire;

import io.jdbus.testing.RandomValues;
import io.jdbus.types.Type;
import io.jdbus.types.Values;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the seeds of {@link WireReaderFuzzTest}: for each of its signatures, random values in both byte orders,
 * each file the signature's index, the byte order and the value's bytes, as the target reads them.
 * {@snippet lang=sh :
 * java ... io.jdbus.wire.WireReaderSeeds jdbus-core/src/test/resources/fuzz/io/jdbus/wire/WireReaderFuzzTestInputs/readSkipAndViewsAgree
 * }
 */
final class WireReaderSeeds {
    private WireReaderSeeds() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0]));
        for (int i = 0; i < WireReaderFuzzTest.TYPES.size(); i++) {
            Type type = WireReaderFuzzTest.TYPES.get(i);
            for (int n = 0; n < 2; n++) {
                Object value = Values.coerce(type, new RandomValues(31L * i + n, 3).value(type));
                for (Endian endian : Endian.values()) {
                    WireWriter w = new WireWriter(endian, 64);
                    w.write(type, value);
                    byte[] bytes = w.toByteArray();
                    byte[] seed = new byte[bytes.length + 2];
                    seed[0] = (byte) i;
                    seed[1] = (byte) (endian == Endian.LITTLE ? 0 : 1);
                    System.arraycopy(bytes, 0, seed, 2, bytes.length);
                    Files.write(dir.resolve(String.format("seed-%02d-%s-%d", i, endian, n)), seed);
                }
            }
        }
    }
}
