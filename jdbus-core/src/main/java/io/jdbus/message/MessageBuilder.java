package io.jdbus.message;

import io.jdbus.names.ObjectPath;
import io.jdbus.types.Signature;
import io.jdbus.types.Values;
import io.jdbus.wire.Endian;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Builds a {@link Message}, checking once that the header fields its type requires are there and that the
 * body fits its signature. Not thread-safe; the message it builds is immutable.
 *
 * {@snippet :
 * Message m = Message.signal("/org/bluez/hci0/dev_AA_BB_CC_DD_EE_FF",
 *                 "org.freedesktop.DBus.Properties", "PropertiesChanged")
 *         .body("sa{sv}as", "org.bluez.Device1", Map.of("RSSI", Variant.of("n", -60)), List.of())
 *         .build();
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-protocol-header-fields">Header fields</a>
 */
public final class MessageBuilder {
    private final MessageType type;
    private Endian endian = Endian.nativeOrder();
    private int flags;
    private int serial;
    private ObjectPath path;
    private String interfaceName;
    private String member;
    private String errorName;
    private int replySerial;
    private String destination;
    private String sender;
    private Signature signature = Signature.EMPTY;
    private int unixFds;
    private List<Object> body = List.of();

    /** The message this builder started from, if any: its body's bytes can be reused. */
    private Message origin;

    MessageBuilder(MessageType type) {
        this.type = Objects.requireNonNull(type, "type");
    }

    MessageBuilder(Message m) {
        this(m.type);
        endian = m.endian;
        flags = m.flags;
        serial = m.serial;
        path = m.path;
        interfaceName = m.interfaceName;
        member = m.member;
        errorName = m.errorName;
        replySerial = m.replySerial;
        destination = m.destination;
        sender = m.sender;
        signature = m.signature;
        unixFds = m.unixFds;
        body = m.body;
        origin = m;
    }

    /** The byte order to encode in; the platform's by default. */
    public MessageBuilder endian(Endian endian) {
        this.endian = Objects.requireNonNull(endian, "endian");
        return this;
    }

    /** The whole flags byte (0..255). */
    public MessageBuilder flags(int flags) {
        if (flags < 0 || flags > 255) {
            throw new IllegalArgumentException("flags must fit in a byte: " + flags);
        }
        this.flags = flags;
        return this;
    }

    /** Sets one flag. */
    public MessageBuilder flag(Flag flag) {
        this.flags |= flag.bit();
        return this;
    }

    /** The serial (unsigned bits; 0 leaves it to be assigned with {@link Message#withSerial}). */
    public MessageBuilder serial(int serial) {
        this.serial = serial;
        return this;
    }

    /** The PATH field; {@code null} clears it. */
    public MessageBuilder path(String path) {
        this.path = path == null ? null : ValidNames.path(path);
        return this;
    }

    /** The PATH field; {@code null} clears it. */
    public MessageBuilder path(ObjectPath path) {
        this.path = path;
        return this;
    }

    /** The INTERFACE field, validated; {@code null} clears it. */
    public MessageBuilder interfaceName(String name) {
        this.interfaceName = name == null ? null : ValidNames.require(name, ValidNames.INTERFACE);
        return this;
    }

    /** The MEMBER field, validated; {@code null} clears it. */
    public MessageBuilder member(String name) {
        this.member = name == null ? null : ValidNames.require(name, ValidNames.MEMBER);
        return this;
    }

    /** The ERROR_NAME field, validated; {@code null} clears it. */
    public MessageBuilder errorName(String name) {
        this.errorName = name == null ? null : ValidNames.require(name, ValidNames.ERROR);
        return this;
    }

    /** The REPLY_SERIAL field (unsigned bits; 0 clears it). */
    public MessageBuilder replySerial(int serial) {
        this.replySerial = serial;
        return this;
    }

    /** The DESTINATION field, validated as a bus name; {@code null} clears it. */
    public MessageBuilder destination(String name) {
        this.destination = name == null ? null : ValidNames.require(name, ValidNames.BUS);
        return this;
    }

    /** The SENDER field, validated as a bus name; {@code null} clears it. */
    public MessageBuilder sender(String name) {
        this.sender = name == null ? null : ValidNames.require(name, ValidNames.BUS);
        return this;
    }

    /** The UNIX_FDS field: how many descriptors accompany the message. */
    public MessageBuilder unixFds(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("unix fd count must be non-negative: " + count);
        }
        this.unixFds = count;
        return this;
    }

    /** The body: {@code args} converted to the decoded forms of {@code signature} by the type table. */
    public MessageBuilder body(Signature signature, List<?> args) {
        this.body = Values.coerceArguments(signature, args);
        this.signature = signature;
        return this;
    }

    /** The body: {@code args} converted to the decoded forms of {@code signature} by the type table. */
    public MessageBuilder body(String signature, Object... args) {
        return body(Signature.of(signature), Arrays.asList(args));
    }

    /**
     * The message, after checking the fields its type requires: PATH and MEMBER for a call, PATH, INTERFACE
     * and MEMBER for a signal, ERROR_NAME and REPLY_SERIAL for an error, REPLY_SERIAL for a return.
     *
     * @throws IllegalStateException naming the missing field
     */
    public Message build() {
        switch (type) {
            case METHOD_CALL -> require(path != null && member != null, "a method call needs PATH and MEMBER");
            case SIGNAL -> require(path != null && interfaceName != null && member != null,
                    "a signal needs PATH, INTERFACE and MEMBER");
            case ERROR -> require(errorName != null && replySerial != 0, "an error needs ERROR_NAME and REPLY_SERIAL");
            case METHOD_RETURN -> require(replySerial != 0, "a method return needs REPLY_SERIAL");
        }
        // The body's bytes go along while the body is the one they encode, in the same byte order.
        WireBody wireBody = origin != null && origin.body == body && origin.signature == signature
                && origin.endian == endian ? origin.wireBody : null;
        return new Message(endian, type, flags, serial, path, interfaceName, member, errorName, replySerial,
                destination, sender, signature, unixFds, body, wireBody);
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException(what);
        }
    }
}
