package io.jdbus.daemon.names;

/**
 * A signal the bus must send because name ownership changed, in the order it must be sent: what the
 * registry returns instead of sending anything itself.
 * {@snippet :
 * NameRegistry.Outcome o = registry.request(":1.1", "com.example.X", 0);
 * o.events();   // [OwnerChanged[com.example.X, "", :1.1], Acquired[:1.1, com.example.X]]
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#bus-messages-name-owner-changed">NameOwnerChanged</a>
 */
public sealed interface NameEvent {
    /** {@code NameOwnerChanged(name, oldOwner, newOwner)} broadcast; an empty string for no owner. */
    record OwnerChanged(String name, String oldOwner, String newOwner) implements NameEvent {
    }

    /** {@code NameLost(name)} sent to {@code to}. */
    record Lost(String to, String name) implements NameEvent {
    }

    /** {@code NameAcquired(name)} sent to {@code to}. */
    record Acquired(String to, String name) implements NameEvent {
    }
}
