package io.jdbus.transport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;

/**
 * A transport over a {@link SocketChannel}: a unix-domain socket at a path, or TCP. It cannot pass file
 * descriptors; abstract sockets and fd passing need the native transport.
 *
 * {@snippet :
 * Transport t = NioTransport.unix(Path.of("/run/dbus/system_bus_socket"));
 * Transport u = NioTransport.tcp("127.0.0.1", 55556);
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#transports-unix-domain-sockets">Unix domain sockets</a>
 */
public final class NioTransport implements Transport {
    private final SocketChannel channel;
    private final String description;

    private NioTransport(SocketChannel channel, String description) {
        this.channel = channel;
        this.description = description;
    }

    /** Connects to the unix-domain socket at {@code path}. */
    public static NioTransport unix(Path path) throws IOException {
        SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            ch.connect(UnixDomainSocketAddress.of(path));
        } catch (IOException e) {
            ch.close();
            throw new IOException("cannot connect to unix:path=" + path + ": " + e.getMessage(), e);
        }
        return new NioTransport(ch, "unix:path=" + path);
    }

    /** Connects to TCP {@code host}:{@code port}. */
    public static NioTransport tcp(String host, int port) throws IOException {
        SocketChannel ch = SocketChannel.open();
        try {
            ch.connect(new InetSocketAddress(host, port));
            ch.socket().setTcpNoDelay(true);
        } catch (IOException e) {
            ch.close();
            throw new IOException("cannot connect to tcp:host=" + host + ",port=" + port + ": " + e.getMessage(), e);
        }
        return new NioTransport(ch, "tcp:host=" + host + ",port=" + port);
    }

    /** Wraps a channel that is already connected (such as one a server accepted). */
    public static NioTransport of(SocketChannel connected, String description) {
        return new NioTransport(connected, description);
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        return channel.read(dst);
    }

    @Override
    public void write(ByteBuffer src) throws IOException {
        while (src.hasRemaining()) {
            channel.write(src);
        }
    }

    @Override
    public boolean canPassFds() {
        return false;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
