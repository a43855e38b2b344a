package io.jdbus.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jdbus.binding.DBusInterface;
import io.jdbus.binding.DBusMethod;
import io.jdbus.connection.MessageBus;
import io.jdbus.connection.Subscription;
import io.jdbus.match.MatchRule;
import io.jdbus.message.Message;
import io.jdbus.service.ExportedObject;
import io.jdbus.service.ObjectServer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Tests that clean up after themselves pass the leak checks: closed subscriptions (whose RemoveMatch is still
 * on its way when the test returns), answered calls, threads that end, and the library's own registrations
 * such as the object server's dispatcher.
 */
@Timeout(60)
class CleanTestsTest {

    @ExamplesOnly
    @BusTest
    @Timeout(10)
    static class Tidy {
        @DBusInterface("com.example.Greeter")
        public static final class Greeter {
            @DBusMethod
            public String greet(String who) {
                return "hello " + who;
            }
        }

        @Test
        void closesItsSubscriptionsLast(MessageBus a, MessageBus b) throws Exception {
            var seen = new LinkedBlockingQueue<Message>();
            try (Subscription _ = a.addMatch(MatchRule.parse("type='signal',interface='com.example.S'"), seen::add);
                 Subscription _ = a.watchNameOwner("com.example.Name", owner -> { })) {
                b.send(Message.signal("/", "com.example.S", "Ping").build());
                assertEquals("Ping", seen.poll(5, TimeUnit.SECONDS).member());
            }
        }

        @Test
        void waitsForItsCallsAndThreads(MessageBus a, MessageBus b) throws Exception {
            CompletableFuture<Message> reply;
            try (Subscription _ = a.handleCalls(c -> true, c -> Message.methodReturn(c).build())) {
                reply = b.callAsync(Message.methodCall(a.uniqueName(), "/", "com.example.X", "Y").build());
                reply.get(5, TimeUnit.SECONDS);
            }
            Thread worker = Thread.ofPlatform().name("finishing-worker").start(() -> { });
            worker.join();
        }

        @Test
        void exportsAnObjectAndCallsIt(MessageBus service, MessageBus client) throws Exception {
            try (ExportedObject _ = ObjectServer.export(service, "/com/example/Greeter", new Greeter())) {
                Message reply = client.call(Message.methodCall(service.uniqueName(), "/com/example/Greeter",
                        "com.example.Greeter", "Greet").body("s", "you").build());
                assertEquals(List.of("hello you"), reply.body());
            }
        }

        @Test
        void closesAnInjectedConnectionItself(MessageBus bus) {
            bus.close();
        }
    }

    @Test
    void testsThatLeaveNothingBehindPass() {
        var results = Examples.run(Tidy.class);
        assertEquals(List.of(), Examples.failures(results));
        results.testEvents().assertStatistics(s -> s.started(4).succeeded(4));
    }
}
