package io.jdbus.connection;

import io.jdbus.testing.PrivateBus;
import io.jdbus.testing.RawBusConnection;
import java.io.IOException;

/**
 * A bus peer that says Hello and then never answers anything: the callee a timeout test needs. It talks
 * over the raw socket, so that no jdbus connection behaviour (such as automatic replies) gets in the way.
 */
final class SilentPeer implements AutoCloseable {
    private final RawBusConnection raw;
    private final String name;

    SilentPeer(PrivateBus bus) throws IOException {
        raw = new RawBusConnection(bus.socket());
        name = (String) raw.call(MessageBus.busCall("Hello").build()).body().getFirst();
    }

    String name() {
        return name;
    }

    @Override
    public void close() throws IOException {
        raw.close();
    }
}
