package io.jdbus.service;

import io.jdbus.binding.DBusInterface;
import io.jdbus.binding.DBusMethod;
import io.jdbus.binding.DBusProperty;
import io.jdbus.binding.DBusSignal;
import io.jdbus.binding.DBusSignature;
import io.jdbus.introspect.Access;
import io.jdbus.introspect.Annotation;
import io.jdbus.introspect.Arg;
import io.jdbus.introspect.Direction;
import io.jdbus.introspect.Interface;
import io.jdbus.introspect.Method;
import io.jdbus.introspect.Property;
import io.jdbus.introspect.Signal;
import io.jdbus.names.InterfaceName;
import io.jdbus.names.MemberName;
import io.jdbus.types.Signature;
import io.jdbus.types.Type;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One D-Bus interface of an exported class, scanned once per class: its introspection and, per member, the
 * Java method behind it. Dispatch, {@code Introspect} and {@code Properties} all read this one model.
 *
 * @param introspection the interface as {@code Introspect} describes it
 * @param methods       D-Bus method name → how to call it
 * @param properties    D-Bus property name → its getter and setter
 * @param signals       D-Bus signal name → its argument types
 */
record ServiceModel(Interface introspection, Map<String, Call> methods, Map<String, Prop> properties,
        Map<String, List<Type>> signals) {

    /** A method: the Java method, the D-Bus types of its in and out arguments, whether it returns a future. */
    record Call(java.lang.reflect.Method method, List<Type> in, List<Type> out, boolean async, boolean recordOut) {
    }

    /** A property: getter and setter ({@code null} when absent), its D-Bus type and the Java type of the setter. */
    record Prop(java.lang.reflect.Method getter, java.lang.reflect.Method setter, Type type,
            io.jdbus.introspect.EmitsChangedSignal emits) {
    }

    private static final Map<Class<?>, List<ServiceModel>> CACHE = new ConcurrentHashMap<>();

    /** The D-Bus interfaces {@code type} implements: itself and its interfaces annotated {@link DBusInterface}. */
    static List<ServiceModel> of(Class<?> type) {
        return CACHE.computeIfAbsent(type, ServiceModel::scan);
    }

    private static List<ServiceModel> scan(Class<?> type) {
        List<ServiceModel> out = new ArrayList<>();
        List<Class<?>> annotated = new ArrayList<>();
        if (type.isAnnotationPresent(DBusInterface.class)) {
            annotated.add(type);
        }
        for (Class<?> i : type.getInterfaces()) {
            if (i.isAnnotationPresent(DBusInterface.class)) {
                annotated.add(i);
            }
        }
        if (annotated.isEmpty()) {
            throw new IllegalArgumentException(type.getName() + " is not annotated @DBusInterface and implements no "
                    + "interface that is");
        }
        for (Class<?> a : annotated) {
            out.add(scanOne(a));
        }
        return List.copyOf(out);
    }

    private static ServiceModel scanOne(Class<?> type) {
        String ifaceName = type.getAnnotation(DBusInterface.class).value();
        Map<String, Call> calls = new LinkedHashMap<>();
        Map<String, java.lang.reflect.Method[]> props = new LinkedHashMap<>();
        Map<String, List<Type>> signals = new LinkedHashMap<>();
        List<Method> methods = new ArrayList<>();
        List<Signal> signalDocs = new ArrayList<>();
        for (java.lang.reflect.Method m : type.getDeclaredMethods()) {
            if (Modifier.isStatic(m.getModifiers()) || m.isSynthetic() || !Modifier.isPublic(m.getModifiers())) {
                continue;
            }
            String where = type.getSimpleName() + "." + m.getName();
            try {
                if (m.isAnnotationPresent(DBusSignal.class)) {
                    String name = named(m.getAnnotation(DBusSignal.class).value(), m.getName());
                    List<Arg> args = new ArrayList<>();
                    List<Type> types = new ArrayList<>();
                    for (Parameter p : m.getParameters()) {
                        Type t = typeOf(p.getParameterizedType(), p.getAnnotation(DBusSignature.class));
                        types.add(t);
                        args.add(new Arg(p.isNamePresent() ? Optional.of(p.getName()) : Optional.empty(), t, Direction.OUT));
                    }
                    signals.put(name, List.copyOf(types));
                    signalDocs.add(new Signal(MemberName.of(name), args, annotations(m)));
                } else if (m.isAnnotationPresent(DBusProperty.class)) {
                    String derived = m.getName().replaceFirst("^(get|set|is)(?=[A-Z])", "");
                    String name = named(m.getAnnotation(DBusProperty.class).value(), derived);
                    boolean setter = m.getParameterCount() == 1 && m.getReturnType() == void.class;
                    if (!setter && (m.getParameterCount() != 0 || m.getReturnType() == void.class)) {
                        throw new IllegalArgumentException("a property method is a getter or a setter");
                    }
                    props.computeIfAbsent(name, k -> new java.lang.reflect.Method[2])[setter ? 1 : 0] = m;
                } else {
                    DBusMethod a = m.getAnnotation(DBusMethod.class);
                    if (a == null && !type.isInterface()) {
                        continue;   // a class exports only the methods it marks
                    }
                    String name = named(a == null ? "" : a.value(), m.getName());
                    Call call = call(m);
                    calls.put(name, call);
                    List<Annotation> notes = new ArrayList<>(annotations(m));
                    if (a != null && a.noReply()) {
                        notes.add(Annotation.noReply());
                    }
                    methods.add(new Method(MemberName.of(name), args(m, call), notes));
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + " cannot be exported: " + e.getMessage(), e);
            }
        }
        Map<String, Prop> properties = new LinkedHashMap<>();
        List<Property> propertyDocs = new ArrayList<>();
        props.forEach((name, gs) -> {
            java.lang.reflect.Method getter = gs[0];
            java.lang.reflect.Method setter = gs[1];
            Type t = getter != null ? typeOf(getter.getGenericReturnType(), getter.getAnnotation(DBusSignature.class))
                    : typeOf(setter.getGenericParameterTypes()[0], setter.getAnnotation(DBusSignature.class));
            Access access = getter != null && setter != null ? Access.READWRITE : getter != null ? Access.READ : Access.WRITE;
            var emits = io.jdbus.introspect.EmitsChangedSignal.TRUE;   // either accessor may say otherwise
            for (java.lang.reflect.Method accessor : gs) {
                if (accessor != null && accessor.getAnnotation(DBusProperty.class).emitsChange() != emits) {
                    emits = accessor.getAnnotation(DBusProperty.class).emitsChange();
                }
            }
            properties.put(name, new Prop(getter, setter, t, emits));
            List<Annotation> notes = new ArrayList<>();
            if (emits != io.jdbus.introspect.EmitsChangedSignal.TRUE) {
                notes.add(Annotation.emitsChangedSignal(emits));
            }
            if (getter != null && getter.isAnnotationPresent(Deprecated.class)) {
                notes.add(Annotation.deprecated());
            }
            propertyDocs.add(new Property(io.jdbus.names.PropertyName.of(name), t, access, notes));
        });
        Interface iface = new Interface(InterfaceName.of(ifaceName), methods, signalDocs, propertyDocs, List.of());
        return new ServiceModel(iface, Map.copyOf(calls), Map.copyOf(properties), Map.copyOf(signals));
    }

    private static Call call(java.lang.reflect.Method m) {
        List<Type> in = new ArrayList<>();
        for (Parameter p : m.getParameters()) {
            in.add(typeOf(p.getParameterizedType(), p.getAnnotation(DBusSignature.class)));
        }
        boolean async = m.getReturnType() == CompletableFuture.class;
        java.lang.reflect.Type result = async ? ((ParameterizedType) m.getGenericReturnType()).getActualTypeArguments()[0]
                : m.getGenericReturnType();
        DBusSignature override = m.getAnnotation(DBusSignature.class);
        List<Type> out;
        boolean recordOut = false;
        if (override != null) {
            out = Signature.of(override.value()).types();
            if (out.size() > 1) {
                if (!(result instanceof Class<?> c) || !c.isRecord() || c.getRecordComponents().length != out.size()) {
                    throw new IllegalArgumentException("@DBusSignature(\"" + override.value() + "\") has " + out.size()
                            + " out arguments: return a record of " + out.size() + " components");
                }
                recordOut = true;
            }
        } else if (result == void.class || result == Void.class) {
            out = List.of();
        } else if (result instanceof Class<?> c && c.isRecord() && !TypeInference.isBasicValue(c)) {
            recordOut = true;   // a record result is the method's out arguments, one per component
            out = new ArrayList<>();
            for (RecordComponent rc : c.getRecordComponents()) {
                out.add(TypeInference.component(rc));
            }
        } else {
            out = List.of(TypeInference.of(result));
        }
        return new Call(m, List.copyOf(in), List.copyOf(out), async, recordOut);
    }

    private static List<Arg> args(java.lang.reflect.Method m, Call call) {
        List<Arg> args = new ArrayList<>();
        Parameter[] params = m.getParameters();
        for (int i = 0; i < params.length; i++) {
            args.add(new Arg(params[i].isNamePresent() ? Optional.of(params[i].getName()) : Optional.empty(),
                    call.in().get(i), Direction.IN));
        }
        RecordComponent[] rc = call.recordOut() ? resultRecord(m).getRecordComponents() : null;
        for (int i = 0; i < call.out().size(); i++) {
            args.add(new Arg(rc != null ? Optional.of(rc[i].getName()) : Optional.empty(), call.out().get(i), Direction.OUT));
        }
        return args;
    }

    private static Class<?> resultRecord(java.lang.reflect.Method m) {
        java.lang.reflect.Type t = m.getReturnType() == CompletableFuture.class
                ? ((ParameterizedType) m.getGenericReturnType()).getActualTypeArguments()[0] : m.getGenericReturnType();
        return (Class<?>) t;
    }

    private static List<Annotation> annotations(java.lang.reflect.Method m) {
        return m.isAnnotationPresent(Deprecated.class) ? List.of(Annotation.deprecated()) : List.of();
    }

    private static Type typeOf(java.lang.reflect.Type t, DBusSignature override) {
        if (override != null) {
            Signature s = Signature.of(override.value());
            if (!s.isSingle()) {
                throw new IllegalArgumentException("@DBusSignature(\"" + override.value() + "\") is not one type");
            }
            return s.single();
        }
        return TypeInference.of(t);
    }

    private static String named(String given, String javaName) {
        if (!given.isEmpty()) {
            return given;
        }
        return Character.toUpperCase(javaName.charAt(0)) + javaName.substring(1);
    }
}
