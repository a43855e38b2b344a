package io.jdbus.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.jdbus.binding.DBusInterface;
import io.jdbus.connection.MessageBus;
import io.jdbus.daemon.BusDaemon;
import io.jdbus.introspect.Interface;
import io.jdbus.introspect.IntrospectionParser;
import io.jdbus.introspect.Method;
import io.jdbus.introspect.Node;
import io.jdbus.introspect.Property;
import io.jdbus.introspect.Signal;
import io.jdbus.service.ObjectServer;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every generated service skeleton, exported on the embedded bus (implemented by a {@link Proxy} that answers
 * nothing), publishes exactly the methods, signatures, properties and signals of the XML it came from: the
 * {@code @DBusSignature} annotations, widened types and renamed members all map back.
 */
@Timeout(60)
class SkeletonShapeTest {

    /** Test resources under {@code introspection/}, and installed interface files (absolute; skipped if absent). */
    static Stream<String> introspectionFiles() {
        return Stream.of("com.example.Sample.xml", "com.example.Calc.xml", "edge.Names.xml",
                "org.freedesktop.login1.Manager.subset.xml", "/usr/share/dbus-1/interfaces/org.freedesktop.PackageKit.xml",
                "/usr/share/dbus-1/interfaces/org.freedesktop.PackageKit.Transaction.xml");
    }

    /** The XML of one of {@link #introspectionFiles()}; the test is skipped when an installed file is missing. */
    private static String introspectionXml(String name) throws IOException {
        if (name.startsWith("/")) {
            Assumptions.assumeTrue(Files.isRegularFile(Path.of(name)), name + " is not installed");
            return Files.readString(Path.of(name));
        }
        return GeneratedSourcesCompileTest.resource("introspection/" + name);
    }

    @ParameterizedTest
    @MethodSource("introspectionFiles")
    void exportedSkeletonPublishesTheXmlsInterface(String name, @TempDir Path classes) throws Exception {
        String xml = introspectionXml(name);
        GeneratorOptions options = GeneratorOptions.of("gen.shape").withClient(false);
        List<GeneratedSource> sources = Generator.generate(xml, options);
        assertEquals(List.of(), InMemorySources.compile(sources, classes));
        List<Interface> expected = new ArrayList<>();
        collect(IntrospectionParser.parse(xml), expected);

        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
             BusDaemon daemon = BusDaemon.start();
             MessageBus server = MessageBus.connect(daemon.address());
             MessageBus client = MessageBus.connect(daemon.address())) {
            int checked = 0;
            for (GeneratedSource s : sources) {
                Class<?> type = loader.loadClass(s.typeName());
                DBusInterface annotation = type.getAnnotation(DBusInterface.class);
                if (!type.isInterface() || annotation == null) {
                    continue;
                }
                Object impl = Proxy.newProxyInstance(loader, new Class<?>[] {type}, (p, m, a) -> null);
                String path = "/shape/o" + checked;
                ObjectServer.export(server, path, impl);
                Interface published = client.introspect(server.uniqueName(), path).findInterface(annotation.value())
                        .orElseThrow();
                Interface want = expected.stream().filter(i -> i.name().value().equals(annotation.value())).findFirst()
                        .orElseThrow();
                assertSameShape(want, published);
                checked++;
            }
            assertFalse(checked == 0, "no skeleton was generated from " + name);
        }
    }

    @ParameterizedTest
    @MethodSource("introspectionFiles")
    void everyGeneratedClientBindsToItsXml(String name, @TempDir Path classes) throws Exception {
        String xml = introspectionXml(name);
        List<GeneratedSource> sources = Generator.generate(xml, GeneratorOptions.of("gen.bind").withService(false));
        assertEquals(List.of(), InMemorySources.compile(sources, classes));
        Node node = IntrospectionParser.parse(xml);
        Node flat = Node.of(flatten(node), List.of());
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
             BusDaemon daemon = BusDaemon.start();
             MessageBus client = MessageBus.connect(daemon.address())) {
            int bound = 0;
            for (GeneratedSource s : sources) {
                Class<?> type = loader.loadClass(s.typeName());
                if (type.isInterface() && type.isAnnotationPresent(DBusInterface.class)) {
                    // as() checks every member against the introspection: names, counts, declarable types
                    client.proxyObject("org.example.Absent", "/", flat).as(type);
                    bound++;
                }
            }
            assertFalse(bound == 0, "no client interface was generated from " + name);
        }
    }

    private static List<Interface> flatten(Node node) {
        List<Interface> all = new ArrayList<>();
        collect(node, all);
        return all.stream().collect(java.util.stream.Collectors.toMap(i -> i.name().value(), i -> i, (a, b) -> a,
                java.util.LinkedHashMap::new)).values().stream().toList();
    }

    private static void collect(Node node, List<Interface> into) {
        into.addAll(node.interfaces());
        node.children().forEach(c -> collect(c, into));
    }

    static void assertSameShape(Interface expected, Interface actual) {
        String where = expected.name().value() + ".";
        assertEquals(expected.methods().stream().map(m -> m.name().value()).sorted().toList(),
                actual.methods().stream().map(m -> m.name().value()).sorted().toList(), where + " methods");
        for (Method m : expected.methods()) {
            Method a = actual.findMethod(m.name().value()).orElseThrow();
            assertEquals(m.inSignature(), a.inSignature(), where + m.name() + " in");
            assertEquals(m.outSignature(), a.outSignature(), where + m.name() + " out");
            assertEquals(m.noReply(), a.noReply(), where + m.name() + " NoReply");
            assertEquals(m.isDeprecated(), a.isDeprecated(), where + m.name() + " Deprecated");
        }
        assertEquals(expected.properties().stream().map(p -> p.name().value()).sorted().toList(),
                actual.properties().stream().map(p -> p.name().value()).sorted().toList(), where + " properties");
        for (Property p : expected.properties()) {
            Property a = actual.findProperty(p.name().value()).orElseThrow();
            assertEquals(p.type(), a.type(), where + p.name() + " type");
            assertEquals(p.access(), a.access(), where + p.name() + " access");
            assertEquals(expected.emitsChangedSignal(p), actual.emitsChangedSignal(a), where + p.name() + " EmitsChangedSignal");
        }
        assertEquals(expected.signals().stream().map(s -> s.name().value()).sorted().toList(),
                actual.signals().stream().map(s -> s.name().value()).sorted().toList(), where + " signals");
        for (Signal s : expected.signals()) {
            assertEquals(s.signature(), actual.findSignal(s.name().value()).orElseThrow().signature(), where + s.name());
        }
    }
}
