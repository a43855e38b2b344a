package io.jdbus.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.connection.MessageBus;
import io.jdbus.connection.RequestNameReply;
import io.jdbus.connection.Subscription;
import io.jdbus.daemon.BusDaemon;
import io.jdbus.match.MatchRule;
import io.jdbus.message.Message;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What two injected clients do through the test bus, whatever its transport: the subclasses choose one. */
abstract class TwoClients {

    @Test
    void eachParameterIsItsOwnConnectionToTheClassBus(MessageBus a, MessageBus b, BusDaemon daemon) {
        assertNotEquals(a.uniqueName(), b.uniqueName());
        assertTrue(daemon.uniqueNames().containsAll(List.of(a.uniqueName(), b.uniqueName())), daemon.uniqueNames().toString());
        assertEquals(daemon.guid(), a.guid());
    }

    @Test
    void clientsCallEachOtherThroughTheBus(MessageBus a, MessageBus b) throws Exception {
        try (Subscription _ = a.handleCalls(c -> "Echo".equals(c.member()), TwoClients::echo);
             Subscription _ = b.handleCalls(c -> "Echo".equals(c.member()), TwoClients::echo)) {
            assertEquals(RequestNameReply.PRIMARY_OWNER, a.requestName("com.example.A"));
            Message fromA = b.call(Message.methodCall("com.example.A", "/", "com.example.Echo", "Echo").body("s", "hi").build());
            assertEquals(List.of("hi from " + b.uniqueName()), fromA.body());
            assertEquals(a.uniqueName(), fromA.sender());
            Message fromB = a.callAsync(Message.methodCall(b.uniqueName(), "/", "com.example.Echo", "Echo").body("s", "yo")
                    .build()).get(10, TimeUnit.SECONDS);
            assertEquals(List.of("yo from " + a.uniqueName()), fromB.body());
        }
    }

    @Test
    void signalsReachTheSubscribersWhoseRulesMatch(MessageBus sender, MessageBus listener, MessageBus bystander)
            throws Exception {
        BlockingQueue<Message> heard = new LinkedBlockingQueue<>();
        BlockingQueue<Message> overheard = new LinkedBlockingQueue<>();
        try (Subscription _ = listener.addMatch(MatchRule.parse("type='signal',interface='com.example.S',arg0='yes'"), heard::add);
             Subscription _ = bystander.addMatch(MatchRule.parse("type='signal',interface='com.example.Other'"), overheard::add)) {
            sender.send(Message.signal("/a", "com.example.S", "Ping").body("s", "no").build());
            sender.send(Message.signal("/a", "com.example.S", "Ping").body("s", "yes").build());
            Message m = heard.poll(10, TimeUnit.SECONDS);
            assertEquals(List.of("yes"), m.body());
            assertEquals(sender.uniqueName(), m.sender());
            assertTrue(overheard.isEmpty(), overheard.toString());
        }
    }

    private static Message echo(Message call) {
        return Message.methodReturn(call).body("s", call.body().getFirst() + " from " + call.sender()).build();
    }
}
