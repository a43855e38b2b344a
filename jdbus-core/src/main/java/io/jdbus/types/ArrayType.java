package io.jdbus.types;

import java.util.Objects;

/**
 * An array type {@code aT}; arrays of dict entries are {@link DictType}s instead.
 *
 * {@snippet :
 * ArrayType strings = new ArrayType(BasicType.STRING);
 * strings.signature();   // "as"
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#container-types">Container types</a>
 */
public final class ArrayType implements Type {
    private final Type element;
    private final String signature;

    /** An array of {@code element}. */
    public ArrayType(Type element) {
        this.element = Objects.requireNonNull(element, "element");
        this.signature = "a" + element.signature();
    }

    /** The element type. */
    public Type element() {
        return element;
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
        return o instanceof ArrayType a && a.signature.equals(signature);
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
