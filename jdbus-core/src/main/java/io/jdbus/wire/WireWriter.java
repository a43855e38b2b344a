package io.jdbus.wire;

import io.jdbus.names.ObjectPath;
import io.jdbus.types.ArrayType;
import io.jdbus.types.BasicType;
import io.jdbus.types.DictType;
import io.jdbus.types.InvalidValueException;
import io.jdbus.types.Signature;
import io.jdbus.types.Struct;
import io.jdbus.types.StructType;
import io.jdbus.types.Type;
import io.jdbus.types.UnixFD;
import io.jdbus.types.Variant;
import io.jdbus.types.VariantType;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Appends values in the marshalling format to a growing buffer, aligned relative to the buffer's start.
 *
 * <p>Values must be in their decoded form ({@link io.jdbus.types.Values#coerce}); the writer checks sizes,
 * not types. Not thread-safe.
 * {@snippet :
 * WireWriter w = new WireWriter(Endian.LITTLE, 64);
 * w.write(Type.of("(su)"), Struct.of("a", 7));
 * byte[] bytes = w.toByteArray();
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-protocol-marshaling">Marshaling</a>
 */
public final class WireWriter {
    private static final VarHandle SHORT_LE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle SHORT_BE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT_BE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG_BE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private static final int ENCODED_MAX_LENGTH = 64;
    /** The UTF-8 bytes of short strings encoded recently, by identity: names and keys recur in traffic. */
    private static final Encoded[] ENCODED = new Encoded[1024];

    private record Encoded(String string, byte[] utf8) {
    }

    private final boolean big;
    private byte[] buf;
    private int pos;
    private int arrayDepth;
    private int structDepth;
    private int depth;

    /** A writer in {@code endian} byte order with room for {@code capacity} bytes before it grows. */
    public WireWriter(Endian endian, int capacity) {
        this(endian, new byte[Math.max(16, capacity)]);
    }

    /**
     * A writer in {@code endian} byte order that writes into {@code scratch} (zero-filled) until it needs more
     * room; {@link #buffer()} is the array in use at the end, for reuse.
     */
    public WireWriter(Endian endian, byte[] scratch) {
        this.big = endian == Endian.BIG;
        this.buf = scratch;
    }

    /** The array written into so far (the scratch array, or a larger copy); bytes past {@link #size()} are zero. */
    public byte[] buffer() {
        return buf;
    }

    /** The number of bytes written so far. */
    public int size() {
        return pos;
    }

    /** A copy of the bytes written so far. */
    public byte[] toByteArray() {
        return pos == buf.length ? buf : Arrays.copyOf(buf, pos);
    }

    /** Pads with zero bytes to a multiple of {@code alignment} (1, 2, 4 or 8). */
    public void align(int alignment) {
        int pad = -pos & (alignment - 1);
        if (pad != 0) {
            ensure(pad);
            pos += pad;   // the buffer is zero-filled and never reused
        }
    }

    /** Appends one byte. */
    public void writeByte(int b) {
        ensure(1);
        buf[pos++] = (byte) b;
    }

    /** Appends a 16-bit value, aligned. */
    public void writeShort(short v) {
        align(2);
        ensure(2);
        if (big) {
            SHORT_BE.set(buf, pos, v);
        } else {
            SHORT_LE.set(buf, pos, v);
        }
        pos += 2;
    }

    /** Appends a 32-bit value, aligned. */
    public void writeInt(int v) {
        align(4);
        ensure(4);
        putInt(pos, v);
        pos += 4;
    }

    /** Appends a 64-bit value, aligned. */
    public void writeLong(long v) {
        align(8);
        ensure(8);
        if (big) {
            LONG_BE.set(buf, pos, v);
        } else {
            LONG_LE.set(buf, pos, v);
        }
        pos += 8;
    }

    /** Overwrites the 32-bit value at {@code offset} (used to fill in lengths). */
    public void putInt(int offset, int v) {
        if (big) {
            INT_BE.set(buf, offset, v);
        } else {
            INT_LE.set(buf, offset, v);
        }
    }

    /** Appends a string: 32-bit length, UTF-8 bytes, NUL. */
    public void writeString(String s) {
        int n = s.length();
        if (n <= ENCODED_MAX_LENGTH) {
            byte[] utf8 = encoded(s);
            int len = utf8.length;
            align(4);
            ensure(4 + len + 1);
            putInt(pos, len);
            System.arraycopy(utf8, 0, buf, pos + 4, len);
            buf[pos + 4 + len] = 0;
            pos += 4 + len + 1;
            return;
        }
        align(4);
        ensure(4 + n + 1);
        int start = pos + 4;
        int i = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                break;
            }
            buf[start + i] = (byte) c;
        }
        if (i == n) {
            putInt(pos, n);
            buf[start + n] = 0;
            pos = start + n + 1;
            return;
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        writeInt(utf8.length);
        writeBytes(utf8, 0, utf8.length);
        writeByte(0);
    }

    private static byte[] encoded(String s) {
        int slot = s.hashCode() & (ENCODED.length - 1);
        Encoded e = ENCODED[slot];
        if (e != null && e.string == s) {
            return e.utf8;
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        ENCODED[slot] = new Encoded(s, utf8);
        return utf8;
    }

    /** Appends a signature: 8-bit length, ASCII bytes, NUL. */
    public void writeSignature(String s) {
        int n = s.length();
        ensure(n + 2);
        buf[pos++] = (byte) n;
        for (int i = 0; i < n; i++) {
            buf[pos++] = (byte) s.charAt(i);
        }
        buf[pos++] = 0;
    }

    /** Appends raw bytes. */
    public void writeBytes(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, buf, pos, len);
        pos += len;
    }

    /** Appends {@code value}, which must be in the decoded form of {@code type}. */
    public void write(Type type, Object value) {
        // instanceof in the order of how often each kind occurs: cheaper here than a type switch
        if (type instanceof BasicType b) {
            writeBasic(b, value);
        } else if (type instanceof VariantType) {
            enter(0, 0);
            writeVariant((Variant) value);
            depth--;
        } else if (type instanceof DictType d) {
            enter(1, 0);
            writeDict(d, (Map<?, ?>) value);
            arrayDepth--;
            depth--;
        } else if (type instanceof ArrayType a) {
            enter(1, 0);
            writeArray(a, value);
            arrayDepth--;
            depth--;
        } else {
            enter(0, 1);
            writeStruct((StructType) type, (Struct) value);
            structDepth--;
            depth--;
        }
    }

    private void enter(int arrays, int structs) {
        arrayDepth += arrays;
        structDepth += structs;
        depth++;
        if (arrayDepth > Limits.MAX_ARRAY_DEPTH || structDepth > Limits.MAX_STRUCT_DEPTH || depth > Limits.MAX_DEPTH) {
            throw new InvalidValueException("value nests containers deeper than the limits (" + Limits.MAX_ARRAY_DEPTH
                    + " arrays, " + Limits.MAX_STRUCT_DEPTH + " structs, " + Limits.MAX_DEPTH + " in all, variants included)");
        }
    }

    private void writeBasic(BasicType type, Object value) {
        switch (type) {
            case BYTE -> writeByte((Byte) value);
            case BOOLEAN -> writeInt((Boolean) value ? 1 : 0);
            case INT16, UINT16 -> writeShort((Short) value);
            case INT32, UINT32 -> writeInt((Integer) value);
            case INT64, UINT64 -> writeLong((Long) value);
            case DOUBLE -> writeLong(Double.doubleToRawLongBits((Double) value));
            case STRING -> writeString((String) value);
            case OBJECT_PATH -> writeString(((ObjectPath) value).value());
            case SIGNATURE -> writeSignature(((Signature) value).toString());
            case UNIX_FD -> writeInt(((UnixFD) value).index());
        }
    }

    private void writeArray(ArrayType type, Object value) {
        Type element = type.element();
        align(4);
        int lengthAt = pos;
        writeInt(0);
        align(element.alignment());
        int start = pos;
        if (value instanceof byte[] bytes) {
            writeBytes(bytes, 0, bytes.length);
        } else {
            for (Object item : (List<?>) value) {
                write(element, item);
            }
        }
        finishArray(lengthAt, start);
    }

    private void writeDict(DictType type, Map<?, ?> map) {
        align(4);
        int lengthAt = pos;
        writeInt(0);
        align(8);
        int start = pos;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            align(8);
            writeBasic(type.key(), e.getKey());
            write(type.value(), e.getValue());
        }
        finishArray(lengthAt, start);
    }

    private void finishArray(int lengthAt, int start) {
        int length = pos - start;
        if (length > Limits.MAX_ARRAY) {
            throw new InvalidValueException("array of " + length + " bytes exceeds the limit of " + Limits.MAX_ARRAY);
        }
        putInt(lengthAt, length);
    }

    private void writeStruct(StructType type, Struct value) {
        align(8);
        List<Type> fields = type.fields();
        for (int i = 0, n = fields.size(); i < n; i++) {
            write(fields.get(i), value.get(i));
        }
    }

    private void writeVariant(Variant v) {
        Type type = v.type();
        if (type instanceof BasicType b) {
            ensure(3);   // the signature of one basic type: length 1, its code, NUL
            buf[pos] = 1;
            buf[pos + 1] = (byte) b.code();
            buf[pos + 2] = 0;
            pos += 3;
            writeBasic(b, v.value());
        } else {
            writeSignature(type.signature());
            write(type, v.value());
        }
    }

    private void ensure(int n) {
        if (pos + n > buf.length) {
            long needed = (long) pos + n;
            if (needed > Limits.MAX_MESSAGE) {
                throw new InvalidValueException("message of more than " + Limits.MAX_MESSAGE + " bytes exceeds the limit");
            }
            buf = Arrays.copyOf(buf, (int) Math.min(Limits.MAX_MESSAGE, Math.max(needed, 2L * buf.length)));
        }
    }
}
