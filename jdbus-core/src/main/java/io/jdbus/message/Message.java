package io.jdbus.message;

import io.jdbus.names.ObjectPath;
import io.jdbus.types.Signature;
import io.jdbus.types.Values;
import io.jdbus.wire.Endian;
import java.util.List;
import java.util.Objects;

/**
 * An immutable D-Bus message: header fields and a body of decoded values.
 *
 * <p>Built with the factories and {@link MessageBuilder}, which checks the header fields each type requires;
 * the serial is assigned by deriving a copy ({@link #withSerial}), never by mutation.
 * {@snippet :
 * Message call = Message.methodCall("org.freedesktop.DBus", "/org/freedesktop/DBus",
 *                 "org.freedesktop.DBus", "GetNameOwner")
 *         .body("s", "com.example.name")
 *         .build()
 *         .withSerial(7);
 * Message reply = Message.methodReturn(call).body("s", ":1.42").build().withSerial(8);
 * byte[] bytes = MessageEncoder.encode(reply);
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-protocol-messages">Message format</a>
 */
public final class Message {
    final Endian endian;
    final MessageType type;
    final int flags;
    final int serial;
    final ObjectPath path;
    final String interfaceName;
    final String member;
    final String errorName;
    final int replySerial;
    final String destination;
    final String sender;
    final Signature signature;
    final int unixFds;
    final List<Object> body;
    /** The body's bytes in {@link #endian} order when it was decoded (or copied from such a message), else null. */
    final WireBody wireBody;
    final List<AttachedFd> fds;

    Message(Endian endian, MessageType type, int flags, int serial, ObjectPath path, String interfaceName,
            String member, String errorName, int replySerial, String destination, String sender,
            Signature signature, int unixFds, List<Object> body, WireBody wireBody) {
        this(endian, type, flags, serial, path, interfaceName, member, errorName, replySerial, destination, sender,
                signature, unixFds, body, wireBody, List.of());
    }

    private Message(Endian endian, MessageType type, int flags, int serial, ObjectPath path, String interfaceName,
            String member, String errorName, int replySerial, String destination, String sender,
            Signature signature, int unixFds, List<Object> body, WireBody wireBody, List<AttachedFd> fds) {
        this.endian = endian;
        this.type = type;
        this.flags = flags;
        this.serial = serial;
        this.path = path;
        this.interfaceName = interfaceName;
        this.member = member;
        this.errorName = errorName;
        this.replySerial = replySerial;
        this.destination = destination;
        this.sender = sender;
        this.signature = signature;
        this.unixFds = unixFds;
        this.body = body;
        this.wireBody = wireBody;
        this.fds = fds;
    }

    /** A builder for a method call; {@code destination} and {@code interfaceName} may be {@code null}. */
    public static MessageBuilder methodCall(String destination, String path, String interfaceName, String member) {
        return new MessageBuilder(MessageType.METHOD_CALL).destination(destination).path(path)
                .interfaceName(interfaceName).member(member);
    }

    /** A builder for a signal. */
    public static MessageBuilder signal(String path, String interfaceName, String member) {
        return new MessageBuilder(MessageType.SIGNAL).path(path).interfaceName(interfaceName).member(member);
    }

    /** A builder for the reply to {@code call}: its serial is the reply serial, its sender the destination. */
    public static MessageBuilder methodReturn(Message call) {
        return new MessageBuilder(MessageType.METHOD_RETURN).replySerial(call.serial).destination(call.sender)
                .endian(call.endian);
    }

    /** A builder for an error reply to {@code call}, with {@code text} (may be {@code null}) as its one string argument. */
    public static MessageBuilder error(Message call, String errorName, String text) {
        MessageBuilder b = new MessageBuilder(MessageType.ERROR).replySerial(call.serial).destination(call.sender)
                .errorName(errorName).endian(call.endian);
        return text == null ? b : b.body("s", text);
    }

    /** A builder for a message of {@code type} with no fields set. */
    public static MessageBuilder builder(MessageType type) {
        return new MessageBuilder(type);
    }

    /** A builder that starts with every field of this message. */
    public MessageBuilder toBuilder() {
        return new MessageBuilder(this);
    }

    /** The byte order the message is (or will be) encoded in. */
    public Endian endian() {
        return endian;
    }

    /** The message type. */
    public MessageType type() {
        return type;
    }

    /** The flags byte, unknown bits included. */
    public int flags() {
        return flags;
    }

    /** Whether {@code flag} is set. */
    public boolean has(Flag flag) {
        return (flags & flag.bit()) != 0;
    }

    /** The major protocol version, always 1. */
    public int version() {
        return 1;
    }

    /** The serial, as unsigned bits ({@link Integer#toUnsignedLong}); 0 until assigned. */
    public int serial() {
        return serial;
    }

    /** The PATH field, or {@code null}. */
    public ObjectPath path() {
        return path;
    }

    /** The INTERFACE field, or {@code null}. */
    public String interfaceName() {
        return interfaceName;
    }

