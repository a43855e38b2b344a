package io.jdbus.wire;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Strict UTF-8 validation as the specification requires: no overlong forms, no surrogates, at most U+10FFFF. */
final class Utf8 {
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private Utf8() {
    }

    /**
     * How far {@code b[from, to)} is ASCII without NUL, checked eight bytes at a time: {@code to} when all of it is,
     * else the start of the first eight bytes (or of the short tail) that may hold a NUL or a non-ASCII byte, for the
     * caller to look at one by one. The last read may cover bytes past {@code to}, never past the array.
     */
    static int asciiEnd(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            if (!asciiWithoutNul((long) LONG_LE.get(b, i))) {
                return i;
            }
        }
        if (i < to && b.length - i >= 8) {
            // The last one to seven bytes in one read; the bytes past them are set to 'A'.
            int keep = (to - i) << 3;
            long w = (long) LONG_LE.get(b, i);
            if (asciiWithoutNul((w & ((1L << keep) - 1)) | (0x4141414141414141L & (-1L << keep)))) {
                return to;
            }
        }
        return i;
    }

    /** Whether none of the eight bytes of {@code w} is NUL or has its high bit set. */
    private static boolean asciiWithoutNul(long w) {
        return ((((w - 0x0101010101010101L) & ~w) | w) & 0x8080808080808080L) == 0;
    }

    /** The index of the first byte that starts an invalid sequence in {@code b[from, to)}, or -1 when all is valid. */
    static int firstInvalid(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int n;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                n = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                n = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                n = 3;
                min = 0x10000;
            } else {
                return i;
            }
            if (i + n >= to) {
                return i;
            }
            int cp = c & (0x3F >> n);
            for (int k = 1; k <= n; k++) {
                int cc = b[i + k] & 0xFF;
                if ((cc & 0xC0) != 0x80) {
                    return i;
                }
                cp = (cp << 6) | (cc & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return i;
            }
            i += n + 1;
        }
        return -1;
    }
}
