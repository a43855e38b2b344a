package io.jdbus.daemon;

import io.jdbus.transport.NativeUnixTransport;
import io.jdbus.transport.SocketPoller;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One thread that reads every client on a native unix socket, in the order their data arrives ({@code epoll}),
 * as dbus-daemon's main loop does: messages sent at nearly the same moment by different clients are routed in
 * the order they reached the bus, and a bus with many clients needs one reader thread, not one per client.
 * Each ready client is read for at most a few buffers per turn, so that one busy sender cannot starve the rest.
 */
final class ReadLoop implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ReadLoop.class.getName());
    private static final int READS_PER_TURN = 4;

    private final SocketPoller poller;
    private final Map<Long, ClientReader> readers = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean closed;

    private ReadLoop(SocketPoller poller) {
        this.poller = poller;
        this.thread = Thread.ofPlatform().daemon().name("jdbus-daemon-reader").unstarted(this::run);
    }

    /** Starts a read loop; fails when native sockets are unavailable. */
    static ReadLoop start() throws IOException {
        ReadLoop loop = new ReadLoop(SocketPoller.open());
        loop.thread.start();
        return loop;
    }

    /**
     * Takes over reading an authenticated client: first routes what came with its authentication (on the
     * calling thread, before the loop can see the client, so its messages stay in order), then watches it.
     */
    void add(ClientReader reader, NativeUnixTransport transport) throws IOException {
        if (!reader.route()) {
            reader.end("it broke the protocol");
            return;
        }
        readers.put(reader.client.id, reader);
        try {
            poller.register(transport, reader.client.id);
        } catch (IOException e) {
            readers.remove(reader.client.id);
            reader.end("its socket could not be watched: " + e.getMessage());
        }
    }

    private void run() {
        long[] ready = new long[256];
        while (!closed) {
            int n;
            try {
                n = poller.await(ready, 1000);
            } catch (IOException e) {
                if (!closed) {
                    LOG.log(System.Logger.Level.ERROR, "the bus's read loop failed", e);
                }
                return;
            }
            for (int i = 0; i < n; i++) {
                ClientReader reader = readers.get(ready[i]);
                if (reader != null) {
                    serve(reader);
                }
            }
        }
    }

    private void serve(ClientReader reader) {
        try {
            for (int turn = 0; turn < READS_PER_TURN; turn++) {
                int n = reader.read(false);
                if (n < 0) {
                    finish(reader, "it disconnected");
                    return;
                }
                if (n == 0) {
                    return;   // read dry: what came before was routed after its own read
                }
                if (!reader.route()) {
                    finish(reader, "it broke the protocol");
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            finish(reader, e.toString());
        }
    }

    private void finish(ClientReader reader, String why) {
        readers.remove(reader.client.id);
        poller.unregister((NativeUnixTransport) reader.client.transport);
        reader.end(why);
    }

    @Override
    public void close() {
        closed = true;
        for (ClientReader r : readers.values()) {
            r.end("the bus is closing");
        }
        readers.clear();
        try {
            poller.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
