package io.jdbus.introspect;

import io.jdbus.names.MemberName;
import io.jdbus.types.Signature;
import io.jdbus.types.Type;
import java.util.List;
import java.util.Objects;

/**
 * A signal of an {@link Interface}: its name, its arguments (all {@code out}) and its annotations.
 *
 * {@snippet :
 * Signal changed = Signal.of("Changed", Arg.out("new_value", "b"));
 * changed.signature();   // b
 * Signal.of("Bad", Arg.in("x", "i"));   // InvalidIntrospectionException: signal arguments are "out"
 * }
 *
 * @param name the signal name
 * @param args the arguments, in order, all {@link Direction#OUT}; unmodifiable
 * @param annotations the annotations, in document order; unmodifiable
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#introspection-format">Introspection Data Format</a>
 */
public record Signal(MemberName name, List<Arg> args, List<Annotation> annotations) implements Annotated {

    /** Copies the lists; throws {@link InvalidIntrospectionException} if an argument is {@code in}. */
    public Signal {
        Objects.requireNonNull(name, "name");
        args = List.copyOf(args);
        annotations = List.copyOf(annotations);
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).direction() != Direction.OUT) {
                throw new InvalidIntrospectionException("argument " + i + " of signal " + name
                        + " has direction \"in\"; signal arguments are \"out\"");
            }
        }
    }

    /** A signal named {@code name} with {@code args} and no annotations. */
    public static Signal of(String name, Arg... args) {
        return new Signal(MemberName.of(name), List.of(args), List.of());
    }

    /** The signature of the signal's body. */
    public Signature signature() {
        return Signature.of(args.stream().map(Arg::type).toArray(Type[]::new));
    }

    /** This signal with {@code annotations} instead of its own. */
    public Signal withAnnotations(List<Annotation> annotations) {
        return new Signal(name, args, annotations);
    }
}