    /** The MEMBER field, or {@code null}. */
    public String member() {
        return member;
    }

    /** The ERROR_NAME field, or {@code null}. */
    public String errorName() {
        return errorName;
    }

    /** The REPLY_SERIAL field (unsigned bits), or {@code null}. */
    public Integer replySerial() {
        return replySerial == 0 ? null : replySerial;
    }

    /** The DESTINATION field, or {@code null}. */
    public String destination() {
        return destination;
    }

    /** The SENDER field, or {@code null}. */
    public String sender() {
        return sender;
    }

    /** The body's signature, {@link Signature#EMPTY} when there is no body. */
    public Signature signature() {
        return signature;
    }

    /** The UNIX_FDS field: how many file descriptors accompany the message. */
    public int unixFds() {
        return unixFds;
    }

    /**
     * The file descriptors that travel with the message, in the order the body's {@code UnixFD} indices
     * refer to: those attached with {@link #withFds}, or those that arrived with a received message. Empty
     * for a message built from parts or decoded from bytes alone. The list does not own them: see
     * {@link AttachedFd} for who closes what.
     */
    public List<AttachedFd> fds() {
        return fds;
    }

    /**
     * A copy that carries {@code fds}, its UNIX_FDS field set to their number. Descriptors are not part of
     * {@link #equals}; {@link #toBuilder()} does not carry them over.
     * {@snippet :
     * Message m = Message.signal("/a", "com.example.X", "Fd").body("h", new UnixFD(0)).build()
     *         .withFds(List.of(fd));
     * }
     */
    public Message withFds(List<? extends AttachedFd> fds) {
        List<AttachedFd> copy = List.copyOf(fds);
        return new Message(endian, type, flags, serial, path, interfaceName, member, errorName, replySerial,
                destination, sender, signature, copy.size(), body, wireBody, copy);
    }

    /**
     * The body's values in their decoded form, unmodifiable. In a received message with a body of 4 KiB or
     * more, large arrays of variable-size elements (strings, paths, structs, variants, arrays) and large dicts
     * decode their elements when they are first used, from the bytes the message keeps; the whole body was
     * validated when the message was decoded. They are ordinary unmodifiable lists and maps to their users,
     * and safe to share between threads; a value taken from them keeps those bytes reachable.
     * {@snippet :
     * Map<?, ?> objects = (Map<?, ?>) reply.body().get(0);   // a{oa{sa{sv}}}: decoded level by level as used
     * }
     */
    public List<Object> body() {
        return body;
    }

    /** A copy with serial {@code serial} (non-zero). */
    public Message withSerial(int serial) {
        if (serial == 0) {
            throw new IllegalArgumentException("serial must not be 0");
        }
        return new Message(endian, type, flags, serial, path, interfaceName, member, errorName, replySerial,
                destination, sender, signature, unixFds, body, wireBody, fds);
    }

    /** A copy with the SENDER field set to {@code sender} (as a bus stamps it), keeping the descriptors. */
    public Message withSender(String sender) {
        String valid = sender == null ? null : ValidNames.require(sender, ValidNames.BUS);
        return new Message(endian, type, flags, serial, path, interfaceName, member, errorName, replySerial,
                destination, valid, signature, unixFds, body, wireBody, fds);
    }

    /** A copy to be encoded in {@code endian} byte order. */
    public Message withEndian(Endian endian) {
        return new Message(Objects.requireNonNull(endian), type, flags, serial, path, interfaceName, member,
                errorName, replySerial, destination, sender, signature, unixFds, body,
                endian == this.endian ? wireBody : null, fds);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Message m && m.endian == endian && m.type == type && m.flags == flags
                && m.serial == serial && Objects.equals(m.path, path) && Objects.equals(m.interfaceName, interfaceName)
                && Objects.equals(m.member, member) && Objects.equals(m.errorName, errorName)
                && m.replySerial == replySerial && Objects.equals(m.destination, destination)
                && Objects.equals(m.sender, sender) && m.signature.equals(signature) && m.unixFds == unixFds
                && Values.deepEquals(m.body, body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, serial, path, interfaceName, member, errorName, replySerial, destination,
                signature) * 31 + Values.deepHashCode(body);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(type.wireName()).append('{');
        sb.append("serial=").append(Integer.toUnsignedLong(serial));
        if (path != null) {
            sb.append(", path=").append(path);
        }
        if (interfaceName != null) {
            sb.append(", interface=").append(interfaceName);
        }
        if (member != null) {
            sb.append(", member=").append(member);
        }
        if (errorName != null) {
            sb.append(", error=").append(errorName);
        }
        if (replySerial != 0) {
            sb.append(", replySerial=").append(Integer.toUnsignedLong(replySerial));
        }
        if (destination != null) {
            sb.append(", destination=").append(destination);
        }
        if (sender != null) {
            sb.append(", sender=").append(sender);
        }
        if (!signature.isEmpty()) {
            sb.append(", signature=").append(signature).append(", body=").append(body);
        }
        return sb.append('}').toString();
    }
}
