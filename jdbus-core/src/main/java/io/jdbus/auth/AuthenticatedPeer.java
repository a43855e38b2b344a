package io.jdbus.auth;

import java.util.OptionalLong;

/**
 * What an {@link AuthServer} knows about its peer once the client sent {@code BEGIN}.
 *
 * {@snippet :
 * AuthenticatedPeer p = server.peer().orElseThrow();
 * p.uid();              // OptionalLong[1000] after EXTERNAL or DBUS_COOKIE_SHA1; empty after ANONYMOUS
 * p.unixFdsAgreed();
 * }
 *
 * @param mechanism the mechanism that succeeded
 * @param uid the authenticated uid; empty for {@code ANONYMOUS}
 * @param unixFdsAgreed whether the server answered {@code NEGOTIATE_UNIX_FD} with {@code AGREE_UNIX_FD}
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#auth-mechanisms">Authentication mechanisms</a>
 */
public record AuthenticatedPeer(Mechanism mechanism, OptionalLong uid, boolean unixFdsAgreed) {
}
