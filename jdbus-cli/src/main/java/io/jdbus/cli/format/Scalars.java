package io.jdbus.cli.format;

import io.jdbus.types.BasicType;
import io.jdbus.types.UnixFD;

/**
 * Basic values as text, shared by the text and JSON renderings: unsigned types print unsigned,
 * as everything that prints a value with its signature does.
 */
final class Scalars {
    private Scalars() {
    }

    /** The decimal text of an integer type's value, unsigned for {@code y q u t}. */
    static String integer(BasicType type, Object value) {
        return switch (type) {
            case BYTE -> Integer.toString(Byte.toUnsignedInt(((Number) value).byteValue()));
            case INT16 -> Short.toString(((Number) value).shortValue());
            case UINT16 -> Integer.toString(Short.toUnsignedInt(((Number) value).shortValue()));
            case INT32 -> Integer.toString(((Number) value).intValue());
            case UINT32 -> Integer.toUnsignedString(((Number) value).intValue());
            case INT64 -> Long.toString(((Number) value).longValue());
            case UINT64 -> Long.toUnsignedString(((Number) value).longValue());
            case UNIX_FD -> Integer.toString(((UnixFD) value).index());
            case BOOLEAN, DOUBLE, STRING, OBJECT_PATH, SIGNATURE ->
                    throw new IllegalArgumentException(type + " is not an integer type");
        };
    }

    /** A double as busctl's JSON prints it: {@code %.21e}, both zeros as {@code 0}; {@code null} for NaN and infinities. */
    static String jsonDouble(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return null;
        }
        return CDoubleFormat.e(d == 0 ? 0.0 : d, 21);
    }
}
