package io.jdbus.introspect;

import io.jdbus.types.Type;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An argument of a {@link Method} or {@link Signal}: an optional name, one complete type, and a direction.
 *
 * {@snippet :
 * Arg foo = Arg.in("foo", "i");                 // <arg name="foo" type="i" direction="in"/>
 * Arg baz = Arg.out("baz", "a{us}");
 * baz.type();                                   // DictType a{us}
 * Arg.in("pair", "ii");                         // InvalidSignatureException: not a single complete type
 * }
 *
 * @param name the argument name, if it has one (any text XML can carry; the specification does not constrain it)
 * @param type the argument's single complete type
 * @param direction {@link Direction#IN} or {@link Direction#OUT}; always {@code OUT} in a signal
 * @param annotations the annotations, in document order; unmodifiable
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#introspection-format">Introspection Data Format</a>
 */
public record Arg(Optional<String> name, Type type, Direction direction, List<Annotation> annotations)
        implements Annotated {

    /** Validates the argument and copies the annotations. */
    public Arg {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(direction, "direction");
        name.ifPresent(n -> XmlText.check("argument name", n));
        annotations = List.copyOf(annotations);
    }

    /** An argument without annotations. */
    public Arg(Optional<String> name, Type type, Direction direction) {
        this(name, type, direction, List.of());
    }

    /** An {@code in} argument named {@code name} (or unnamed, if {@code null}) of the single complete type {@code type}. */
    public static Arg in(String name, String type) {
        return new Arg(Optional.ofNullable(name), Type.of(type), Direction.IN);
    }

    /** An {@code out} argument named {@code name} (or unnamed, if {@code null}) of the single complete type {@code type}. */
    public static Arg out(String name, String type) {
        return new Arg(Optional.ofNullable(name), Type.of(type), Direction.OUT);
    }

    /** This argument with {@code annotations} instead of its own. */
    public Arg withAnnotations(List<Annotation> annotations) {
        return new Arg(name, type, direction, annotations);
    }
}
