package io.jdbus.auth;

/**
 * What an {@link AuthClient} learned once authenticated: the server's GUID, the mechanism that worked, and
 * whether file descriptors may be passed.
 *
 * {@snippet :
 * AuthResult r = client.result().orElseThrow();
 * r.serverGuid();      // "5fa0b6e0d8e8b5d0a94c1e4a6553e1f2"
 * r.unixFdsAgreed();   // true after NEGOTIATE_UNIX_FD / AGREE_UNIX_FD
 * }
 *
 * @param serverGuid the GUID from the server's {@code OK}, hex
 * @param mechanism the mechanism that succeeded
 * @param unixFdsAgreed whether the server answered {@code NEGOTIATE_UNIX_FD} with {@code AGREE_UNIX_FD}
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#auth-command-ok">OK</a>
 */
public record AuthResult(String serverGuid, Mechanism mechanism, boolean unixFdsAgreed) {
}
