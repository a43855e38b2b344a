package io.jdbus.daemon.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jdbus.connection.DBusErrorException;
import io.jdbus.connection.MessageBus;
import io.jdbus.message.Message;
import io.jdbus.testing.PrivateBus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The registry against dbus-daemon: the same random scenario of requests with every flag combination,
 * releases and departures, played on both; every reply and, after each step, every name's owner queue
 * (ListQueuedOwners) must be the same.
 */
@Timeout(120)
class NameOwnershipDifferentialTest {
    private static final List<String> NAMES = List.of("com.example.A", "com.example.B");

    @Test
    void repliesAndQueuesMatchDbusDaemon() throws Exception {
        Random random = new Random(20261122);
        try (PrivateBus daemon = PrivateBus.start(); MessageBus observer = MessageBus.connect(daemon.address())) {
            NameRegistry registry = new NameRegistry();
            List<MessageBus> connections = new ArrayList<>();
            Map<String, String> idOf = new HashMap<>();   // unique name on the real bus → the same in the registry
            for (int i = 0; i < 4; i++) {
                connections.add(MessageBus.connect(daemon.address()));
            }
            try {
                for (int step = 0; step < 300; step++) {
                    MessageBus c = connections.get(random.nextInt(connections.size()));
                    String name = NAMES.get(random.nextInt(NAMES.size()));
                    int action = random.nextInt(10);
                    String what;
                    if (action < 6) {
                        int flags = random.nextInt(8);
                        what = "step " + step + ": " + c.uniqueName() + " requests " + name + " with flags " + flags;
                        int real = (Integer) c.call(Message.methodCall("org.freedesktop.DBus", "/org/freedesktop/DBus",
                                "org.freedesktop.DBus", "RequestName").body("su", name, flags).build()).body().getFirst();
                        assertEquals(real, registry.request(c.uniqueName(), name, flags).reply(), what);
                    } else if (action < 9) {
                        what = "step " + step + ": " + c.uniqueName() + " releases " + name;
                        int real = (Integer) c.call(Message.methodCall("org.freedesktop.DBus", "/org/freedesktop/DBus",
                                "org.freedesktop.DBus", "ReleaseName").body("s", name).build()).body().getFirst();
                        assertEquals(real, registry.release(c.uniqueName(), name).reply(), what);
                    } else {
                        what = "step " + step + ": " + c.uniqueName() + " disconnects";
                        String gone = c.uniqueName();
                        c.close();
                        registry.disconnected(gone);
                        connections.set(connections.indexOf(c), MessageBus.connect(daemon.address()));
                        // the bus handles the hang-up in its own time: wait until the unique name is gone
                        for (int i = 0; i < 500 && (Boolean) observer.call(Message.methodCall("org.freedesktop.DBus",
                                "/org/freedesktop/DBus", "org.freedesktop.DBus", "NameHasOwner").body("s", gone).build())
                                .body().getFirst(); i++) {
                            Thread.sleep(10);
                        }
                    }
                    for (String n : NAMES) {
                        assertEquals(queued(observer, n), registry.queuedOwners(n), what + " → queue of " + n);
                    }
                }
            } finally {
                connections.forEach(MessageBus::close);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> queued(MessageBus bus, String name) throws Exception {
        try {
            return (List<String>) bus.call(Message.methodCall("org.freedesktop.DBus", "/org/freedesktop/DBus",
                    "org.freedesktop.DBus", "ListQueuedOwners").body("s", name).build()).body().getFirst();
        } catch (DBusErrorException e) {
            return List.of();   // NameHasNoOwner
        }
    }
}
