package io.jdbus.codegen;

import io.jdbus.codegen.InterfacePlan.ArgPlan;
import io.jdbus.codegen.InterfacePlan.MethodPlan;
import java.util.List;
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
            java.util.function.Function<InterfacePlan.MethodPlan, String> method,
            java.util.function.Function<InterfacePlan.PropertyPlan, String> property,
            java.util.function.Function<InterfacePlan.SignalPlan, String> signal) {
        if (p.deprecated()) {
            b.append("@Deprecated\n");
        }
        b.append("@DBusInterface(").append(SourceFile.literal(p.dbusName())).append(")\n");
        b.append("public interface ").append(typeName).append(" {\n");
        List<String> members = new java.util.ArrayList<>();
        p.methods().forEach(m -> members.add(method.apply(m)));
        p.properties().forEach(pp -> members.add(property.apply(pp)));
        p.signals().forEach(s -> members.add(signal.apply(s)));
        return b.append(String.join("\n", members)).append("}\n");
    }

    /** {@code @DBusSignature("u") long a, String b}; with {@code fds}, a top-level {@code h} as {@code UnixFd}. */
    static String parameters(List<ArgPlan> args, boolean fds) {
        return args.stream()
                .map(a -> a.type().signatureAnnotation() + type(a.type(), fds) + " " + a.name())
                .collect(Collectors.joining(", "));
    }

    /** The declaration of a top-level parameter or result; {@code h} as a real descriptor when {@code fds}. */
    static String type(JavaType t, boolean fds) {
        return fds && t.dbus() == io.jdbus.types.BasicType.UNIX_FD ? "UnixFd" : t.text();
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
