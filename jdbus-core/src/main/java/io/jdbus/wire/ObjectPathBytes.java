package io.jdbus.wire;

/**
 * The object path rules checked on encoded bytes, so that a path can be validated without building a
 * string: {@code /}, or {@code /} followed by elements of {@code [A-Za-z0-9_]} separated by single slashes.
 * A {@code false} answer is confirmed by {@link io.jdbus.names.ObjectPath}, which names the rule broken.
 * {@snippet :
 * byte[] b = "/org/bluez/hci0".getBytes(StandardCharsets.US_ASCII);
 * ObjectPathBytes.isValid(b, 0, b.length);   // true
 * }
 */
final class ObjectPathBytes {
    private static final boolean[] ELEMENT = new boolean[128];

    static {
        for (int c = 0; c < 128; c++) {
            ELEMENT[c] = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_';
        }
    }

    private ObjectPathBytes() {
    }

    /** Whether {@code b[start, end)} is a valid object path. */
    static boolean isValid(byte[] b, int start, int end) {
        if (end <= start || b[start] != '/') {
            return false;
        }
        if (end - start == 1) {
            return true;
        }
        if (b[end - 1] == '/') {
            return false;
        }
        for (int i = start + 1; i < end; i++) {
            int c = b[i];
            if (c == '/') {
                if (b[i - 1] == '/') {
                    return false;
                }
            } else if (c < 0 || !ELEMENT[c]) {
                return false;
            }
        }
        return true;
    }
}
