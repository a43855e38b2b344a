package io.jdbus.transport;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.connection.MessageBus;
import io.jdbus.message.Message;
import io.jdbus.message.MessageType;
import io.jdbus.testing.PrivateBus;
import io.jdbus.types.UnixFD;
import java.io.IOException;
import java.nio.ByteBuffer;
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
import org.junit.jupiter.api.io.TempDir;

/** Unix fds end to end: two connections to a private dbus-daemon, one sending descriptors, one using them. */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)   // native reads ignore interrupts
class FdPassingBusTest {
    private PrivateBus daemon;

    @BeforeEach
    void startBus() throws IOException {
        daemon = PrivateBus.start();
    }

    @AfterEach
    void stopBus() throws IOException {
        daemon.close();
    }

    private MessageBus connectWithFds() throws IOException {
        return MessageBus.builder().address(daemon.address()).negotiateUnixFds(true).build();
    }

    private static String readAll(UnixFd fd) throws IOException {
        ByteBuffer in = ByteBuffer.allocate(256);
        var ch = fd.channel();
        while (in.hasRemaining() && ch.read(in) > 0) {
            // until the writer closes
        }
        return new String(in.array(), 0, in.position(), US_ASCII);
    }

    /** A signal carrying a pipe's write end; the receiver writes through it and the sender reads the pipe. */
    private void signalAPipeAndWriteThroughIt(MessageBus sender, MessageBus receiver, String text) throws Exception {
        BlockingQueue<Message> got = new LinkedBlockingQueue<>();
        try (var sub = receiver.addHandler(m -> "Pipe".equals(m.member()), got::add);
                UnixFd.Pipe pipe = UnixFd.pipe()) {
            Message signal = Message.signal("/com/example/fds", "com.example.Fds", "Pipe")
                    .destination(receiver.uniqueName()).body("sh", text, new UnixFD(0)).build()
                    .withFds(List.of(pipe.writeEnd()));
            sender.send(signal);
            pipe.writeEnd().close();   // ours; the receiver has its own copy now

            Message m = got.poll(10, TimeUnit.SECONDS);
            assertEquals(1, m.unixFds());
            UnixFD index = (UnixFD) m.body().get(1);
            try (UnixFd fd = UnixFd.in(m, index)) {
                fd.channel().write(ByteBuffer.wrap(((String) m.body().get(0)).getBytes(US_ASCII)));
            }
            assertEquals(text, readAll(pipe.readEnd()), "the pipe's end of stream needs every write end closed");
        }
    }

    @Test
    void aSignalCarriesAPipeTheReceiverWritesThrough() throws Exception {
        try (MessageBus a = connectWithFds(); MessageBus b = connectWithFds()) {
            assertTrue(a.unixFdsAgreed() && b.unixFdsAgreed());
            signalAPipeAndWriteThroughIt(a, b, "written by the receiver");
        }
    }

    @Test
    void aCallCarriesAFileTheServiceReadsAndAnswersWithItsContent(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("shared.txt");
        Files.writeString(file, "contents of a file the service could not open by name");
        try (MessageBus client = connectWithFds(); MessageBus service = connectWithFds()) {
            service.handleCalls(m -> "ReadFd".equals(m.member()), call -> {
                try (UnixFd fd = UnixFd.in(call, (UnixFD) call.body().getFirst())) {
                    return Message.methodReturn(call).body("s", readAll(fd)).build();
                }
            });
            try (UnixFd fd = UnixFd.open(file)) {
                Message call = Message.methodCall(service.uniqueName(), "/com/example/fds", "com.example.Fds", "ReadFd")
                        .body("h", new UnixFD(0)).build().withFds(List.of(fd));
                Message reply = client.call(call);
                assertEquals(MessageType.METHOD_RETURN, reply.type());
                assertEquals(List.of(Files.readString(file)), reply.body());
                assertTrue(fd.isOpen(), "sending leaves the caller's descriptor open");
            }
        }
    }

