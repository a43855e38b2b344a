package io.jdbus.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.connection.MessageBus;
import io.jdbus.connection.RequestNameFlag;
import io.jdbus.connection.RequestNameReply;
import io.jdbus.connection.Subscription;
import io.jdbus.message.Message;
import io.jdbus.names.ObjectPath;
import io.jdbus.testing.PrivateBus;
import io.jdbus.types.Variant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What the client does that the sample service cannot show: services written here at the message level
 * change owners, invalidate properties, answer with wrong signatures, and add and remove objects.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ClientSemanticsTest {
    private static final String NAME = "com.example.follow";
    private static final String PATH = "/com/example/thing";
    private static final String IFACE = "com.example.Thing";
    private static final String XML = """
            <node>
              <interface name="com.example.Thing">
                <method name="Answer"><arg type="i" direction="out"/></method>
                <method name="Take"><arg type="av" direction="in"/><arg type="a{sv}" direction="in"/>
                  <arg type="as" direction="out"/></method>
                <signal name="Tick"><arg type="u"/></signal>
                <property name="Level" type="u" access="read"/>
              </interface>
            </node>
            """;

    private PrivateBus daemon;

    @BeforeEach
    void startBus() throws Exception {
        daemon = PrivateBus.start();
    }

    @AfterEach
    void stopBus() throws Exception {
        daemon.close();
    }

    private MessageBus connect() throws Exception {
        return MessageBus.connect(daemon.address());
    }

    private static void tick(MessageBus from, int n) throws Exception {
        from.send(Message.signal(PATH, IFACE, "Tick").body("u", n).build());
    }

    @Test
    void signalsOfAWellKnownNameFollowItsOwner() throws Exception {
        try (MessageBus first = connect(); MessageBus second = connect(); MessageBus client = connect()) {
            assertEquals(RequestNameReply.PRIMARY_OWNER, first.requestName(NAME, RequestNameFlag.ALLOW_REPLACEMENT));
            ProxyInterface thing = client.proxyObject(NAME, PATH, XML).getInterface(IFACE);
            BlockingQueue<List<Object>> ticks = new LinkedBlockingQueue<>();
            try (Subscription s = thing.on("Tick", ticks::add)) {
                tick(second, 99);   // not the owner: the bus does not route it to us
                tick(first, 1);
                assertEquals(List.of(1), ticks.poll(10, TimeUnit.SECONDS));
                assertEquals(RequestNameReply.PRIMARY_OWNER, second.requestName(NAME, RequestNameFlag.REPLACE_EXISTING));
                tick(first, 98);   // no longer the owner
                tick(second, 2);
                assertEquals(List.of(2), ticks.poll(10, TimeUnit.SECONDS), "the new owner's signal, not the old one's");
                // another rule of the same connection that matches the old owner's signal must not leak into the proxy
                try (Subscription any = client.addMatch(io.jdbus.match.MatchRule.builder()
                        .type(io.jdbus.message.MessageType.SIGNAL).interfaceName(IFACE).build(), m -> { })) {
                    tick(first, 97);
                    tick(second, 3);
                    assertEquals(List.of(3), ticks.poll(10, TimeUnit.SECONDS));
                }
            }
            assertTrue(ticks.isEmpty(), ticks.toString());
        }
    }

    @Test
    void offEndsTheSubscriptionsMadeWithThatHandler() throws Exception {
        try (MessageBus service = connect(); MessageBus client = connect()) {
            ProxyInterface thing = client.proxyObject(service.uniqueName(), PATH, XML).getInterface(IFACE);
            BlockingQueue<List<Object>> ticks = new LinkedBlockingQueue<>();
            Consumer<List<Object>> handler = ticks::add;
            thing.on("Tick", handler);
            tick(service, 1);
            assertEquals(List.of(1), ticks.poll(10, TimeUnit.SECONDS));
            thing.off("Tick", handler);
            tick(service, 2);
            Message ping = client.call(Message.methodCall(service.uniqueName(), "/", "org.freedesktop.DBus.Peer", "Ping")
                    .build());   // a round trip through the bus: the tick, had it been routed, came before the reply
            assertEquals(io.jdbus.message.MessageType.METHOD_RETURN, ping.type());
            Thread.sleep(200);
            assertNull(ticks.poll(), "no tick after off");
        }
    }

    /** A service at the message level: GetAll answers Level, PropertiesChanged is sent by the test. */
    private static Subscription serveLevel(MessageBus service, int[] level) {
        return service.handleCalls(m -> ProxyInterface.PROPERTIES.equals(m.interfaceName()), call -> switch (call.member()) {
            case "GetAll" -> Message.methodReturn(call).body("a{sv}", Map.of("Level", Variant.of("u", level[0]))).build();
            case "Get" -> Message.methodReturn(call).body("v", Variant.of("u", level[0])).build();
            default -> Message.error(call, "org.freedesktop.DBus.Error.PropertyReadOnly", "read-only").build();
        });
    }

    @Test
    void anInvalidatedPropertyLeavesTheCacheAndIsFetchedAgain() throws Exception {
        int[] level = {7};
        try (MessageBus service = connect(); MessageBus client = connect(); Subscription s = serveLevel(service, level)) {
            ProxyInterface thing = client.proxyObject(service.uniqueName(), PATH, XML).getInterface(IFACE);
            BlockingQueue<List<String>> invalidations = new LinkedBlockingQueue<>();
            try (PropertyCache cache = thing.cacheProperties()) {
                cache.onChange((changed, invalidated) -> invalidations.add(invalidated));
                assertEquals(7, cache.cached("Level").orElseThrow());
                level[0] = 8;
                service.send(Message.signal(PATH, ProxyInterface.PROPERTIES, "PropertiesChanged")
                        .body("sa{sv}as", IFACE, Map.of(), List.of("Level")).build());
                assertEquals(List.of("Level"), invalidations.poll(10, TimeUnit.SECONDS));
                assertTrue(cache.cached("Level").isEmpty(), "invalidated: no longer cached");
                assertEquals(8, thing.get("Level"), "read from the service again");
                service.send(Message.signal(PATH, ProxyInterface.PROPERTIES, "PropertiesChanged")
                        .body("sa{sv}as", IFACE, Map.of("Level", Variant.of("u", 9)), List.of()).build());
                invalidations.poll(10, TimeUnit.SECONDS);
                assertEquals(9, thing.get("Level"), "from the cache, without asking the service");
                assertEquals(9, cache.snapshot().get("Level"));
                // PropertiesChanged for another interface of the object is not ours
                service.send(Message.signal(PATH, ProxyInterface.PROPERTIES, "PropertiesChanged")
                        .body("sa{sv}as", "com.example.Other", Map.of("Level", Variant.of("u", 1)), List.of()).build());
                client.call(Message.methodCall(service.uniqueName(), "/", "org.freedesktop.DBus.Peer", "Ping").build());
                Thread.sleep(100);   // the signal went out before the Ping's reply; give its handler a moment
                assertEquals(9, cache.cached("Level").orElseThrow(), "another interface's change is not applied");
            }
        }
    }

    @Test
    void aReplyOfAnotherSignatureThanTheIntrospectionDeclaresIsAnUnexpectedReply() throws Exception {
        try (MessageBus service = connect(); MessageBus client = connect();
                Subscription s = service.handleCalls(m -> "Answer".equals(m.member()),
                        call -> Message.methodReturn(call).body("s", "forty-two").build())) {
            ProxyInterface thing = client.proxyObject(service.uniqueName(), PATH, XML).getInterface(IFACE);
            UnexpectedReplyException e = assertThrows(UnexpectedReplyException.class, () -> thing.call("Answer"));
            assertEquals("com.example.Thing.Answer returned \"s\", but its introspection declares \"i\"", e.getMessage());
            ExecutionException async = assertThrows(ExecutionException.class,
                    () -> thing.callAsync("Answer").get(10, TimeUnit.SECONDS));
            assertInstanceOf(UnexpectedReplyException.class, async.getCause());
        }
    }

    @Test
    void noReplyExpectedSendsAndReturnsNothing() throws Exception {
        BlockingQueue<Message> calls = new LinkedBlockingQueue<>();
        try (MessageBus service = connect(); MessageBus client = connect();
                Subscription s = service.handleCalls(m -> "Answer".equals(m.member()), call -> {
                    calls.add(call);
                    return Message.methodReturn(call).body("i", 42).build();
                })) {
            ProxyInterface thing = client.proxyObject(service.uniqueName(), PATH, XML).getInterface(IFACE);
            assertEquals(List.of(), thing.call(CallOptions.DEFAULT.withNoReplyExpected(), "Answer"));
            Message call = calls.poll(10, TimeUnit.SECONDS);
            assertTrue(call.has(io.jdbus.message.Flag.NO_REPLY_EXPECTED));
            assertEquals(List.of(42), thing.call(CallOptions.DEFAULT.withNoAutoStart(), "Answer"));
            assertTrue(calls.poll(10, TimeUnit.SECONDS).has(io.jdbus.message.Flag.NO_AUTO_START));
        }
    }

    @Test
    void guidancePerCallAndPerMethodDecidesTheVariantTypesThatAreSent() throws Exception {
        try (MessageBus service = connect(); MessageBus client = connect();
                Subscription s = service.handleCalls(m -> "Take".equals(m.member()), call -> {
                    List<String> sigs = new java.util.ArrayList<>();
                    ((List<?>) call.body().get(0)).forEach(v -> sigs.add(((Variant) v).signature().toString()));
                    ((Map<?, ?>) call.body().get(1)).values().forEach(v -> sigs.add(((Variant) v).signature().toString()));
                    return Message.methodReturn(call).body("as", sigs).build();
                })) {
            ProxyInterface thing = client.proxyObject(service.uniqueName(), PATH, XML).getInterface(IFACE);
            assertEquals(List.of(List.of("i", "i", "x")), thing.call("Take", List.of(1, 2), Map.of("k", 3L)),
                    "without guidance: inferred from the Java types");
            assertEquals(List.of(List.of("u", "u", "(i)")),
                    thing.call(CallOptions.DEFAULT.withGuidance("u/s,s/(i)"), "Take", List.of(1, 2), Map.of("k", List.of(3))));
            thing.guide("Take", "y,t");
            assertEquals(List.of(List.of("y", "t")), thing.call("Take", List.of(7), Map.of("k", 8)));
            assertEquals(List.of(List.of("s", "i")), thing.call(CallOptions.DEFAULT.withGuidance("s"), "Take",
                    List.of("x"), Map.of("k", 9)), "a call's own guidance replaces the method's; missing entries infer");
            io.jdbus.types.InvalidValueException e = assertThrows(io.jdbus.types.InvalidValueException.class,
                    () -> thing.call("Take", List.of(300), Map.of()));
            assertTrue(e.getMessage().startsWith("method com.example.Thing.Take → argument 1 (av): under guidance v as y"),
                    e.getMessage());
            thing.convert(0, "av", v -> v instanceof int[] a ? java.util.Arrays.stream(a).boxed().toList() : v);
            assertEquals(List.of(List.of("y", "y")), thing.call("Take", new int[] {1, 2}, Map.of()));
        }
    }

    @Test
    void aNameWatcherReportsAppearedAndVanishedInOrder() throws Exception {
        try (MessageBus owner = connect(); MessageBus other = connect(); MessageBus client = connect()) {
            BlockingQueue<String> events = new LinkedBlockingQueue<>();
            try (Subscription w = NameWatcher.watch(client, NAME, o -> events.add("appeared " + o),
                    () -> events.add("vanished"))) {
                assertEquals("vanished", events.poll(10, TimeUnit.SECONDS), "nobody owns it yet");
                owner.requestName(NAME, RequestNameFlag.ALLOW_REPLACEMENT);
                assertEquals("appeared " + owner.uniqueName(), events.poll(10, TimeUnit.SECONDS));
                other.requestName(NAME, RequestNameFlag.REPLACE_EXISTING);
                assertEquals("vanished", events.poll(10, TimeUnit.SECONDS));
                assertEquals("appeared " + other.uniqueName(), events.poll(10, TimeUnit.SECONDS));
                other.releaseName(NAME);
                // the replaced owner was queued: it gets the name back
                assertEquals("vanished", events.poll(10, TimeUnit.SECONDS));
                assertEquals("appeared " + owner.uniqueName(), events.poll(10, TimeUnit.SECONDS));
            }
        }
    }

    @Test
    void theObjectManagerClientFollowsInterfacesAddedAndRemoved() throws Exception {
        String manager = "/com/example/manager";
        try (MessageBus service = connect(); MessageBus client = connect();
                Subscription s = service.handleCalls(m -> "GetManagedObjects".equals(m.member()),
                        call -> Message.methodReturn(call).body("a{oa{sa{sv}}}", Map.of(
                                ObjectPath.of(manager + "/a"), Map.of(IFACE, Map.of("Level", Variant.of("u", 1))))).build())) {
            try (ObjectManagerClient objects = ObjectManagerClient.open(client, service.uniqueName(), manager)) {
                assertEquals(Map.of(ObjectPath.of(manager + "/a"), Map.of(IFACE, Map.of("Level", 1))), objects.objects());
                BlockingQueue<String> events = new LinkedBlockingQueue<>();
                objects.onInterfacesAdded((p, ifaces) -> events.add("added " + p + " " + ifaces.keySet()));
                objects.onInterfacesRemoved((p, names) -> events.add("removed " + p + " " + names));
                service.send(Message.signal(manager, ObjectManagerClient.OBJECT_MANAGER, "InterfacesAdded")
                        .body("oa{sa{sv}}", ObjectPath.of(manager + "/b"), Map.of(IFACE, Map.of())).build());
                assertEquals("added " + manager + "/b [" + IFACE + "]", events.poll(10, TimeUnit.SECONDS));
                service.send(Message.signal(manager, ObjectManagerClient.OBJECT_MANAGER, "InterfacesRemoved")
                        .body("oas", ObjectPath.of(manager + "/a"), List.of(IFACE)).build());
                assertEquals("removed " + manager + "/a [" + IFACE + "]", events.poll(10, TimeUnit.SECONDS));
                assertEquals(Map.of(ObjectPath.of(manager + "/b"), Map.of(IFACE, Map.of())), objects.objects());
            }
        }
    }
}
