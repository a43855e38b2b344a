package io.jdbus.codegen;

import io.jdbus.introspect.Interface;
import io.jdbus.introspect.IntrospectionParser;
import io.jdbus.introspect.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns D-Bus introspection XML into Java source: per interface a typed client interface (for
 * {@code proxyObject.as(X.class)}) and a service skeleton (for {@code ObjectServer.export}), plus records for
 * structs, for methods with several out arguments and for signals with several arguments. Pure: strings in,
 * strings out; {@link SourceWriter} writes the result.
 *
 * {@snippet :
 * String xml = """
 *     <node>
 *       <interface name="com.example.SampleInterface0">
 *         <method name="Frobate">
 *           <arg name="foo" type="i" direction="in"/>
 *           <arg name="bar" type="s" direction="out"/>
 *           <arg name="baz" type="a{us}" direction="out"/>
 *         </method>
 *         <property name="Bar" type="y" access="readwrite"/>
 *       </interface>
 *     </node>""";
 * for (GeneratedSource s : Generator.generate(xml, GeneratorOptions.of("com.example.gen"))) {
 *     System.out.println(s.path());   // SampleInterface0.java, SampleInterface0Service.java, FrobateResult.java
 * }
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#introspection-format">Introspection data format</a>
 */
public final class Generator {
    private static final Set<String> STANDARD = Set.of("org.freedesktop.DBus.Properties",
            "org.freedesktop.DBus.Introspectable", "org.freedesktop.DBus.Peer", "org.freedesktop.DBus.ObjectManager");

    private Generator() {
    }

    /**
     * The sources for every interface in {@code xml} (the root node and its children, each interface once).
     *
     * @throws io.jdbus.introspect.InvalidIntrospectionException when the XML is not valid introspection data
     */
    public static List<GeneratedSource> generate(String xml, GeneratorOptions options) {
        return generate(IntrospectionParser.parse(xml), options);
    }

    /** The sources for every interface of {@code node} and of its children, each interface once. */
    public static List<GeneratedSource> generate(Node node, GeneratorOptions options) {
        Map<String, Interface> interfaces = new LinkedHashMap<>();
        collect(node, interfaces);
        return generate(List.copyOf(interfaces.values()), options);
    }

    /**
     * The sources for {@code interfaces}, whose names must differ (the standard ones skipped unless the options
     * ask for them).
     */
    public static List<GeneratedSource> generate(List<Interface> interfaces, GeneratorOptions options) {
        interfaces = interfaces.stream()
                .filter(i -> options.standardInterfaces() || !STANDARD.contains(i.name().value())).toList();
        NameScope typeNames = new NameScope(SourceFile.RESERVED);
        TypeMapper types = new TypeMapper(typeNames, options.uint64AsBigInteger());
        Planner planner = new Planner(types, options.client());
        List<InterfacePlan> plans = new ArrayList<>();
        for (Interface iface : interfaces) {
            String base = typeName(iface.name().value(), typeNames);
            String client = options.client() ? typeNames.claim(base) : null;
            String service = options.service() ? typeNames.claim(base + "Service") : null;
            plans.add(planner.plan(iface, client, service));
        }
        String pkg = options.packageName();
        List<GeneratedSource> out = new ArrayList<>();
        for (InterfacePlan p : plans) {
            if (p.clientName() != null) {
                out.add(SourceFile.of(pkg, p.clientName(), ClientWriter.render(p)));
            }
            if (p.serviceName() != null) {
                out.add(SourceFile.of(pkg, p.serviceName(), ServiceWriter.render(p)));
            }
        }
        for (RecordPlan r : types.records()) {
            out.add(SourceFile.of(pkg, r.name(), RecordWriter.render(r)));
        }
        return List.copyOf(out);
    }

    /** Adds every interface of {@code node} and its children to {@code into}, keyed by name; the first one wins. */
    static void collect(Node node, Map<String, Interface> into) {
        for (Interface i : node.interfaces()) {
            into.putIfAbsent(i.name().value(), i);
        }
        for (Node child : node.children()) {
            collect(child, into);
        }
    }

    /** The interface's last element ({@code Device}), or its last two ({@code NetworkManagerDevice}) when taken. */
    private static String typeName(String dbusName, NameScope typeNames) {
        String[] parts = dbusName.split("\\.");
        String last = JavaNames.pascal(parts[parts.length - 1], "Interface");
        if (typeNames.isFree(last) || parts.length < 2) {
            return last;
        }
        return JavaNames.pascal(parts[parts.length - 2], "") + last;
    }
}
