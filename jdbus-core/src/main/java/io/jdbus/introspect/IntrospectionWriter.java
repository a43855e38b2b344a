package io.jdbus.introspect;

import java.util.List;
import java.util.Objects;

/**
 * Writes a {@link Node} as introspection XML in the layout libdbus emits: the standard DOCTYPE, two-space
 * indentation, one element per line, attribute values escaped (line breaks and tabs as character references, so
 * that they survive attribute-value normalisation). {@code IntrospectionParser.parse(write(node))} equals
 * {@code node} for every node whose children nest at most {@link IntrospectionParser#MAX_NODE_DEPTH} deep.
 *
 * <p>Within an interface the order is methods, signals, properties, then annotations; within a method or signal,
 * arguments then annotations (the specification's example). Method arguments always carry {@code direction};
 * signal arguments never do. Elements without content are written empty ({@code <property .../>}).
 * {@snippet :
 * String xml = IntrospectionWriter.write(Node.of(
 *         List.of(Interface.of("com.example.SampleInterface0")
 *                 .withMethods(List.of(Method.of("Frobate", Arg.in("foo", "i"), Arg.out("bar", "s"))))),
 *         List.of(Node.child("child_of_sample_object"))));
 * // <!DOCTYPE node PUBLIC "-//freedesktop//DTD D-BUS Object Introspection 1.0//EN"
 * // "http://www.freedesktop.org/standards/dbus/1.0/introspect.dtd">
 * // <node>
 * //   <interface name="com.example.SampleInterface0">
 * //     <method name="Frobate">
 * //       <arg name="foo" type="i" direction="in"/>
 * //       <arg name="bar" type="s" direction="out"/>
 * //     </method>
 * //   </interface>
 * //   <node name="child_of_sample_object"/>
 * // </node>
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#introspection-format">Introspection Data Format</a>
 * @see IntrospectionParser
 */
public final class IntrospectionWriter {
    /** The DOCTYPE line (two lines, as libdbus writes it) that begins every document. */
    public static final String DOCTYPE = "<!DOCTYPE node PUBLIC \"-//freedesktop//DTD D-BUS Object Introspection 1.0//EN\"\n"
            + "\"http://www.freedesktop.org/standards/dbus/1.0/introspect.dtd\">\n";

    private final StringBuilder out = new StringBuilder(1024);

    private IntrospectionWriter() {
    }

    /** The introspection XML of {@code node}, ending with a newline. */
    public static String write(Node node) {
        Objects.requireNonNull(node, "node");
        IntrospectionWriter w = new IntrospectionWriter();
        w.out.append(DOCTYPE);
        w.node(node, 0);
        return w.out.toString();
    }

    private void node(Node node, int level) {
        open(level, "node");
        node.name().ifPresent(n -> attr("name", n));
        if (node.interfaces().isEmpty() && node.children().isEmpty()) {
            out.append("/>\n");
            return;
        }
        out.append(">\n");
        for (Interface i : node.interfaces()) {
            iface(i, level + 1);
        }
        for (Node child : node.children()) {
            node(child, level + 1);
        }
        close(level, "node");
    }

    private void iface(Interface iface, int level) {
        open(level, "interface");
        attr("name", iface.name().value());
        if (iface.methods().isEmpty() && iface.signals().isEmpty() && iface.properties().isEmpty()
                && iface.annotations().isEmpty()) {
            out.append("/>\n");
            return;
        }
        out.append(">\n");
        for (Method m : iface.methods()) {
            member("method", m.name().value(), m.args(), m.annotations(), true, level + 1);
        }
        for (Signal s : iface.signals()) {
            member("signal", s.name().value(), s.args(), s.annotations(), false, level + 1);
        }
        for (Property p : iface.properties()) {
            open(level + 1, "property");
            attr("name", p.name().value());
            attr("type", p.type().signature());
            attr("access", p.access().text());
            annotated(p.annotations(), level + 1, "property");
        }
        annotations(iface.annotations(), level + 1);
        close(level, "interface");
    }

    private void member(String tag, String name, List<Arg> args, List<Annotation> annotations, boolean method,
            int level) {
        open(level, tag);
        attr("name", name);
        if (args.isEmpty() && annotations.isEmpty()) {
            out.append("/>\n");
            return;
        }
        out.append(">\n");
        for (Arg a : args) {
            open(level + 1, "arg");
            a.name().ifPresent(n -> attr("name", n));
            attr("type", a.type().signature());
            if (method || a.direction() != Direction.OUT) {
                attr("direction", a.direction().text());
            }
            annotated(a.annotations(), level + 1, "arg");
        }
        annotations(annotations, level + 1);
        close(level, tag);
    }

    /** Ends a start tag already written: empty, or with the annotations and the end tag. */
    private void annotated(List<Annotation> annotations, int level, String tag) {
        if (annotations.isEmpty()) {
            out.append("/>\n");
        } else {
            out.append(">\n");
            annotations(annotations, level + 1);
            close(level, tag);
        }
    }

    private void annotations(List<Annotation> annotations, int level) {
        for (Annotation a : annotations) {
            open(level, "annotation");
            attr("name", a.name());
            attr("value", a.value());
            out.append("/>\n");
        }
    }

    private void open(int level, String tag) {
        out.repeat("  ", level).append('<').append(tag);
    }

    private void close(int level, String tag) {
        out.repeat("  ", level).append("</").append(tag).append(">\n");
    }

    private void attr(String name, String value) {
        out.append(' ').append(name).append("=\"").append(XmlText.escape(value)).append('"');
    }
}
