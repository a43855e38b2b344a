package io.jdbus.auth;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A mechanism an {@link AuthClient} may try, with what it needs: the uid to claim, the cookie keyring, the trace.
 * The client never looks anything up itself; the caller passes the uid (from the OS) in.
 *
 * {@snippet :
 * var client = AuthClient.builder()
 *         .mechanisms(ClientMechanism.external(1000),
 *                     ClientMechanism.cookieSha1("1000", FileCookieKeyring.forHome()),
 *                     ClientMechanism.anonymous())
 *         .build();
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#auth-mechanisms">Authentication mechanisms</a>
 */
public sealed interface ClientMechanism {

    /** The mechanism this configures. */
    Mechanism mechanism();

    /**
     * {@code EXTERNAL}: the server checks the claim against the kernel's credentials of the socket.
     *
     * @param uid the uid to claim, sent as ASCII decimal; empty to send no claim and let the server use the
     *     credentials it sees (an empty {@code DATA}, as sd-bus does)
     */
    record External(OptionalLong uid) implements ClientMechanism {
        /** Validates the uid: 0 to 2³²−1. */
        public External {
            uid.ifPresent(u -> {
                if (u < 0 || u > 0xFFFF_FFFFL) {
                    throw new IllegalArgumentException("uid " + u + " is not in 0..4294967295");
                }
            });
        }

        @Override
        public Mechanism mechanism() {
            return Mechanism.EXTERNAL;
        }
    }

    /**
     * {@code DBUS_COOKIE_SHA1}: proves that the client can read the cookie the server wrote into the user's keyring.
     *
     * @param identity who the client claims to be, sent as the initial response: the uid in decimal (as libdbus and
     *     GDBus send) or a user name
     * @param keyring where the cookie the server names is looked up
     */
    record CookieSha1(String identity, CookieKeyring keyring) implements ClientMechanism {
        /** Validates that the identity is non-empty printable ASCII without blanks. */
        public CookieSha1 {
            Commands.requireToken("DBUS_COOKIE_SHA1 identity", identity);
            Objects.requireNonNull(keyring, "keyring");
        }

        @Override
        public Mechanism mechanism() {
            return Mechanism.DBUS_COOKIE_SHA1;
        }
    }

    /**
     * {@code ANONYMOUS}: no authentication; the server must allow it.
     *
     * @param trace an optional trace string sent as the initial response (RFC 4505), UTF-8
     */
    record Anonymous(Optional<String> trace) implements ClientMechanism {
        /** Checks for null. */
        public Anonymous {
            Objects.requireNonNull(trace, "trace");
        }

        @Override
        public Mechanism mechanism() {
            return Mechanism.ANONYMOUS;
        }
    }

    /** {@code EXTERNAL} claiming {@code uid}. */
    static ClientMechanism external(long uid) {
        return new External(OptionalLong.of(uid));
    }

    /** {@code EXTERNAL} without a claim: the server uses the socket's credentials. */
    static ClientMechanism externalFromCredentials() {
        return new External(OptionalLong.empty());
    }

    /** {@code DBUS_COOKIE_SHA1} as {@code identity} (a decimal uid or a user name). */
    static ClientMechanism cookieSha1(String identity, CookieKeyring keyring) {
        return new CookieSha1(identity, keyring);
    }

    /** {@code ANONYMOUS} without a trace. */
    static ClientMechanism anonymous() {
        return new Anonymous(Optional.empty());
    }

    /** {@code ANONYMOUS} with a trace string. */
    static ClientMechanism anonymous(String trace) {
        return new Anonymous(Optional.of(trace));
    }
}
