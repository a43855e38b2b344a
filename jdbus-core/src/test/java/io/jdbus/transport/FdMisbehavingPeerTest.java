package io.jdbus.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.connection.ConnectionClosedException;
import io.jdbus.connection.MessageBus;
import io.jdbus.message.Message;
import io.jdbus.message.MessageEncoder;
import io.jdbus.message.MessageType;
import io.jdbus.types.UnixFD;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Peers that agree to pass unix fds and then break the rule that a message's descriptors are the ones its
 * {@code UNIX_FDS} header announces, sent with its first byte: a clear failure, never a hang and never a
 * descriptor kept in this process for nobody.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)   // native reads ignore interrupts
class FdMisbehavingPeerTest {
    private static final String IFACE = "com.example.Liar";

    /** A client connected to {@code fake} with fd passing agreed; the fake is greeted on a thread of its own. */
    private static MessageBus connect(FdFakePeer fake) throws Exception {
        CompletableFuture<Void> greeted = CompletableFuture.runAsync(() -> {
            try {
                fake.acceptAndGreet();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        MessageBus bus = MessageBus.builder().address(fake.address()).negotiateUnixFds(true)
                .timeout(java.time.Duration.ofSeconds(10)).build();
        greeted.get(10, TimeUnit.SECONDS);
        assertTrue(bus.unixFdsAgreed());
        return bus;
    }

    /** The next call the client makes to {@code member}, skipping whatever else it sends. */
    private static Message nextCall(FdFakePeer fake, String member) throws Exception {
        while (true) {
            Message m = fake.next();
            if (m.type() == MessageType.METHOD_CALL && member.equals(m.member())) {
                return m;
            }
        }
    }

    /**
     * That every copy of the pipe's write end is closed: its read end reaches end of stream within 5 s. The
     * read runs on a thread of its own, which a failing run leaves blocked until the client's copy closes.
     */
    private static void assertEndOfStreamSoon(UnixFd.Pipe pipe, String what) throws Exception {
        CompletableFuture<Integer> read = CompletableFuture.supplyAsync(() -> {
            try {
                return pipe.readEnd().channel().read(ByteBuffer.allocate(1));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try {
            assertEquals(-1, read.get(5, TimeUnit.SECONDS), what);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not so after 5 s: " + what, e);
        }
    }

    @Test
    void aReplyAnnouncingMoreDescriptorsThanArrivedEndsTheConnectionAndClosesTheOneThatDid() throws Exception {
        try (FdFakePeer fake = new FdFakePeer(); UnixFd.Pipe pipe = UnixFd.pipe(); MessageBus bus = connect(fake)) {
            CompletableFuture<Message> reply = bus.callAsync(Message.methodCall(":1.0", "/", IFACE, "Open").build());
            Message call = nextCall(fake, "Open");
            Message lying = Message.methodReturn(call).sender(":1.0").unixFds(2)
                    .body("hh", new UnixFD(0), new UnixFD(1)).build().withSerial(2);
            fake.write(MessageEncoder.encode(lying), List.of(pipe.writeEnd()));
            pipe.writeEnd().close();

            ExecutionException e = assertThrows(ExecutionException.class, () -> reply.get(10, TimeUnit.SECONDS));
            assertInstanceOf(ConnectionClosedException.class, e.getCause());
            assertTrue(e.getCause().getMessage().contains("announces 2 unix fds, but only 1 arrived with it"),
                    e.getCause().getMessage());
            bus.closed().get(10, TimeUnit.SECONDS);
            assertEndOfStreamSoon(pipe, "the descriptor that did arrive is closed with the connection");
        }
    }

    @Test
    void aDescriptorNoMessageAnnouncedIsClosedByTheNextMessageAndTheConnectionLivesOn() throws Exception {
        try (FdFakePeer fake = new FdFakePeer(); UnixFd.Pipe pipe = UnixFd.pipe(); MessageBus bus = connect(fake)) {
            BlockingQueue<Message> signals = new LinkedBlockingQueue<>();
            bus.addHandler(m -> m.type() == MessageType.SIGNAL, signals::add);
            Message unannounced = Message.signal("/", IFACE, "Unannounced").sender(":1.0").body("s", "no fds here")
                    .build().withSerial(2);
            fake.write(MessageEncoder.encode(unannounced), List.of(pipe.writeEnd()));
            pipe.writeEnd().close();
            // a round trip, so that what follows arrives in a read of its own
            Message ping = Message.methodCall(":1.1", "/", "org.freedesktop.DBus.Peer", "Ping").sender(":1.0").build()
                    .withSerial(3);
            fake.write(MessageEncoder.encode(ping), List.of());
            Message pong;
            do {
                pong = fake.next();
            } while (pong.type() != MessageType.METHOD_RETURN);
            assertEquals(3, pong.replySerial());
            Message next = Message.signal("/", IFACE, "Next").sender(":1.0").build().withSerial(4);
            fake.write(MessageEncoder.encode(next), List.of());

            Message first = signals.poll(10, TimeUnit.SECONDS);
            assertEquals("Unannounced", first.member());
            assertTrue(first.fds().isEmpty(), "the stray descriptor is not the message's");
            assertEquals("Next", signals.poll(10, TimeUnit.SECONDS).member());
            assertEndOfStreamSoon(pipe, "the stray descriptor is closed while the connection is still open");
            assertTrue(bus.isOpen());
        }
    }
}
