package io.jdbus.types;

import java.util.Objects;

/**
 * A D-Bus variant: a value together with its single complete type.
 *
 * <p>The value is converted once, at construction, to the decoded form of the type table (lenient in),
 * so two variants that encode alike are equal. Instances are immutable.
 * {@snippet :
 * Variant a = Variant.of("s", "foo");
 * Variant b = Variant.of("u", 4_000_000_000L);   // held as Integer bits, printed unsigned
 * Variant c = Variant.infer(List.of(1, 2));       // type ai
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#container-types">Container types</a>
 */
public final class Variant {
    private final Type type;
    private final Object value;

    private Variant(Type type, Object value) {
        this.type = type;
        this.value = value;
    }

    /** A variant of {@code type} holding {@code value}, converted by the type table; throws {@link InvalidValueException}. */
    public static Variant of(Type type, Object value) {
        Objects.requireNonNull(type, "type");
        return new Variant(type, Values.coerce(type, value));
    }

    /** A variant of type {@code signature} (one complete type) holding {@code value}. */
    public static Variant of(String signature, Object value) {
        return of(Signature.of(signature).single(), value);
    }

    /** A variant whose type is inferred from the Java type of {@code value} (see {@link Values#infer}). */
    public static Variant infer(Object value) {
        if (value instanceof Variant v) {
            return v;
        }
        return of(Values.infer(value), value);
    }

    /** Builds a variant from a value already in the decoded form of {@code type}; no conversion, no copy. */
    static Variant trusted(Type type, Object value) {
        return new Variant(type, value);
    }

    /** The type of the value. */
    public Type type() {
        return type;
    }

    /** The value, in the decoded form of its type. */
    public Object value() {
        return value;
    }

    /** The signature of the value's type. */
    public Signature signature() {
        return Signature.of(type.signature());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Variant v && v.type.equals(type) && Values.deepEquals(value, v.value);
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + Values.deepHashCode(value);
    }

    /** The type and value, unsigned types printed unsigned: {@code <u 4294967295>}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("<").append(type.signature()).append(' ');
        ValueText.append(sb, type, value);
        return sb.append('>').toString();
    }
}
