package io.jdbus.types;

import java.util.Objects;

/**
 * A dictionary type {@code a{KV}}: an array of dict entries whose key is a basic type.
 *
 * {@snippet :
 * DictType props = (DictType) Type.of("a{sv}");
 * props.key();     // BasicType.STRING
 * props.value();   // VariantType.INSTANCE
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#container-types">Container types</a>
 */
public final class DictType implements Type {
    private final BasicType key;
    private final Type value;
    private final String signature;

    /** A dictionary from {@code key} to {@code value}. */
    public DictType(BasicType key, Type value) {
        this.key = Objects.requireNonNull(key, "key");
        this.value = Objects.requireNonNull(value, "value");
        this.signature = "a{" + key.signature() + value.signature() + "}";
    }

    /** The key type, always basic. */
    public BasicType key() {
        return key;
    }

    /** The value type. */
    public Type value() {
        return value;
    }

    /** The signature of one entry, such as {@code {sv}}. */
    public String entrySignature() {
        return signature.substring(1);
    }

    @Override
    public String signature() {
        return signature;
    }

    @Override
    public int alignment() {
        return 4;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DictType d && d.signature.equals(signature);
    }

    @Override
    public int hashCode() {
        return signature.hashCode();
    }

    @Override
    public String toString() {
        return signature;
    }
}
