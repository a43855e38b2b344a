package io.jdbus.codegen;

import io.jdbus.codegen.InterfacePlan.ArgPlan;
import io.jdbus.codegen.InterfacePlan.MethodPlan;
import java.util.List;
import java.util.stream.Collectors;

/** Pieces shared by the client and service renderers: parameter lists and D-Bus signatures in Javadoc. */
final class Members {
    private Members() {
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
