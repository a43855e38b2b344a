package io.jdbus.types;

/**
 * One complete D-Bus type: a node of a parsed signature.
 *
 * <p>The hierarchy is sealed, so a {@code switch} over it is exhaustive without a {@code default} branch:
 * {@snippet :
 * String describe(Type t) {
 *     return switch (t) {
 *         case BasicType b -> "basic " + b.code();
 *         case ArrayType a -> "array of " + describe(a.element());
 *         case DictType d -> "dict " + d.key().code() + " -> " + describe(d.value());
 *         case StructType s -> "struct of " + s.fields().size();
 *         case VariantType v -> "variant";
 *     };
 * }
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#type-system">Type system</a>
 */
public sealed interface Type permits BasicType, ArrayType, DictType, StructType, VariantType {
    /** The signature text of this single complete type, such as {@code a{sv}}. */
    String signature();

    /** The alignment of this type's values on the wire, in bytes (1, 2, 4 or 8). */
    int alignment();

    /** Parses the signature of exactly one complete type. */
    static Type of(String signature) {
        return Signature.of(signature).single();
    }
}
