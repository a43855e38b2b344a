package io.jdbus.client;

import io.jdbus.connection.MessageBus;
import io.jdbus.connection.Subscription;
import java.io.IOException;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Watches a bus name as {@code g_bus_watch_name} does: {@code appeared} with the owner's unique name when
 * the name gets an owner (at once if it has one), {@code vanished} when it loses it (at once if it has
 * none). A change of owner is a vanish followed by an appearance. Callbacks run in order, off the reader
 * thread.
 * {@snippet :
 * try (Subscription w = NameWatcher.watch(bus, "com.example.name",
 *         owner -> System.out.println("appeared: " + owner),
 *         () -> System.out.println("vanished"))) {
 *     Thread.sleep(60_000);
 * }
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#bus-messages-name-owner-changed">NameOwnerChanged</a>
 */
public final class NameWatcher {
    private NameWatcher() {
    }

    /** Starts watching {@code name}; closing the subscription stops it. */
    public static Subscription watch(MessageBus bus, String name, Consumer<String> appeared, Runnable vanished)
            throws IOException {
        Objects.requireNonNull(appeared, "appeared");
        Objects.requireNonNull(vanished, "vanished");
        String[] last = {""};   // "" before the first report: neither appeared nor vanished yet
        return bus.watchNameOwner(name, owner -> {
            synchronized (last) {
                if (Objects.equals(owner, last[0])) {
                    return;
                }
                boolean first = "".equals(last[0]);
                if (owner == null || (!first && last[0] != null)) {
                    vanished.run();   // no owner to begin with, or the owner went (or was replaced)
                }
                if (owner != null) {
                    appeared.accept(owner);
                }
                last[0] = owner;
            }
        });
    }
}
