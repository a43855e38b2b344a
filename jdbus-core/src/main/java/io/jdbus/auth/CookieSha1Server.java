package io.jdbus.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** One {@code DBUS_COOKIE_SHA1} attempt on the server: the challenge sent, then the check of the answer. */
final class CookieSha1Server {
    private final CookieKeyring keyring;
    private final String context;
    private final RandomGenerator random;
    private Cookie cookie;
    private String serverChallenge;
    private String problem = "";

    CookieSha1Server(CookieKeyring keyring, String context, RandomGenerator random) {
        this.keyring = keyring;
        this.context = context;
        this.random = random;
    }

    /** Why the last step failed. */
    String problem() {
        return problem;
    }

    /**
     * The challenge {@code context cookie-id server-challenge} for a client claiming {@code identity}, or empty
     * (see {@link #problem}) when the identity is not the server's own user or the keyring fails.
     */
    Optional<byte[]> challenge(byte[] identity, long serverUid, String serverUserName) {
        String who = new String(identity, StandardCharsets.ISO_8859_1);
        boolean self = who.equals(Long.toString(serverUid)) || who.equals(serverUserName);
        if (!self) {
            // Only the user owning the server: another user's keyring is theirs to tamper with (CVE-2019-12749).
            problem = "DBUS_COOKIE_SHA1 identity \"" + Commands.shorten(who) + "\" is not the server's user";
            return Optional.empty();
        }
        try {
            cookie = keyring.current(context);
        } catch (IOException e) {
            problem = "DBUS_COOKIE_SHA1 keyring: " + e.getMessage();
            return Optional.empty();
        }
        serverChallenge = CookieSha1.challenge(random);
        String text = context + " " + cookie.id() + " " + serverChallenge;
        return Optional.of(text.getBytes(StandardCharsets.US_ASCII));
    }

    /** Whether {@code answer} is {@code client-challenge sha1hex} with the right hash. */
    boolean verify(byte[] answer) {
        String text = new String(answer, StandardCharsets.ISO_8859_1);
        String[] parts = text.split(" ", -1);
        if (cookie == null || parts.length != 2 || !CookieSha1.isValidChallenge(parts[0]) || !parts[1].matches("[0-9a-fA-F]{40}")) {
            problem = "DBUS_COOKIE_SHA1 answer \"" + Commands.shorten(text) + "\" is not \"client-challenge sha1hex\"";
            return false;
        }
        String expected = CookieSha1.response(serverChallenge, parts[0], cookie.secretHex());
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                parts[1].toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
            problem = "DBUS_COOKIE_SHA1 hash does not match cookie " + cookie.id();
            return false;
        }
        return true;
    }
}
