package io.jdbus.auth;

import java.util.Optional;

/**
 * The SASL mechanisms jdbus speaks, with their names on the wire.
 *
 * {@snippet :
 * Mechanism.byName("EXTERNAL");      // Optional[EXTERNAL]
 * Mechanism.byName("KERBEROS_V4");   // Optional.empty(): not offered by jdbus
 * Mechanism.DBUS_COOKIE_SHA1.wireName(); // "DBUS_COOKIE_SHA1"
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#auth-mechanisms">Authentication mechanisms</a>
 */
public enum Mechanism {
    /** Credentials passed by the kernel ({@code SO_PEERCRED}); the client claims a uid. */
    EXTERNAL,
    /** Proof of access to a secret cookie in the user's {@code ~/.dbus-keyrings}. */
    DBUS_COOKIE_SHA1,
    /** No authentication at all, with an optional trace string (RFC 4505). */
    ANONYMOUS;

    /** The name as written in {@code AUTH} and {@code REJECTED}. */
    public String wireName() {
        return name();
    }

    /** The mechanism with this wire name, or empty when jdbus does not offer it. */
    public static Optional<Mechanism> byName(String name) {
        for (Mechanism m : values()) {
            if (m.name().equals(name)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
