package io.jdbus.codegen;

import io.jdbus.codegen.InterfacePlan.ArgPlan;
import io.jdbus.codegen.InterfacePlan.MethodPlan;
import io.jdbus.codegen.InterfacePlan.PropertyPlan;
import io.jdbus.codegen.InterfacePlan.SignalPlan;
import io.jdbus.introspect.EmitsChangedSignal;
import io.jdbus.types.BasicType;
import io.jdbus.types.StructType;
import io.jdbus.types.Type;
import java.util.stream.Collectors;

/**
 * Renders a service skeleton: a Java interface annotated as {@code ObjectServer} scans it, which a class
 * implements (directly: the service layer looks at the interfaces a class itself implements) and exports.
 * Methods and accessors are abstract; signals are declared as no-op default methods, with a static
 * {@code emitX} helper that sends them.
 */
final class ServiceWriter {
    private ServiceWriter() {
    }

    static String render(InterfacePlan p) {
        StringBuilder b = new StringBuilder();
        b.append(new Javadoc().text(p.doc())
                .raw("Service skeleton of the D-Bus interface {@code " + p.dbusName() + "}: implement it in a class",
                        "(which names this interface in its own {@code implements} clause) and export an instance.",
                        "{@snippet :",
                        "final class My" + p.serviceName() + " implements " + p.serviceName() + " { ... }",
                        "ExportedObject exported = ObjectServer.export(bus, \"/org/example/Object\", new My"
                                + p.serviceName() + "());",
                        "}")
                .render(""));
        return Members.declaration(b, p, p.serviceName(), ServiceWriter::method,
                ServiceWriter::property, ServiceWriter::signal).toString();
    }

    private static String method(MethodPlan m) {
        StringBuilder b = new StringBuilder();
        Javadoc doc = new Javadoc().text(m.doc()).raw("D-Bus: {@code " + Members.signature(m) + "}.");
        m.in().forEach(a -> doc.param(a.name(), a.doc()));
        b.append(doc.render("    "));
        b.append("    @DBusMethod");
        if (m.noReply()) {
            b.append("(value = ").append(SourceFile.literal(m.dbusName())).append(", noReply = true)");
        } else if (m.renamed()) {
            b.append('(').append(SourceFile.literal(m.dbusName())).append(')');
        }
        b.append('\n');
        if (m.deprecated()) {
            b.append("    @Deprecated\n");
        }
        if (m.result() != null && !m.multiple() && (m.result().ambiguous() || isRecord(m.result().dbus()))) {
            b.append("    @DBusSignature(").append(SourceFile.literal(m.result().dbus().signature())).append(")\n");
        }
        String result = m.result() == null ? "void" : Members.type(m.result(), !m.multiple());
        b.append("    ").append(result).append(' ').append(m.javaName())
                .append('(').append(Members.parameters(m.in(), true)).append(");\n");
        return b.toString();
    }

    /**
     * Whether a single result is declared as a Java record ({@code ObjectPath} and {@code UnixFD} are records too):
     * the service takes an unannotated record result for one out argument per component, so its type is named.
     */
    private static boolean isRecord(Type t) {
        return t instanceof StructType || t == BasicType.OBJECT_PATH || t == BasicType.UNIX_FD;
    }

    private static String property(PropertyPlan p) {
        StringBuilder b = new StringBuilder("    @DBusProperty");
        String value = p.renamed() ? SourceFile.literal(p.dbusName()) : null;
        String emits = p.emits() == EmitsChangedSignal.TRUE ? null : "EmitsChangedSignal." + p.emits().name();
        if (value != null && emits != null) {
            b.append("(value = ").append(value).append(", emitsChange = ").append(emits).append(')');
        } else if (value != null) {
            b.append('(').append(value).append(')');
        } else if (emits != null) {
            b.append("(emitsChange = ").append(emits).append(')');
        }
        return Members.accessors(p, b.append('\n').toString(), "Answers reads of the ", "Answers writes of the ");
    }

    private static String signal(SignalPlan s) {
        StringBuilder b = new StringBuilder();
        String shape = s.dbusName() + Members.args(s.args());
        String params = Members.parameters(s.args(), false);
        b.append(new Javadoc().text(s.doc()).raw("Declares the D-Bus signal {@code " + shape + "}; send it with {@link #"
                + s.emit() + "}.").render("    "));
        b.append("    @DBusSignal").append(s.declareRenamed() ? "(" + SourceFile.literal(s.dbusName()) + ")" : "").append('\n');
        if (s.deprecated()) {
            b.append("    @Deprecated\n");
        }
        b.append("    default void ").append(s.declare()).append('(').append(params).append(") {\n    }\n\n");
        b.append(new Javadoc().raw("Emits {@code " + shape + "} from {@code exported}; returns the message as sent.")
                .render("    "));
        String values = s.args().stream().map(ArgPlan::name).collect(Collectors.joining(", "));
        b.append("    static Message ").append(s.emit()).append("(ExportedObject exported")
                .append(params.isEmpty() ? "" : ", " + params).append(") throws IOException {\n");
        b.append("        return exported.emit(").append(SourceFile.literal(s.dbusName()))
                .append(values.isEmpty() ? "" : ", " + values).append(");\n    }\n");
        return b.toString();
    }
}
