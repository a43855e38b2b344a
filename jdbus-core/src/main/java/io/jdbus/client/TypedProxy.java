package io.jdbus.client;

import io.jdbus.internal.JavaValues;
import io.jdbus.binding.DBusInterface;
import io.jdbus.types.InvalidValueException;
import io.jdbus.types.Type;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The invocation handler behind {@link ProxyObject#as}: each Java method's {@link TypedMember}, worked out
 * once, turned into calls on the {@link ProxyInterface}. Checked exceptions the Java method does not declare
 * (an {@code IOException} from the connection) arrive as {@link UncheckedIOException}.
 */
final class TypedProxy implements InvocationHandler {
    private final Class<?> type;
    private final ProxyInterface iface;
    private final Map<Method, TypedMember> members;

    private TypedProxy(Class<?> type, ProxyInterface iface, Map<Method, TypedMember> members) {
        this.type = type;
        this.iface = iface;
        this.members = members;
    }

    static <T> T create(Class<T> type, ProxyObject object) {
        if (!type.isInterface()) {
            throw new IllegalArgumentException(type.getName() + " is not an interface");
        }
        DBusInterface annotation = type.getAnnotation(DBusInterface.class);
        if (annotation == null) {
            throw new IllegalArgumentException(type.getName() + " is not annotated @DBusInterface");
        }
        ProxyInterface iface = object.getInterface(annotation.value());
        Map<Method, TypedMember> members = new HashMap<>();
        for (Method m : type.getMethods()) {
            if (m.isDefault() || Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class) {
                continue;
            }
            members.put(m, TypedMember.of(m, iface.introspection()));
        }
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                new TypedProxy(type, iface, Map.copyOf(members))));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        Object[] a = args == null ? new Object[0] : args;
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "toString" -> type.getSimpleName() + " proxy of " + iface;
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == a[0];
                default -> throw new UnsupportedOperationException(method.getName());
            };
        }
        if (method.isDefault()) {
            return InvocationHandler.invokeDefault(proxy, method, a);
        }
        TypedMember member = members.get(method);
        try {
            return switch (member) {
                case TypedMember.Call c -> call(c, a, method);
                case TypedMember.Get g -> JavaValues.convert(g.type(), iface.get(g.property()), g.result());
                case TypedMember.Set s -> {
                    iface.set(s.property(), a[0]);
                    yield null;
                }
                case TypedMember.On on -> subscribe(on, a[0]);
            };
        } catch (IOException e) {
            if (Arrays.stream(method.getExceptionTypes()).anyMatch(x -> x.isInstance(e))) {
                throw e;
            }
            throw new UncheckedIOException(e);
        }
    }

    private Object call(TypedMember.Call c, Object[] args, Method method) throws IOException {
        CallOptions options = c.guidance().isEmpty() ? CallOptions.DEFAULT
                : CallOptions.DEFAULT.withGuidance(c.guidance().toString());
        if (c.async()) {
            return iface.callAsync(options, c.member(), args).thenApply(out -> result(c.outTypes(), out, c.result()));
        }
        return result(c.outTypes(), iface.call(options, c.member(), args), c.result());
    }

    /** The out arguments as the declared result: nothing, the one value, the list, or a record of them. */
    static Object result(List<Type> types, List<Object> values, java.lang.reflect.Type declared) {
        Class<?> raw = JavaValues.raw(declared);
        if (raw == void.class || raw == Void.class) {
            return null;
        }
        if (types.size() == 1) {
            return JavaValues.at("out argument 1", () -> JavaValues.convert(types.getFirst(), values.getFirst(), declared));
        }
        if (!raw.isRecord()) {
            return values;
        }
        return JavaValues.record(types, values, raw, "out argument ", 1);
    }

    private Object subscribe(TypedMember.On on, Object handler) throws IOException {
        if (on.handlerArgument() == null) {
            Runnable r = (Runnable) handler;
            return iface.on(on.signal(), args -> r.run());
        }
        @SuppressWarnings("unchecked")
        Consumer<Object> consumer = (Consumer<Object>) handler;
        return iface.on(on.signal(), args -> consumer.accept(result(on.types(), args, on.handlerArgument())));
    }
}
