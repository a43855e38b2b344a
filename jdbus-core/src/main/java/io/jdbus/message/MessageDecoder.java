package io.jdbus.message;

import io.jdbus.names.ObjectPath;
import io.jdbus.types.ArrayType;
import io.jdbus.types.BasicType;
import io.jdbus.types.DictType;
import io.jdbus.types.Signature;
import io.jdbus.types.StructType;
import io.jdbus.types.Type;
import io.jdbus.types.VariantType;
import io.jdbus.wire.Endian;
import io.jdbus.wire.Limits;
import io.jdbus.wire.MalformedMessageException;
import io.jdbus.wire.WireReader;
import java.util.Arrays;
import java.util.List;

/**
 * Decodes the bytes of one message, validating every rule of the specification: the fixed header, the
 * limits (checked from the first 16 bytes, before anything is allocated), the header fields' types and
 * values, the fields each message type requires, and the body against its signature.
 *
 * <p>The whole body is validated before the message is returned. In a body of 4 KiB or more, arrays of
 * variable-size elements and dicts (of 256 bytes or more) are not decoded yet: the message keeps a copy of its
 * body's bytes (or the array itself, when it was handed over with {@link #decodeOwned}), and each such container
 * is a view that decodes its elements when it is first used (see {@link Message#body()}); smaller bodies are
 * decoded whole. The encoder copies those bytes back unchanged when the message is sent again in the same byte
 * order.
 *
 * <p>Unknown header fields and flags are ignored; a message of a type the specification does not define
 * decodes to {@code null}, which a receiver must ignore. Offsets in exceptions count from the message's
 * first byte.
 * {@snippet :
 * Message m = MessageDecoder.decode(bytes);
 * if (m != null) {
 *     System.out.println(m.member() + " " + m.body());
 * }
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-protocol-messages">Message format</a>
 */
public final class MessageDecoder {
    /** The size of the fixed part of the header, which tells the length of the whole message. */
    public static final int FIXED_HEADER = 16;

    /**
     * Bodies of fewer bytes than this are decoded whole, in one pass: a small message is usually read whole, and
     * one pass costs less than validating first and decoding later.
     */
    static final int VIEW_BODY = 4096;

    private static final ObjectPath LOCAL_PATH = ObjectPath.of("/org/freedesktop/DBus/Local");
    private static final String LOCAL_INTERFACE = "org.freedesktop.DBus.Local";

    private MessageDecoder() {
    }

    /**
     * The length of the message that starts at {@code buf[off]}, or -1 when fewer than 16 bytes are available.
     *
     * @throws MalformedMessageException when the fixed header is invalid or announces more than the limits
     */
    public static int frameLength(byte[] buf, int off, int available) throws MalformedMessageException {
        if (available < FIXED_HEADER) {
            return -1;
        }
        Endian endian = Endian.forMarker(buf[off]);
        if (endian == null) {
            throw new MalformedMessageException("byte order marker " + (buf[off] & 0xFF) + " is neither 'l' nor 'B'", 0);
        }
        if (buf[off + 3] != 1) {
            throw new MalformedMessageException("protocol version " + (buf[off + 3] & 0xFF) + " is not 1", 3);
        }
        WireReader r = new WireReader(buf, off, off + 4, off + FIXED_HEADER, endian, 0);
        long bodyLength = Integer.toUnsignedLong(r.readInt());
        r.readInt();
        long fieldsLength = Integer.toUnsignedLong(r.readInt());
        if (fieldsLength > Limits.MAX_ARRAY) {
            throw new MalformedMessageException("header fields array of " + fieldsLength + " bytes exceeds the limit of "
                    + Limits.MAX_ARRAY, 12);
        }
        long total = FIXED_HEADER + ((fieldsLength + 7) & ~7L) + bodyLength;
        if (total > Limits.MAX_MESSAGE) {
            throw new MalformedMessageException("message of " + total + " bytes exceeds the limit of "
                    + Limits.MAX_MESSAGE, 4);
        }
        return (int) total;
    }

    /** Decodes {@code buf}, which must hold exactly one message; {@code null} for an unknown message type. */
    public static Message decode(byte[] buf) throws MalformedMessageException {
        return decode(buf, 0, buf.length);
    }

    /** Decodes {@code buf[off, off + len)}, which must hold exactly one message; {@code null} for an unknown type. */
    public static Message decode(byte[] buf, int off, int len) throws MalformedMessageException {
        return decode(buf, off, len, false);
    }

