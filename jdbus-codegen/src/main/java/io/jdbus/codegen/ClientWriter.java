package io.jdbus.codegen;

import io.jdbus.codegen.InterfacePlan.ArgPlan;
import io.jdbus.codegen.InterfacePlan.MethodPlan;
import io.jdbus.codegen.InterfacePlan.PropertyPlan;
import io.jdbus.codegen.InterfacePlan.SignalPlan;
import java.util.List;

/**
 * Renders a typed client interface (what {@code proxyObject.as(X.class)} binds): an abstract method per D-Bus
 * method, a getter and/or setter per property, a subscription method per signal.
 */
final class ClientWriter {
    private ClientWriter() {
    }

    static String render(InterfacePlan p) {
        StringBuilder b = new StringBuilder();
        String var = JavaNames.escape(JavaNames.decapitalize(p.clientName()));
        b.append(new Javadoc().text(p.doc())
                .raw("Client of the D-Bus interface {@code " + p.dbusName() + "}.",
                        "{@snippet :",
                        p.clientName() + " " + var + " = bus.proxyObject(\"org.example.Service\", \"/org/example/Object\",",
                        "        bus.introspect(\"org.example.Service\", \"/org/example/Object\")).as(" + p.clientName() + ".class);",
                        "}")
                .render(""));
        return Members.declaration(b, p, p.clientName(), ClientWriter::method,
                ClientWriter::property, ClientWriter::signal).toString();
    }

    private static String method(MethodPlan m) {
        StringBuilder b = new StringBuilder();
        Javadoc doc = new Javadoc().text(m.doc()).raw("D-Bus: {@code " + Members.signature(m) + "}.");
        m.in().forEach(a -> doc.param(a.name(), a.doc()));
        b.append(doc.render("    "));
        if (m.renamed()) {
            b.append("    @DBusMethod(").append(SourceFile.literal(m.dbusName())).append(")\n");
        }
        if (m.deprecated()) {
            b.append("    @Deprecated\n");
        }
        if (m.result() != null && !m.multiple() && m.result().ambiguous()) {
            b.append("    ").append(m.result().signatureAnnotation().strip()).append('\n');
        }
        b.append("    ").append(m.result() == null ? "void" : m.result().text()).append(' ').append(m.javaName())
                .append('(').append(Members.parameters(m.in(), false)).append(");\n");
        return b.toString();
    }

    private static String property(PropertyPlan p) {
        String annotation = "    @DBusProperty" + (p.renamed() ? "(" + SourceFile.literal(p.dbusName()) + ")" : "") + "\n";
        return Members.accessors(p, annotation, "Reads the ", "Writes the ");
    }

    private static String signal(SignalPlan s) {
        StringBuilder b = new StringBuilder();
        Javadoc doc = new Javadoc().text(s.doc()).raw("Subscribes to the D-Bus signal {@code " + s.dbusName()
                + Members.args(s.args()) + "}; closing the result ends the subscription.");
        b.append(doc.render("    "));
        b.append("    @DBusSignal").append(s.subscribeRenamed() ? "(" + SourceFile.literal(s.dbusName()) + ")" : "").append('\n');
        if (s.deprecated()) {
            b.append("    @Deprecated\n");
        }
        b.append("    Subscription ").append(s.subscribe()).append('(').append(handler(s)).append(" handler);\n");
        return b.toString();
    }

    private static String handler(SignalPlan s) {
        List<ArgPlan> args = s.args();
        if (args.isEmpty()) {
            return "Runnable";
        }
        return "Consumer<" + (args.size() == 1 ? args.getFirst().type().boxed() : s.record()) + ">";
    }
}
