package io.jdbus.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jdbus.connection.MessageBus;
import io.jdbus.daemon.BusDaemon;
import io.jdbus.introspect.Interface;
import io.jdbus.introspect.IntrospectionParser;
import io.jdbus.introspect.Method;
import io.jdbus.introspect.Property;
import io.jdbus.introspect.Signal;
import io.jdbus.service.ExportedObject;
import io.jdbus.service.ObjectServer;
import io.jdbus.types.Variant;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated service skeleton, implemented by test code, exported on the embedded bus and called through the
 * generated client interface: a method with several in and out arguments (a struct, a dict, widened unsigned
 * types), a variant, a property and a signal. Both sides are compiled with javax.tools at test time.
 */
@Timeout(60)
class GeneratedServiceEndToEndTest {
    private static final String DEST = "com.example.calc";
    private static final String PATH = "/com/example/calc";

    @Test
    void generatedClientCallsGeneratedSkeletonImplementation(@TempDir Path classes) throws Exception {
        String xml = GeneratedSourcesCompileTest.resource("introspection/com.example.Calc.xml");
        List<GeneratedSource> sources = new ArrayList<>(Generator.generate(xml, GeneratorOptions.of("gen.e2e")));
        sources.add(new GeneratedSource("gen/e2e/CalcImpl.java", GeneratedSourcesCompileTest.resource("e2e/CalcImpl.java.txt")));
        sources.add(new GeneratedSource("gen/e2e/Driver.java", GeneratedSourcesCompileTest.resource("e2e/Driver.java.txt")));
        assertEquals(List.of(), InMemorySources.compile(sources, classes));

        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
             BusDaemon daemon = BusDaemon.start();
             MessageBus server = MessageBus.connect(daemon.address());
             MessageBus client = MessageBus.connect(daemon.address())) {
            Object impl = loader.loadClass("gen.e2e.CalcImpl").getConstructor().newInstance();
            ExportedObject exported = ObjectServer.export(server, PATH, impl);
            @SuppressWarnings("unchecked")
            Consumer<ExportedObject> attach = (Consumer<ExportedObject>) impl;
            attach.accept(exported);
            server.requestName(DEST);

            @SuppressWarnings("unchecked")
            Function<MessageBus, Map<String, Object>> driver = (Function<MessageBus, Map<String, Object>>)
                    loader.loadClass("gen.e2e.Driver").getConstructor().newInstance();
            Map<String, Object> out = driver.apply(client);

            assertEquals("x:200:1", out.get("summary"));
            assertEquals(4_000_000_200L, out.get("total"));
            assertEquals("{a=ScaledValue[field0=-6, field1=4000000000]}", out.get("scaled"));
            assertEquals(Variant.of("s", "hi"), out.get("echo"));
            assertEquals(7L, out.get("level"));
            assertEquals("LevelChangedSignal[old=7, new_=3000000000]", out.get("signal"));
            assertEquals(3_000_000_000L, out.get("levelAfter"));

            Interface published = client.introspect(DEST, PATH).findInterface("com.example.Calc").orElseThrow();
            assertSameShape(IntrospectionParser.parse(xml).findInterface("com.example.Calc").orElseThrow(), published);
        }
    }

    /** The skeleton publishes what the XML describes: the same signatures, property types and access. */
    private static void assertSameShape(Interface expected, Interface actual) {
        for (Method m : expected.methods()) {
            Method a = actual.findMethod(m.name().value()).orElseThrow(() -> new AssertionError("no method " + m.name()));
            assertEquals(m.inSignature(), a.inSignature(), m.name() + " in");
            assertEquals(m.outSignature(), a.outSignature(), m.name() + " out");
            if (m.outArgs().size() > 1) {   // the service names out arguments after the result record's components
                assertEquals(m.outArgs().stream().map(x -> x.name().orElseThrow()).toList(),
                        a.outArgs().stream().map(x -> x.name().orElseThrow()).toList(), m.name() + " out names");
            }
        }
        for (Property p : expected.properties()) {
            Property a = actual.findProperty(p.name().value()).orElseThrow(() -> new AssertionError("no property " + p.name()));
            assertEquals(p.type(), a.type(), p.name() + " type");
            assertEquals(p.access(), a.access(), p.name() + " access");
        }
        for (Signal s : expected.signals()) {
            Signal a = actual.findSignal(s.name().value()).orElseThrow(() -> new AssertionError("no signal " + s.name()));
            assertEquals(s.signature(), a.signature(), s.name() + " signature");
        }
        assertEquals(expected.methods().size(), actual.methods().size(), "methods");
    }
}
