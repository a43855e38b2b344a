package io.jdbus.introspect;

import io.jdbus.names.InterfaceName;
import io.jdbus.names.MemberName;
import io.jdbus.names.PropertyName;
import io.jdbus.types.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The walk over one document's StAX events that builds the {@link Node}: one method per element of the format,
 * each entered at its start tag and left at its end tag, with the depth and element-count limits enforced on every
 * start tag. Unknown elements are skipped with their content; known ones out of place are errors.
 *
 * {@snippet :
 * Node node = new DocumentReader(reader).document();   // reader: a locked-down XMLStreamReader
 * }
 */
final class DocumentReader {
    private static final Set<String> FORMAT_ELEMENTS =
            Set.of("node", "interface", "method", "signal", "property", "arg", "annotation");

    private final XMLStreamReader r;
    private int depth;
    private int elements;

    DocumentReader(XMLStreamReader reader) {
        this.r = reader;
    }

    /** Reads the whole document: one root {@code <node>}, then nothing but comments and white space. */
    Node document() {
        int e;
        do {
            e = next();
        } while (e != XMLStreamConstants.START_ELEMENT && e != XMLStreamConstants.END_DOCUMENT);
        if (e == XMLStreamConstants.END_DOCUMENT) {
            throw fail(location(), "the document has no root element", null);
        }
        if (!r.getLocalName().equals("node")) {
            throw fail(location(), "the root element is <" + r.getLocalName() + ">, not <node>", null);
        }
        Node root = node(1);
        while (next() != XMLStreamConstants.END_DOCUMENT) {
            // the parser checks that only comments, processing instructions and white space follow
        }
        return root;
    }

    private Node node(int level) {
        Location at = location();
        if (level > IntrospectionParser.MAX_NODE_DEPTH) {
            throw fail(at, "<node> elements are nested more than " + IntrospectionParser.MAX_NODE_DEPTH + " deep", null);
        }
        Optional<String> name = Optional.ofNullable(attribute("name"));
        List<Interface> interfaces = new ArrayList<>();
        List<Node> children = new ArrayList<>();
        while (next() != XMLStreamConstants.END_ELEMENT) {
            if (r.isStartElement()) {
                switch (r.getLocalName()) {
                    case "interface" -> interfaces.add(iface());
                    case "node" -> children.add(node(level + 1));
                    default -> skip("node");
                }
            }
        }
        return build(at, "<node>", () -> new Node(name, interfaces, children));
    }

    private Interface iface() {
        Location at = location();
        InterfaceName name = build(at, "<interface>", () -> InterfaceName.of(required("interface", "name")));
        List<Method> methods = new ArrayList<>();
        List<Signal> signals = new ArrayList<>();
        List<Property> properties = new ArrayList<>();
        List<Annotation> annotations = new ArrayList<>();
        while (next() != XMLStreamConstants.END_ELEMENT) {
            if (r.isStartElement()) {
                switch (r.getLocalName()) {
                    case "method" -> methods.add(method());
                    case "signal" -> signals.add(signal());
                    case "property" -> properties.add(property());
                    case "annotation" -> annotations.add(annotation());
                    default -> skip("interface");
                }
            }
        }
        return build(at, "<interface name=\"" + name + "\">",
                () -> new Interface(name, methods, signals, properties, annotations));
    }

    private Method method() {
        Location at = location();
        MemberName name = build(at, "<method>", () -> MemberName.of(required("method", "name")));
        List<Arg> args = new ArrayList<>();
        List<Annotation> annotations = new ArrayList<>();
        members(args, annotations, "method", Direction.IN);
        return build(at, "<method name=\"" + name + "\">", () -> new Method(name, args, annotations));
    }

    private Signal signal() {
        Location at = location();
        MemberName name = build(at, "<signal>", () -> MemberName.of(required("signal", "name")));
        List<Arg> args = new ArrayList<>();
        List<Annotation> annotations = new ArrayList<>();
        members(args, annotations, "signal", Direction.OUT);
        return build(at, "<signal name=\"" + name + "\">", () -> new Signal(name, args, annotations));
    }

    private void members(List<Arg> args, List<Annotation> annotations, String parent, Direction defaultDirection) {
        while (next() != XMLStreamConstants.END_ELEMENT) {
            if (r.isStartElement()) {
                switch (r.getLocalName()) {
                    case "arg" -> args.add(arg(parent, defaultDirection));
                    case "annotation" -> annotations.add(annotation());
                    default -> skip(parent);
                }
            }
        }
    }

