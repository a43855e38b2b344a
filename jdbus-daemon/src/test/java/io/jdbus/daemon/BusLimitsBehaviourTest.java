package io.jdbus.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jdbus.connection.DBusErrorException;
import io.jdbus.connection.MessageBus;
import io.jdbus.message.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The bus's per-connection limits, each hit and then relieved. */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class BusLimitsBehaviourTest {
    @Test
    void callsPastMaxRepliesPerConnectionFailAtOnceAndTheOthersStillComplete() throws Exception {
        try (BusDaemon daemon = BusDaemon.builder().limits(BusLimits.SESSION.with("max_replies_per_connection", 3)).start();
             MessageBus caller = MessageBus.connect(daemon.address());
             MessageBus callee = MessageBus.connect(daemon.address())) {
            List<Message> held = new CopyOnWriteArrayList<>();
            callee.handleCalls(m -> "Hold".equals(m.member()), m -> {
                held.add(m);
                return null;   // answered below
            });
            List<CompletableFuture<Message>> calls = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                calls.add(caller.callAsync(Message.methodCall(callee.uniqueName(), "/", "com.example", "Hold").build()));
            }
            for (CompletableFuture<Message> over : calls.subList(3, 5)) {
                var e = assertThrows(java.util.concurrent.ExecutionException.class, () -> over.get(10, TimeUnit.SECONDS));
                assertEquals("org.freedesktop.DBus.Error.LimitsExceeded", ((DBusErrorException) e.getCause()).name());
            }
            while (held.size() < 3) {
                Thread.sleep(10);
            }
            for (Message m : held) {
                callee.send(Message.methodReturn(m).build());
            }
            for (int i = 0; i < 3; i++) {
                assertEquals(io.jdbus.message.MessageType.METHOD_RETURN, calls.get(i).get(10, TimeUnit.SECONDS).type());
            }
        }
    }

    @Test
    void aConnectionPastMaxCompletedConnectionsHasItsHelloRefusedWithLimitsExceeded() throws Exception {
        try (BusDaemon daemon = BusDaemon.builder().limits(BusLimits.SESSION.with("max_completed_connections", 1)).start();
             MessageBus first = MessageBus.connect(daemon.address())) {
            Exception e = assertThrows(Exception.class, () -> MessageBus.connect(daemon.address()).close());
            Throwable cause = e;
            while (!(cause instanceof DBusErrorException) && cause.getCause() != null) {
                cause = cause.getCause();
            }
            assertEquals("org.freedesktop.DBus.Error.LimitsExceeded", ((DBusErrorException) cause).name(), e.toString());
            assertEquals(first.uniqueName(), first.call(Message.methodCall("org.freedesktop.DBus", "/org/freedesktop/DBus",
                    "org.freedesktop.DBus", "GetNameOwner").body("s", first.uniqueName()).build()).body().getFirst());
        }
    }
}
