package io.jdbus.introspect;

import io.jdbus.names.InterfaceName;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An interface of a {@link Node}: its methods, signals and properties (each kind with distinct names) and its
 * annotations.
 *
 * {@snippet :
 * Interface iface = node.findInterface("com.example.SampleInterface0").orElseThrow();
 * iface.findMethod("Frobate").orElseThrow().inSignature();   // i
 * iface.findSignal("Changed");                               // Optional[Signal[name=Changed, ...]]
 * Property bar = iface.findProperty("Bar").orElseThrow();
 * iface.emitsChangedSignal(bar);                             // TRUE, the default
 * }
 *
 * @param name the interface name
 * @param methods the methods, in document order, distinct names; unmodifiable
 * @param signals the signals, in document order, distinct names; unmodifiable
 * @param properties the properties, in document order, distinct names; unmodifiable
 * @param annotations the annotations, in document order; unmodifiable
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#introspection-format">Introspection Data Format</a>
 */
public record Interface(InterfaceName name, List<Method> methods, List<Signal> signals, List<Property> properties,
        List<Annotation> annotations) implements Annotated {

    /** Copies the lists; throws {@link InvalidIntrospectionException} if two members of one kind share a name. */
    public Interface {
        Objects.requireNonNull(name, "name");
        String owner = "interface " + name;
        methods = Unique.byName("method", owner, methods, m -> m.name().value());
        signals = Unique.byName("signal", owner, signals, s -> s.name().value());
        properties = Unique.byName("property", owner, properties, p -> p.name().value());
        annotations = List.copyOf(annotations);
    }

    /** An interface named {@code name} with no members yet; add them with the {@code with} methods. */
    public static Interface of(String name) {
        return new Interface(InterfaceName.of(name), List.of(), List.of(), List.of(), List.of());
    }

    /** The method named {@code name}, if there is one. */
    public Optional<Method> findMethod(String name) {
        return methods.stream().filter(m -> m.name().value().equals(name)).findFirst();
    }

    /** The signal named {@code name}, if there is one. */
    public Optional<Signal> findSignal(String name) {
        return signals.stream().filter(s -> s.name().value().equals(name)).findFirst();
    }

    /** The property named {@code name}, if there is one. */
    public Optional<Property> findProperty(String name) {
        return properties.stream().filter(p -> p.name().value().equals(name)).findFirst();
    }

    /** This interface's own {@code org.freedesktop.DBus.Property.EmitsChangedSignal}, if it has one with a known value. */
    public Optional<EmitsChangedSignal> emitsChangedSignal() {
        return annotation(Annotation.EMITS_CHANGED_SIGNAL).flatMap(EmitsChangedSignal::parse);
    }

    /**
     * How a change of {@code property} is announced: the property's own annotation, else this interface's, else
     * {@link EmitsChangedSignal#TRUE}, as the specification describes. An annotation with an unknown value is
     * passed over.
     */
    public EmitsChangedSignal emitsChangedSignal(Property property) {
        return property.emitsChangedSignal().or(this::emitsChangedSignal).orElse(EmitsChangedSignal.TRUE);
    }

    /** This interface with {@code methods} instead of its own. */
    public Interface withMethods(List<Method> methods) {
        return new Interface(name, methods, signals, properties, annotations);
    }

    /** This interface with {@code signals} instead of its own. */
    public Interface withSignals(List<Signal> signals) {
        return new Interface(name, methods, signals, properties, annotations);
    }

    /** This interface with {@code properties} instead of its own. */
    public Interface withProperties(List<Property> properties) {
        return new Interface(name, methods, signals, properties, annotations);
    }

    /** This interface with {@code annotations} instead of its own. */
    public Interface withAnnotations(List<Annotation> annotations) {
        return new Interface(name, methods, signals, properties, annotations);
    }
}
