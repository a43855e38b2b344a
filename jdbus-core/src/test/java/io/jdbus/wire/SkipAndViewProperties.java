package io.jdbus.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.testing.RandomValues;
import io.jdbus.types.Type;
import io.jdbus.types.Values;
import io.jdbus.types.Variant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * {@link WireReader#skip} (validation without building) must accept and reject exactly what {@link WireReader#read}
 * does, with the same reason at the same offset, and {@link WireReader#readView} must give values equal to
 * {@link WireReader#read}'s: random types and values, encoded, then damaged at random places.
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
        String what = "type " + type + " seed " + seed;
        Outcome read = outcome(bytes, limit, endian, type, false);
        Outcome skipped = outcome(bytes, limit, endian, type, true);
        assertEquals(read.failure(), skipped.failure(), what);
        assertEquals(read.position(), skipped.position(), what);
        for (int small : new int[] {0, WireReader.SMALL_CONTAINER}) {   // views everywhere, and as the decoder makes them
            if (read.failure() != null) {
                break;
            }
            WireReader views = new WireReader(bytes, 0, 0, limit, endian, 3).smallContainer(small);
            Object view = views.readView(type);
            assertTrue(Values.deepEquals(read.value(), view), what);
            assertTrue(Values.deepEquals(view, read.value()), what);
            assertEquals(Values.deepHashCode(read.value()), Values.deepHashCode(view), what);
            assertEquals(Variant.of(type, read.value()).toString(), Variant.of(type, view).toString(), what);
            assertEquals(read.position(), (long) views.position(), what);
            assertUnmodifiable(view);
        }
    }

    private record Outcome(Object value, String failure, long position) {
    }

    private static Outcome outcome(byte[] bytes, int limit, Endian endian, Type type, boolean skip) {
        WireReader r = new WireReader(bytes, 0, 0, limit, endian, 3);
        try {
            Object value = null;
            if (skip) {
                r.skip(type);
            } else {
                value = r.read(type);
            }
            return new Outcome(value, null, r.position());
        } catch (MalformedMessageException e) {
            return new Outcome(null, e.reason(), e.offset());
        }
    }

    /** Bytes that break rules more often than random ones: NUL, high bytes, lengths, '/', signature codes. */
    private static byte special(SplittableRandom r) {
        byte[] choices = {0, 1, 2, (byte) 0x80, (byte) 0xC3, (byte) 0xFF, '/', 'a', '{', '(', 'v', 7, 8, 64};
        return r.nextInt(3) == 0 ? (byte) r.nextInt(256) : choices[r.nextInt(choices.length)];
    }

    private static void assertUnmodifiable(Object value) {
        if (value instanceof List<?> list) {
            assertThrows(UnsupportedOperationException.class, () -> ((List<Object>) list).add("x"));
            list.forEach(SkipAndViewProperties::assertUnmodifiable);
        } else if (value instanceof Map<?, ?> map) {
            assertThrows(UnsupportedOperationException.class, () -> ((Map<Object, Object>) map).put("x", "y"));
            if (!map.isEmpty()) {
                assertThrows(UnsupportedOperationException.class, () -> map.entrySet().clear());
            }
            map.values().forEach(SkipAndViewProperties::assertUnmodifiable);
        }
    }
}
