package io.jdbus.types;

/**
 * The variant type {@code v}: a value that carries its own signature.
 *
 * {@snippet :
 * Type t = Type.of("v");
 * assert t == VariantType.INSTANCE;
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#container-types">Container types</a>
 */
public enum VariantType implements Type {
    /** The one variant type. */
    INSTANCE;

    @Override
    public String signature() {
        return "v";
    }

    @Override
    public int alignment() {
        return 1;
    }
}
