package io.jdbus.client;

import static io.jdbus.testing.SampleServicePeer.INTERFACE;
import static io.jdbus.testing.SampleServicePeer.NAME;
import static io.jdbus.testing.SampleServicePeer.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.binding.DBusInterface;
import io.jdbus.binding.DBusMethod;
import io.jdbus.binding.DBusProperty;
import io.jdbus.binding.DBusSignal;
import io.jdbus.binding.Guidance;
import io.jdbus.connection.DBusErrorException;
import io.jdbus.connection.MessageBus;
import io.jdbus.connection.StandardError;
import io.jdbus.testing.SampleBus;
import io.jdbus.testing.SampleServicePeer;
import io.jdbus.types.Variant;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Typed proxies: a Java interface for the sample service, and the interfaces that must be refused. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TypedProxyTest {
    @DBusInterface(INTERFACE)
    interface Sample {
        record Frobated(String bar, Map<Integer, String> baz) {
        }

        record Triple(int a, int b, long c) {
        }

        record Mogrification(int a, int b, List<Object> items) {
        }

        Frobated frobate(int foo);

        @DBusMethod("Frobate")
        CompletableFuture<Frobated> frobateLater(int foo);

        Variant bazify(Triple bar);

        void mogrify(@Guidance("s") Mogrification bar);

        @DBusProperty
        int getBar();

        @DBusProperty
        void setBar(int value);

        @DBusSignal
        AutoCloseable onChanged(Consumer<Boolean> handler);

        default String describe() {
            return "Bar is " + getBar();
        }
    }

    private static SampleBus sample;
    private static MessageBus bus;

    @BeforeAll
    static void start() throws Exception {
        sample = SampleBus.start();
        bus = sample.client();
    }

    @AfterAll
    static void stop() throws Exception {
        if (sample != null) {
            sample.close();
        }
    }

    private static ProxyObject object(String path) throws IOException {
        return bus.proxyObject(NAME, path, bus.introspect(NAME, path));
    }

    @Test
    void everyMethodThePropertyAndTheSignalThroughATypedInterface() throws Exception {
        Sample sample = object(ROOT + "/another_child_of_sample_object").as(Sample.class);
        assertEquals(new Sample.Frobated("5", Map.of(5, "hello")), sample.frobate(5));
        assertEquals(new Sample.Frobated("6", Map.of(6, "hello")), sample.frobateLater(6).get(10, TimeUnit.SECONDS));
        assertEquals(Variant.of("s", "1,2,4294967295"), sample.bazify(new Sample.Triple(1, 2, 4294967295L)));
        DBusErrorException e = assertThrows(DBusErrorException.class, () -> sample.frobate(-1));
        assertTrue(e.is(StandardError.INVALID_ARGS));

        BlockingQueue<Boolean> changed = new LinkedBlockingQueue<>();
        try (AutoCloseable sub = sample.onChanged(changed::add)) {
            sample.mogrify(new Sample.Mogrification(1, 2, List.of("a", "b", "c")));
            assertEquals(true, changed.poll(10, TimeUnit.SECONDS));
            assertEquals(3, sample.getBar());
            sample.setBar(200);
            assertEquals(true, changed.poll(10, TimeUnit.SECONDS));
            assertEquals(200, sample.getBar(), "a y above 127 read into an int unsigned");
            assertEquals("Bar is 200", sample.describe());
        }
        assertTrue(sample.toString().contains(INTERFACE), sample.toString());
    }

    @Test
    void parameterGuidanceDecidesTheVariantType() throws Exception {
        Sample sample = object(ROOT + "/child_of_sample_object").as(Sample.class);
        // the guidance says s: integers do not fit, and the call is refused before it is sent
        io.jdbus.types.InvalidValueException e = assertThrows(io.jdbus.types.InvalidValueException.class,
                () -> sample.mogrify(new Sample.Mogrification(1, 2, List.of(1, 2))));
        assertTrue(e.getMessage().contains("under guidance v as s"), e.getMessage());
    }

    @DBusInterface(INTERFACE)
    interface MissingMethod {
        void explode();
    }

    @DBusInterface(INTERFACE)
    interface WrongArity {
        String frobate(int foo);
    }

    @DBusInterface(INTERFACE)
    interface WrongPropertyType {
        @DBusProperty
        String getBar();
    }

    @DBusInterface(INTERFACE)
    interface WrongHandler {
        @DBusSignal
        AutoCloseable onChanged(java.util.function.Supplier<Boolean> handler);
    }

    @DBusInterface("com.example.Absent")
    interface AbsentInterface {
    }

    interface NotAnnotated {
    }

    @Test
    void interfacesThatDoNotFitTheIntrospectionAreRefusedWhenTheProxyIsMade() throws Exception {
        ProxyObject root = object(ROOT);
        assertEquals("MissingMethod.explode does not fit com.example.SampleInterface0: the interface has "
                + "no method Explode", message(() -> root.as(MissingMethod.class)));
        assertTrue(message(() -> root.as(WrongArity.class)).endsWith("Frobate returns 2 values; declare a record of 2 "
                + "components, not java.lang.String"), message(() -> root.as(WrongArity.class)));
        assertTrue(message(() -> root.as(WrongPropertyType.class)).endsWith("D-Bus type y cannot be declared as "
                + "java.lang.String"));
        assertTrue(message(() -> root.as(WrongHandler.class)).contains("a signal handler is a Consumer or a Runnable"));
        assertTrue(message(() -> root.as(AbsentInterface.class)).contains("has no interface com.example.Absent"));
        assertTrue(message(() -> root.as(NotAnnotated.class)).endsWith("is not annotated @DBusInterface"));
    }

    private static String message(org.junit.jupiter.api.function.Executable e) {
        return assertThrows(IllegalArgumentException.class, e).getMessage();
    }
}
