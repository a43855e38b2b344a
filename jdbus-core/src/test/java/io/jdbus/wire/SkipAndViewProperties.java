package io.jdbus.wire;

import io.jdbus.testing.RandomValues;
import io.jdbus.types.Type;
import io.jdbus.types.Values;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * {@link WireReader#skip} (validation without building) must accept and reject exactly what {@link WireReader#read}
 * does, with the same reason at the same offset, and {@link WireReader#readView} must give values equal to
 * {@link WireReader#read}'s ({@link ReadSkipViewOracle}): random types and values, encoded, then intact, truncated
 * or damaged at random places.
 */
class SkipAndViewProperties {

    @Property(tries = 1500)
    void skipAcceptsAndRejectsExactlyWhatReadDoes(@ForAll long seed, @ForAll boolean big) {
        RandomValues random = new RandomValues(seed, 4);
        Type type = random.type();
        Endian endian = big ? Endian.BIG : Endian.LITTLE;
        WireWriter w = new WireWriter(endian, 64);
        w.write(type, Values.coerce(type, random.value(type)));
        byte[] bytes = w.toByteArray();
        SplittableRandom damage = new SplittableRandom(seed);
        int limit = bytes.length;
        switch (damage.nextInt(4)) {
            case 0 -> { }
            case 1 -> limit = damage.nextInt(bytes.length + 1);   // truncated
            default -> {
                for (int i = 0, n = 1 + damage.nextInt(3); i < n && bytes.length > 0; i++) {
                    bytes[damage.nextInt(bytes.length)] = special(damage);
                }
            }
        }
        ReadSkipViewOracle.check(bytes, limit, endian, type);
    }

    /** Bytes that break rules more often than random ones: NUL, high bytes, lengths, '/', signature codes. */
    private static byte special(SplittableRandom r) {
        byte[] choices = {0, 1, 2, (byte) 0x80, (byte) 0xC3, (byte) 0xFF, '/', 'a', '{', '(', 'v', 7, 8, 64};
        return r.nextInt(3) == 0 ? (byte) r.nextInt(256) : choices[r.nextInt(choices.length)];
    }
}
