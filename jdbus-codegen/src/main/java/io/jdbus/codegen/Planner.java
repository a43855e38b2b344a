package io.jdbus.codegen;

import io.jdbus.codegen.InterfacePlan.ArgPlan;
import io.jdbus.codegen.InterfacePlan.MethodPlan;
import io.jdbus.codegen.InterfacePlan.PropertyPlan;
import io.jdbus.codegen.InterfacePlan.SignalPlan;
import io.jdbus.introspect.Arg;
import io.jdbus.introspect.Interface;
import io.jdbus.introspect.Method;
import io.jdbus.introspect.Property;
import io.jdbus.introspect.Signal;
import io.jdbus.types.BasicType;
import io.jdbus.types.StructType;
import io.jdbus.types.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Chooses the Java names and types of one D-Bus interface's members: one name scope per interface (so a method
 * {@code GetFoo} and a property {@code Foo} get {@code getFoo} and {@code getFoo2}), one per parameter list, and
 * an annotation wherever the Java name would not map back to the D-Bus name by the PascalCase rule.
 */
final class Planner {
    private final TypeMapper types;
    private final boolean client;

    Planner(TypeMapper types, boolean client) {
        this.types = types;
        this.client = client;
    }

    InterfacePlan plan(Interface iface, String clientName, String serviceName) {
        NameScope members = new NameScope(JavaNames.OBJECT_METHODS);
        List<MethodPlan> methods = new ArrayList<>();
        for (Method m : iface.methods()) {
            methods.add(method(m, members));
        }
        List<PropertyPlan> properties = new ArrayList<>();
        for (Property p : iface.properties()) {
            properties.add(property(iface, p, members));
        }
        List<SignalPlan> signals = new ArrayList<>();
        for (Signal s : iface.signals()) {
            signals.add(signal(s, members));
        }
        return new InterfacePlan(iface.name().value(), clientName, serviceName, methods, properties, signals,
                iface.docString().orElse(""), iface.isDeprecated());
    }

    private MethodPlan method(Method m, NameScope members) {
        String dbus = m.name().value();
        String pascal = JavaNames.pascal(dbus, "Method");
        String javaName = members.claim(JavaNames.camel(dbus, "method"));
        List<ArgPlan> in = args(m.inArgs(), pascal, new NameScope(Set.of()));
        List<ArgPlan> out = args(m.outArgs(), pascal, new NameScope(JavaNames.OBJECT_METHODS));
        JavaType result = null;
        if (out.size() == 1) {
            result = out.getFirst().type();
        } else if (out.size() > 1) {
            String name = types.record(pascal + "Result", components(out),
                    "The out arguments of {@code " + dbus + "}.");
            Type struct = new StructType(m.outArgs().stream().map(Arg::type).toList());
            result = new JavaType(name, name, struct, false);
        }
        boolean renamed = !JavaNames.dbusName(javaName).equals(dbus);
        return new MethodPlan(dbus, javaName, renamed, in, out, result, m.docString().orElse(""),
                m.isDeprecated(), m.noReply());
    }

    private PropertyPlan property(Interface iface, Property p, NameScope members) {
        String dbus = p.name().value();
        String pascal = JavaNames.pascal(dbus, "Property");
        JavaType type = types.map(p.type(), pascal);
        String prefix = p.type() == BasicType.BOOLEAN ? "is" : "get";
        String getter = p.access().readable() ? members.claim(prefix + pascal) : null;
        String setter = p.access().writable() ? members.claim("set" + pascal) : null;
        boolean renamed = (getter != null && !fromAccessor(getter).equals(dbus))
                || (setter != null && !fromAccessor(setter).equals(dbus));
        return new PropertyPlan(dbus, getter, setter, renamed, type, p.access(), iface.emitsChangedSignal(p),
                p.docString().orElse(""), p.isDeprecated());
    }

    private SignalPlan signal(Signal s, NameScope members) {
        String dbus = s.name().value();
        String pascal = JavaNames.pascal(dbus, "Signal");
        String subscribe = members.claim("on" + pascal);
        String declare = members.claim(JavaNames.camel(dbus, "signal"));
        String emit = members.claim("emit" + pascal);
        List<ArgPlan> args = args(s.args(), pascal, new NameScope(Set.of("exported")));
        String record = null;
        if (client && args.size() > 1) {
            List<ArgPlan> named = args(s.args(), pascal, new NameScope(JavaNames.OBJECT_METHODS));
            record = types.record(pascal + "Signal", components(named), "The arguments of the signal {@code " + dbus + "}.");
        }
        String derivedSubscribe = subscribe.length() > 2 ? subscribe.substring(2) : subscribe;
        return new SignalPlan(dbus, subscribe, !JavaNames.dbusName(derivedSubscribe).equals(dbus), declare,
                !JavaNames.dbusName(declare).equals(dbus), emit, args, record, s.docString().orElse(""),
                s.isDeprecated());
    }

    private List<ArgPlan> args(List<Arg> args, String member, NameScope names) {
        List<ArgPlan> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            Arg a = args.get(i);
            String dbus = a.name().orElse("");
            String hint = a.name().map(n -> JavaNames.pascal(n, member + "Arg" + out.size()))
                    .orElse(member + "Arg" + i);
            String name = names.claim(JavaNames.camel(dbus, "arg" + i));
            out.add(new ArgPlan(dbus, name, types.map(a.type(), hint), a.docString().orElse("")));
        }
        return out;
    }

    private static List<RecordPlan.Component> components(List<ArgPlan> args) {
        return args.stream().map(a -> new RecordPlan.Component(a.name(), a.type(), a.doc())).toList();
    }

    /** The D-Bus property name the binding derives from a getter or setter name. */
    private static String fromAccessor(String javaName) {
        return JavaNames.dbusName(javaName.replaceFirst("^(get|set|is)(?=[A-Z])", ""));
    }
}
