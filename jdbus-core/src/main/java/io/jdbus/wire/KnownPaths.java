package io.jdbus.wire;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Object paths validated recently, by their bytes: a path seen again (the same objects come back in every
 * {@code GetManagedObjects} reply and signal) is recognised by comparing eight bytes at a time, which costs less
 * than checking its rules byte by byte. Shared by all threads: each slot holds one immutable entry, replaced whole.
 * {@snippet :
 * boolean valid = KnownPaths.isValid(bytes, start, end);   // the same answer as ObjectPathBytes.isValid
 * }
 */
final class KnownPaths {
    /** Paths shorter than this are checked by their rules: as cheap as a lookup. */
    private static final int MIN_LENGTH = 8;
    /** Longer paths are checked by their rules and not kept. */
    private static final int MAX_LENGTH = 256;
    private static final int SIZE = 1024;
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final Known[] TABLE = new Known[SIZE];

    /** A valid path: its bytes, and its first and last eight of them as they are compared first. */
    private record Known(long head, long tail, byte[] bytes) {
    }

    private KnownPaths() {
    }

    /** Whether {@code b[start, end)} is a valid object path. */
    static boolean isValid(byte[] b, int start, int end) {
        int length = end - start;
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            return ObjectPathBytes.isValid(b, start, end);
        }
        long head = (long) LONG.get(b, start);
        long tail = (long) LONG.get(b, end - 8);
        int slot = (int) (((head * 0x9E3779B97F4A7C15L + tail) * 0xC2B2AE3D27D4EB4FL + length) >>> 54) & (SIZE - 1);
        Known known = TABLE[slot];
        if (known != null && known.head == head && known.tail == tail && known.bytes.length == length
                && middleEquals(known.bytes, b, start)) {
            return true;
        }
        if (!ObjectPathBytes.isValid(b, start, end)) {
            return false;
        }
        TABLE[slot] = new Known(head, tail, Arrays.copyOfRange(b, start, end));
        return true;
    }

    /** Whether the bytes between the first and last eight are equal; those two words are already compared. */
    private static boolean middleEquals(byte[] known, byte[] b, int start) {
        int last = known.length - 8;
        for (int i = 8; i < last; i += 8) {
            if ((long) LONG.get(known, Math.min(i, last)) != (long) LONG.get(b, start + Math.min(i, last))) {
                return false;
            }
        }
        return true;
    }
}
