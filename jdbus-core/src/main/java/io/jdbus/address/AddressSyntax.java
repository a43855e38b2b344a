package io.jdbus.address;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text form of addresses: {@code transport:key=value,key=value;transport:...}, with values escaped.
 *
 * <p>What libdbus accepts and rejects, this accepts and rejects, with three stricter rules: the transport
 * name must not be empty, a key must not repeat, and a transport name or key must be made of the bytes a
 * value may carry unescaped (libdbus takes any byte there, but none of the names in use needs more).
 * Like libdbus, one {@code ';'} after the last entry and one {@code ','} after the last pair are tolerated;
 * any other empty entry or pair is an error. Every scan is linear in the length of the text.
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#addresses">Server Addresses</a>
 */
final class AddressSyntax {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** One entry of an address list: its text, transport name and decoded values in the order written. */
    record Entry(String text, String transport, Map<String, String> options) {}

    private AddressSyntax() {}

    /** Splits an address list into its entries, each parsed. */
    static List<Entry> parseList(String list) {
        if (list.isEmpty()) {
            throw new InvalidAddressException(null, list, null, "is empty: there is no address to try");
        }
        List<Entry> entries = new ArrayList<>();
        int n = list.length();
        int pos = 0;
        while (pos < n) {
            int end = list.indexOf(';', pos);
            if (end < 0) {
                end = n;
            }
            if (end == pos) {
                throw new InvalidAddressException(null, list, null, "has an empty entry at index " + pos
                        + " (only a single ';' after the last entry may be left empty)");
            }
            entries.add(parseEntry(list.substring(pos, end)));
            pos = end + 1;
        }
        return entries;
    }

    /** Parses one entry, {@code transport:key=value,...}; {@code text} contains no {@code ';'}. */
    static Entry parseEntry(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new InvalidAddressException(null, text, null, "has no ':' after a transport name");
        }
        if (colon == 0) {
            throw new InvalidAddressException(null, text, null, "has an empty transport name before ':'");
        }
        String transport = text.substring(0, colon);
        String bad = nameProblem(transport);
        if (bad != null) {
            throw new InvalidAddressException(null, text, null, "has a transport name " + bad);
        }
        Map<String, String> options = new LinkedHashMap<>();
        int n = text.length();
        int pos = colon + 1;
        while (pos < n) {
            int comma = indexOf(text, ',', pos, n);
            if (comma == pos) {
                throw new InvalidAddressException(transport, text, null, "has an empty key=value pair at index "
                        + pos + " (only a single ',' after the last pair may be left empty)");
            }
            int equals = indexOf(text, '=', pos, comma);
            if (equals == comma) {
                String key = text.substring(pos, comma);
                throw new InvalidAddressException(transport, text, key,
                        "has key " + AddressText.quote(key) + " without '=' and a value");
            }
            if (equals == pos) {
                throw new InvalidAddressException(transport, text, null, "has '=' at index " + pos + " without a key");
            }
            String key = text.substring(pos, equals);
            bad = nameProblem(key);
            if (bad != null) {
                throw new InvalidAddressException(transport, text, key, "has a key " + bad);
            }
            if (equals + 1 == comma) {
                throw new InvalidAddressException(transport, text, key,
                        "has key " + AddressText.quote(key) + " with an empty value");
            }
            String value = unescape(text, equals + 1, comma, transport, key);
            if (options.putIfAbsent(key, value) != null) {
                throw new InvalidAddressException(transport, text, key,
                        "has key " + AddressText.quote(key) + " more than once");
            }
            pos = comma + 1;
        }
        return new Entry(text, transport, Collections.unmodifiableMap(options));
    }

    /** Formats an entry: the transport name, {@code ':'}, then {@code key=value} pairs with values escaped. */
    static String format(String transport, Map<String, String> options) {
        StringBuilder out = new StringBuilder(transport.length() + 32 * (options.size() + 1)).append(transport).append(':');
        boolean first = true;
        for (Map.Entry<String, String> e : options.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            out.append(e.getKey()).append('=');
            escape(e.getValue(), out);
        }
        return out.toString();
    }

    /**
     * Escapes {@code value}: its UTF-8 bytes, each of {@code [-0-9A-Za-z_/.*]} as itself and every other byte as
     * {@code %xx} in lowercase hex, as libdbus writes it. A backslash, which libdbus also accepts bare, is
     * escaped: the specification's set {@code [-0-9A-Za-z_/.\*]} read as a regular expression leaves it out.
     */
    static void escape(String value, StringBuilder out) {
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            if (isPlain(b) && b != '\\') {
                out.append((char) b);
            } else {
                out.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
            }
        }
    }

    /** {@link #escape(String, StringBuilder)} into a new string. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        escape(value, out);
        return out.toString();
    }

    /**
     * Decodes the value in {@code text[from, to)}: optionally-escaped bytes as themselves, {@code %xx} (either
     * case) as the byte {@code xx}, anything else an error; then the bytes as strict UTF-8.
     */
    private static String unescape(String text, int from, int to, String transport, String key) {
        byte[] bytes = new byte[to - from];
        int length = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0x80 && isPlain((byte) c)) {
                bytes[length++] = (byte) c;
            } else if (c == '%') {
                int high = i + 1 < to ? hexDigit(text.charAt(i + 1)) : -1;
                int low = i + 2 < to ? hexDigit(text.charAt(i + 2)) : -1;
                if (high < 0 || low < 0) {
                    String escape = text.substring(i, Math.min(i + 3, to));
                    throw new InvalidAddressException(transport, text, key, "has a bad escape "
                            + AddressText.quote(escape) + " at index " + i + " in the value of key "
                            + AddressText.quote(key) + ": '%' must be followed by two hex digits");
                }
                bytes[length++] = (byte) (high << 4 | low);
                i += 2;
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < to ? i + 2 : i + 1;
                throw new InvalidAddressException(transport, text, key, "has " + AddressText.character(text, i)
                        + " at index " + i + " in the value of key " + AddressText.quote(key)
                        + ", which must be escaped as " + escape(text.substring(i, end)));
            }
        }
        String value;
        try {
            value = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidAddressException(transport, text, key, "has a value for key " + AddressText.quote(key)
                    + " whose unescaped bytes are not UTF-8");
        }
        String bad = AddressText.valueProblem(value);
        if (bad != null) {
            throw new InvalidAddressException(transport, text, key,
                    "has a value for key " + AddressText.quote(key) + " that " + bad);
        }
        return value;
    }

    /**
     * Checks a transport name or key: non-empty, of optionally-escaped bytes only. Answers the rule broken,
     * worded to follow "has a key", or {@code null}.
     */
    static String nameProblem(String name) {
        if (name.isEmpty()) {
            return "that is empty";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x80 || !isPlain((byte) c)) {
                return AddressText.quote(name) + " with " + AddressText.character(name, i) + " at index " + i
                        + ", which is not in [-0-9A-Za-z_/.\\*]";
            }
        }
        return null;
    }

    /** Whether the ASCII byte {@code b} may appear unescaped in a value: {@code [-0-9A-Za-z_/.\*]}. */
    static boolean isPlain(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
                || b == '-' || b == '_' || b == '/' || b == '.' || b == '\\' || b == '*';
    }

    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private static int indexOf(String s, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return to;
    }
}
