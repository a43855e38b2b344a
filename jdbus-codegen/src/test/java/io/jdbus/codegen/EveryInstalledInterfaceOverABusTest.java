package io.jdbus.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.binding.DBusInterface;
import io.jdbus.binding.DBusProperty;
import io.jdbus.binding.DBusSignal;
import io.jdbus.connection.MessageBus;
import io.jdbus.daemon.BusDaemon;
import io.jdbus.names.ObjectPath;
import io.jdbus.service.ObjectServer;
import io.jdbus.types.Signature;
import io.jdbus.types.Variant;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * For every interface file Debian's packages install: the generated service skeleton, implemented by a test
 * implementation that answers every call and property read with an empty value of its type, is exported on the
 * embedded bus, and every method and readable property of the generated client is called through it. A call
 * passes when the reply arrives and converts back to the declared Java type.
 */
@Timeout(300)
class EveryInstalledInterfaceOverABusTest {

    @TestFactory
    Stream<DynamicTest> everyGeneratedClientCallsItsGeneratedSkeleton(@TempDir Path tmp) throws Exception {
        List<Path> files = GeneratedSourcesCompileTest.installedFiles();
        org.junit.jupiter.api.Assumptions.assumeTrue(!files.isEmpty() || System.getenv("CI") != null,
                "no introspection XML installed");
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                () -> roundTrip(Files.readString(file), tmp.resolve(file.getFileName().toString()))));
    }

    private static void roundTrip(String xml, Path classes) throws Exception {
        List<GeneratedSource> sources = Generator.generate(xml, GeneratorOptions.of("gen.bus"));
        assertEquals(List.of(), InMemorySources.compile(sources, classes));
        AtomicInteger calls = new AtomicInteger();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                EveryInstalledInterfaceOverABusTest.class.getClassLoader());
             BusDaemon daemon = BusDaemon.start();
             MessageBus server = MessageBus.connect(daemon.address());
             MessageBus client = MessageBus.connect(daemon.address())) {
            int n = 0;
            for (GeneratedSource s : sources) {
                Class<?> skeleton = loader.loadClass(s.typeName());
                if (!skeleton.isInterface() || !skeleton.getSimpleName().endsWith("Service")
                        || skeleton.getAnnotation(DBusInterface.class) == null) {
                    continue;
                }
                Class<?> clientType = clientOf(skeleton, sources, loader);
                if (clientType == null) {
                    continue;
                }
                Object impl = Proxy.newProxyInstance(loader, new Class<?>[] {skeleton},
                        (p, m, a) -> m.isDefault() ? null : empty(m.getGenericReturnType()));
                String path = "/bus/o" + n++;
                ObjectServer.export(server, path, impl);
                Object proxy = client.proxyObject(server.uniqueName(), path, client.introspect(server.uniqueName(), path))
                        .as(clientType);
                for (Method m : clientType.getMethods()) {
                    if (m.isDefault() || m.isAnnotationPresent(DBusSignal.class) || mentionsFds(m)
                            || m.getReturnType() == io.jdbus.connection.Subscription.class
                            || m.getParameterCount() > 0 && (m.isAnnotationPresent(DBusProperty.class)
                                    || isPropertyWrite(m.getName(), xml))) {
                        continue;   // signals, fds (need real descriptors) and property writes are not called
                    }
                    Object[] args = Arrays.stream(m.getGenericParameterTypes()).map(t -> empty(t)).toArray();
                    try {
                        m.invoke(proxy, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw new AssertionError(clientType.getSimpleName() + "." + m.getName() + " through the bus: "
                                + e.getCause(), e.getCause());
                    }
                    calls.incrementAndGet();
                }
            }
        }
        assertTrue(calls.get() > 0 || !xml.contains("<method") && !xml.contains("<property"),
                "nothing was called for an interface with methods or properties");
    }

    /** Whether {@code setFoo} writes property Foo rather than calling a method SetFoo of the same file. */
    private static boolean isPropertyWrite(String javaName, String xml) {
        if (!javaName.startsWith("set") || javaName.length() == 3) {
            return false;
        }
        String dbus = Character.toUpperCase(javaName.charAt(0)) + javaName.substring(1);
        return !xml.contains("<method name=\"" + dbus + "\"");
    }

    private static Class<?> clientOf(Class<?> skeleton, List<GeneratedSource> sources, ClassLoader loader)
            throws ClassNotFoundException {
        String want = skeleton.getAnnotation(DBusInterface.class).value();
        for (GeneratedSource s : sources) {
            Class<?> c = loader.loadClass(s.typeName());
            if (c != skeleton && c.isInterface() && c.getAnnotation(DBusInterface.class) != null
                    && c.getAnnotation(DBusInterface.class).value().equals(want)) {
                return c;
            }
        }
        return null;
    }

    private static boolean mentionsFds(Method m) {
        List<Type> types = new ArrayList<>(List.of(m.getGenericParameterTypes()));
        types.add(m.getGenericReturnType());
        return types.stream().anyMatch(t -> t.getTypeName().contains("UnixF"));
    }

    /** An empty value of a generated signature's Java type: zero, "", /, empty containers, records of those. */
    static Object empty(Type t) {
        if (t instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (List.class.isAssignableFrom(raw)) {
                return List.of();
            }
            if (Map.class.isAssignableFrom(raw)) {
                return Map.of();
            }
            if (raw == java.util.concurrent.CompletableFuture.class) {
                return java.util.concurrent.CompletableFuture.completedFuture(empty(p.getActualTypeArguments()[0]));
            }
            return null;
        }
        Class<?> c = (Class<?>) t;
        if (c == void.class || c == Void.class) {
            return null;
        } else if (c == int.class || c == Integer.class) {
            return 0;
        } else if (c == long.class || c == Long.class) {
            return 0L;
        } else if (c == short.class || c == Short.class) {
            return (short) 0;
        } else if (c == byte.class || c == Byte.class) {
            return (byte) 0;
        } else if (c == boolean.class || c == Boolean.class) {
            return false;
        } else if (c == double.class || c == Double.class) {
            return 0.0;
        } else if (c == String.class) {
            return "";
        } else if (c == byte[].class) {
            return new byte[0];
        } else if (c == ObjectPath.class) {
            return ObjectPath.of("/");
        } else if (c == Signature.class) {
            return Signature.of("");
        } else if (c == Variant.class || c == Object.class) {
            return Variant.of("s", "");
        } else if (c == BigInteger.class) {
            return BigInteger.ZERO;
        } else if (c.isArray()) {
            return java.lang.reflect.Array.newInstance(c.getComponentType(), 0);
        } else if (c.isRecord()) {
            RecordComponent[] rc = c.getRecordComponents();
            Object[] values = Arrays.stream(rc).map(r -> empty(r.getGenericType())).toArray();
            try {
                var ctor = c.getDeclaredConstructor(Arrays.stream(rc).map(RecordComponent::getType).toArray(Class<?>[]::new));
                ctor.setAccessible(true);
                return ctor.newInstance(values);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot build an empty " + c.getName(), e);
            }
        }
        throw new IllegalArgumentException("no empty value for " + t);
    }
}
