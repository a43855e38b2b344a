package io.jdbus.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.match.MatchRule;
import io.jdbus.message.Flag;
import io.jdbus.message.Message;
import io.jdbus.message.MessageType;
import io.jdbus.testing.PrivateBus;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The connection against a private dbus-daemon. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class MessageBusTest {
    private PrivateBus daemon;

    @BeforeEach
    void startBus() throws IOException {
        daemon = PrivateBus.start();
    }

    @AfterEach
    void stopBus() throws IOException {
        daemon.close();
    }

    private MessageBus connect() throws IOException {
        return MessageBus.connect(daemon.address());
    }

    private static Message busCall(String member, String signature, Object... args) {
        var b = Message.methodCall("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", member);
        return (signature == null ? b : b.body(signature, args)).build();
    }

    @Test
    void connectingGivesAUniqueNameTheBusKnows() throws Exception {
        try (MessageBus bus = connect()) {
            assertTrue(bus.uniqueName().startsWith(":"), bus.uniqueName());
            assertTrue(bus.guid().matches("[0-9a-f]{32}"), bus.guid());
            Message owner = bus.call(busCall("GetNameOwner", "s", bus.uniqueName()));
            assertEquals(List.of(bus.uniqueName()), owner.body());
        }
    }

    @Test
    void anErrorReplyIsADBusErrorExceptionWithTheErrorName() throws Exception {
        try (MessageBus bus = connect()) {
            DBusErrorException e = assertThrows(DBusErrorException.class,
                    () -> bus.call(busCall("GetNameOwner", "s", "com.example.Nobody")));
            assertTrue(e.is(StandardError.NAME_HAS_NO_OWNER), e.toString());
            assertEquals(MessageType.ERROR, e.reply().type());
        }
    }

    @Test
    void callAsyncCompletesWithTheReply() throws Exception {
        try (MessageBus bus = connect()) {
            CompletableFuture<Message> id = bus.callAsync(busCall("GetId", null));
            assertTrue(((String) id.get(10, TimeUnit.SECONDS).body().getFirst()).matches("[0-9a-f]{32}"));
        }
    }

    @Test
    void aCallNobodyAnswersFailsWithNoReplyAfterItsTimeout() throws Exception {
        try (MessageBus bus = connect(); SilentPeer silent = new SilentPeer(daemon)) {
            Message call = Message.methodCall(silent.name(), "/", "com.example.X", "Wait").build();
            DBusErrorException e = assertThrows(DBusErrorException.class,
                    () -> bus.call(call, Duration.ofMillis(300)));
            assertTrue(e.is(StandardError.NO_REPLY), e.toString());
        }
    }

    @Test
    void anAsyncCallNobodyAnswersFailsWithNoReplyAfterItsTimeout() throws Exception {
        try (MessageBus bus = connect(); SilentPeer silent = new SilentPeer(daemon)) {
            Message call = Message.methodCall(silent.name(), "/", "com.example.X", "Wait").build();
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> bus.callAsync(call, Duration.ofMillis(300)).get(10, TimeUnit.SECONDS));
            assertTrue(e.getCause() instanceof DBusErrorException d && d.is(StandardError.NO_REPLY), e.toString());
        }
    }

    @Test
    void closingFailsABlockingCallWaitingInAnotherThread() throws Exception {
        try (SilentPeer silent = new SilentPeer(daemon)) {
            MessageBus bus = connect();
            CompletableFuture<Throwable> thrown = CompletableFuture.supplyAsync(() -> {
                try {
                    bus.call(Message.methodCall(silent.name(), "/", "com.example.X", "Wait").build());
                    return null;
                } catch (Exception e) {
                    return e;
                }
            });
            Thread.sleep(200);   // let the call go out and wait
            bus.close();
            assertInstanceOf(ConnectionClosedException.class, thrown.get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void anInterruptedBlockingCallThrowsInterruptedIoAndLeavesTheConnectionUsable() throws Exception {
        try (MessageBus bus = connect(); SilentPeer silent = new SilentPeer(daemon)) {
            CompletableFuture<Throwable> thrown = new CompletableFuture<>();
            Thread caller = Thread.ofVirtual().start(() -> {
                try {
                    bus.call(Message.methodCall(silent.name(), "/", "com.example.X", "Wait").build());
                    thrown.complete(null);
                } catch (Exception e) {
                    thrown.complete(e);
                }
            });
            Thread.sleep(200);
            caller.interrupt();
            assertInstanceOf(java.io.InterruptedIOException.class, thrown.get(10, TimeUnit.SECONDS));
            assertTrue(((String) bus.call(busCall("GetId", null)).body().getFirst()).matches("[0-9a-f]{32}"));
        }
    }

    @Test
    void closingFailsPendingCallsWithConnectionClosed() throws Exception {
        try (SilentPeer silent = new SilentPeer(daemon)) {
            MessageBus bus = connect();
            CompletableFuture<Message> pending = bus.callAsync(
                    Message.methodCall(silent.name(), "/", "com.example.X", "Wait").build());
            bus.close();
            ExecutionException e = assertThrows(ExecutionException.class, () -> pending.get(10, TimeUnit.SECONDS));
            assertInstanceOf(ConnectionClosedException.class, e.getCause());
            assertThrows(ConnectionClosedException.class, () -> bus.call(busCall("GetId", null)));
            bus.close();   // idempotent
            assertFalse(bus.isOpen());
            assertTrue(bus.closed().isDone());
        }
    }

    @Test
    void losingTheBusFailsPendingCallsAndCompletesClosed() throws Exception {
        try (SilentPeer silent = new SilentPeer(daemon)) {
            MessageBus bus = connect();
            CompletableFuture<Message> pending = bus.callAsync(
                    Message.methodCall(silent.name(), "/", "com.example.X", "Wait").build());
            daemon.close();
            bus.closed().get(10, TimeUnit.SECONDS);
            ExecutionException e = assertThrows(ExecutionException.class, () -> pending.get(10, TimeUnit.SECONDS));
            assertInstanceOf(ConnectionClosedException.class, e.getCause());
            assertTrue(e.getCause().getMessage().startsWith("connection lost"), e.getCause().getMessage());
        }
    }

    @Test
    void signalsArriveThroughAMatchRuleInOrderAndStopWhenTheSubscriptionCloses() throws Exception {
        try (MessageBus listener = connect(); MessageBus emitter = connect()) {
            BlockingQueue<Message> got = new LinkedBlockingQueue<>();
            MatchRule rule = MatchRule.parse("type='signal',interface='com.example.Sample',member='Changed'");
            Subscription sub = listener.addMatch(rule, got::add);
            for (int i = 0; i < 20; i++) {
                emitter.send(Message.signal("/com/example/sample", "com.example.Sample", "Changed").body("i", i).build());
            }
            emitter.send(Message.signal("/com/example/sample", "com.example.Sample", "Other").build());
            for (int i = 0; i < 20; i++) {
                Message m = got.poll(10, TimeUnit.SECONDS);
                assertEquals(List.of(i), m.body());
                assertEquals(emitter.uniqueName(), m.sender());
            }
            sub.close();
            sub.close();
            emitter.send(Message.signal("/com/example/sample", "com.example.Sample", "Changed").body("i", 99).build());
            // a round trip through the bus orders what follows after the signal
            listener.call(busCall("GetId", null));
            assertEquals(null, got.poll(300, TimeUnit.MILLISECONDS));
        }
    }

    @Test
    void aHandlerMayMakeBlockingCallsWithoutDeadlock() throws Exception {
        try (MessageBus listener = connect(); MessageBus emitter = connect()) {
            BlockingQueue<String> ids = new LinkedBlockingQueue<>();
            listener.addMatch(MatchRule.parse("type='signal',interface='com.example.Sample'"), m -> {
                try {
                    ids.add((String) listener.call(busCall("GetId", null)).body().getFirst());
                } catch (IOException e) {
                    ids.add("failed: " + e);
                }
            });
            emitter.send(Message.signal("/", "com.example.Sample", "Ping").build());
            assertTrue(ids.poll(10, TimeUnit.SECONDS).matches("[0-9a-f]{32}"));
        }
    }

    @Test
    void requestNameAnswersEveryCase() throws Exception {
        try (MessageBus first = connect(); MessageBus second = connect(); MessageBus third = connect()) {
            assertEquals(RequestNameReply.PRIMARY_OWNER, first.requestName("com.example.name"));
            assertEquals(RequestNameReply.ALREADY_OWNER, first.requestName("com.example.name"));
            assertEquals(RequestNameReply.EXISTS, second.requestName("com.example.name", RequestNameFlag.DO_NOT_QUEUE));
            assertEquals(RequestNameReply.IN_QUEUE, second.requestName("com.example.name"));
            assertEquals(ReleaseNameReply.NON_EXISTENT, second.releaseName("com.example.other"));
            assertEquals(ReleaseNameReply.NOT_OWNER, third.releaseName("com.example.name"));
            assertEquals(ReleaseNameReply.RELEASED, second.releaseName("com.example.name"));   // leaves the queue
            assertEquals(RequestNameReply.IN_QUEUE, second.requestName("com.example.name"));
            assertEquals(ReleaseNameReply.RELEASED, first.releaseName("com.example.name"));
            Message owner = first.call(busCall("GetNameOwner", "s", "com.example.name"));
            assertEquals(List.of(second.uniqueName()), owner.body());
        }
    }

    @Test
    void peerMethodsAreAnsweredAndUnhandledCallsGetUnknownObject() throws Exception {
        try (MessageBus service = connect(); MessageBus client = connect()) {
            Message pong = client.call(Message.methodCall(service.uniqueName(), "/", "org.freedesktop.DBus.Peer",
                    "Ping").build());
            assertEquals(MessageType.METHOD_RETURN, pong.type());
            DBusErrorException e = assertThrows(DBusErrorException.class, () -> client.call(
                    Message.methodCall(service.uniqueName(), "/com/example/none", "com.example.X", "Go").build()));
            assertTrue(e.is(StandardError.UNKNOWN_OBJECT), e.toString());
        }
    }

    @Test
    void noReplyExpectedCallsAreRefusedByCallButSentBySend() throws Exception {
        try (MessageBus bus = connect()) {
            Message oneWay = Message.methodCall("org.freedesktop.DBus", "/org/freedesktop/DBus",
                    "org.freedesktop.DBus", "GetId").flag(Flag.NO_REPLY_EXPECTED).build();
            assertThrows(IllegalArgumentException.class, () -> bus.call(oneWay));
            assertTrue(bus.send(oneWay).serial() != 0);
        }
    }

    @Test
    void anAddressListTriesEachEntryInOrder() throws Exception {
        String list = "unix:path=/nonexistent/jdbus/socket;" + daemon.address();
        try (MessageBus bus = MessageBus.connect(list)) {
            assertTrue(bus.uniqueName().startsWith(":"));
        }
        IOException e = assertThrows(IOException.class, () -> MessageBus.connect("unix:path=/nonexistent/jdbus/a"));
        assertTrue(e.getMessage().contains("/nonexistent/jdbus/a"), e.getMessage());
    }

    @Test
    void registeredHandlersAnswerCallsAndTheirErrorsBecomeErrorReplies() throws Exception {
        try (MessageBus service = connect(); MessageBus client = connect()) {
            service.handleCalls(c -> "com.example.Echo".equals(c.interfaceName()), c -> switch (c.member()) {
                case "Echo" -> Message.methodReturn(c).body(c.signature(), c.body()).build();
                case "Refuse" -> throw new DBusErrorException(StandardError.INVALID_ARGS, "foo must not be negative");
                default -> throw new IllegalStateException("secret internals");
            });
            Message echoed = client.call(Message.methodCall(service.uniqueName(), "/", "com.example.Echo", "Echo")
                    .body("sa{sv}", "x", java.util.Map.of("k", io.jdbus.types.Variant.of("u", 7))).build());
            assertEquals(List.of("x", java.util.Map.of("k", io.jdbus.types.Variant.of("u", 7))), echoed.body());
            DBusErrorException refused = assertThrows(DBusErrorException.class, () -> client.call(
                    Message.methodCall(service.uniqueName(), "/", "com.example.Echo", "Refuse").build()));
            assertTrue(refused.is(StandardError.INVALID_ARGS), refused.toString());
            assertEquals("foo must not be negative", refused.getMessage());
            DBusErrorException failed = assertThrows(DBusErrorException.class, () -> client.call(
                    Message.methodCall(service.uniqueName(), "/", "com.example.Echo", "Crash").build()));
            assertTrue(failed.is(StandardError.FAILED), failed.toString());
            assertFalse(failed.getMessage().contains("secret"), failed.getMessage());
            assertFalse(failed.getMessage().contains("IllegalStateException"), failed.getMessage());
        }
    }

    @Test
    void watchingANameReportsTheCurrentOwnerThenEveryChange() throws Exception {
        try (MessageBus watcher = connect(); MessageBus first = connect(); MessageBus second = connect()) {
            BlockingQueue<java.util.Optional<String>> owners = new LinkedBlockingQueue<>();
            try (Subscription s = watcher.watchNameOwner("com.example.name",
                    o -> owners.add(java.util.Optional.ofNullable(o)))) {
                assertEquals(java.util.Optional.empty(), owners.poll(10, TimeUnit.SECONDS));
                first.requestName("com.example.name");
                assertEquals(java.util.Optional.of(first.uniqueName()), owners.poll(10, TimeUnit.SECONDS));
                second.requestName("com.example.name");
                first.releaseName("com.example.name");
                assertEquals(java.util.Optional.of(second.uniqueName()), owners.poll(10, TimeUnit.SECONDS));
                second.close();
                assertEquals(java.util.Optional.empty(), owners.poll(10, TimeUnit.SECONDS));
            }
        }
    }

    @Test
    void cancellingACallForgetsItAndLeavesTheConnectionUsable() throws Exception {
        try (MessageBus bus = connect(); SilentPeer silent = new SilentPeer(daemon)) {
            CompletableFuture<Message> pending = bus.callAsync(
                    Message.methodCall(silent.name(), "/", "com.example.X", "Wait").build(), Duration.ofMillis(200));
            assertTrue(pending.cancel(false));
            assertTrue(pending.isCancelled());
            Thread.sleep(400);   // past the timeout: the forgotten call's timer must not fire into anything
            assertTrue(bus.isOpen());
            assertTrue(((String) bus.call(busCall("GetId", null)).body().getFirst()).matches("[0-9a-f]{32}"));
        }
    }

    @Test
    void aNameThatAllowsReplacementIsTakenByReplaceExistingAndTheLoserIsTold() throws Exception {
        try (MessageBus first = connect(); MessageBus second = connect()) {
            BlockingQueue<Message> lost = new LinkedBlockingQueue<>();
            first.addHandler(m -> "NameLost".equals(m.member()), lost::add);
            assertEquals(RequestNameReply.PRIMARY_OWNER,
                    first.requestName("com.example.name", RequestNameFlag.ALLOW_REPLACEMENT));
            assertEquals(RequestNameReply.PRIMARY_OWNER,
                    second.requestName("com.example.name", RequestNameFlag.REPLACE_EXISTING));
            assertEquals(List.of("com.example.name"), lost.poll(10, TimeUnit.SECONDS).body());
            assertEquals(RequestNameReply.EXISTS, first.requestName("com.example.name",
                    RequestNameFlag.REPLACE_EXISTING, RequestNameFlag.DO_NOT_QUEUE));
        }
    }

    @Test
    void noAutoStartToANameNobodyOwnsIsServiceUnknown() throws Exception {
        try (MessageBus bus = connect()) {
            Message call = Message.methodCall("com.example.NotRunning", "/", "com.example.X", "Go")
                    .flag(Flag.NO_AUTO_START).build();
            DBusErrorException e = assertThrows(DBusErrorException.class, () -> bus.call(call));
            assertTrue(e.is(StandardError.SERVICE_UNKNOWN) || e.is(StandardError.NAME_HAS_NO_OWNER), e.toString());
        }
    }

    @Test
    void callsThisConnectionOnlyWatchesAreNotAnswered() throws Exception {
        try (MessageBus watcher = connect(); MessageBus service = connect(); MessageBus client = connect()) {
            BlockingQueue<Message> seen = new LinkedBlockingQueue<>();
            watcher.addMatch(MatchRule.parse("type='method_call',interface='com.example.Watched',eavesdrop='true'"),
                    seen::add);
            service.requestName("com.example.name");
            assertTrue(service.ownedNames().contains("com.example.name"));
            service.handleCalls(c -> true, c -> Message.methodReturn(c).body("s", "from the service").build());
            Message reply = client.call(Message.methodCall("com.example.name", "/", "com.example.Watched", "Go").build());
            assertEquals(List.of("from the service"), reply.body());
            assertEquals("Go", seen.poll(10, TimeUnit.SECONDS).member());
            // had the watcher answered UnknownObject first, the client would have got that error instead
        }
    }
}
