package io.jdbus.testing;

import io.jdbus.connection.MessageBus;
import java.io.IOException;

/**
 * A private bus with the python-dbus-next sample service on it and a jdbus connection to it: what the
 * client's tests against the sample service share. Closing it closes all three, in reverse order.
 * {@snippet :
 * try (SampleBus sample = SampleBus.start()) {
 *     sample.client().introspect(SampleServicePeer.NAME, SampleServicePeer.ROOT);
 * }
 * }
 */
public record SampleBus(PrivateBus daemon, SampleServicePeer service, MessageBus client) implements AutoCloseable {
    /** Starts the bus, the service and the connection; what started is stopped again if a later step fails. */
    public static SampleBus start() throws IOException {
        PrivateBus daemon = PrivateBus.start();
        SampleServicePeer service = null;
        try {
            service = SampleServicePeer.start(daemon.address());
            return new SampleBus(daemon, service, MessageBus.connect(daemon.address()));
        } catch (IOException | RuntimeException | Error e) {
            if (service != null) {
                service.close();
            }
            daemon.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            client.close();
            service.close();
        } finally {
            daemon.close();
        }
    }
}
