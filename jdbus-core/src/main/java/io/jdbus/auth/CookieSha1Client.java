package io.jdbus.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** The client's answer to a {@code DBUS_COOKIE_SHA1} challenge {@code context cookie-id server-challenge}. */
final class CookieSha1Client {
    private CookieSha1Client() {
    }

    /**
     * {@code client-challenge sha1hex} for the server's challenge.
     *
     * @throws AuthenticationException when the challenge is malformed, or the keyring lacks the cookie or fails
     */
    static String respond(ClientMechanism.CookieSha1 m, byte[] data, RandomGenerator random)
            throws AuthenticationException {
        String text = new String(data, StandardCharsets.ISO_8859_1);
        String[] parts = text.split(" ", -1);
        if (parts.length != 3 || !CookieKeyring.isValidContext(parts[0]) || !parts[1].matches("[0-9]{1,18}")
                || !CookieSha1.isValidChallenge(parts[2])) {
            throw new AuthenticationException("DBUS_COOKIE_SHA1 challenge \"" + Commands.shorten(text)
                    + "\" is not \"context cookie-id server-challenge\"");
        }
        Optional<Cookie> cookie;
        try {
            cookie = m.keyring().find(parts[0], Long.parseLong(parts[1]));
        } catch (IOException e) {
            throw new AuthenticationException("DBUS_COOKIE_SHA1: cannot read keyring context " + parts[0] + ": "
                    + e.getMessage(), e);
        }
        if (cookie.isEmpty()) {
            throw new AuthenticationException("DBUS_COOKIE_SHA1: keyring context " + parts[0] + " has no cookie "
                    + parts[1]);
        }
        String clientChallenge = CookieSha1.challenge(random);
        return clientChallenge + " " + CookieSha1.response(parts[2], clientChallenge, cookie.get().secretHex());
    }
}
