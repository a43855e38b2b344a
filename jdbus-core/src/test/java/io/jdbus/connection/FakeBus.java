package io.jdbus.connection;

import io.jdbus.message.Message;
import io.jdbus.message.MessageEncoder;
import io.jdbus.message.MessageStreamReader;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A bus that is not one: accepts one client, says OK to any authentication, answers Hello, then does
 * whatever the test writes to it, byte for byte. For the misbehaviour no real bus would show.
 */
final class FakeBus implements AutoCloseable {
    private final Path dir;
    private final ServerSocketChannel server;
    private SocketChannel peer;
    private final MessageStreamReader reader = new MessageStreamReader();

    FakeBus() throws IOException {
        dir = Files.createTempDirectory("jdbus-fake-bus");
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(dir.resolve("socket")));
    }

    String address() {
        return "unix:path=" + dir.resolve("socket");
    }

    /** Accepts the client, authenticates it and answers its Hello; runs on a thread of the test's own. */
    void acceptAndGreet() throws IOException {
        peer = server.accept();
        StringBuilder lines = new StringBuilder();
        ByteBuffer in = ByteBuffer.allocate(4096);
        while (true) {
            int n = peer.read(in);
            if (n < 0) {
                throw new IOException("client left during authentication");
            }
            lines.append(new String(in.array(), 0, in.position(), StandardCharsets.ISO_8859_1));
            in.clear();
            String text = lines.toString();
            if (text.contains("AUTH") && !text.contains("OK sent")) {
                write(("OK " + "0123456789abcdef0123456789abcdef" + "\r\n").getBytes(StandardCharsets.US_ASCII));
                lines.append("OK sent");
            }
            int begin = text.indexOf("BEGIN\r\n");
            if (begin >= 0) {
                byte[] rest = text.substring(begin + 7).replace("OK sent", "").getBytes(StandardCharsets.ISO_8859_1);
                reader.feed(rest, 0, rest.length);
                break;
            }
        }
        Message hello = next();
        write(MessageEncoder.encode(Message.methodReturn(hello).sender("org.freedesktop.DBus").body("s", ":1.1")
                .build().withSerial(1)));
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
            if (peer.read(in) < 0) {
                throw new IOException("client left");
            }
            reader.feed(in.array(), 0, in.position());
        }
    }

    void write(byte[] bytes) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        while (b.hasRemaining()) {
            peer.write(b);
        }
    }

    void hangUp() throws IOException {
        peer.close();
    }

    @Override
    public void close() throws IOException {
        if (peer != null) {
            peer.close();
        }
        server.close();
        Files.deleteIfExists(dir.resolve("socket"));
        Files.deleteIfExists(dir);
    }
}