    /**
     * Decodes {@code frame}, which must hold exactly one message and which the caller hands over: the message may
     * keep it, instead of a copy of its body, so it must never be changed again. This is how a reader that reads
     * each large message into an array of its own passes it on ({@link MessageStreamReader} does); {@code null}
     * for an unknown message type.
     * {@snippet :
     * byte[] frame = new byte[MessageDecoder.frameLength(header, 0, 16)];
     * in.readNBytes(frame, 0, frame.length);
     * Message m = MessageDecoder.decodeOwned(frame);   // frame now belongs to m
     * }
     */
    public static Message decodeOwned(byte[] frame) throws MalformedMessageException {
        return decode(frame, 0, frame.length, true);
    }

    /**
     * Decodes {@code buf[off, off + len)}; when {@code owned}, the bytes never change again and a large body's views
     * read them where they are, else they read a copy.
     */
    static Message decode(byte[] buf, int off, int len, boolean owned) throws MalformedMessageException {
        int total = frameLength(buf, off, len);
        if (total < 0) {
            throw new MalformedMessageException("truncated: " + len + " bytes, a message has at least " + FIXED_HEADER, len);
        }
        if (total != len) {
            throw new MalformedMessageException(total > len
                    ? "truncated: the header announces " + total + " bytes, " + len + " are there"
                    : (len - total) + " bytes beyond the " + total + " the header announces", Math.min(total, len));
        }
        Endian endian = Endian.forMarker(buf[off]);
        MessageType type = MessageType.forCode(buf[off + 1]);
        if (buf[off + 1] == 0) {
            throw new MalformedMessageException("message type 0 is invalid", 1);
        }
        if (type == null) {
            return null;
        }
        int flags = buf[off + 2] & 0xFF;
        WireReader fixed = new WireReader(buf, off, off + 4, off + FIXED_HEADER, endian, 0);
        int bodyLength = fixed.readInt();
        int serial = fixed.readInt();
        int fieldsLength = fixed.readInt();
        if (serial == 0) {
            throw new MalformedMessageException("serial is 0", 8);
        }
        HeaderFields f = new HeaderFields();
        // No defined header field holds an fd; an unknown one may, and is skipped whatever its index.
        f.read(new WireReader(buf, off, off + FIXED_HEADER, off + FIXED_HEADER + fieldsLength, endian, Integer.MAX_VALUE));
        check(type, f);
        int bodyStart = (FIXED_HEADER + fieldsLength + 7) & ~7;
        WireReader body = new WireReader(buf, off, off + FIXED_HEADER + fieldsLength, off + bodyStart + bodyLength,
                endian, f.unixFds);
        body.align(8);
        Signature signature = f.signature == null ? Signature.EMPTY : f.signature;
        if (signature.isEmpty() && bodyLength != 0) {
            throw new MalformedMessageException("body of " + Integer.toUnsignedLong(bodyLength)
                    + " bytes but no SIGNATURE field", bodyStart);
        }
        List<Type> types = signature.types();
        Object[] values = new Object[types.size()];
        boolean views = false;
        for (int i = 0; i < values.length && !views && bodyLength >= VIEW_BODY; i++) {
            views = hasViews(types.get(i));
        }
        WireBody wireBody = null;
        if (views) {
            // Validate all, keep the bytes, and leave arrays and dicts of containers as views over them.
            body.skipAll(types);
            checkEnd(body, signature);
            WireReader reader;
            if (owned) {
                wireBody = new WireBody(buf, off + bodyStart, bodyLength);
                reader = new WireReader(buf, off, off + bodyStart, off + bodyStart + bodyLength, endian, f.unixFds);
            } else {
                byte[] copy = Arrays.copyOfRange(buf, off + bodyStart, off + bodyStart + bodyLength);
                wireBody = new WireBody(copy, 0, bodyLength);
                reader = new WireReader(copy, 0, 0, bodyLength, endian, f.unixFds);
            }
            for (int i = 0; i < values.length; i++) {
                values[i] = reader.readView(types.get(i));
            }
        } else {
            for (int i = 0; i < values.length; i++) {
                values[i] = body.read(types.get(i));
            }
            checkEnd(body, signature);
        }
        return new Message(endian, type, flags, serial, f.path, f.interfaceName, f.member, f.errorName,
                f.replySerial, f.destination, f.sender, signature, f.unixFds, List.of(values), wireBody);
    }

    private static void checkEnd(WireReader body, Signature signature) throws MalformedMessageException {
        if (body.remaining() != 0) {
            throw new MalformedMessageException(body.remaining() + " bytes of body beyond its signature \""
                    + signature + "\"", body.position());
        }
    }

