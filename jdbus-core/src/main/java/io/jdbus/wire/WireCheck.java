package io.jdbus.wire;

import io.jdbus.types.ArrayType;
import io.jdbus.types.BasicType;
import io.jdbus.types.DictType;
import io.jdbus.types.InvalidSignatureException;
import io.jdbus.types.Signature;
import io.jdbus.types.StructType;
import io.jdbus.types.Type;
import io.jdbus.types.VariantType;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Checks the bytes of values by every rule {@link WireReader#read} checks and answers only where they end, or
 * {@link #INVALID}: the reason is left to {@link WireReader#skip}, which a caller runs again on the rare invalid
 * message. Without reasons to keep, positions to report or a reader's state to update, the check is a set of
 * functions from a position to a position, which the compiler keeps in registers; it is how a large body is
 * validated before its containers become views.
 *
 * <p>Positions are indices into the array; alignment is relative to {@code base}, the message's first byte.
 * Nesting is counted in one int: arrays in bits 0–7, structs in bits 8–15, all containers (variants too) from
 * bit 16, as {@link WireReader} counts them.
 * {@snippet :
 * WireCheck check = new WireCheck(bytes, 0, Endian.LITTLE, 0);
 * int end = check.value(Type.of("a{sv}"), 16, bytes.length, 0);   // INVALID (-1) when malformed
 * }
 */
final class WireCheck {
    /** What the checks answer for malformed bytes. */
    static final int INVALID = -1;

    private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** What {@link #basicOrUnknown} answers for a code that is not a basic type's. */
    private static final int UNKNOWN = -2;
    private static final int ARRAY = 1 | 1 << 16;
    private static final int STRUCT = 1 << 8 | 1 << 16;
    private static final int VARIANT = 1 << 16;

    /** The array of each one-character type ({@code as}, {@code ay}, {@code av}...), by the element's code; else null. */
    private static final ArrayType[] ARRAY_OF_SINGLE = new ArrayType[256];

    static {
        for (BasicType t : BasicType.values()) {
            ARRAY_OF_SINGLE[t.code()] = (ArrayType) Type.of("a" + t.code());
        }
        ARRAY_OF_SINGLE['v'] = (ArrayType) Type.of("av");
    }

    private final byte[] b;
    private final int base;
    private final boolean big;
    private final int unixFds;

    /** A check of values in {@code b}, aligned relative to {@code base}, for a message that carries {@code unixFds} fds. */
    WireCheck(byte[] b, int base, Endian endian, int unixFds) {
        this.b = b;
        this.base = base;
        this.big = endian == Endian.BIG;
        this.unixFds = unixFds;
    }

    /** Nesting counted as the constructor's comment says, from a reader's three counters. */
    static int nest(int arrays, int structs, int containers) {
        return arrays | structs << 8 | containers << 16;
    }

    /**
     * Where a value of {@code type} that starts at {@code p} ends, all of it before {@code end}; {@link #INVALID}
     * when it is malformed or would nest deeper than the limits from {@code nest}.
     */
    int value(Type type, int p, int end, int nest) {
        if (type instanceof BasicType t) {
            return basic(t, p, end);
        }
        if (type instanceof VariantType) {
            return variant(p, end, nest);
        }
        if (type instanceof DictType d) {
            return dict(d, p, end, nest);
        }
        if (type instanceof ArrayType a) {
            return array(a, p, end, nest);
        }
        return struct((StructType) type, p, end, nest);
    }

    private int basic(BasicType type, int p, int end) {
        return basic(type.code(), p, end);
    }

    /**
     * A value of the basic type with this code; a switch on the code, not on the enum, so that each size is a
     * constant on its own path.
     */
    private int basic(int code, int p, int end) {
        int q = basicOrUnknown(code, p, end);
        if (q == UNKNOWN) {
            throw new IllegalArgumentException("not a basic type: " + (char) code);
        }
        return q;
    }

    /** As {@link #basic(int, int, int)}, or {@link #UNKNOWN} when {@code code} is not a basic type's. */
    private int basicOrUnknown(int code, int p, int end) {
        return switch (code) {
            case 's' -> string(p, end);
            case 'o' -> path(p, end);
            case 'y' -> p < end ? p + 1 : INVALID;
            case 'b' -> {
                int q = fixed(p, end, 4);
                yield q < 0 || (int32(q - 4) & ~1) != 0 ? INVALID : q;
            }
            case 'n', 'q' -> fixed(p, end, 2);
            case 'i', 'u' -> fixed(p, end, 4);
            case 'x', 't', 'd' -> fixed(p, end, 8);
            case 'h' -> {
                int q = fixed(p, end, 4);
                yield q < 0 || !isFdIndex(int32(q - 4)) ? INVALID : q;
            }
            case 'g' -> {
                Signature s = signature(p, end);
                yield s == null ? INVALID : p + 2 + (b[p] & 0xFF);
            }
            default -> UNKNOWN;
        };
    }

    private boolean isFdIndex(int index) {
        return index >= 0 && index < unixFds;
    }

    /** Past the zero padding before {@code p}'s next multiple of {@code alignment}, within {@code end}. */
    private int align(int p, int end, int alignment) {
        int q = p + (-(p - base) & (alignment - 1));
        if (q == p) {
            return p;
        }
        if (q > end) {
            return INVALID;
        }
        if (b.length - p >= 8) {
            return ((long) LONG_LE.get(b, p) & ((1L << ((q - p) << 3)) - 1)) == 0 ? q : INVALID;
        }
        for (int i = p; i < q; i++) {
            if (b[i] != 0) {
                return INVALID;
            }
        }
        return q;
    }

    /** Past an aligned value of {@code size} bytes, any bits of which are valid. */
    private int fixed(int p, int end, int size) {
        int q = align(p, end, size);
        return q < 0 || size > end - q ? INVALID : q + size;
    }

    private int int32(int p) {
        int v = (int) INT_LE.get(b, p);
        return big ? Integer.reverseBytes(v) : v;
    }

    /** The index of the NUL of a string whose text starts at {@code q}, after its length: if length and NUL are right. */
    private int stringStop(int q, int end) {
        int length = int32(q - 4);
        return length < 0 || length > end - q - 1 || b[q + length] != 0 ? INVALID : q + length;
    }

    /** A string: length, UTF-8 text without NUL (eight bytes at a time while ASCII), NUL. */
    private int string(int p, int end) {
        int q = fixed(p, end, 4);
        if (q < 0) {
            return INVALID;
        }
        int length = int32(q - 4);
        if (length < 0 || length > end - q - 1) {
            return INVALID;
        }
        int stop = q + length;
        if (b[stop] != 0) {
            return INVALID;
        }
        int i = Utf8.asciiEnd(b, q, stop);
        if (i == stop) {
            return stop + 1;
        }
        for (int j = i; j < stop; j++) {
            if (b[j] == 0) {
                return INVALID;
            }
        }
        return Utf8.firstInvalid(b, i, stop) < 0 ? stop + 1 : INVALID;   // the bytes before i are ASCII
    }

    /** An object path: a string whose bytes follow the path rules (which only ASCII can). */
    private int path(int p, int end) {
        int q = fixed(p, end, 4);
        int stop = q < 0 ? INVALID : stringStop(q, end);
        return stop >= 0 && KnownPaths.isValid(b, q, stop) ? stop + 1 : INVALID;
    }

    /** A signature at {@code p}: length byte, bytes in 1..127 that form valid types, NUL; null when invalid. */
    private Signature signature(int p, int end) {
        if (p >= end) {
            return null;
        }
        int length = b[p] & 0xFF;
        if (length + 2 > end - p) {
            return null;
        }
        int start = p + 1;
        for (int i = start; i < start + length; i++) {
            if (b[i] <= 0) {
                return null;
            }
        }
        if (b[start + length] != 0) {
            return null;
        }
        try {
            return WireReader.signature(b, start, length);
        } catch (InvalidSignatureException e) {
            return null;
        }
    }

    /** A variant: its signature, one complete type (the common ones seen in one read), then its value. */
    private int variant(int p, int end, int nest) {
        nest += VARIANT;
        return nest >>> 16 > Limits.MAX_DEPTH ? INVALID : variantWithin(p, end, nest);
    }

    /** A variant whose nesting, {@code nest} with the variant counted, is within the limits. */
    private int variantWithin(int p, int end, int nest) {
        if (end - p >= 4) {   // end is within the array, so this reads inside it
            int w = (int) INT_LE.get(b, p);
            if ((w & 0xFF00FF) == 1) {   // length 1, a code, NUL
                int q = basicOrUnknown((w >>> 8) & 0xFF, p + 3, end);
                if (q != UNKNOWN) {
                    return q;
                }
            } else if ((w & 0xFF00FFFF) == ('a' << 8 | 2)) {   // length 2, 'a', a code, NUL
                ArrayType array = ARRAY_OF_SINGLE[(w >>> 16) & 0xFF];
                if (array != null) {
                    return array(array, p + 4, end, nest);
                }
            }
        }
        Signature s = signature(p, end);
        if (s == null || !s.isSingle()) {
            return INVALID;
        }
        return value(s.single(), p + 2 + (b[p] & 0xFF), end, nest);
    }

    /** An array's length and padding, checked: where its elements start, or INVALID. */
    private int arrayStart(int p, int end, int alignment) {
        int q = fixed(p, end, 4);
        if (q < 0) {
            return INVALID;
        }
        int length = int32(q - 4);
        if (length < 0 || length > Limits.MAX_ARRAY) {
            return INVALID;
        }
        int first = align(q, end, alignment);
        return first < 0 || length > end - first ? INVALID : first;
    }

    private static boolean tooDeep(int nest) {
        return (nest & 0xFF) > Limits.MAX_ARRAY_DEPTH || nest >>> 16 > Limits.MAX_DEPTH;
    }

    private int array(ArrayType type, int p, int end, int nest) {
        Type element = type.element();
        int first = arrayStart(p, end, element.alignment());
        nest += ARRAY;
        if (first < 0 || tooDeep(nest)) {
            return INVALID;
        }
        int stop = first + lengthBefore(p);
        if (element instanceof BasicType t && t.isFixed()) {
            if (((stop - first) & (t.alignment() - 1)) != 0) {
                return INVALID;
            }
            if (t == BasicType.BOOLEAN) {
                for (int i = first; i < stop; i += 4) {
                    if ((int32(i) & ~1) != 0) {
                        return INVALID;
                    }
                }
            } else if (t == BasicType.UNIX_FD) {
                for (int i = first; i < stop; i += 4) {
                    if (!isFdIndex(int32(i))) {
                        return INVALID;
                    }
                }
            }
            return stop;
        }
        int q = first;
        if (element == BasicType.STRING) {
            while (q < stop && q >= 0) {
                q = string(q, stop);
            }
            return q;
        }
        while (q < stop && q >= 0) {
            q = value(element, q, stop, nest);
        }
        return q;
    }

    /** The length of the array whose length field is the first aligned int at or after {@code p}. */
    private int lengthBefore(int p) {
        return int32(p + (-(p - base) & 3));
    }

    private int dict(DictType type, int p, int end, int nest) {
        int first = arrayStart(p, end, 8);
        nest += ARRAY;
        if (first < 0 || tooDeep(nest)) {
            return INVALID;
        }
        int stop = first + lengthBefore(p);
        BasicType key = type.key();
        Type value = type.value();
        int q = first;
        int inVariant = nest + VARIANT;
        if (key == BasicType.STRING && value instanceof VariantType && inVariant >>> 16 <= Limits.MAX_DEPTH) {
            return stringVariantEntries(q, stop, inVariant);
        }
        while (q < stop) {
            q = align(q, stop, 8);
            q = q < 0 ? INVALID : basic(key, q, stop);
            q = q < 0 ? INVALID : value(value, q, stop, nest);
            if (q < 0) {
                return INVALID;
            }
        }
        return q;
    }

    /** The entries of an {@code a{sv}}, the most common dict, in a method of its own that stays small. */
    private int stringVariantEntries(int q, int stop, int inVariant) {
        while (q < stop) {
            q = align(q, stop, 8);
            q = q < 0 ? INVALID : string(q, stop);
            q = q < 0 ? INVALID : variantWithin(q, stop, inVariant);
            if (q < 0) {
                return INVALID;
            }
        }
        return q;
    }

    private int struct(StructType type, int p, int end, int nest) {
        int q = align(p, end, 8);
        nest += STRUCT;
        if (q < 0 || (nest >>> 8 & 0xFF) > Limits.MAX_STRUCT_DEPTH || nest >>> 16 > Limits.MAX_DEPTH) {
            return INVALID;
        }
        var fields = type.fields();
        for (int i = 0, n = fields.size(); i < n && q >= 0; i++) {
            q = value(fields.get(i), q, end, nest);
        }
        return q;
    }
}
