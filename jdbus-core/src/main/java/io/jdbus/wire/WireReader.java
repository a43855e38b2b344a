package io.jdbus.wire;

import io.jdbus.internal.CompactMap;
import io.jdbus.internal.ImmutableList;
import io.jdbus.internal.StringCache;
import io.jdbus.internal.TrustedValues;
import io.jdbus.names.InvalidNameException;
import io.jdbus.names.ObjectPath;
import io.jdbus.types.ArrayType;
import io.jdbus.types.BasicType;
import io.jdbus.types.DictType;
import io.jdbus.types.InvalidSignatureException;
import io.jdbus.types.Signature;
import io.jdbus.types.StructType;
import io.jdbus.types.Type;
import io.jdbus.types.UnixFD;
import io.jdbus.types.VariantType;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Reads values in the marshalling format from a byte range, validating every rule as it goes: alignment
 * padding is zero, booleans are 0 or 1, strings are valid UTF-8 without NUL, lengths and nesting stay within
 * {@link Limits} and within the bytes at hand, so nothing is allocated beyond what the input holds.
 *
 * <p>Alignment is relative to {@code base}, the offset of the message's first byte. Offsets in
 * exceptions are relative to {@code base} too. Not thread-safe.
 * {@snippet :
 * WireReader r = new WireReader(bytes, 0, 0, bytes.length, Endian.LITTLE, 0);
 * Object value = r.read(Type.of("a{sv}"));
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-protocol-marshaling">Marshaling</a>
 */
public final class WireReader {
    private static final VarHandle SHORT_LE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle SHORT_BE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT_BE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG_BE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final TrustedValues.Factory TRUSTED = TrustedValues.get();
    private static final Signature[] SINGLE_CODE = new Signature[128];
    /** Valid signatures of up to seven bytes decoded recently, keyed by their bytes and length packed in a long. */
    private static final ShortSignature[] SHORT_SIGNATURES = new ShortSignature[256];

    private record ShortSignature(long key, Signature signature) {
    }

    /** Paths decoded recently, by the identity of their cached string: a hit skips validation. */
    private static final ObjectPath[] PATHS = new ObjectPath[1024];

    static {
        for (BasicType b : BasicType.values()) {
            SINGLE_CODE[b.code()] = Signature.of(b.signature());
        }
        SINGLE_CODE['v'] = Signature.of("v");
    }

    private final byte[] buf;
    private final int base;
    private final boolean big;
    private final int unixFds;
    private int pos;
    private int limit;
    private int arrayDepth;
    private int structDepth;
    private int depth;
    private Object[] stack = new Object[16];
    private int top;

    /**
     * A reader of {@code buf[pos, limit)} in {@code endian} order, aligned relative to {@code base}, for a
     * message that carries {@code unixFds} file descriptors.
     */
    public WireReader(byte[] buf, int base, int pos, int limit, Endian endian, int unixFds) {
        if (base < 0 || pos < base || limit < pos || limit > buf.length) {
            throw new IndexOutOfBoundsException("bad range base=" + base + " pos=" + pos + " limit=" + limit);
        }
        this.buf = buf;
        this.base = base;
        this.pos = pos;
        this.limit = limit;
        this.big = endian == Endian.BIG;
        this.unixFds = unixFds;
    }

    /** The read position, relative to {@code base}. */
    public int position() {
        return pos - base;
    }

    /** Bytes left before the limit. */
    public int remaining() {
        return limit - pos;
    }

    /** Reads a value of {@code type}, in its decoded form. */
    public Object read(Type type) throws MalformedMessageException {
        return switch (type) {
            case BasicType b -> readBasic(b);
            case ArrayType a -> readArray(a);
            case DictType d -> readDict(d);
            case StructType s -> readStruct(s);
            case VariantType v -> readVariant();
        };
    }

    /** Skips zero padding up to {@code alignment}; non-zero padding is malformed. */
    public void align(int alignment) throws MalformedMessageException {
        int pad = -(pos - base) & (alignment - 1);
        if (pad == 0) {
            return;
        }
        need(pad, "padding");
        for (int i = 0; i < pad; i++) {
            if (buf[pos + i] != 0) {
                throw fail("non-zero alignment padding", pos + i);
            }
        }
        pos += pad;
    }

    /** Reads one byte. */
    public byte readByte() throws MalformedMessageException {
        need(1, "byte");
        return buf[pos++];
    }

    /** Reads an aligned 16-bit value. */
    public short readShort() throws MalformedMessageException {
        align(2);
        need(2, "16-bit integer");
        short v = big ? (short) SHORT_BE.get(buf, pos) : (short) SHORT_LE.get(buf, pos);
        pos += 2;
        return v;
    }

    /** Reads an aligned 32-bit value. */
    public int readInt() throws MalformedMessageException {
        align(4);
        need(4, "32-bit integer");
        int v = big ? (int) INT_BE.get(buf, pos) : (int) INT_LE.get(buf, pos);
        pos += 4;
        return v;
    }

    /** Reads an aligned 64-bit value. */
    public long readLong() throws MalformedMessageException {
        align(8);
        need(8, "64-bit integer");
        long v = big ? (long) LONG_BE.get(buf, pos) : (long) LONG_LE.get(buf, pos);
        pos += 8;
        return v;
    }

    private Object readBasic(BasicType type) throws MalformedMessageException {
        return switch (type) {
            case BYTE -> readByte();
            case BOOLEAN -> {
                int at = pos;
                int v = readInt();
                if (v != 0 && v != 1) {
                    throw fail("boolean value " + Integer.toUnsignedString(v) + " is neither 0 nor 1", at);
                }
                yield v == 1 ? Boolean.TRUE : Boolean.FALSE;
            }
            case INT16, UINT16 -> readShort();
            case INT32, UINT32 -> readInt();
            case INT64, UINT64 -> readLong();
            case DOUBLE -> Double.longBitsToDouble(readLong());
            case STRING -> readString();
            case OBJECT_PATH -> readObjectPath();
            case SIGNATURE -> readSignature();
            case UNIX_FD -> {
                int at = pos;
                int index = readInt();
                if (index < 0 || index >= unixFds) {
                    throw fail("unix fd index " + Integer.toUnsignedString(index) + " but the message carries "
                            + unixFds + " fds", at);
                }
                yield new UnixFD(index);
            }
        };
    }

    /** Reads a string: valid UTF-8, no NUL inside, NUL-terminated. */
    public String readString() throws MalformedMessageException {
        int at = pos;
        int length = readInt();
        if (length < 0 || length > limit - pos - 1) {
            throw fail("string length " + Integer.toUnsignedString(length) + " exceeds the " + (limit - pos)
                    + " bytes left", at);
        }
        int start = pos;
        int end = start + length;
        if (buf[end] != 0) {
            throw fail("string is not NUL-terminated", end);
        }
        pos = end + 1;
        String cached = StringCache.lookup(buf, start, length);
        if (cached != null) {
            return cached;
        }
        boolean ascii = true;
        for (int i = start; i < end; i++) {
            byte b = buf[i];
            if (b == 0) {
                throw fail("string contains a NUL byte", i);
            }
            if (b < 0) {
                ascii = false;
            }
        }
        if (ascii) {
            return StringCache.add(buf, start, length);
        }
        int bad = Utf8.firstInvalid(buf, start, end);
        if (bad >= 0) {
            throw fail("string is not valid UTF-8", bad);
        }
        return new String(buf, start, length, StandardCharsets.UTF_8);
    }

    private ObjectPath readObjectPath() throws MalformedMessageException {
        int at = pos;
        String s = readString();
        int slot = s.hashCode() & (PATHS.length - 1);
        ObjectPath known = PATHS[slot];
        if (known != null && known.value() == s) {
            return known;
        }
        try {
            return PATHS[slot] = new ObjectPath(s);
        } catch (InvalidNameException e) {
            throw fail(e.getMessage(), at);
        }
    }

    /** Reads a signature: 8-bit length, bytes, NUL; valid by every rule. */
    public Signature readSignature() throws MalformedMessageException {
        int at = pos;
        need(1, "signature length");
        int length = buf[pos] & 0xFF;
        need(length + 2, "signature");
        int start = pos + 1;
        for (int i = start; i < start + length; i++) {
            if (buf[i] <= 0) {
                throw fail("signature contains byte " + (buf[i] & 0xFF), i);
            }
        }
        if (buf[start + length] != 0) {
            throw fail("signature is not NUL-terminated", start + length);
        }
        pos = start + length + 1;
        if (length == 1 && SINGLE_CODE[buf[start]] != null) {
            return SINGLE_CODE[buf[start]];
        }
        long key = 0;
        if (length <= 7) {
            for (int i = start + length - 1; i >= start; i--) {
                key = (key << 8) | buf[i];
            }
            key |= (long) length << 56;
            ShortSignature known = SHORT_SIGNATURES[(int) ((key * 0x9E3779B97F4A7C15L) >>> 56)];
            if (known != null && known.key == key) {
                return known.signature;
            }
        }
        String text = StringCache.lookup(buf, start, length);
        if (text == null) {
            text = StringCache.add(buf, start, length);
        }
        Signature signature;
        try {
            signature = Signature.of(text);
        } catch (InvalidSignatureException e) {
            throw fail(e.getMessage(), at);
        }
        if (length <= 7) {
            SHORT_SIGNATURES[(int) ((key * 0x9E3779B97F4A7C15L) >>> 56)] = new ShortSignature(key, signature);
        }
        return signature;
    }

    private int readArrayLength() throws MalformedMessageException {
        int at = pos;
        int length = readInt();
        if (length < 0 || length > Limits.MAX_ARRAY) {
            throw fail("array length " + Integer.toUnsignedString(length) + " exceeds the limit of " + Limits.MAX_ARRAY, at);
        }
        return length;
    }

    private Object readArray(ArrayType type) throws MalformedMessageException {
        Type element = type.element();
        int length = readArrayLength();
        align(element.alignment());
        if (length > limit - pos) {
            throw fail("array length " + length + " exceeds the " + (limit - pos) + " bytes left", pos);
        }
        enter(1, 0);
        if (element == BasicType.BYTE) {
            byte[] out = Arrays.copyOfRange(buf, pos, pos + length);
            pos += length;
            leave(1, 0);
            return out;
        }
        int end = pos + length;
        int savedLimit = limit;
        limit = end;
        List<Object> out;
        if (element instanceof BasicType b && b.isFixed()) {
            int size = b.alignment();
            if (length % size != 0) {
                throw fail("array of " + b.signature() + " has length " + length + ", not a multiple of " + size, pos);
            }
            Object[] items = new Object[length / size];
            for (int i = 0; i < items.length; i++) {
                items[i] = readBasic(b);
            }
            out = ImmutableList.adopt(items);
        } else {
            int mark = top;
            while (pos < end) {
                push(read(element));
            }
            out = ImmutableList.adopt(pop(mark));
        }
        limit = savedLimit;
        leave(1, 0);
        return out;
    }

    private Object readDict(DictType type) throws MalformedMessageException {
        int length = readArrayLength();
        align(8);
        if (length > limit - pos) {
            throw fail("array length " + length + " exceeds the " + (limit - pos) + " bytes left", pos);
        }
        enter(1, 0);
        int end = pos + length;
        int savedLimit = limit;
        limit = end;
        int mark = top;
        while (pos < end) {
            align(8);
            push(readBasic(type.key()));
            push(read(type.value()));
        }
        limit = savedLimit;
        leave(1, 0);
        Object[] entries = pop(mark);
        return CompactMap.adopt(entries, entries.length / 2);
    }

    private Object readStruct(StructType type) throws MalformedMessageException {
        align(8);
        enter(0, 1);
        List<Type> fields = type.fields();
        Object[] values = new Object[fields.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = read(fields.get(i));
        }
        leave(0, 1);
        return TRUSTED.struct(values);
    }

    private Object readVariant() throws MalformedMessageException {
        int at = pos;
        Signature sig = readSignature();
        if (!sig.isSingle()) {
            throw fail("variant signature \"" + sig + "\" is not a single complete type", at);
        }
        Type type = sig.single();
        enter(0, 0);
        Object value = read(type);
        leave(0, 0);
        return TRUSTED.variant(type, value);
    }

    /** Collects the items of the containers being read, innermost on top, so each gets an exact-size array. */
    private void push(Object item) {
        if (top == stack.length) {
            stack = Arrays.copyOf(stack, stack.length * 2);
        }
        stack[top++] = item;
    }

    private Object[] pop(int mark) {
        Object[] items = Arrays.copyOfRange(stack, mark, top);
        top = mark;   // the slots above keep stale references until overwritten: a reader lives for one message
        return items;
    }

    private void enter(int arrays, int structs) throws MalformedMessageException {
        arrayDepth += arrays;
        structDepth += structs;
        depth++;
        if (arrayDepth > Limits.MAX_ARRAY_DEPTH) {
            throw fail("arrays nested deeper than " + Limits.MAX_ARRAY_DEPTH, pos);
        }
        if (structDepth > Limits.MAX_STRUCT_DEPTH) {
            throw fail("structs nested deeper than " + Limits.MAX_STRUCT_DEPTH, pos);
        }
        if (depth > Limits.MAX_DEPTH) {
            throw fail("containers (variants included) nested deeper than " + Limits.MAX_DEPTH, pos);
        }
    }

    private void leave(int arrays, int structs) {
        arrayDepth -= arrays;
        structDepth -= structs;
        depth--;
    }

    private void need(int n, String what) throws MalformedMessageException {
        if (n > limit - pos) {
            throw fail(what + " needs " + n + " bytes, " + (limit - pos) + " left", pos);
        }
    }

    private MalformedMessageException fail(String reason, int at) {
        return new MalformedMessageException(reason, at - base);
    }
}
