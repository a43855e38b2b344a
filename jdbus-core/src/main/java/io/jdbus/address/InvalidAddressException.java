package io.jdbus.address;

import java.util.Optional;

/**
 * Thrown when text is not a valid D-Bus server address, or an address record is built from invalid parts;
 * the message names the address, the key and the rule broken.
 *
 * {@snippet :
 * try {
 *     Address.parse("unix:path=/a,abstract=b");
 * } catch (InvalidAddressException e) {
 *     System.err.println(e.getMessage()); // unix: address "unix:path=/a,abstract=b" has both path and abstract
 *     e.key();                            // Optional[abstract]
 * }
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#addresses">Server Addresses</a>
 */
public final class InvalidAddressException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String transport;
    private final String address;
    private final String key;
    private final String problem;

    /**
     * Creates the exception for {@code address}, whose key {@code key} broke the rule {@code problem}.
     *
     * @param transport the transport name when it is known, else {@code null}
     * @param address the address (or address list) text, as given
     * @param key the key at fault, or {@code null} when no single key is
     * @param problem the rule broken, worded to follow the address: {@code "has both path and abstract"}
     */
    public InvalidAddressException(String transport, String address, String key, String problem) {
        this(message(null, transport, address, problem), transport, address, key, problem);
    }

    private InvalidAddressException(String message, String transport, String address, String key, String problem) {
        super(message);
        this.transport = transport;
        this.address = address;
        this.key = key;
        this.problem = problem;
    }

    /** The transport name, when the text got as far as having one. */
    public Optional<String> transport() {
        return Optional.ofNullable(transport);
    }

    /** The address text at fault: one entry of a list, or the whole list for a problem of the list itself. */
    public String address() {
        return address;
    }

    /** The key at fault, when one key is. */
    public Optional<String> key() {
        return Optional.ofNullable(key);
    }

    /** The rule broken, as it follows the address in the message. */
    public String problem() {
        return problem;
    }

    /** The same problem, cited against {@code text}: the original text of an entry rather than its reformatting. */
    InvalidAddressException at(String text) {
        return new InvalidAddressException(transport, text, key, problem);
    }

    /** The same problem, its message prefixed by where the text came from (an environment variable). */
    InvalidAddressException from(String context) {
        return new InvalidAddressException(message(context, transport, address, problem), transport, address, key,
                problem);
    }

    /** An exception about a value on its own ({@code address} is that value), with its own wording. */
    static InvalidAddressException value(String message, String value, String key, String problem) {
        return new InvalidAddressException(message, null, value, key, problem);
    }

    private static String message(String context, String transport, String address, String problem) {
        return (context == null ? "" : context + ": ") + (transport == null ? "" : transport + ": ")
                + "address " + AddressText.quote(address) + " " + problem;
    }
}
