package io.jdbus.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.connection.MessageBus;
import io.jdbus.match.MatchRule;
import io.jdbus.message.Message;
import io.jdbus.message.MessageEncoder;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Clients that misbehave: garbage before and after authentication, a message announcing 2 GiB, a client that
 * never reads while others are flooded, a thousand connections opened and dropped. Each is disconnected or
 * outlived; the bus keeps serving everyone else.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileClientsTest {
    private BusDaemon daemon;
    private Path socket;

    @BeforeEach
    void start() throws Exception {
        daemon = BusDaemon.builder().limits(BusLimits.SESSION.with("max_outgoing_bytes", 1 << 20)
                .with("auth_timeout", 2000)).start();
        String a = daemon.addresses().getFirst();
        socket = Path.of(a.substring("unix:path=".length(), a.indexOf(',')));
    }

    @AfterEach
    void stop() {
        daemon.close();
    }

    private SocketChannel raw() throws IOException {
        SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
        ch.connect(UnixDomainSocketAddress.of(socket));
        return ch;
    }

    private static void write(SocketChannel ch, byte[] bytes) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        while (b.hasRemaining()) {
            ch.write(b);
        }
    }

    /** Authenticates with EXTERNAL and says Hello; returns the bytes the bus sent after BEGIN, unread. */
    private SocketChannel registered() throws IOException {
        SocketChannel ch = raw();
        long uid = (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        String hexUid = HexFormat.of().formatHex(Long.toString(uid).getBytes(StandardCharsets.US_ASCII));
        write(ch, ("\0AUTH EXTERNAL " + hexUid + "\r\nBEGIN\r\n").getBytes(StandardCharsets.US_ASCII));
        write(ch, MessageEncoder.encode(Message.methodCall("org.freedesktop.DBus", "/org/freedesktop/DBus",
                "org.freedesktop.DBus", "Hello").serial(1).build()));
        return ch;
    }

    /** Reads and discards until the bus closes the connection; false if it stays open for 10 s. */
    private static boolean closedByBus(SocketChannel ch) throws Exception {
        var closed = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            ByteBuffer sink = ByteBuffer.allocate(64 * 1024);
            try {
                while (true) {
                    sink.clear();
                    if (ch.read(sink) < 0) {
                        return true;
                    }
                }
            } catch (IOException e) {
                return true;   // reset by the bus, or closed by the timeout below
            }
        }, java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        try {
            return closed.get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            ch.close();
            return false;
        }
    }

    private void assertBusStillServes() throws IOException {
        try (MessageBus probe = MessageBus.connect(daemon.address())) {
            Message id = probe.call(Message.methodCall("org.freedesktop.DBus", "/org/freedesktop/DBus",
                    "org.freedesktop.DBus", "GetId").build());
            assertEquals(daemon.guid(), id.body().getFirst());
        }
    }

    @Test
    void garbageBeforeAuthenticationEndsTheConnection() throws Exception {
        Random random = new Random(42);
        for (int i = 0; i < 5; i++) {
            SocketChannel ch = raw();
            byte[] junk = new byte[1 + random.nextInt(8192)];
            random.nextBytes(junk);
            write(ch, junk);
            assertTrue(closedByBus(ch), "the bus dropped a client that sent garbage instead of SASL");
            ch.close();
        }
        SocketChannel silent = raw();   // says nothing: the auth timeout ends it
        assertTrue(closedByBus(silent));
        silent.close();
        assertBusStillServes();
    }

    @Test
    void aRefusedClientThatSendsNoMessageIsDroppedAfterTheAuthenticationTimeout() throws Exception {
        daemon.close();
        daemon = BusDaemon.builder().limits(BusLimits.SESSION.with("max_completed_connections", 1)
                .with("auth_timeout", 2000)).start();
        String a = daemon.addresses().getFirst();
        socket = Path.of(a.substring("unix:path=".length(), a.indexOf(',')));
        try (MessageBus first = MessageBus.connect(daemon.address()); SocketChannel refused = raw()) {
            long uid = (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            String hexUid = HexFormat.of().formatHex(Long.toString(uid).getBytes(StandardCharsets.US_ASCII));
            write(refused, ("\0AUTH EXTERNAL " + hexUid + "\r\nBEGIN\r\n").getBytes(StandardCharsets.US_ASCII));
            assertTrue(closedByBus(refused), "a refused client that never sends its Hello keeps its connection");
            assertEquals(first.uniqueName(), first.call(Message.methodCall("org.freedesktop.DBus",
                    "/org/freedesktop/DBus", "org.freedesktop.DBus", "GetNameOwner").body("s", first.uniqueName())
                    .build()).body().getFirst());
        }
    }

    @Test
    void garbageAfterAuthenticationEndsTheConnection() throws Exception {
        try (SocketChannel ch = registered()) {
            write(ch, "this is not a D-Bus message, and its length is nonsense!".getBytes(StandardCharsets.US_ASCII));
            assertTrue(closedByBus(ch));
        }
        assertBusStillServes();
    }

    @Test
    void aMessageAnnouncingTwoGibibytesIsRefusedBeforeItsBodyArrives() throws Exception {
        try (SocketChannel ch = registered()) {
            ByteBuffer header = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
            header.put((byte) 'l').put((byte) 1).put((byte) 0).put((byte) 1);
            header.putInt(Integer.MAX_VALUE);   // body length: 2 GiB - 1
            header.putInt(2);                   // serial
            header.putInt(0);                   // header fields length
            write(ch, header.array());
            assertTrue(closedByBus(ch), "the bus waited for a 2 GiB body");
        }
        assertBusStillServes();
    }

    @Test
    void aClientThatNeverReadsIsDroppedWhileTheOthersGetEverySignal() throws Exception {
        int signals = 20_000;
        try (MessageBus reader = MessageBus.connect(daemon.address());
             MessageBus flooder = MessageBus.connect(daemon.address());
             SocketChannel stuck = registered()) {
            write(stuck, MessageEncoder.encode(Message.methodCall("org.freedesktop.DBus", "/org/freedesktop/DBus",
                    "org.freedesktop.DBus", "AddMatch").body("s", "type='signal',interface='com.example.Flood'")
                    .serial(2).build()));
            AtomicInteger got = new AtomicInteger();
            reader.addMatch(MatchRule.parse("type='signal',interface='com.example.Flood'"), m -> got.incrementAndGet());
            waitFor(() -> daemon.connectionCount() == 3);
            Thread.sleep(200);   // the stuck client's AddMatch is in place
            byte[] payload = new byte[512];
            for (int i = 0; i < signals; i++) {
                flooder.send(Message.signal("/f", "com.example.Flood", "Wave").body("ay", payload).build());
                if (i % 250 == 0) {
                    // the reader keeps up (less than 1 MiB behind); the stuck client falls further behind each time
                    int sent = i;
                    waitFor(() -> got.get() >= sent - 1000);
                }
            }
            waitFor(() -> got.get() == signals);
            assertEquals(signals, got.get(), "the reading client lost signals");
            waitFor(() -> daemon.connectionCount() == 2);
            assertEquals(2, daemon.connectionCount(), "the client that never read was dropped at max_outgoing_bytes");
        }
        assertBusStillServes();
    }

    @Test
    void aThousandConnectionsOpenedAndDroppedLeaveNothingBehind() throws Exception {
        int before = Thread.activeCount();
        List<SocketChannel> open = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            SocketChannel ch = switch (i % 3) {
                case 0 -> raw();                         // never authenticates
                case 1 -> registered();                  // says Hello and goes
                default -> {
                    SocketChannel c = raw();             // stops halfway through authentication
                    write(c, "\0AUTH EXTERNAL".getBytes(StandardCharsets.US_ASCII));
                    yield c;
                }
            };
            open.add(ch);
            if (open.size() == 50) {
                for (SocketChannel c : open) {
                    c.close();
                }
                open.clear();
            }
        }
        for (SocketChannel c : open) {
            c.close();
        }
        waitFor(() -> daemon.connectionCount() == 0);
        assertEquals(0, daemon.connectionCount());
        waitFor(() -> Thread.activeCount() <= before + 10);
        assertTrue(Thread.activeCount() <= before + 10, "threads left: " + Thread.activeCount() + " (before: " + before + ")");
        assertBusStillServes();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }
}
