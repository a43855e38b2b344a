package io.jdbus.internal;

import io.jdbus.types.Struct;
import io.jdbus.types.Type;
import io.jdbus.types.Variant;

/**
 * Lets the codec build {@link Variant}s and {@link Struct}s from values it decoded itself, without the
 * conversion and copy that public construction does. Not exported.
 *
 * {@snippet :
 * Variant v = TrustedValues.get().variant(BasicType.INT16, (short) -60);   // the value is already decoded
 * }
 */
public final class TrustedValues {
    /** What {@code io.jdbus.types} installs. */
    public interface Factory {
        /** A variant of an already-decoded value. */
        Variant variant(Type type, Object value);

        /** A struct that adopts {@code fields}. */
        Struct struct(Object[] fields);
    }

    private static volatile Factory factory;

    private TrustedValues() {
    }

    /** Called once by {@code io.jdbus.types.Values}. */
    public static void install(Factory f) {
        factory = f;
    }

    /** The installed factory, loading {@code io.jdbus.types.Values} on first use. */
    public static Factory get() {
        Factory f = factory;
        if (f == null) {
            try {
                Class.forName("io.jdbus.types.Values", true, TrustedValues.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            f = factory;
        }
        return f;
    }
}
