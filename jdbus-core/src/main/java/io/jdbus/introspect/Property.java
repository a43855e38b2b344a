package io.jdbus.introspect;

import io.jdbus.names.PropertyName;
import io.jdbus.types.Type;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A property of an {@link Interface}: its name, its single complete type, its access and its annotations.
 *
 * {@snippet :
 * Property bar = Property.of("Bar", "y", Access.READWRITE);   // <property name="Bar" type="y" access="readwrite"/>
 * bar.emitsChangedSignal();                                   // Optional.empty: the interface's setting applies
 * iface.emitsChangedSignal(bar);                              // TRUE unless the interface says otherwise
 * }
 *
 * @param name the property name
 * @param type the property's single complete type
 * @param access read, write or readwrite
 * @param annotations the annotations, in document order; unmodifiable
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#introspection-format">Introspection Data Format</a>
 */
public record Property(PropertyName name, Type type, Access access, List<Annotation> annotations) implements Annotated {

    /** Copies the annotations. */
    public Property {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(access, "access");
        annotations = List.copyOf(annotations);
    }

    /** A property named {@code name} of the single complete type {@code type}, without annotations. */
    public static Property of(String name, String type, Access access) {
        return new Property(PropertyName.of(name), Type.of(type), access, List.of());
    }

    /**
     * This property's own {@code org.freedesktop.DBus.Property.EmitsChangedSignal}, if it has one with a known value;
     * {@link Interface#emitsChangedSignal(Property)} adds the interface's setting and the default.
     */
    public Optional<EmitsChangedSignal> emitsChangedSignal() {
        return annotation(Annotation.EMITS_CHANGED_SIGNAL).flatMap(EmitsChangedSignal::parse);
    }

    /** This property with {@code annotations} instead of its own. */
    public Property withAnnotations(List<Annotation> annotations) {
        return new Property(name, type, access, annotations);
    }
}
