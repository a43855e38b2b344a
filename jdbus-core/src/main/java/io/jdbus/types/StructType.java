package io.jdbus.types;

import java.util.List;

/**
 * A struct type {@code (T1T2...)} with at least one field.
 *
 * {@snippet :
 * StructType s = (StructType) Type.of("(iiu)");
 * s.fields().size();   // 3
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#container-types">Container types</a>
 */
public final class StructType implements Type {
    private final List<Type> fields;
    private final String signature;

    /** A struct of {@code fields}; there must be at least one. */
    public StructType(List<? extends Type> fields) {
        if (fields.isEmpty()) {
            throw new InvalidSignatureException("a struct must have at least one field");
        }
        this.fields = List.copyOf(fields);
        StringBuilder sb = new StringBuilder("(");
        for (Type t : this.fields) {
            sb.append(t.signature());
        }
        this.signature = sb.append(')').toString();
    }

    /** The field types, in order. */
    public List<Type> fields() {
        return fields;
    }

    @Override
    public String signature() {
        return signature;
    }

    @Override
    public int alignment() {
        return 8;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StructType s && s.signature.equals(signature);
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
