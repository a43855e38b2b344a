package io.jdbus.testing;

import io.jdbus.message.Message;
import io.jdbus.message.MessageEncoder;
import io.jdbus.message.MessageStreamReader;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * The smallest bus client that exercises the codec against a real dbus-daemon: a blocking unix socket, the
 * EXTERNAL handshake written out by hand, then messages encoded and decoded by jdbus. Test code only; the
 * library's own connection is a separate piece with its own tests.
 */
public final class RawBusConnection implements AutoCloseable {
    private final SocketChannel channel;
    private final MessageStreamReader reader = new MessageStreamReader();
    private final ByteBuffer in = ByteBuffer.allocate(64 * 1024);
    private int serial;

    /** Connects to the unix socket at {@code socket} and authenticates with EXTERNAL. */
    public RawBusConnection(Path socket) throws IOException {
        channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        channel.connect(UnixDomainSocketAddress.of(socket));
        int uid = (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        String hexUid = HexFormat.of().formatHex(Integer.toString(uid).getBytes(StandardCharsets.US_ASCII));
        write(("\0AUTH EXTERNAL " + hexUid + "\r\n").getBytes(StandardCharsets.US_ASCII));
        String line = readLine();
        if (!line.startsWith("OK ")) {
            throw new IOException("bus refused EXTERNAL: " + line);
        }
        write("BEGIN\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** Sends {@code m} with the next serial; returns the serial. */
    public int send(Message m) throws IOException {
        int s = ++serial;
        write(MessageEncoder.encode(m.withSerial(s)));
        return s;
    }

    /** The next message from the bus, waiting for its bytes. */
    public Message receive() throws IOException {
        while (true) {
            Message m = reader.next();
            if (m != null) {
                return m;
            }
            in.clear();
            int n = channel.read(in);
            if (n < 0) {
                throw new IOException("bus closed the connection");
            }
            reader.feed(in.array(), 0, n);
        }
    }

    /** Sends a call and returns its reply, skipping other messages. */
    public Message call(Message call) throws IOException {
        int s = send(call);
        while (true) {
            Message m = receive();
            if (m.replySerial() != null && m.replySerial() == s) {
                return m;
            }
        }
    }

    private String readLine() throws IOException {
        StringBuilder sb = new StringBuilder();
        ByteBuffer one = ByteBuffer.allocate(1);
        while (!sb.toString().endsWith("\r\n")) {
            one.clear();
            if (channel.read(one) < 0) {
                throw new IOException("bus closed the connection during authentication");
            }
            sb.append((char) one.get(0));
        }
        return sb.toString().trim();
    }

    private void write(byte[] bytes) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        while (b.hasRemaining()) {
            channel.write(b);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
