package io.jdbus.introspect;

import io.jdbus.names.MemberName;
import io.jdbus.types.Signature;
import io.jdbus.types.Type;
import java.util.List;
import java.util.Objects;

/**
 * A method of an {@link Interface}: its name, its arguments in document order (each {@code in} or {@code out}) and
 * its annotations.
 *
 * {@snippet :
 * Method frobate = Method.of("Frobate", Arg.in("foo", "i"), Arg.out("bar", "s"), Arg.out("baz", "a{us}"));
 * frobate.inSignature();    // i
 * frobate.outSignature();   // sa{us}
 * frobate.noReply();        // false: no org.freedesktop.DBus.Method.NoReply annotation
 * }
 *
 * @param name the method name
 * @param args the arguments, {@code in} and {@code out} in document order; unmodifiable
 * @param annotations the annotations, in document order; unmodifiable
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#introspection-format">Introspection Data Format</a>
 */
public record Method(MemberName name, List<Arg> args, List<Annotation> annotations) implements Annotated {

    /** Copies the lists. */
    public Method {
        Objects.requireNonNull(name, "name");
        args = List.copyOf(args);
        annotations = List.copyOf(annotations);
    }

    /** A method named {@code name} with {@code args} and no annotations. */
    public static Method of(String name, Arg... args) {
        return new Method(MemberName.of(name), List.of(args), List.of());
    }

    /** The {@code in} arguments, in order. */
    public List<Arg> inArgs() {
        return args.stream().filter(a -> a.direction() == Direction.IN).toList();
    }

    /** The {@code out} arguments, in order. */
    public List<Arg> outArgs() {
        return args.stream().filter(a -> a.direction() == Direction.OUT).toList();
    }

    /** The signature of a call's body: the types of the {@code in} arguments. */
    public Signature inSignature() {
        return Signature.of(inArgs().stream().map(Arg::type).toArray(Type[]::new));
    }

    /** The signature of a reply's body: the types of the {@code out} arguments. */
    public Signature outSignature() {
        return Signature.of(outArgs().stream().map(Arg::type).toArray(Type[]::new));
    }

    /** Whether {@code org.freedesktop.DBus.Method.NoReply} is {@code true}: the caller does not expect a reply. */
    public boolean noReply() {
        return annotation(Annotation.NO_REPLY).filter("true"::equals).isPresent();
    }

    /** This method with {@code annotations} instead of its own. */
    public Method withAnnotations(List<Annotation> annotations) {
        return new Method(name, args, annotations);
    }
}
