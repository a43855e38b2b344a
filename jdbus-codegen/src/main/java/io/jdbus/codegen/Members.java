package io.jdbus.codegen;

import io.jdbus.codegen.InterfacePlan.ArgPlan;
import io.jdbus.codegen.InterfacePlan.MethodPlan;
import io.jdbus.codegen.InterfacePlan.PropertyPlan;
import io.jdbus.codegen.InterfacePlan.SignalPlan;
import io.jdbus.types.BasicType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Pieces shared by the client and service renderers: parameter lists and D-Bus signatures in Javadoc. */
final class Members {
    private Members() {
    }

    /**
     * Appends the declaration of a generated Java interface for {@code p}: {@code @Deprecated} when the D-Bus
     * interface is, {@code @DBusInterface}, then the methods, properties and signals as {@code method},
     * {@code property} and {@code signal} render them, a blank line between members.
     */
    static StringBuilder declaration(StringBuilder b, InterfacePlan p, String typeName,
            Function<MethodPlan, String> method, Function<PropertyPlan, String> property,
            Function<SignalPlan, String> signal) {
        if (p.deprecated()) {
            b.append("@Deprecated\n");
        }
        b.append("@DBusInterface(").append(SourceFile.literal(p.dbusName())).append(")\n");
        b.append("public interface ").append(typeName).append(" {\n");
        List<String> members = new ArrayList<>();
        p.methods().forEach(m -> members.add(method.apply(m)));
        p.properties().forEach(pp -> members.add(property.apply(pp)));
        p.signals().forEach(s -> members.add(signal.apply(s)));
        return b.append(String.join("\n", members)).append("}\n");
    }

    /**
     * The getter and/or setter of {@code p}, a blank line between them: each with its Javadoc ({@code readsThe}
     * or {@code writesThe} and a summary of the property), {@code annotation} (a whole line), {@code @Deprecated}
     * and, when the type is ambiguous, {@code @DBusSignature} on the method (the service reads a setter's D-Bus
     * type from the method's annotation, not the parameter's).
     */
    static String accessors(PropertyPlan p, String annotation, String readsThe, String writesThe) {
        String deprecated = p.deprecated() ? "    @Deprecated\n" : "";
        String signature = p.type().ambiguous() ? "    " + p.type().signatureAnnotation().strip() + "\n" : "";
        String summary = "D-Bus property {@code " + p.dbusName() + "} ({@code " + p.type().dbus().signature() + "}, "
                + p.access().text() + ").";
        StringBuilder b = new StringBuilder();
        if (p.getter() != null) {
            b.append(new Javadoc().text(p.doc()).raw(readsThe + summary).render("    "));
            b.append(annotation).append(deprecated).append(signature);
            b.append("    ").append(p.type().text()).append(' ').append(p.getter()).append("();\n");
        }
        if (p.setter() != null) {
            if (p.getter() != null) {
                b.append('\n');
            }
            b.append(new Javadoc().text(p.doc()).raw(writesThe + summary).render("    "));
            b.append(annotation).append(deprecated).append(signature);
            b.append("    void ").append(p.setter()).append('(').append(p.type().text()).append(" value);\n");
        }
        return b.toString();
    }

    /** {@code @DBusSignature("u") long a, String b}; with {@code fds}, a top-level {@code h} as {@code UnixFd}. */
    static String parameters(List<ArgPlan> args, boolean fds) {
        return args.stream()
                .map(a -> a.type().signatureAnnotation() + type(a.type(), fds) + " " + a.name())
                .collect(Collectors.joining(", "));
    }

    /** The declaration of a top-level parameter or result; {@code h} as a real descriptor when {@code fds}. */
    static String type(JavaType t, boolean fds) {
        return fds && t.dbus() == BasicType.UNIX_FD ? "UnixFd" : t.text();
    }

    /** {@code Frobate(i foo) → (s bar, a{us} baz)}. */
    static String signature(MethodPlan m) {
        String in = m.dbusName() + args(m.in());
        return m.out().isEmpty() ? in : in + " → " + args(m.out());
    }

    /** {@code (i foo, s bar)}, names as in the XML. */
    static String args(List<ArgPlan> args) {
        return args.stream()
                .map(a -> a.type().dbus().signature() + (a.dbusName().isEmpty() ? "" : " " + Javadoc.escape(a.dbusName())))
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