    /**
     * Whether reading {@code type} with {@link WireReader#readView} may leave a view over the bytes: an array of
     * variable-size elements, a dict, or a variant (which may hold either).
     */
    private static boolean hasViews(Type type) {
        return switch (type) {
            case BasicType b -> false;
            case ArrayType a -> !(a.element() instanceof BasicType b && b.isFixed());
            case DictType d -> true;
            case VariantType v -> true;
            case StructType s -> {
                List<Type> fields = s.fields();
                for (int i = 0, n = fields.size(); i < n; i++) {
                    if (hasViews(fields.get(i))) {
                        yield true;
                    }
                }
                yield false;
            }
        };
    }

    private static void check(MessageType type, HeaderFields f) throws MalformedMessageException {
        String missing = switch (type) {
            case METHOD_CALL -> f.path == null ? "PATH" : f.member == null ? "MEMBER" : null;
            case SIGNAL -> f.path == null ? "PATH" : f.interfaceName == null ? "INTERFACE"
                    : f.member == null ? "MEMBER" : null;
            case ERROR -> f.errorName == null ? "ERROR_NAME" : f.replySerial == 0 ? "REPLY_SERIAL" : null;
            case METHOD_RETURN -> f.replySerial == 0 ? "REPLY_SERIAL" : null;
        };
        if (missing != null) {
            throw new MalformedMessageException(type.wireName() + " without the required " + missing + " field",
                    FIXED_HEADER);
        }
        if (LOCAL_PATH.equals(f.path)) {
            throw new MalformedMessageException("message uses the reserved path " + LOCAL_PATH, FIXED_HEADER);
        }
        if (LOCAL_INTERFACE.equals(f.interfaceName)) {
            throw new MalformedMessageException("message uses the reserved interface " + LOCAL_INTERFACE, FIXED_HEADER);
        }
    }

    /** The header fields as they are read, each checked for its type, its value and duplicates. */
    private static final class HeaderFields {
        ObjectPath path;
        String interfaceName;
        String member;
        String errorName;
        int replySerial;
        String destination;
        String sender;
        Signature signature;
        int unixFds;
        private int seen;

        void read(WireReader r) throws MalformedMessageException {
            while (r.remaining() > 0) {
                r.align(8);
                int at = r.position();
                int code = r.readByte() & 0xFF;
                Signature sig = r.readSignature();
                if (!sig.isSingle()) {
                    throw new MalformedMessageException("header field " + code + " has signature \"" + sig
                            + "\", not one complete type", at);
                }
                Type type = sig.single();
                if (code == 0) {
                    throw new MalformedMessageException("header field code 0 is invalid", at);
                }
                HeaderField field = HeaderField.forCode(code);
                if (field == null) {
                    r.read(type);   // unknown fields are ignored, but must still be well formed
                    continue;
                }
                if (type != field.type()) {
                    throw new MalformedMessageException("header field " + field + " has type " + sig + ", expected "
                            + field.type().signature(), at);
                }
                if ((seen & (1 << code)) != 0) {
                    throw new MalformedMessageException("header field " + field + " appears twice", at);
                }
                seen |= 1 << code;
                Object value = r.read(type);
                store(field, value, at);
            }
        }

        private void store(HeaderField field, Object value, int at) throws MalformedMessageException {
            switch (field) {
                case PATH -> path = (ObjectPath) value;
                case INTERFACE -> interfaceName = name(field, (String) value, ValidNames.isValid((String) value, ValidNames.INTERFACE), at);
                case MEMBER -> member = name(field, (String) value, ValidNames.isValid((String) value, ValidNames.MEMBER), at);
                case ERROR_NAME -> errorName = name(field, (String) value, ValidNames.isValid((String) value, ValidNames.ERROR), at);
                case REPLY_SERIAL -> {
                    replySerial = (Integer) value;
                    if (replySerial == 0) {
                        throw new MalformedMessageException("REPLY_SERIAL is 0", at);
                    }
                }
                case DESTINATION -> destination = name(field, (String) value, ValidNames.isValid((String) value, ValidNames.BUS), at);
                case SENDER -> sender = name(field, (String) value, ValidNames.isValid((String) value, ValidNames.BUS), at);
                case SIGNATURE -> signature = (Signature) value;
                case UNIX_FDS -> unixFds = (Integer) value;
            }
        }

        private static String name(HeaderField field, String value, boolean valid, int at)
                throws MalformedMessageException {
            if (!valid) {
                throw new MalformedMessageException("header field " + field + " \"" + value + "\" is not a valid name", at);
            }
            return value;
        }
    }
}
