package io.jdbus.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.random.RandomGenerator;

/** The arithmetic of {@code DBUS_COOKIE_SHA1} shared by client and server: challenges and the hash. */
final class CookieSha1 {
    /** Random bytes in a challenge (hex-encoded on the wire), as libdbus. */
    static final int CHALLENGE_BYTES = 16;

    private CookieSha1() {
    }

    static String challenge(RandomGenerator random) {
        byte[] b = new byte[CHALLENGE_BYTES];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** {@code hex(sha1(serverChallenge ":" clientChallenge ":" cookie))}. */
    static String response(String serverChallenge, String clientChallenge, String cookieHex) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            String text = serverChallenge + ":" + clientChallenge + ":" + cookieHex;
            return HexFormat.of().formatHex(sha1.digest(text.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }

    /** Whether a challenge from the peer is usable: 1 to 256 printable ASCII characters without blanks or ':'. */
    static boolean isValidChallenge(String s) {
        return !s.isEmpty() && s.length() <= 256 && s.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != ':');
    }
}
