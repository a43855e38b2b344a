package io.jdbus.daemon.names;

import io.jdbus.names.WellKnownName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who owns which well-known name, and who waits for it: {@code RequestName}, {@code ReleaseName} and a
 * connection's departure as dbus-daemon handles them, with every flag (allow replacement, replace
 * existing, do not queue) and the queue of owners. Pure and single-threaded: each operation returns the
 * D-Bus reply code and the signals to send ({@link NameEvent}), in order; the bus does the sending.
 * {@snippet :
 * NameRegistry r = new NameRegistry();
 * r.request(":1.1", "com.example.X", NameRegistry.ALLOW_REPLACEMENT).reply();   // 1 (primary owner)
 * r.request(":1.2", "com.example.X", NameRegistry.REPLACE_EXISTING).reply();    // 1; :1.1 waits in the queue
 * r.owner("com.example.X");                                                      // Optional[:1.2]
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#bus-messages-request-name">RequestName</a>
 */
public final class NameRegistry {
    /** RequestName flag: another connection may take the name with {@link #REPLACE_EXISTING}. */
    public static final int ALLOW_REPLACEMENT = 0x1;
    /** RequestName flag: take the name from its owner if that owner allows replacement. */
    public static final int REPLACE_EXISTING = 0x2;
    /** RequestName flag: fail rather than wait in the queue. */
    public static final int DO_NOT_QUEUE = 0x4;

    /** RequestName replies. */
    public static final int PRIMARY_OWNER = 1;
    public static final int IN_QUEUE = 2;
    public static final int EXISTS = 3;
    public static final int ALREADY_OWNER = 4;
    /** ReleaseName replies. */
    public static final int RELEASED = 1;
    public static final int NON_EXISTENT = 2;
    public static final int NOT_OWNER = 3;

    /** The reply code of an operation and the signals it makes the bus send. */
    public record Outcome(int reply, List<NameEvent> events) {
    }

    private record Entry(String connection, int flags) {
        boolean allowsReplacement() {
            return (flags & ALLOW_REPLACEMENT) != 0;
        }

        boolean doNotQueue() {
            return (flags & DO_NOT_QUEUE) != 0;
        }
    }

    /** Per name: the primary owner first, then the queue. A name with nobody is removed. */
    private final Map<String, List<Entry>> names = new LinkedHashMap<>();

    /**
     * {@code connection} asks for {@code name} with {@code flags}.
     *
     * @throws IllegalArgumentException for a name that is not a valid well-known name (unique names and the
     *         bus's own name cannot be requested); the bus answers it with InvalidArgs
     */
    public Outcome request(String connection, String name, int flags) {
        if (!WellKnownName.isValid(name)) {
            throw new IllegalArgumentException("cannot acquire \"" + name + "\": not a valid well-known name");
        }
        if (name.equals("org.freedesktop.DBus")) {
            throw new IllegalArgumentException("cannot acquire org.freedesktop.DBus: it belongs to the bus");
        }
        List<Entry> queue = names.get(name);
        Entry asked = new Entry(connection, flags);
        if (queue == null) {
            names.put(name, new ArrayList<>(List.of(asked)));
            return new Outcome(PRIMARY_OWNER, List.of(new NameEvent.OwnerChanged(name, "", connection),
                    new NameEvent.Acquired(connection, name)));
        }
        Entry primary = queue.getFirst();
        if (primary.connection().equals(connection)) {
            queue.set(0, asked);   // the flags of the latest request count
            return new Outcome(ALREADY_OWNER, List.of());
        }
        int waiting = indexOf(queue, connection);
        if ((flags & REPLACE_EXISTING) != 0 && primary.allowsReplacement()) {
            if (waiting > 0) {
                queue.remove(waiting);
            }
            queue.removeFirst();
            if (!primary.doNotQueue()) {
                queue.addFirst(primary);   // the replaced owner waits first in line
            }
            queue.addFirst(asked);
            return new Outcome(PRIMARY_OWNER, List.of(new NameEvent.Lost(primary.connection(), name),
                    new NameEvent.OwnerChanged(name, primary.connection(), connection),
                    new NameEvent.Acquired(connection, name)));
        }
        if ((flags & DO_NOT_QUEUE) != 0) {
            if (waiting > 0) {
                queue.remove(waiting);
            }
            return new Outcome(EXISTS, List.of());
        }
        // as dbus-daemon does: a request to replace that cannot replace goes first in line; another request
        // joins the end, or keeps its place (with the new flags) when it was already waiting
        boolean first = (flags & REPLACE_EXISTING) != 0;
        if (waiting > 0 && !first) {
            queue.set(waiting, asked);
        } else {
            if (waiting > 0) {
                queue.remove(waiting);
            }
            queue.add(first ? 1 : queue.size(), asked);
        }
        return new Outcome(IN_QUEUE, List.of());
    }

    /** {@code connection} gives {@code name} back, or leaves its queue. */
    public Outcome release(String connection, String name) {
        if (!WellKnownName.isValid(name)) {
            throw new IllegalArgumentException("cannot release \"" + name + "\": not a valid well-known name");
        }
        List<Entry> queue = names.get(name);
        if (queue == null) {
            return new Outcome(NON_EXISTENT, List.of());
        }
        int at = indexOf(queue, connection);
        if (at < 0) {
            return new Outcome(NOT_OWNER, List.of());
        }
        if (at > 0) {
            queue.remove(at);
            return new Outcome(RELEASED, List.of());
        }
        return new Outcome(RELEASED, dropPrimary(name, queue));
    }

    /**
     * {@code connection} leaves (it disconnected, or became a monitor): it loses every name it owns and leaves every
     * queue. The events include its own {@code Lost} for each name: dbus-daemon sends NameLost even to a connection
     * that has gone, where only monitors see it.
     */
    public List<NameEvent> disconnected(String connection) {
        List<NameEvent> events = new ArrayList<>();
        for (String name : List.copyOf(names.keySet())) {
            List<Entry> queue = names.get(name);
            int at = indexOf(queue, connection);
            if (at > 0) {
                queue.remove(at);
            } else if (at == 0) {
                events.addAll(dropPrimary(name, queue));
            }
        }
        return events;
    }

    private List<NameEvent> dropPrimary(String name, List<Entry> queue) {
        String old = queue.removeFirst().connection();
        if (queue.isEmpty()) {
            names.remove(name);
            return List.of(new NameEvent.Lost(old, name), new NameEvent.OwnerChanged(name, old, ""));
        }
        String next = queue.getFirst().connection();
        return List.of(new NameEvent.Lost(old, name), new NameEvent.OwnerChanged(name, old, next),
                new NameEvent.Acquired(next, name));
    }

    private static int indexOf(List<Entry> queue, String connection) {
        for (int i = 0; i < queue.size(); i++) {
            if (queue.get(i).connection().equals(connection)) {
                return i;
            }
        }
        return -1;
    }

    /** The primary owner of {@code name}, if it has one. */
    public Optional<String> owner(String name) {
        List<Entry> queue = names.get(name);
        return queue == null ? Optional.empty() : Optional.of(queue.getFirst().connection());
    }

    /** {@code ListQueuedOwners}: the primary owner, then those waiting, in order; empty when nobody owns it. */
    public List<String> queuedOwners(String name) {
        return names.getOrDefault(name, List.of()).stream().map(Entry::connection).toList();
    }

    /** The well-known names that have an owner, in the order they were first taken. */
    public List<String> ownedNames() {
        return List.copyOf(names.keySet());
    }
}
