package io.jdbus.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.types.Type;
import io.jdbus.types.Values;
import io.jdbus.types.Variant;
import java.util.List;
import java.util.Map;

/**
 * What must hold for any bytes read as a value of a type: {@link WireReader#skip} and {@link WireReader#skipAll}
 * accept and reject exactly what {@link WireReader#read} does, with the same reason at the same offset and the same
 * end position; {@link WireCheck} answers the same end position or {@link WireCheck#INVALID}, whatever the base
 * its alignment counts from; and when they
 * accept, {@link WireReader#readView} (with views everywhere, and as the decoder makes them) gives values equal to
 * read's, with the same hash and text, unmodifiable, ending at the same position. Any other exception propagates
 * and fails the caller.
 * {@snippet :
 * ReadSkipViewOracle.check(bytes, bytes.length, Endian.LITTLE, Type.of("a{sv}"));
 * }
 */
final class ReadSkipViewOracle {
    private ReadSkipViewOracle() {
    }

    /** What reading gave: a value and the end position, or a failure's reason and offset. */
    record Outcome(Object value, String failure, long position) {
    }

    /** Checks the property for {@code bytes[0, limit)}; answers whether they hold a valid value. */
    static boolean check(byte[] bytes, int limit, Endian endian, Type type) {
        String what = "type " + type + ", " + endian + ", " + java.util.HexFormat.of().formatHex(bytes, 0, limit);
        Outcome read = outcome(bytes, limit, endian, type, false);
        Outcome skipped = outcome(bytes, limit, endian, type, true);
        assertEquals(read.failure(), skipped.failure(), what);
        assertEquals(read.position(), skipped.position(), what);
        Outcome all = outcomeOfSkipAll(bytes, limit, endian, type);
        assertEquals(read.failure(), all.failure(), what);
        assertEquals(read.position(), all.position(), what);
        // The check without reasons, also from a base that is not the array's start (alignment is relative to it).
        long checked = new WireCheck(bytes, 0, endian, 3).value(type, 0, limit, 0);
        assertEquals(read.failure() == null ? read.position() : WireCheck.INVALID, checked, what);
        byte[] shifted = new byte[limit + 8];
        System.arraycopy(bytes, 0, shifted, 8, limit);
        long checkedShifted = new WireCheck(shifted, 8, endian, 3).value(type, 8, limit + 8, 0);
        assertEquals(read.failure() == null ? read.position() + 8 : WireCheck.INVALID, checkedShifted, what);
        if (read.failure() != null) {
            return false;
        }
        for (int small : new int[] {0, WireReader.SMALL_CONTAINER}) {
            WireReader views = new WireReader(bytes, 0, 0, limit, endian, 3).smallContainer(small);
            Object view = views.readView(type);
            assertTrue(Values.deepEquals(read.value(), view), what);
            assertTrue(Values.deepEquals(view, read.value()), what);
            assertEquals(Values.deepHashCode(read.value()), Values.deepHashCode(view), what);
            assertEquals(Variant.of(type, read.value()).toString(), Variant.of(type, view).toString(), what);
            assertEquals(read.position(), (long) views.position(), what);
            assertUnmodifiable(view);
        }
        return true;
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

    private static Outcome outcomeOfSkipAll(byte[] bytes, int limit, Endian endian, Type type) {
        WireReader r = new WireReader(bytes, 0, 0, limit, endian, 3);
        try {
            r.skipAll(List.of(type));
            return new Outcome(null, null, r.position());
        } catch (MalformedMessageException e) {
            return new Outcome(null, e.reason(), e.offset());
        }
    }

    @SuppressWarnings("unchecked")
    private static void assertUnmodifiable(Object value) {
        if (value instanceof List<?> list) {
            assertThrows(UnsupportedOperationException.class, () -> ((List<Object>) list).add("x"));
            list.forEach(ReadSkipViewOracle::assertUnmodifiable);
        } else if (value instanceof Map<?, ?> map) {
            assertThrows(UnsupportedOperationException.class, () -> ((Map<Object, Object>) map).put("x", "y"));
            if (!map.isEmpty()) {
                assertThrows(UnsupportedOperationException.class, () -> map.entrySet().clear());
            }
            map.values().forEach(ReadSkipViewOracle::assertUnmodifiable);
        }
    }
}
