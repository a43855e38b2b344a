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
    private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final TrustedValues.Factory TRUSTED = TrustedValues.get();
    private static final Signature[] SINGLE_CODE = new Signature[128];
    /**
     * Containers of fewer bytes than this are decoded whole by {@link #readView}: a view of a few values costs more
     * than the values, and a reader that uses one of them usually uses them all.
     */
    static final int SMALL_CONTAINER = 256;
    /** The type of each one-character signature, by its code; null for the other bytes. */
    private static final Type[] SINGLE_TYPE = new Type[256];
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
        for (int c = 0; c < SINGLE_CODE.length; c++) {
            SINGLE_TYPE[c] = SINGLE_CODE[c] == null ? null : SINGLE_CODE[c].single();
        }
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
    private int smallContainer = SMALL_CONTAINER;
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
        // instanceof in the order of how often each kind occurs, as in skip
        if (type instanceof BasicType b) {
            return readBasic(b);
        }
        if (type instanceof VariantType) {
            return readVariant();
        }
        if (type instanceof DictType d) {
            return readDict(d);
        }
        if (type instanceof ArrayType a) {
            return readArray(a);
        }
        return readStruct((StructType) type);
    }

    /**
     * Checks a value of {@code type} by every rule {@link #read} checks, with the same errors, and moves past it
     * without building it. Nothing is allocated, except a signature first seen inside a variant.
     * {@snippet :
     * WireReader r = new WireReader(bytes, 0, 0, bytes.length, Endian.LITTLE, 0);
     * r.skip(Type.of("a{sv}"));   // throws MalformedMessageException where read would
     * }
     */
    public void skip(Type type) throws MalformedMessageException {
        // instanceof in the order of how often each kind occurs: measurably faster here than a type switch
        if (type instanceof BasicType b) {
            skipBasic(b);
        } else if (type instanceof VariantType) {
            skipVariant();
        } else if (type instanceof DictType d) {
            skipDict(d);
        } else if (type instanceof ArrayType a) {
            skipArray(a);
        } else {
            List<Type> fields = ((StructType) type).fields();
            align(8);
            enter(0, 1);
            for (int i = 0, n = fields.size(); i < n; i++) {
                skip(fields.get(i));
            }
            leave(0, 1);
        }
    }

    /**
     * Checks values of {@code types}, one after the other, by every rule {@link #read} checks, and moves past them:
     * what {@link #skip} on each does, with the same errors, but faster, because the bytes are first checked without
     * keeping track of reasons (see {@link WireCheck}); only a malformed value is skipped again to find out why.
     * {@snippet :
     * reader.skipAll(signature.types());   // throws MalformedMessageException where read would
     * }
     */
    public void skipAll(List<Type> types) throws MalformedMessageException {
        WireCheck check = new WireCheck(buf, base, big ? Endian.BIG : Endian.LITTLE, unixFds);
        int nest = WireCheck.nest(arrayDepth, structDepth, depth);
        int p = pos;
        for (int i = 0, n = types.size(); i < n && p >= 0; i++) {
            p = check.value(types.get(i), p, limit, nest);
        }
        if (p >= 0) {
            pos = p;
            return;
        }
        for (int i = 0, n = types.size(); i < n; i++) {
            skip(types.get(i));   // malformed: where, and why
        }
    }

    /**
     * Reads a value of {@code type} from bytes that {@link #skip} has accepted and that never change again,
     * decoding only what is not inside a container of variable-size elements: an array of such elements (strings,
     * paths, structs, variants, arrays) or a dict of 256 bytes or more becomes an unmodifiable view over the bytes
     * that decodes its elements, in the same way, when it is first used. Smaller containers, arrays of fixed-size
     * values and structs are read at once.
     * {@snippet :
     * reader.skip(type);                       // validate everything first
     * Object value = viewReader.readView(type);  // a reader of the same bytes, from the same position
     * }
     *
     * @throws IllegalStateException if the bytes were not validated and turn out malformed
     */
    public Object readView(Type type) {
        try {
            return view(type);
        } catch (MalformedMessageException e) {
            throw new IllegalStateException("bytes read as validated are malformed: " + e.getMessage(), e);
        }
    }

    private Object view(Type type) throws MalformedMessageException {
        // instanceof in the order of how often each kind occurs, as in skip
        if (type instanceof BasicType b) {
            return readBasic(b);
        }
        if (type instanceof VariantType) {
            Type inner = variantType();
            return TRUSTED.variant(inner, view(inner));
        }
        Endian endian = big ? Endian.BIG : Endian.LITTLE;
        int at = pos;
        if (type instanceof DictType d) {
            int length = readInt();
            if (length < smallContainer) {
                pos = at;
                return readDict(d);
            }
            align(8);
            int start = pos;
            pos += length;
            return new WireMap(new WireSpan(buf, base, start, pos, endian, unixFds, smallContainer), d);
        }
        if (type instanceof ArrayType a) {
            if (a.element() instanceof BasicType b && b.isFixed()) {
                return readArray(a);
            }
            int length = readInt();
            if (length < smallContainer) {
                pos = at;
                return readArray(a);
            }
            align(a.element().alignment());
            int start = pos;
            pos += length;
            return new WireList(new WireSpan(buf, base, start, pos, endian, unixFds, smallContainer), a.element());
        }
        List<Type> fields = ((StructType) type).fields();
        align(8);
        Object[] values = new Object[fields.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = view(fields.get(i));
        }
        return TRUSTED.struct(values);
    }

    /** Sets the size below which {@link #readView} decodes a container whole (tests use 0: views everywhere). */
    WireReader smallContainer(int bytes) {
        smallContainer = bytes;
        return this;
    }

    /** The elements of a view's array, each read by {@link #readView}: this reader covers exactly the array's bytes. */
    Object[] viewElements(Type element) {
        try {
            while (pos < limit) {
                push(view(element));
            }
        } catch (MalformedMessageException e) {
            throw new IllegalStateException("bytes read as validated are malformed: " + e.getMessage(), e);
        }
        return pop(0);
    }

    /** The keys and values of a view's dict, alternating: this reader covers exactly the dict's bytes. */
    Object[] viewEntries(DictType type) {
        try {
            while (pos < limit) {
                align(8);
                push(readBasic(type.key()));
                push(view(type.value()));
            }
        } catch (MalformedMessageException e) {
            throw new IllegalStateException("bytes read as validated are malformed: " + e.getMessage(), e);
        }
        return pop(0);
    }

    /** Skips zero padding up to {@code alignment}; non-zero padding is malformed. */
    public void align(int alignment) throws MalformedMessageException {
        int pad = -(pos - base) & (alignment - 1);
        if (pad == 0) {
            return;
        }
        need(pad, "padding");
        if (buf.length - pos >= 8 && ((long) LONG_LE.get(buf, pos) & ((1L << (pad << 3)) - 1)) == 0) {
            pos += pad;   // all padding bytes zero, seen in one read
            return;
        }
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
        short v = (short) SHORT_LE.get(buf, pos);   // one access path, swapped when big: less code to inline
        if (big) {
            v = Short.reverseBytes(v);
        }
        pos += 2;
        return v;
    }

    /** Reads an aligned 32-bit value. */
    public int readInt() throws MalformedMessageException {
        align(4);
        need(4, "32-bit integer");
        int v = (int) INT_LE.get(buf, pos);
        if (big) {
            v = Integer.reverseBytes(v);
        }
        pos += 4;
        return v;
    }

    /** Reads an aligned 64-bit value. */
    public long readLong() throws MalformedMessageException {
        align(8);
        need(8, "64-bit integer");
        long v = (long) LONG_LE.get(buf, pos);
        if (big) {
            v = Long.reverseBytes(v);
        }
        pos += 8;
        return v;
    }

    private Object readBasic(BasicType type) throws MalformedMessageException {
        return switch (type) {
            case BYTE -> readByte();
            case BOOLEAN -> readBoolean() ? Boolean.TRUE : Boolean.FALSE;
            case INT16, UINT16 -> readShort();
            case INT32, UINT32 -> readInt();
            case INT64, UINT64 -> readLong();
            case DOUBLE -> Double.longBitsToDouble(readLong());
            case STRING -> readString();
            case OBJECT_PATH -> readObjectPath();
            case SIGNATURE -> readSignature();
            case UNIX_FD -> new UnixFD(readFdIndex());
        };
    }

    private boolean readBoolean() throws MalformedMessageException {
        int at = pos;
        int v = readInt();
        if (v != 0 && v != 1) {
            throw fail("boolean value " + Integer.toUnsignedString(v) + " is neither 0 nor 1", at);
        }
        return v == 1;
    }

    private int readFdIndex() throws MalformedMessageException {
        int at = pos;
        int index = readInt();
        if (index < 0 || index >= unixFds) {
            throw fail("unix fd index " + Integer.toUnsignedString(index) + " but the message carries "
                    + unixFds + " fds", at);
        }
        return index;
    }

    /** Reads a string: valid UTF-8, no NUL inside, NUL-terminated. */
    public String readString() throws MalformedMessageException {
        int start = stringBounds();
        int length = pos - 1 - start;
        String cached = StringCache.lookup(buf, start, length);
        if (cached != null) {
            return cached;
        }
        if (checkText(start, start + length)) {
            return StringCache.add(buf, start, length);
        }
        return new String(buf, start, length, StandardCharsets.UTF_8);
    }

    /**
     * Checks a string's length and terminating NUL and moves past it, leaving its text unchecked.
     *
     * @return the index of its first byte; its length is {@code pos - 1 - start}
     */
    private int stringBounds() throws MalformedMessageException {
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
        return start;
    }

    /**
     * Checks that {@code buf[start, end)} is UTF-8 without NUL, eight bytes at a time while they are ASCII.
     *
     * @return whether it is all ASCII
     */
    private boolean checkText(int start, int end) throws MalformedMessageException {
        int i = Utf8.asciiEnd(buf, start, end);
        boolean ascii = true;
        for (; i < end; i++) {   // from the eight bytes that hold a NUL or a non-ASCII byte, if any
            byte b = buf[i];
            if (b == 0) {
                throw fail("string contains a NUL byte", i);
            }
            if (b < 0) {
                ascii = false;
            }
        }
        if (ascii) {
            return true;
        }
        int bad = Utf8.firstInvalid(buf, start, end);
        if (bad >= 0) {
            throw fail("string is not valid UTF-8", bad);
        }
        return false;
    }

    /** Checks an object path without building it: the bytes of a valid one are ASCII, so no text check is needed. */
    private void skipObjectPath() throws MalformedMessageException {
        int at = pos;
        int start = stringBounds();
        int end = pos - 1;
        if (KnownPaths.isValid(buf, start, end)) {
            return;
        }
        checkText(start, end);
        try {
            new ObjectPath(new String(buf, start, end - start, StandardCharsets.UTF_8));
        } catch (InvalidNameException e) {
            throw fail(e.getMessage(), at);
        }
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
        try {
            return signature(buf, start, length);
        } catch (InvalidSignatureException e) {
            throw fail(e.getMessage(), at);
        }
    }

    /**
     * The signature of the bytes {@code buf[start, start + length)}, which are all in 1..127: from a table for a
     * single character, from a cache of recent short ones, else parsed (and cached when short).
     */
    static Signature signature(byte[] buf, int start, int length) {
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
        Signature signature = Signature.of(text);
        if (length <= 7) {
            SHORT_SIGNATURES[(int) ((key * 0x9E3779B97F4A7C15L) >>> 56)] = new ShortSignature(key, signature);
        }
        return signature;
    }

    /** Skips a variant: its signature, then its value. */
    private void skipVariant() throws MalformedMessageException {
        Type inner = variantType();
        enter(0, 0);
        skipKeyOrElement(inner);
        leave(0, 0);
    }

    private void skipBasic(BasicType type) throws MalformedMessageException {
        switch (type) {
            case BYTE -> {
                need(1, "byte");
                pos++;
            }
            case BOOLEAN -> readBoolean();
            case INT16, UINT16 -> skipFixed(2, "16-bit integer");
            case INT32, UINT32 -> skipFixed(4, "32-bit integer");
            case INT64, UINT64, DOUBLE -> skipFixed(8, "64-bit integer");
            case STRING -> skipString();
            case OBJECT_PATH -> skipObjectPath();
            case SIGNATURE -> readSignature();
            case UNIX_FD -> readFdIndex();
        }
    }

    private void skipString() throws MalformedMessageException {
        int start = stringBounds();
        checkText(start, pos - 1);
    }

    /** Skips a dict key, an array element or a variant's value: strings and paths, the common ones, without the switch. */
    private void skipKeyOrElement(Type type) throws MalformedMessageException {
        if (type == BasicType.STRING) {
            skipString();
        } else if (type == BasicType.OBJECT_PATH) {
            skipObjectPath();
        } else {
            skip(type);
        }
    }

    /** Moves past an aligned value of {@code size} bytes, any bits of which are valid. */
    private void skipFixed(int size, String what) throws MalformedMessageException {
        align(size);
        need(size, what);
        pos += size;
    }

    private void skipArray(ArrayType type) throws MalformedMessageException {
        Type element = type.element();
        int end = enterArray(element.alignment());
        int length = end - pos;
        if (element instanceof BasicType b && b.isFixed()) {
            int size = b.alignment();
            if (length % size != 0) {
                throw fail("array of " + b.signature() + " has length " + length + ", not a multiple of " + size, pos);
            }
            if (b == BasicType.BOOLEAN || b == BasicType.UNIX_FD) {
                while (pos < end) {
                    skipBasic(b);
                }
            }
            pos = end;
        } else {
            int savedLimit = limit;
            limit = end;
            while (pos < end) {
                skipKeyOrElement(element);
            }
            limit = savedLimit;
        }
        leave(1, 0);
    }

    private void skipDict(DictType type) throws MalformedMessageException {
        int end = enterArray(8);
        int savedLimit = limit;
        limit = end;
        BasicType key = type.key();
        Type value = type.value();
        while (pos < end) {
            align(8);
            skipKeyOrElement(key);
            if (value instanceof VariantType) {
                skipVariant();   // a{sv}, the most common dict, without a further call per entry
            } else {
                skip(value);
            }
        }
        limit = savedLimit;
        leave(1, 0);
    }

    /** Reads an array's length and the padding before its first element, checks both and enters it: where it ends. */
    private int enterArray(int alignment) throws MalformedMessageException {
        int length = readArrayLength();
        align(alignment);
        if (length > limit - pos) {
            throw fail("array length " + length + " exceeds the " + (limit - pos) + " bytes left", pos);
        }
        enter(1, 0);
        return pos + length;
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
        int end = enterArray(element.alignment());
        int length = end - pos;
        if (element == BasicType.BYTE) {
            byte[] out = Arrays.copyOfRange(buf, pos, end);
            pos = end;
            leave(1, 0);
            return out;
        }
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
        int end = enterArray(8);
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

    /** Reads a variant's signature, which must be one complete type, and answers that type. */
    private Type variantType() throws MalformedMessageException {
        int at = pos;
        if (limit - pos >= 3 && buf.length - pos >= 4) {
            // The common case, in one read: length 1, a basic type's code or v, NUL.
            int w = (int) INT_LE.get(buf, pos);
            Type single = SINGLE_TYPE[(w >>> 8) & 0xFF];
            if ((w & 0xFF00FF) == 1 && single != null) {
                pos += 3;
                return single;
            }
        }
        Signature sig = readSignature();
        if (!sig.isSingle()) {
            throw fail("variant signature \"" + sig + "\" is not a single complete type", at);
        }
        return sig.single();
    }

    private Object readVariant() throws MalformedMessageException {
        Type type = variantType();
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
