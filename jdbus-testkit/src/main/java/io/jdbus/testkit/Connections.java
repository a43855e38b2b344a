package io.jdbus.testkit;

import io.jdbus.connection.MessageBus;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The connections the extension injected into one scope (a test, or a class), closed with the scope. */
final class Connections implements ExtensionContext.Store.CloseableResource {
    private final List<MessageBus> open = new CopyOnWriteArrayList<>();

    void add(MessageBus bus) {
        open.add(bus);
    }

    /** Takes {@code bus} out of this scope; whether it was in it. */
    boolean remove(MessageBus bus) {
        return open.remove(bus);
    }

    /** The connections, in the order they were made. */
    List<MessageBus> list() {
        return List.copyOf(open);
    }

    /** Closes every connection (closing is idempotent, so a test may have closed some already). */
    @Override
    public void close() {
        for (MessageBus bus : open) {
            bus.close();
        }
        open.clear();
    }
}
