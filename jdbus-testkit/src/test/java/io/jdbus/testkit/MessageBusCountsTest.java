package io.jdbus.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jdbus.binding.DBusInterface;
import io.jdbus.binding.DBusMethod;
import io.jdbus.client.ProxyInterface;
import io.jdbus.connection.MessageBus;
import io.jdbus.connection.Subscription;
import io.jdbus.match.MatchRule;
import io.jdbus.message.Message;
import io.jdbus.service.ExportedObject;
import io.jdbus.service.ObjectServer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What the leak checks read: {@link MessageBus#subscriptionCount()} and {@link MessageBus#pendingCallCount()}. */
@BusTest
@Timeout(30)
class MessageBusCountsTest {
    private static final String XML = """
            <node><interface name="com.example.S"><signal name="Changed"><arg type="b"/></signal></interface></node>
            """;

    @DBusInterface("com.example.Nothing")
    public static final class Nothing {
        @DBusMethod
        public void nothing() {
        }
    }

    @Test
    void everyKindOfSubscriptionCountsOnceUntilItIsFirstClosed(MessageBus bus) throws Exception {
        Subscription handler = bus.addHandler(m -> true, m -> { });
        Subscription calls = bus.handleCalls(c -> false, c -> null);
        Subscription match = bus.addMatch(MatchRule.parse("type='signal',interface='com.example.S'"), m -> { });
        Subscription sameRule = bus.addMatch(MatchRule.parse("type='signal',interface='com.example.S'"), m -> { });
        Subscription watch = bus.watchNameOwner("com.example.Watched", owner -> { });
        assertEquals(5, bus.subscriptionCount());
        handler.close();
        handler.close();
        assertEquals(4, bus.subscriptionCount());
        for (Subscription s : new Subscription[] {calls, match, sameRule, watch}) {
            s.close();
        }
        assertEquals(0, bus.subscriptionCount());
    }

    @Test
    void aProxysSignalHandlerCountsUntilClosed(MessageBus service, MessageBus client) throws Exception {
        ProxyInterface proxy = client.proxyObject(service.uniqueName(), "/s", XML).getInterface("com.example.S");
        try (Subscription _ = proxy.on("Changed", args -> { })) {
            assertEquals(1, client.subscriptionCount());
        }
        assertEquals(0, client.subscriptionCount());
    }

    @Test
    void theObjectServersOwnDispatcherDoesNotCount(MessageBus bus) {
        try (ExportedObject _ = ObjectServer.export(bus, "/nothing", new Nothing())) {
            assertEquals(0, bus.subscriptionCount());
        }
    }

    @Test
    void aCallIsPendingUntilItsReplyComesOrItIsCancelled(MessageBus service, MessageBus client) throws Exception {
        CountDownLatch arrived = new CountDownLatch(1);
        try (Subscription _ = service.handleCalls(c -> "Hang".equals(c.member()), c -> {
            arrived.countDown();
            return null;
        })) {
            assertEquals(0, client.pendingCallCount());
            CompletableFuture<Message> hanging = client.callAsync(Message.methodCall(service.uniqueName(), "/",
                    "com.example.X", "Hang").build());
            assertEquals(1, client.pendingCallCount());
            arrived.await(5, TimeUnit.SECONDS);
            hanging.cancel(false);
            assertEquals(0, client.pendingCallCount());

            client.call(Message.methodCall(service.uniqueName(), "/", "org.freedesktop.DBus.Peer", "Ping").build());
            assertEquals(0, client.pendingCallCount());
        }
    }
}
