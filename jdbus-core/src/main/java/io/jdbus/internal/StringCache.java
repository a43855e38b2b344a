package io.jdbus.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A small, lossy cache of the short ASCII strings that recur in D-Bus traffic (names, paths, property
 * keys), so that decoding one neither allocates nor validates again, and its hash code is already computed.
 * Only strings that the caller validated are added, so a hit (checked byte for byte) needs no validation.
 * Safe without locks: entries are immutable. Not exported.
 *
 * <p>An entry keeps the first and last eight bytes of its string as two longs: for strings of up to 16
 * bytes those two words and the length are the whole content, so a hit compares three numbers.
 *
 * {@snippet :
 * String s = StringCache.lookup(buf, start, length);
 * if (s == null) {
 *     // validate buf[start, start + length) as ASCII without NUL first, then:
 *     s = StringCache.add(buf, start, length);
 * }
 * }
 */
public final class StringCache {
    /** Strings longer than this are never cached. */
    public static final int MAX_LENGTH = 64;
    private static final int SIZE = 4096;
    private static final Entry[] TABLE = new Entry[SIZE];
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private record Entry(long head, long tail, int length, byte[] bytes, String string) {
    }

    private StringCache() {
    }

    /** The cached string of the bytes {@code buf[off, off + len)}, or {@code null}. */
    public static String lookup(byte[] buf, int off, int len) {
        if (len > MAX_LENGTH) {
            return null;
        }
        long head = head(buf, off, len);
        long tail = tail(buf, off, len);
        Entry e = TABLE[slot(head, tail, len)];
        if (e != null && e.head == head && e.tail == tail && e.length == len
                && (len <= 16 || Arrays.equals(e.bytes, 8, len - 8, buf, off + 8, off + len - 8))) {
            return e.string;
        }
        return null;
    }

    /** The string of the validated ASCII bytes {@code buf[off, off + len)}, added to the cache when short. */
    public static String add(byte[] buf, int off, int len) {
        String s = new String(buf, off, len, StandardCharsets.ISO_8859_1);
        if (len <= MAX_LENGTH) {
            long head = head(buf, off, len);
            long tail = tail(buf, off, len);
            TABLE[slot(head, tail, len)] = new Entry(head, tail, len, Arrays.copyOfRange(buf, off, off + len), s);
        }
        return s;
    }

    private static long head(byte[] buf, int off, int len) {
        if (len >= 8) {
            return (long) LONG.get(buf, off);
        }
        if (buf.length - off >= 8) {
            return (long) LONG.get(buf, off) & ((1L << (len << 3)) - 1);   // the same as the loop below, in one read
        }
        long h = 0;
        for (int i = len - 1; i >= 0; i--) {
            h = (h << 8) | (buf[off + i] & 0xFF);
        }
        return h;
    }

    private static long tail(byte[] buf, int off, int len) {
        return len > 8 ? (long) LONG.get(buf, off + len - 8) : 0;
    }

    private static int slot(long head, long tail, int len) {
        long h = (head * 0x9E3779B97F4A7C15L + tail + len) * 0xC2B2AE3D27D4EB4FL;
        return (int) (h >>> 52) & (SIZE - 1);
    }
}
