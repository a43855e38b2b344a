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
 */
public final class StringCache {
    /** Strings longer than this are never cached. */
    public static final int MAX_LENGTH = 64;
    private static final int SIZE = 4096;
    private static final Entry[] TABLE = new Entry[SIZE];
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private record Entry(byte[] bytes, String string) {
    }

    private StringCache() {
    }

    /** The cached string of the bytes {@code buf[off, off + len)}, or {@code null}. */
    public static String lookup(byte[] buf, int off, int len) {
        if (len > MAX_LENGTH) {
            return null;
        }
        Entry e = TABLE[slot(buf, off, len)];
        if (e != null && Arrays.equals(e.bytes, 0, e.bytes.length, buf, off, off + len)) {
            return e.string;
        }
        return null;
    }

    /** The string of the validated ASCII bytes {@code buf[off, off + len)}, added to the cache when short. */
    public static String add(byte[] buf, int off, int len) {
        String s = new String(buf, off, len, StandardCharsets.ISO_8859_1);
        if (len <= MAX_LENGTH) {
            TABLE[slot(buf, off, len)] = new Entry(Arrays.copyOfRange(buf, off, off + len), s);
        }
        return s;
    }

    private static int slot(byte[] buf, int off, int len) {
        long h;
        if (len >= 8) {
            h = (long) LONG.get(buf, off) * 0x9E3779B97F4A7C15L + (long) LONG.get(buf, off + len - 8);
            if (len > 16) {
                h = h * 31 + (long) LONG.get(buf, off + (len >> 1) - 4);
            }
        } else {
            h = 0;
            for (int i = off, end = off + len; i < end; i++) {
                h = (h << 8) | (buf[i] & 0xFF);
            }
        }
        h = (h + len) * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 52) & (SIZE - 1);
    }
}
