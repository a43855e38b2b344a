package io.jdbus.auth;

import java.util.HexFormat;

/**
 * One secret of a {@code DBUS_COOKIE_SHA1} keyring: a line {@code id creation-time hex-cookie} of
 * {@code ~/.dbus-keyrings/<context>}. {@link #toString} leaves the secret out.
 *
 * {@snippet :
 * Cookie c = Cookie.parse("1804289383 1700000000 6c6f6e6720726164696f207369676e616c");
 * c.id();            // 1804289383
 * c.creationTime();  // 1700000000 (seconds since the epoch)
 * }
 *
 * @param id the cookie id, non-negative
 * @param creationTime when the cookie was made, in seconds since the epoch
 * @param secretHex the secret, as the hex text that is hashed
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#auth-mechanisms-sha">DBUS_COOKIE_SHA1</a>
 */
public record Cookie(long id, long creationTime, String secretHex) {
    /** Validates the id (non-negative) and the secret (non-empty hex). */
    public Cookie {
        if (id < 0) {
            throw new IllegalArgumentException("cookie id " + id + " is negative");
        }
        if (secretHex.isEmpty() || secretHex.length() % 2 != 0 || !secretHex.chars().allMatch(HexFormat::isHexDigit)) {
            throw new IllegalArgumentException("cookie " + id + ": the secret is not non-empty hex");
        }
    }

    /**
     * Parses a keyring line {@code id creation-time hex-cookie}.
     *
     * @throws IllegalArgumentException naming what is wrong with the line
     */
    public static Cookie parse(String line) {
        String[] parts = line.split(" ", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("keyring line has " + parts.length + " fields, expected 3 (id creation-time hex-cookie)");
        }
        try {
            return new Cookie(Long.parseLong(parts[0]), Long.parseLong(parts[1]), parts[2]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("keyring line: id or creation time is not a decimal number", e);
        }
    }

    /** The keyring line for this cookie, without newline. */
    public String format() {
        return id + " " + creationTime + " " + secretHex;
    }

    /** Id and creation time, not the secret. */
    @Override
    public String toString() {
        return "Cookie[id=" + id + ", creationTime=" + creationTime + "]";
    }
}
