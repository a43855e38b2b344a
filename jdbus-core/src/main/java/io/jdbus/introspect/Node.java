package io.jdbus.introspect;

import io.jdbus.names.InterfaceName;
import io.jdbus.names.ObjectPath;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An introspected object: the {@code <node>} element with its interfaces and child nodes.
 *
 * <p>The root node's name, when present, is an absolute object path; a child's name is required and is a path
 * relative to its parent (one or more elements, such as {@code child_of_sample_object}). A child may be a bare
 * reference ({@code <node name="x"/>}) or a complete introspection of the child. Interfaces and children have
 * distinct names.
 * {@snippet :
 * Node node = IntrospectionParser.parse(xml);
 * node.findInterface("com.example.SampleInterface0").orElseThrow();
 * node.children().stream().map(c -> c.name().orElseThrow()).toList();   // [child_of_sample_object, ...]
 * Node built = Node.of(List.of(Interface.of("com.example.Empty")), List.of(Node.child("kid")));
 * }
 *
 * @param name the node's name, if it has one
 * @param interfaces the interfaces, in document order, distinct names; unmodifiable
 * @param children the child nodes, in document order, each named, distinct names; unmodifiable
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#introspection-format">Introspection Data Format</a>
 */
public record Node(Optional<String> name, List<Interface> interfaces, List<Node> children) {

    /**
     * Validates the name and copies the lists; throws {@link InvalidIntrospectionException} for a name that is
     * neither an absolute nor a relative object path, an unnamed or absolute child, or a name used twice.
     */
    public Node {
        Objects.requireNonNull(name, "name");
        name.ifPresent(Node::checkName);
        String owner = name.map(n -> "node " + XmlText.quote(n)).orElse("the node");
        interfaces = Unique.byName("interface", owner, interfaces, i -> i.name().value());
        children = List.copyOf(children);
        for (Node child : children) {
            String n = child.name().orElseThrow(() -> new InvalidIntrospectionException(owner
                    + " has a child node without a name"));
            if (n.startsWith("/")) {
                throw new InvalidIntrospectionException(owner + " has a child node with the absolute name "
                        + XmlText.quote(n) + "; a child's name is relative to its parent");
            }
        }
        Unique.byName("child node", owner, children, c -> c.name().orElseThrow());
    }

    /** An unnamed node (as a root node usually is). */
    public static Node of(List<Interface> interfaces, List<Node> children) {
        return new Node(Optional.empty(), interfaces, children);
    }

    /** A bare child reference named {@code name}: {@code <node name="name"/>}. */
    public static Node child(String name) {
        return new Node(Optional.of(name), List.of(), List.of());
    }

    /** The interface named {@code name}, if this node has it. */
    public Optional<Interface> findInterface(String name) {
        return interfaces.stream().filter(i -> i.name().value().equals(name)).findFirst();
    }

    /** The interface named {@code name}, if this node has it. */
    public Optional<Interface> findInterface(InterfaceName name) {
        return findInterface(name.value());
    }

    /** The child node named {@code name} (relative, as in the XML), if there is one. */
    public Optional<Node> findChild(String name) {
        return children.stream().filter(c -> c.name().orElseThrow().equals(name)).findFirst();
    }

    /** This node with {@code name} (or none) instead of its own. */
    public Node withName(Optional<String> name) {
        return new Node(name, interfaces, children);
    }

    private static void checkName(String n) {
        String path = n.startsWith("/") ? n : "/" + n;
        if (n.isEmpty() || !ObjectPath.isValid(path)) {
            throw new InvalidIntrospectionException("node name " + XmlText.quote(n)
                    + " is neither an absolute object path nor a relative one (elements of [A-Za-z0-9_] separated"
                    + " by '/', no empty element, no trailing '/')");
        }
    }
}
