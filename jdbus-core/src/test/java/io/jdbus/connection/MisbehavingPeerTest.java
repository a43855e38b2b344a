package io.jdbus.connection;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.message.Message;
import io.jdbus.message.MessageEncoder;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What a connection does when the other side breaks the protocol: a clear failure, no hang, no leak. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class MisbehavingPeerTest {
    private interface Script {
        void play(FakeBus bus, Message call) throws Exception;
    }

    private static Throwable failureOfACallWhile(Script script, Duration timeout) throws Exception {
        try (FakeBus fake = new FakeBus()) {
            CompletableFuture<Void> greeted = CompletableFuture.runAsync(() -> {
                try {
                    fake.acceptAndGreet();
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            try (MessageBus bus = MessageBus.builder().address(fake.address()).timeout(timeout).build()) {
                greeted.get(10, TimeUnit.SECONDS);
                CompletableFuture<Message> reply = bus.callAsync(
                        Message.methodCall("com.example.name", "/", "com.example.X", "Get").build());
                script.play(fake, fake.next());
                ExecutionException e = assertThrows(ExecutionException.class, () -> reply.get(20, TimeUnit.SECONDS));
                bus.closed().get(timeout.toMillis() + 10_000, TimeUnit.MILLISECONDS);
                return e.getCause();
            }
        }
    }

    @Test
    void aPeerThatStopsMidMessageFailsThePendingCallWhenItHangsUp() throws Exception {
        Throwable cause = failureOfACallWhile((fake, call) -> {
            byte[] reply = MessageEncoder.encode(Message.methodReturn(call).body("s", "x".repeat(100)).build()
                    .withSerial(2));
            fake.write(Arrays.copyOf(reply, reply.length / 2));
            fake.hangUp();
        }, Duration.ofSeconds(20));
        assertInstanceOf(ConnectionClosedException.class, cause);
        assertTrue(cause.getMessage().contains("connection lost"), cause.getMessage());
    }

    @Test
    void aPeerThatStopsMidMessageAndStaysSilentGivesNoReplyAtTheTimeout() throws Exception {
        try (FakeBus fake = new FakeBus()) {
            CompletableFuture<Void> greeted = CompletableFuture.runAsync(() -> {
                try {
                    fake.acceptAndGreet();
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            try (MessageBus bus = MessageBus.builder().address(fake.address()).build()) {
                greeted.get(10, TimeUnit.SECONDS);
                CompletableFuture<Message> reply = bus.callAsync(
                        Message.methodCall("com.example.name", "/", "com.example.X", "Get").build(),
                        Duration.ofMillis(500));
                Message call = fake.next();
                byte[] bytes = MessageEncoder.encode(Message.methodReturn(call).body("s", "x").build().withSerial(2));
                fake.write(Arrays.copyOf(bytes, bytes.length - 3));
                ExecutionException e = assertThrows(ExecutionException.class, () -> reply.get(20, TimeUnit.SECONDS));
                DBusErrorException noReply = assertInstanceOf(DBusErrorException.class, e.getCause());
                assertTrue(noReply.is(StandardError.NO_REPLY), noReply.toString());
                assertTrue(bus.isOpen(), "a late reply is no reason to drop the connection");
            }
        }
    }

    @Test
    void aReplyAnnouncingMoreThanTheLimitDropsTheConnectionBeforeAllocating() throws Exception {
        Throwable cause = failureOfACallWhile((fake, call) -> {
            byte[] header = MessageEncoder.encode(Message.methodReturn(call).body("s", "x").build().withSerial(2));
            header[4] = 0;
            header[5] = 0;
            header[6] = 0;
            header[7] = 0x10;   // body length 256 MiB, over the 128 MiB limit
            fake.write(Arrays.copyOf(header, 16));
        }, Duration.ofSeconds(20));
        assertInstanceOf(ConnectionClosedException.class, cause);
        assertTrue(cause.getMessage().contains("malformed message"), cause.getMessage());
        assertTrue(cause.getMessage().contains("exceeds the limit"), cause.getMessage());
    }

    @Test
    void garbageAfterAuthenticationDropsTheConnection() throws Exception {
        Throwable cause = failureOfACallWhile((fake, call) -> fake.write("this is not D-Bus at all".getBytes()),
                Duration.ofSeconds(20));
        assertInstanceOf(ConnectionClosedException.class, cause);
        assertTrue(cause.getMessage().contains("malformed message"), cause.getMessage());
    }
}
