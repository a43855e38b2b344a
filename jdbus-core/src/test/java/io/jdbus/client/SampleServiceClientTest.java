package io.jdbus.client;

import static io.jdbus.testing.SampleServicePeer.INTERFACE;
import static io.jdbus.testing.SampleServicePeer.NAME;
import static io.jdbus.testing.SampleServicePeer.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.connection.DBusErrorException;
import io.jdbus.connection.MessageBus;
import io.jdbus.connection.StandardError;
import io.jdbus.connection.Subscription;
import io.jdbus.introspect.Node;
import io.jdbus.names.ObjectPath;
import io.jdbus.testing.SampleBus;
import io.jdbus.testing.SampleServicePeer;
import io.jdbus.types.InvalidValueException;
import io.jdbus.types.Variant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The dynamic client against the design's sample service, implemented by others (python-dbus-next). */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SampleServiceClientTest {
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

    /** A fresh sample object: each test uses its own child or resets Bar, so order does not matter. */
    private static ProxyInterface sample(String path) throws Exception {
        Node node = bus.introspect(NAME, path);
        return bus.proxyObject(NAME, path, node).getInterface(INTERFACE);
    }

    @Test
    void theSeedsScenarioRunsAsTheDesignWritesIt() throws Exception {
        Node node = bus.introspect(NAME, ROOT);
        ProxyObject obj = bus.proxyObject(NAME, ROOT, node);
        ProxyInterface iface = obj.getInterface(INTERFACE);
        List<Object> out = iface.call("Frobate", 5);
        assertEquals(List.of("5", Map.of(5, "hello")), out);
        Variant bar = iface.callValue("Bazify", List.of(-5, 5, 5));
        assertEquals(Variant.of("s", "-5,5,5"), bar);
        BlockingQueue<List<Object>> changed = new LinkedBlockingQueue<>();
        try (Subscription sub = iface.on("Changed", changed::add)) {
            iface.call("Mogrify", List.of(5, 5, List.of(Variant.of("s", "foo"))));
            assertEquals(List.of(1), List.of(iface.get("Bar")).stream().map(b -> Byte.toUnsignedInt((Byte) b)).toList());
            assertEquals(List.of(true), changed.poll(10, TimeUnit.SECONDS));
            iface.set("Bar", 105);
            assertEquals(List.of(true), changed.poll(10, TimeUnit.SECONDS));
            assertEquals((byte) 105, iface.get("Bar"));
            iface.set("Bar", 105);
            assertEquals(List.of(false), changed.poll(10, TimeUnit.SECONDS), "the same value again is Changed(false)");
        }
        assertEquals(Map.of("Bar", (byte) 105), iface.getAll());
    }

    @Test
    void frobateWithANegativeNumberIsAnInvalidArgsError() throws Exception {
        DBusErrorException e = assertThrows(DBusErrorException.class, () -> sample(ROOT).call("Frobate", -1));
        assertTrue(e.is(StandardError.INVALID_ARGS), e.toString());
        assertEquals("org.freedesktop.DBus.Error.InvalidArgs", e.name());
    }

    @Test
    void callAsyncCompletesWithTheOutArgumentsOrTheError() throws Exception {
        ProxyInterface iface = sample(ROOT);
        assertEquals(List.of("7", Map.of(7, "hello")), iface.callAsync("Frobate", 7).get(10, TimeUnit.SECONDS));
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> iface.callAsync("Frobate", -7).get(10, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof DBusErrorException d && d.is(StandardError.INVALID_ARGS), e.toString());
    }

    @Test
    void argumentsAreCheckedAgainstTheIntrospectionBeforeAnythingIsSent() throws Exception {
        ProxyInterface iface = sample(ROOT);
        InvalidValueException count = assertThrows(InvalidValueException.class, () -> iface.call("Frobate", 5, "hello"));
        assertTrue(count.getMessage().contains("Frobate") && count.getMessage().contains("2 arguments given"),
                count.getMessage());
        InvalidValueException type = assertThrows(InvalidValueException.class, () -> iface.call("Frobate", "five"));
        assertTrue(type.getMessage().startsWith("method com.example.SampleInterface0.Frobate → argument 1 (i)"),
                type.getMessage());
        InvalidValueException nested = assertThrows(InvalidValueException.class,
                () -> iface.call("Bazify", List.of(1, 2, -3L)));   // an Integer would be taken as u bits; a Long is a number
        assertTrue(nested.getMessage().contains("argument 1 ((iiu))"), nested.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> iface.call("Frob"));
        assertTrue(unknown.getMessage().contains("has no method Frob; it has [Bazify, Frobate, Mogrify]"), unknown.getMessage());
        assertThrows(InvalidValueException.class, () -> iface.set("Bar", 256));
    }

    @Test
    void bothChildNodesAreListedAndCallable() throws Exception {
        ProxyObject root = bus.proxyObject(NAME, ROOT, bus.introspect(NAME, ROOT));
        assertEquals(List.of(ObjectPath.of(ROOT + "/another_child_of_sample_object"),
                ObjectPath.of(ROOT + "/child_of_sample_object")), root.children().stream().sorted().toList());
        for (ObjectPath child : root.children()) {
            String name = child.value().substring(ROOT.length() + 1);
            ProxyInterface iface = root.child(name).getInterface(INTERFACE);
            assertEquals(List.of("3", Map.of(3, "hello")), iface.call("Frobate", 3), child.value());
            assertEquals(Map.of("Bar", (byte) 0), iface.getAll(), "each child has its own Bar");
        }
    }

    @Test
    void theCacheFollowsPropertiesChangedFromTheService() throws Exception {
        ProxyInterface iface = sample(ROOT + "/child_of_sample_object");
        ProxyInterface writer = sample(ROOT + "/child_of_sample_object");
        BlockingQueue<Map<String, Object>> changes = new LinkedBlockingQueue<>();
        try (PropertyCache cache = iface.cacheProperties()) {
            cache.onChange((changed, invalidated) -> changes.add(changed));
            byte before = (Byte) cache.cached("Bar").orElseThrow();
            byte next = (byte) (before + 1);
            bus.call(io.jdbus.message.Message.methodCall(NAME, ROOT + "/child_of_sample_object",
                    ProxyInterface.PROPERTIES, "Set").body("ssv", INTERFACE, "Bar", Variant.of("y", next)).build());
            assertEquals(Map.of("Bar", next), changes.poll(10, TimeUnit.SECONDS));
            assertEquals(next, cache.cached("Bar").orElseThrow());
            assertEquals(next, iface.get("Bar"));
        }
        assertInstanceOf(Byte.class, writer.get("Bar"));
    }

    @Test
    void theObjectManagerClientListsTheManagedObjects() throws Exception {
        try (ObjectManagerClient manager = ObjectManagerClient.open(bus, NAME, ROOT)) {
            Map<ObjectPath, Map<String, Map<String, Object>>> objects = manager.objects();
            assertTrue(objects.containsKey(ObjectPath.of(ROOT + "/another_child_of_sample_object")), objects.toString());
            assertTrue(objects.get(ObjectPath.of(ROOT + "/another_child_of_sample_object")).containsKey(INTERFACE),
                    objects.toString());
        }
    }
}
