package io.jdbus.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.connection.DBusErrorException;
import io.jdbus.connection.MessageBus;
import io.jdbus.connection.RequestNameReply;
import io.jdbus.match.MatchRule;
import io.jdbus.message.Message;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The embedded bus with jdbus's own clients: Hello, names, calls between clients, signals by match rules. */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class BusDaemonTest {
    private BusDaemon daemon;

    @BeforeEach
    void start() throws Exception {
        daemon = BusDaemon.start();
    }

    @AfterEach
    void stop() {
        daemon.close();
    }

    @Test
    void clientsGetUniqueNamesAndTheBusAnswers() throws Exception {
        try (MessageBus a = MessageBus.connect(daemon.address()); MessageBus b = MessageBus.connect(daemon.address())) {
            assertEquals(":1.0", a.uniqueName());
            assertEquals(":1.1", b.uniqueName());
            Message id = a.call(Message.methodCall("org.freedesktop.DBus", "/org/freedesktop/DBus",
                    "org.freedesktop.DBus", "GetId").build());
            assertEquals(daemon.guid(), id.body().getFirst());
            Message names = a.call(Message.methodCall("org.freedesktop.DBus", "/org/freedesktop/DBus",
                    "org.freedesktop.DBus", "ListNames").build());
            @SuppressWarnings("unchecked")
            List<String> list = (List<String>) names.body().getFirst();
            assertTrue(list.containsAll(List.of("org.freedesktop.DBus", ":1.0", ":1.1")), list.toString());
        }
    }

    @Test
    void callsReachTheOwnerOfAName() throws Exception {
        try (MessageBus service = MessageBus.connect(daemon.address());
             MessageBus client = MessageBus.connect(daemon.address())) {
            service.handleCalls(c -> "Echo".equals(c.member()),
                    c -> Message.methodReturn(c).body("s", "echo " + c.body().getFirst() + " from " + c.sender()).build());
            assertEquals(RequestNameReply.PRIMARY_OWNER, service.requestName("com.example.Echo"));
            Message reply = client.call(Message.methodCall("com.example.Echo", "/", "com.example.Echo", "Echo")
                    .body("s", "hi").build());
            assertEquals("echo hi from " + client.uniqueName(), reply.body().getFirst());
            assertEquals(service.uniqueName(), reply.sender());
        }
    }

    @Test
    void unknownDestinationsAndMethodsGetTheStandardErrors() throws Exception {
        try (MessageBus a = MessageBus.connect(daemon.address())) {
            var e = assertThrows(DBusErrorException.class, () -> a.call(Message.methodCall("com.example.Nobody", "/",
                    "com.example.X", "Y").build()));
            assertEquals("org.freedesktop.DBus.Error.ServiceUnknown", e.name());
            e = assertThrows(DBusErrorException.class, () -> a.call(Message.methodCall("org.freedesktop.DBus", "/",
                    "org.freedesktop.DBus", "Nope").build()));
            assertEquals("org.freedesktop.DBus.Error.UnknownMethod", e.name());
        }
    }

    @Test
    void signalsFollowMatchRules() throws Exception {
        try (MessageBus sender = MessageBus.connect(daemon.address());
             MessageBus listener = MessageBus.connect(daemon.address());
             MessageBus other = MessageBus.connect(daemon.address())) {
            assertTrue(other.isOpen());
            var got = new LinkedBlockingQueue<Message>();
            listener.addMatch(MatchRule.parse("type='signal',interface='com.example.S',arg0='yes'"), got::add);
            sender.send(Message.signal("/a", "com.example.S", "Ping").body("s", "no").build());
            sender.send(Message.signal("/a", "com.example.S", "Ping").body("s", "yes").build());
            Message m = got.poll(10, TimeUnit.SECONDS);
            assertEquals(List.of("yes"), m.body());
            assertEquals(sender.uniqueName(), m.sender());
        }
    }

    @Test
    void aDepartingOwnerPassesItsNameOn() throws Exception {
        try (MessageBus watcher = MessageBus.connect(daemon.address());
             MessageBus second = MessageBus.connect(daemon.address())) {
            var changes = new LinkedBlockingQueue<Message>();
            watcher.addMatch(MatchRule.parse("type='signal',member='NameOwnerChanged',arg0='com.example.N'"), changes::add);
            MessageBus first = MessageBus.connect(daemon.address());
            first.requestName("com.example.N");
            assertEquals(RequestNameReply.IN_QUEUE, second.requestName("com.example.N"));
            first.close();
            assertEquals(List.of("com.example.N", "", first.uniqueName()), changes.poll(10, TimeUnit.SECONDS).body());
            assertEquals(List.of("com.example.N", first.uniqueName(), second.uniqueName()),
                    changes.poll(10, TimeUnit.SECONDS).body());
        }
    }
}
