package io.jdbus.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.auth.AuthenticationException;
import io.jdbus.auth.Mechanism;
import io.jdbus.message.Message;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Peer-to-peer connections without a bus: a jdbus server and jdbus clients. */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)   // native reads ignore interrupts
class DBusServerTest {
    private Path dir;

    @BeforeEach
    void tempDir() throws Exception {
        dir = Files.createTempDirectory("jdbus-p2p");
    }

    @AfterEach
    void cleanUp() throws Exception {
        Files.deleteIfExists(dir.resolve("socket"));
        Files.deleteIfExists(dir);
    }

    private static void echo(MessageBus peer) {
        peer.handleCalls(c -> "Echo".equals(c.member()),
                c -> Message.methodReturn(c).body(c.signature(), c.body()).build());
    }

    @Test
    void aClientCallsTheServerAndTheServerSignalsTheClient() throws Exception {
        BlockingQueue<MessageBus> peers = new LinkedBlockingQueue<>();
        try (DBusServer server = DBusServer.listen("unix:path=" + dir.resolve("socket"), peer -> {
            echo(peer);
            peers.add(peer);
        })) {
            assertTrue(server.address().endsWith(",guid=" + server.guid()), server.address());
            try (MessageBus client = MessageBus.builder().address(server.address()).peerToPeer().build()) {
                assertEquals(server.guid(), client.guid());
                assertNull(client.uniqueName());
                Message reply = client.call(Message.methodCall(null, "/", "com.example.P2P", "Echo")
                        .body("sav", "x", List.of(5)).build());
                assertEquals("x", reply.body().get(0));

                BlockingQueue<Message> signals = new LinkedBlockingQueue<>();
                client.addHandler(m -> "Tick".equals(m.member()), signals::add);
                MessageBus serverSide = peers.poll(10, TimeUnit.SECONDS);
                serverSide.send(Message.signal("/", "com.example.P2P", "Tick").body("u", 1).build());
                assertEquals(List.of(1), signals.poll(10, TimeUnit.SECONDS).body());
            }
        }
    }

    @Test
    void anonymousWorksWhenTheServerOffersIt() throws Exception {
        try (DBusServer server = DBusServer.listen("unix:path=" + dir.resolve("socket"), DBusServerTest::echo,
                Mechanism.ANONYMOUS);
                MessageBus client = MessageBus.builder().address(server.address()).peerToPeer()
                        .mechanisms(Mechanism.ANONYMOUS).build()) {
            Message reply = client.call(Message.methodCall(null, "/", "com.example.P2P", "Echo").body("s", "a").build());
            assertEquals(List.of("a"), reply.body());
        }
    }

    @Test
    void aClientWithoutAMechanismTheServerOffersIsRefused() throws Exception {
        try (DBusServer server = DBusServer.listen("unix:path=" + dir.resolve("socket"), DBusServerTest::echo)) {
            assertThrows(AuthenticationException.class, () -> MessageBus.builder().address(server.address())
                    .peerToPeer().mechanisms(Mechanism.ANONYMOUS).build());
        }
    }

    @Test
    void closingTheServerRemovesItsSocket() throws Exception {
        DBusServer server = DBusServer.listen("unix:path=" + dir.resolve("socket"), DBusServerTest::echo);
        assertTrue(Files.exists(dir.resolve("socket")));
        server.close();
        server.close();
        assertFalse(Files.exists(dir.resolve("socket")));
    }

    @Test
    void anAbstractServerTakesClientsAndPassesDescriptorsBothWays() throws Exception {
        String name = "jdbus-p2p-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        try (DBusServer server = DBusServer.listen("unix:abstract=" + name, peer -> peer.handleCalls(
                c -> "Read".equals(c.member()), c -> {
                    try (io.jdbus.transport.UnixFd fd = io.jdbus.transport.UnixFd.in(c, (io.jdbus.types.UnixFD) c.body().getFirst())) {
                        java.nio.ByteBuffer in = java.nio.ByteBuffer.allocate(64);
                        fd.channel().read(in);
                        return Message.methodReturn(c).body("s", new String(in.array(), 0, in.position())).build();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }));
                MessageBus client = MessageBus.builder().address(server.address()).peerToPeer().negotiateUnixFds(true).build();
                io.jdbus.transport.UnixFd.Pipe pipe = io.jdbus.transport.UnixFd.pipe()) {
            assertTrue(server.address().startsWith("unix:abstract=" + name + ",guid="), server.address());
            assertTrue(client.unixFdsAgreed());
            pipe.writeEnd().channel().write(java.nio.ByteBuffer.wrap("through p2p".getBytes()));
            Message reply = client.call(Message.methodCall(null, "/", "com.example.P2P", "Read")
                    .body("h", new io.jdbus.types.UnixFD(0)).build().withFds(List.of(pipe.readEnd())));
            assertEquals(List.of("through p2p"), reply.body());
        }
    }

    @Test
    void onlyUnixAddressesCanBeListenedOnForNow() {
        assertThrows(java.io.IOException.class, () -> DBusServer.listen("tcp:host=127.0.0.1,port=0", p -> { }));
    }
}