    private Property property() {
        Location at = location();
        String tag = "<property>";
        PropertyName name = build(at, tag, () -> PropertyName.of(required("property", "name")));
        Type type = build(at, "<property name=\"" + name + "\">", () -> Type.of(required("property", "type")));
        Access access = build(at, "<property name=\"" + name + "\">", () -> Access.parse(required("property", "access")));
        List<Annotation> annotations = annotationsOnly("property");
        return build(at, "<property name=\"" + name + "\">", () -> new Property(name, type, access, annotations));
    }

    private Arg arg(String parent, Direction defaultDirection) {
        Location at = location();
        Optional<String> name = Optional.ofNullable(attribute("name"));
        String tag = "<arg" + name.map(n -> " name=" + XmlText.quote(n)).orElse("") + "> of a " + parent;
        Type type = build(at, tag, () -> Type.of(required("arg", "type")));
        String dir = attribute("direction");
        Direction direction = dir == null ? defaultDirection : build(at, tag, () -> Direction.parse(dir));
        if (parent.equals("signal") && direction == Direction.IN) {
            throw fail(at, tag + ": direction \"in\"; signal arguments are \"out\"", null);
        }
        List<Annotation> annotations = annotationsOnly("arg");
        return build(at, tag, () -> new Arg(name, type, direction, annotations));
    }

    private List<Annotation> annotationsOnly(String parent) {
        List<Annotation> annotations = new ArrayList<>();
        while (next() != XMLStreamConstants.END_ELEMENT) {
            if (r.isStartElement()) {
                if (r.getLocalName().equals("annotation")) {
                    annotations.add(annotation());
                } else {
                    skip(parent);
                }
            }
        }
        return annotations;
    }

    private Annotation annotation() {
        Location at = location();
        Annotation a = build(at, "<annotation>",
                () -> new Annotation(required("annotation", "name"), required("annotation", "value")));
        while (next() != XMLStreamConstants.END_ELEMENT) {
            if (r.isStartElement()) {
                skip("annotation");
            }
        }
        return a;
    }

    /** Skips the unknown element at the cursor with its content; a format element out of place is an error. */
    private void skip(String parent) {
        String name = r.getLocalName();
        if (FORMAT_ELEMENTS.contains(name)) {
            throw fail(location(), "<" + name + "> is not allowed inside <" + parent + ">", null);
        }
        int open = 1;
        while (open > 0) {
            int e = next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                open++;
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                open--;
            }
        }
    }

    /** The next event, with the limits checked on every start tag; parser errors become ours. */
    private int next() {
        int e;
        try {
            e = r.next();
        } catch (XMLStreamException x) {
            Location at = x.getLocation();
            String message = x.getMessage();
            int m = message == null ? -1 : message.indexOf("Message: ");
            throw fail(at, "not well-formed XML: " + (m < 0 ? message : message.substring(m + 9)), x);
        } catch (RuntimeException x) {
            throw fail(null, "the XML parser failed: " + x, x);
        }
        if (e == XMLStreamConstants.START_ELEMENT) {
            if (++elements > IntrospectionParser.MAX_ELEMENTS) {
                throw fail(location(), "the document has more than " + IntrospectionParser.MAX_ELEMENTS
                        + " elements", null);
            }
            if (++depth > IntrospectionParser.MAX_ELEMENT_DEPTH) {
                throw fail(location(), "elements are nested more than " + IntrospectionParser.MAX_ELEMENT_DEPTH
                        + " deep", null);
            }
        } else if (e == XMLStreamConstants.END_ELEMENT) {
            depth--;
        }
        return e;
    }

    /** The value of the attribute named exactly {@code name} (no prefix) on the current start tag, or null. */
    private String attribute(String name) {
        for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
            if (r.getAttributeLocalName(i).equals(name)) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    private String required(String element, String name) {
        String value = attribute(name);
        if (value == null) {
            throw new InvalidIntrospectionException("the " + name + " attribute is missing");
        }
        return value;
    }

    private Location location() {
        return r.getLocation();
    }

    /** The value {@code make} builds; an IllegalArgumentException it throws becomes ours, located at {@code at}. */
    private static <T> T build(Location at, String tag, Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw fail(at, tag + ": " + e.getMessage(), e);
        }
    }

    private static InvalidIntrospectionException fail(Location at, String problem, Throwable cause) {
        int line = at == null ? -1 : at.getLineNumber();
        int column = at == null ? -1 : at.getColumnNumber();
        return InvalidIntrospectionException.at(line, column, problem, cause);
    }
}
