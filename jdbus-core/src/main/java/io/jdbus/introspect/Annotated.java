package io.jdbus.introspect;

import java.util.List;
import java.util.Optional;

/**
 * An element that carries {@link Annotation}s, with lookups for the standard ones.
 *
 * {@snippet :
 * Method m = iface.findMethod("Frobate").orElseThrow();
 * m.isDeprecated();                        // org.freedesktop.DBus.Deprecated is "true"
 * m.docString();                           // Optional of org.gtk.GDBus.DocString's value
 * m.annotation("org.gtk.GDBus.C.Name");    // any other annotation, by name
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#introspection-format">Introspection Data Format</a>
 */
public sealed interface Annotated permits Interface, Method, Signal, Property, Arg {
    /** The annotations, in document order; unmodifiable. */
    List<Annotation> annotations();

    /** The value of the first annotation named {@code name}, if there is one. */
    default Optional<String> annotation(String name) {
        for (Annotation a : annotations()) {
            if (a.name().equals(name)) {
                return Optional.of(a.value());
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code org.freedesktop.DBus.Deprecated} is {@code true} here. Any other value, or none, is not
     * deprecated (as GDBus and gdbus-codegen read it).
     */
    default boolean isDeprecated() {
        return annotation(Annotation.DEPRECATED).filter("true"::equals).isPresent();
    }

    /** The value of {@code org.gtk.GDBus.DocString}, if present. */
    default Optional<String> docString() {
        return annotation(Annotation.DOC_STRING);
    }
}
