package io.jdbus.transport;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.address.UnixAddress;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The native unix socket without a bus: listening, connecting, credentials, fd passing, closing. */
@Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)   // native reads ignore interrupts
class NativeUnixTransportTest {
    private static UnixAddress freshAbstractName() {
        return UnixAddress.abstractName("jdbus-test-" + UUID.randomUUID());
    }

    /** The server's end of one connection from a client. */
    private record Pair(NativeUnixServer server, NativeUnixTransport client, NativeUnixTransport accepted)
            implements AutoCloseable {
        static Pair open(UnixAddress address) throws Exception {
            NativeUnixServer server = NativeUnixServer.bind(address);
            CompletableFuture<NativeUnixTransport> accepted = CompletableFuture.supplyAsync(() -> {
                try {
                    return server.accept();
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            });
            NativeUnixTransport client = NativeUnixTransport.connect(address);
            return new Pair(server, client, accepted.get(10, TimeUnit.SECONDS));
        }

        @Override
        public void close() throws IOException {
            client.close();
            accepted.close();
            server.close();
        }
    }

    private static String readAscii(Transport t, int count) throws IOException {
        ByteBuffer in = ByteBuffer.allocate(count);
        while (in.hasRemaining()) {
            if (t.read(in) < 0) {
                break;
            }
        }
        return new String(in.array(), 0, in.position(), US_ASCII);
    }

    @Test
    void anAbstractSocketAcceptsAClientAndBytesFlowBothWays() throws Exception {
        try (Pair p = Pair.open(freshAbstractName())) {
            p.client().write(ByteBuffer.wrap("\0AUTH EXTERNAL\r\n".getBytes(US_ASCII)));
            assertEquals("\0AUTH EXTERNAL\r\n", readAscii(p.accepted(), 16));
            p.accepted().write(ByteBuffer.wrap("OK 1234\r\n".getBytes(US_ASCII)));
            assertEquals("OK 1234\r\n", readAscii(p.client(), 9));
            assertTrue(p.client().description().startsWith("unix:abstract=jdbus-test-"), p.client().description());
        }
    }

    @Test
    void peerCredentialsOnBothEndsAreThisProcess() throws Exception {
        long uid = (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        long gid = (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:gid");
        long pid = ProcessHandle.current().pid();
        try (Pair p = Pair.open(freshAbstractName())) {
            assertEquals(new PeerCredentials(pid, uid, gid), p.accepted().peerCredentials());
            assertEquals(new PeerCredentials(pid, uid, gid), p.client().peerCredentials());
        }
    }

    @Test
    void aPathServerTakesConnectionsAndRemovesItsSocketFileWhenClosed(@TempDir Path dir) throws Exception {
        Path socket = dir.resolve("s");
        try (Pair p = Pair.open(UnixAddress.path(socket.toString()))) {
            assertTrue(Files.exists(socket));
            p.client().write(ByteBuffer.wrap("x".getBytes(US_ASCII)));
            assertEquals("x", readAscii(p.accepted(), 1));
        }
        assertFalse(Files.exists(socket));
    }

    @Test
    void listeningTwiceOnOneAbstractNameIsEADDRINUSE() throws Exception {
        UnixAddress address = freshAbstractName();
        try (NativeUnixServer first = NativeUnixServer.bind(address)) {
            IOException e = assertThrows(IOException.class, () -> NativeUnixServer.bind(address));
            assertTrue(e.getMessage().contains("EADDRINUSE"), e.getMessage());
        }
    }

    @Test
    void connectingWhereNobodyListensNamesTheErrno(@TempDir Path dir) {
        IOException refused = assertThrows(IOException.class, () -> NativeUnixTransport.connect(freshAbstractName()));
        assertTrue(refused.getMessage().contains("ECONNREFUSED (Connection refused)"), refused.getMessage());
        assertTrue(refused.getMessage().contains("unix:abstract=jdbus-test-"), refused.getMessage());
        IOException missing = assertThrows(IOException.class,
                () -> NativeUnixTransport.connect(UnixAddress.path(dir.resolve("none").toString())));
        assertTrue(missing.getMessage().contains("ENOENT"), missing.getMessage());
    }

    @Test
    void aNameLongerThanSunPathIsRejectedWithItsLength() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NativeUnixTransport.connect(UnixAddress.abstractName("x".repeat(108))));
        assertTrue(e.getMessage().contains("108 bytes; Linux allows at most 107"), e.getMessage());
    }

    @Test
    void descriptorsTravelWithTheFirstByteAndStayTheSenders() throws Exception {
        try (Pair p = Pair.open(freshAbstractName()); UnixFd.Pipe pipe = UnixFd.pipe()) {
            p.client().write(ByteBuffer.wrap("message".getBytes(US_ASCII)), List.of(pipe.writeEnd()));
            assertTrue(pipe.writeEnd().isOpen(), "sending must not close the sender's descriptor");
            assertEquals("message", readAscii(p.accepted(), 7));
            List<UnixFd> received = p.accepted().takeReceivedFds();
            assertEquals(1, received.size());
            assertEquals(List.of(), p.accepted().takeReceivedFds(), "taken once");
            try (UnixFd copy = received.getFirst()) {
                copy.channel().write(ByteBuffer.wrap("through the copy".getBytes(US_ASCII)));
            }
            ByteBuffer in = ByteBuffer.allocate(64);
            pipe.readEnd().channel().read(in);
            assertEquals("through the copy", new String(in.array(), 0, in.position(), US_ASCII));
        }
    }

    @Test
    void descriptorsNobodyTookAreClosedWithTheTransport() throws Exception {
        try (Pair p = Pair.open(freshAbstractName()); UnixFd.Pipe pipe = UnixFd.pipe()) {
            p.client().write(ByteBuffer.wrap("m".getBytes(US_ASCII)), List.of(pipe.readEnd(), pipe.writeEnd()));
            readAscii(p.accepted(), 1);
            long before = openFds();
            p.accepted().close();
            assertEquals(before - 3, openFds(), "the socket and the two received descriptors");
        }
    }

    @Test
    void closingWakesABlockedReadAndABlockedAccept() throws Exception {
        try (Pair p = Pair.open(freshAbstractName())) {
            CompletableFuture<Integer> read = CompletableFuture.supplyAsync(() -> {
                try {
                    return p.client().read(ByteBuffer.allocate(8));
                } catch (IOException e) {
                    return -2;
                }
            });
            Thread.sleep(200);
            assertFalse(read.isDone());
            p.client().close();
            int n = read.get(5, TimeUnit.SECONDS);
            assertTrue(n < 0, "read returned " + n);

            CompletableFuture<NativeUnixTransport> accept = CompletableFuture.supplyAsync(() -> {
                try {
                    return p.server().accept();
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            });
            Thread.sleep(200);
            p.server().close();
            ExecutionException e = assertThrows(ExecutionException.class, () -> accept.get(5, TimeUnit.SECONDS));
            assertTrue(e.getCause().getCause() instanceof java.nio.channels.AsynchronousCloseException, e.toString());
        }
    }

    static long openFds() throws IOException {
        try (var s = Files.list(Path.of("/proc/self/fd"))) {
            return s.count();
        }
    }
}