    @Test
    void nothingLeaksAfterSendingAndReceivingDescriptors() throws Exception {
        // once, so that classes, jar files and the daemon connection machinery are all loaded
        try (MessageBus a = connectWithFds(); MessageBus b = connectWithFds()) {
            signalAPipeAndWriteThroughIt(a, b, "warm-up");
        }
        awaitReadersGone();
        long before = NativeUnixTransportTest.openFds();
        try (MessageBus a = connectWithFds(); MessageBus b = connectWithFds()) {
            for (int i = 0; i < 20; i++) {
                signalAPipeAndWriteThroughIt(a, b, "round " + i);
            }
            long during = NativeUnixTransportTest.openFds();
            assertTrue(during <= before + 2, "the two connections' sockets, nothing else: " + during + " > " + before + " + 2");
        }
        awaitReadersGone();
        // at most as many as before: a descriptor another test left to the cleaner may close meanwhile
        long after = NativeUnixTransportTest.openFds();
        assertTrue(after <= before, () -> after + " open descriptors, " + before + " before: " + listFds());
    }

    /**
     * Waits until the reader threads of this bus's connections have ended: a socket closed under a blocked
     * read is shut down at once, and its number released when the reader leaves {@code recvmsg}.
     */
    private void awaitReadersGone() throws InterruptedException {
        String socket = daemon.socket().toString();
        for (int i = 0; i < 250; i++) {
            if (Thread.getAllStackTraces().keySet().stream()
                    .noneMatch(t -> t.getName().startsWith("jdbus-reader") && t.getName().contains(socket))) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("reader threads still running after 5 s");
    }

    @Test
    void descriptorsOfAMessageNobodyListensForAreClosedAtOnce() throws Exception {
        try (MessageBus a = connectWithFds(); MessageBus b = connectWithFds(); UnixFd.Pipe pipe = UnixFd.pipe()) {
            Message signal = Message.signal("/com/example/fds", "com.example.Fds", "Unheard")
                    .destination(b.uniqueName()).body("h", new UnixFD(0)).build().withFds(List.of(pipe.writeEnd()));
            a.send(signal);
            pipe.writeEnd().close();
            // b has no handler: it closes its copy, so the pipe reaches its end of stream
            assertEquals(-1, pipe.readEnd().channel().read(ByteBuffer.allocate(1)));
        }
    }

    @Test
    void sendingDescriptorsWithoutNegotiationIsAClearError() throws Exception {
        try (MessageBus plain = MessageBus.connect(daemon.address()); UnixFd.Pipe pipe = UnixFd.pipe()) {
            assertFalse(plain.unixFdsAgreed());
            Message m = Message.signal("/a", "com.example.Fds", "Pipe").body("h", new UnixFD(0)).build()
                    .withFds(List.of(pipe.readEnd()));
            IOException e = assertThrows(IOException.class, () -> plain.send(m));
            assertTrue(e.getMessage().contains("negotiateUnixFds(true)"), e.getMessage());
            assertTrue(plain.isOpen(), "a refused send leaves the connection usable");
        }
    }

    @Test
    void aMessageAnnouncingDescriptorsItDoesNotCarryIsRefused() throws Exception {
        try (MessageBus a = connectWithFds()) {
            Message m = Message.signal("/a", "com.example.Fds", "Pipe").unixFds(1).body("h", new UnixFD(0)).build();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.send(m));
            assertTrue(e.getMessage().contains("announces 1 unix fds"), e.getMessage());
        }
    }

    private static String listFds() {
        try (var s = Files.list(Path.of("/proc/self/fd"))) {
            return s.map(p -> {
                try {
                    return p.getFileName() + "->" + Files.readSymbolicLink(p);
                } catch (IOException e) {
                    return p.getFileName() + "->?";
                }
            }).toList().toString();
        } catch (IOException e) {
            return e.toString();
        }
    }
}
