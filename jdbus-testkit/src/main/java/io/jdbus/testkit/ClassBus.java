package io.jdbus.testkit;

import io.jdbus.auth.Mechanism;
import io.jdbus.connection.MessageBus;
import io.jdbus.connection.MessageBusBuilder;
import io.jdbus.daemon.BusDaemon;
import java.io.IOException;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The bus of one test class, kept in the class's extension store, which closes it after the class. */
record ClassBus(BusDaemon daemon, Settings settings) implements ExtensionContext.Store.CloseableResource {

    /** Starts a bus listening as {@code settings} ask. */
    static ClassBus start(Settings settings) throws IOException {
        BusDaemon.Builder b = BusDaemon.builder();
        switch (settings.transport()) {
            case UNIX -> b.listen("unix:tmpdir=" + System.getProperty("java.io.tmpdir"));
            case TCP -> b.listen("tcp:host=127.0.0.1,port=0").allowAnonymous(true);
        }
        return new ClassBus(b.start(), settings);
    }

    /** A new connection to the bus: EXTERNAL over the unix socket, ANONYMOUS over TCP (which has no credentials). */
    MessageBus connect() throws IOException {
        MessageBusBuilder builder = MessageBus.builder().address(daemon.address());
        if (settings.transport() == Transport.TCP) {
            builder.mechanisms(Mechanism.ANONYMOUS);
        }
        return builder.build();
    }

    @Override
    public void close() {
        daemon.close();
    }
}
