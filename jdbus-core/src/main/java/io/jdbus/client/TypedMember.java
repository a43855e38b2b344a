package io.jdbus.client;

import io.jdbus.internal.JavaValues;
import io.jdbus.binding.DBusMethod;
import io.jdbus.binding.DBusProperty;
import io.jdbus.binding.DBusSignal;
import io.jdbus.binding.Guidance;
import io.jdbus.connection.Subscription;
import io.jdbus.guidance.VariantGuidance;
import io.jdbus.introspect.Access;
import io.jdbus.introspect.Arg;
import io.jdbus.introspect.Interface;
import io.jdbus.introspect.Method;
import io.jdbus.introspect.Property;
import io.jdbus.introspect.Signal;
import io.jdbus.types.Type;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * What one Java method of a typed interface does, worked out once against the introspection when the proxy
 * is made: a method call, a property read or write, or a signal subscription, with the Java types to convert
 * the results to. An interface that does not fit is refused then, naming the Java method and the reason.
 */
sealed interface TypedMember {
    /** A D-Bus method: in-arguments from the parameters; out-arguments as nothing, one value, or a record. */
    record Call(String member, VariantGuidance guidance, List<Type> outTypes, java.lang.reflect.Type result,
            boolean async) implements TypedMember {
    }

    /** A property getter. */
    record Get(String property, Type type, java.lang.reflect.Type result) implements TypedMember {
    }

    /** A property setter. */
    record Set(String property) implements TypedMember {
    }

    /** A signal subscription: its argument types and what the handler takes (null for a Runnable). */
    record On(String signal, List<Type> types, java.lang.reflect.Type handlerArgument) implements TypedMember {
    }

    static TypedMember of(java.lang.reflect.Method m, Interface iface) {
        String where = m.getDeclaringClass().getSimpleName() + "." + m.getName();
        try {
            if (m.isAnnotationPresent(DBusSignal.class)) {
                return signal(m, iface);
            }
            if (m.isAnnotationPresent(DBusProperty.class)) {
                return property(m, iface);
            }
            return call(m, iface);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + " does not fit " + iface.name() + ": " + e.getMessage(), e);
        }
    }

    private static Call call(java.lang.reflect.Method m, Interface iface) {
        DBusMethod a = m.getAnnotation(DBusMethod.class);
        String name = a != null && !a.value().isEmpty() ? a.value() : pascal(m.getName());
        Method method = iface.findMethod(name).orElseThrow(() -> new IllegalArgumentException(
                "the interface has no method " + name));
        if (m.getParameterCount() != method.inArgs().size()) {
            throw new IllegalArgumentException(name + " takes " + method.inArgs().size() + " arguments (\""
                    + method.inSignature() + "\"), the Java method " + m.getParameterCount());
        }
        List<VariantGuidance> perArgument = new ArrayList<>();
        for (var p : m.getParameters()) {
            Guidance g = p.getAnnotation(Guidance.class);
            perArgument.add(g == null ? VariantGuidance.NONE : VariantGuidance.parse(g.value()));
        }
        VariantGuidance guidance = VariantGuidance.combine(method.inSignature(), perArgument);
        boolean async = m.getReturnType() == CompletableFuture.class;
        java.lang.reflect.Type result = async ? argument(m.getGenericReturnType()) : m.getGenericReturnType();
        List<Type> outs = method.outArgs().stream().map(Arg::type).toList();
        checkResult(name, outs, result);
        return new Call(name, guidance, outs, result, async);
    }

    private static void checkResult(String name, List<Type> outs, java.lang.reflect.Type result) {
        Class<?> raw = JavaValues.raw(result);
        if (raw == void.class || raw == Void.class) {
            if (!outs.isEmpty()) {
                throw new IllegalArgumentException(name + " returns " + outs.size() + " values; declare them");
            }
        } else if (outs.size() == 1) {
            JavaValues.check(outs.getFirst(), result);
        } else if (raw == List.class || raw == Object.class) {
            return;   // the out arguments as a list
        } else if (raw.isRecord() && raw.getRecordComponents().length == outs.size()) {
            RecordComponent[] rc = raw.getRecordComponents();
            for (int i = 0; i < rc.length; i++) {
                JavaValues.check(outs.get(i), rc[i].getGenericType());
            }
        } else {
            throw new IllegalArgumentException(name + " returns " + outs.size() + " values; declare "
                    + (outs.isEmpty() ? "void" : "a record of " + outs.size() + " components") + ", not " + result.getTypeName());
        }
    }

    private static TypedMember property(java.lang.reflect.Method m, Interface iface) {
        DBusProperty a = m.getAnnotation(DBusProperty.class);
        boolean setter = m.getParameterCount() == 1 && m.getReturnType() == void.class;
        String derived = m.getName().replaceFirst("^(get|set|is)(?=[A-Z])", "");
        String name = !a.value().isEmpty() ? a.value() : pascal(derived);
        Property p = iface.findProperty(name).orElseThrow(() -> new IllegalArgumentException(
                "the interface has no property " + name));
        if (setter) {
            if (p.access() == Access.READ) {
                throw new IllegalArgumentException("property " + name + " is read-only");
            }
            return new Set(name);
        }
        if (m.getParameterCount() != 0 || m.getReturnType() == void.class) {
            throw new IllegalArgumentException("a property method is a getter (no parameters, a result) or a setter "
                    + "(one parameter, void)");
        }
        if (p.access() == Access.WRITE) {
            throw new IllegalArgumentException("property " + name + " is write-only");
        }
        JavaValues.check(p.type(), m.getGenericReturnType());
        return new Get(name, p.type(), m.getGenericReturnType());
    }

    private static On signal(java.lang.reflect.Method m, Interface iface) {
        DBusSignal a = m.getAnnotation(DBusSignal.class);
        String derived = m.getName().startsWith("on") && m.getName().length() > 2 ? m.getName().substring(2) : m.getName();
        String name = !a.value().isEmpty() ? a.value() : pascal(derived);
        Signal s = iface.findSignal(name).orElseThrow(() -> new IllegalArgumentException(
                "the interface has no signal " + name));
        if (m.getParameterCount() != 1 || !m.getReturnType().isAssignableFrom(Subscription.class)) {
            throw new IllegalArgumentException("a signal method takes one handler and returns AutoCloseable");
        }
        List<Type> types = s.args().stream().map(Arg::type).toList();
        Class<?> handler = m.getParameterTypes()[0];
        if (handler == Runnable.class) {
            if (!types.isEmpty()) {
                throw new IllegalArgumentException(name + " has " + types.size() + " arguments; a Runnable takes none");
            }
            return new On(name, types, null);
        }
        if (handler != Consumer.class) {
            throw new IllegalArgumentException("a signal handler is a Consumer or a Runnable, not " + handler.getName());
        }
        java.lang.reflect.Type arg = argument(m.getGenericParameterTypes()[0]);
        checkResult(name, types, arg);
        return new On(name, types, arg);
    }

    private static java.lang.reflect.Type argument(java.lang.reflect.Type generic) {
        if (generic instanceof ParameterizedType p) {
            java.lang.reflect.Type t = p.getActualTypeArguments()[0];
            return t instanceof java.lang.reflect.WildcardType w ? w.getUpperBounds()[0] : t;
        }
        return Object.class;
    }

    /** {@code frobate} → {@code Frobate}, {@code getAllDevices} → {@code GetAllDevices}. */
    static String pascal(String javaName) {
        return javaName.isEmpty() ? javaName : Character.toUpperCase(javaName.charAt(0)) + javaName.substring(1);
    }
}
