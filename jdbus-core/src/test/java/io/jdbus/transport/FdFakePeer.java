package io.jdbus.transport;

import io.jdbus.address.UnixAddress;
import io.jdbus.message.Message;
import io.jdbus.message.MessageEncoder;
import io.jdbus.message.MessageStreamReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A bus that is not one, on an abstract socket through the native transport: accepts one client, says OK
 * to any authentication, agrees to pass unix fds, answers Hello, then writes whatever bytes and descriptors
 * the test gives it, as no real bus would.
 * {@snippet :
 * try (FdFakePeer fake = new FdFakePeer()) {
 *     // connect a client to fake.address() with negotiateUnixFds(true), then on another thread:
 *     fake.acceptAndGreet();
 *     fake.write(MessageEncoder.encode(lyingMessage), List.of());
 * }
 * }
 */
final class FdFakePeer implements AutoCloseable {
    private final NativeUnixServer server;
    private final MessageStreamReader reader = new MessageStreamReader();
    private NativeUnixTransport peer;

    FdFakePeer() throws IOException {
        server = NativeUnixServer.bind(UnixAddress.abstractName("jdbus-fd-fake-" + ProcessHandle.current().pid()
                + "-" + System.nanoTime()));
    }

    String address() {
        return server.address().toString();
    }

    /** Accepts the client, authenticates it, agrees to fd passing and answers its Hello. */
    void acceptAndGreet() throws IOException {
        peer = server.accept();
        StringBuilder text = new StringBuilder();
        ByteBuffer in = ByteBuffer.allocate(4096);
        int done = 0;   // how much of text has been answered
        while (true) {
            in.clear();
            int n = peer.read(in);
            if (n < 0) {
                throw new IOException("client left during authentication");
            }
            text.append(new String(in.array(), 0, n, StandardCharsets.ISO_8859_1));
            for (int end; (end = text.indexOf("\r\n", done)) >= 0; done = end + 2) {
                String line = text.substring(done, end).replace("\0", "");
                if (line.startsWith("AUTH")) {
                    write(("OK 0123456789abcdef0123456789abcdef\r\n").getBytes(StandardCharsets.US_ASCII), List.of());
                } else if (line.equals("NEGOTIATE_UNIX_FD")) {
                    write("AGREE_UNIX_FD\r\n".getBytes(StandardCharsets.US_ASCII), List.of());
                } else if (line.equals("BEGIN")) {
                    byte[] rest = text.substring(end + 2).getBytes(StandardCharsets.ISO_8859_1);
                    reader.feed(rest, 0, rest.length);
                    Message hello = next();
                    write(MessageEncoder.encode(Message.methodReturn(hello).sender("org.freedesktop.DBus")
                            .body("s", ":1.1").build().withSerial(1)), List.of());
                    return;
                }
            }
        }
    }

    /** The next message from the client. */
    Message next() throws IOException {
        ByteBuffer in = ByteBuffer.allocate(4096);
        while (true) {
            Message m = reader.next();
            if (m != null) {
                return m;
            }
            in.clear();
            int n = peer.read(in);
            if (n < 0) {
                throw new IOException("client left");
            }
            reader.feed(in.array(), 0, n);
        }
    }

    /** Writes {@code bytes}, with {@code fds} on their first byte whatever the bytes announce. */
    void write(byte[] bytes, List<UnixFd> fds) throws IOException {
        peer.write(ByteBuffer.wrap(bytes), fds);
    }

    @Override
    public void close() throws IOException {
        try {
            if (peer != null) {
                peer.close();
            }
        } finally {
            server.close();
        }
    }
}
