package io.jdbus.malformed;

import io.jdbus.wire.Endian;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes marshalled bytes by hand, in either byte order, checking nothing, so that any rule can be broken.
 *
 * <p>Alignment is relative to the first byte written here; callers start a buffer on an 8-byte boundary
 * of the message (the header fields at byte 16, the body after its padding), so it matches the message's.
 * The typed writers pad with zeros to their natural alignment first, as a correct encoder does.
 */
final class WireBytes {
    private final Endian endian;
    private byte[] buf = new byte[64];
    private int size;

    WireBytes(Endian endian) {
        this.endian = endian;
    }

    Endian endian() {
        return endian;
    }

    int size() {
        return size;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    /** Raw bytes, each given as an int 0..255. */
    WireBytes raw(int... bytes) {
        for (int b : bytes) {
            put(b);
        }
        return this;
    }

    WireBytes raw(byte[] bytes) {
        for (byte b : bytes) {
            put(b);
        }
        return this;
    }

    /** Zero padding up to {@code alignment}. */
    WireBytes pad(int alignment) {
        return padWith(alignment, 0);
    }

    /** Padding up to {@code alignment} made of {@code value}: non-zero padding when {@code value != 0}. */
    WireBytes padWith(int alignment, int value) {
        while (size % alignment != 0) {
            put(value);
        }
        return this;
    }

    /** BYTE. */
    WireBytes y(int v) {
        put(v);
        return this;
    }

    /** INT16/UINT16, aligned. */
    WireBytes u16(int v) {
        pad(2);
        return number(v, 2);
    }

    /** INT32/UINT32/BOOLEAN/UNIX_FD or an array length, aligned. */
    WireBytes u32(long v) {
        pad(4);
        return number(v, 4);
    }

    /** INT64/UINT64/DOUBLE bits, aligned. */
    WireBytes u64(long v) {
        pad(8);
        return number(v, 8);
    }

    /** STRING or OBJECT_PATH: length, UTF-8 bytes, NUL. */
    WireBytes str(String s) {
        return str(s.getBytes(StandardCharsets.UTF_8));
    }

    /** STRING or OBJECT_PATH with arbitrary content bytes: length, bytes, NUL. */
    WireBytes str(byte[] content) {
        u32(content.length);
        raw(content);
        return y(0);
    }

    /** SIGNATURE: 8-bit length, bytes, NUL. */
    WireBytes sig(String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        y(b.length);
        raw(b);
        return y(0);
    }

    /** Overwrites the aligned 32-bit value at {@code at}, for lengths known only after their content. */
    WireBytes patchU32(int at, long v) {
        int saved = size;
        size = at;
        number(v, 4);
        size = saved;
        return this;
    }

    private WireBytes number(long v, int width) {
        for (int i = 0; i < width; i++) {
            int shift = endian == Endian.BIG ? 8 * (width - 1 - i) : 8 * i;
            put((int) (v >>> shift));
        }
        return this;
    }

    private void put(int b) {
        if (size == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        buf[size++] = (byte) b;
    }
}
