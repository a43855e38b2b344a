package io.jdbus.message;

import io.jdbus.types.Type;
import io.jdbus.wire.WireWriter;
import java.util.List;

/**
 * Encodes a {@link Message} into the bytes of the wire format, in the message's byte order.
 *
 * {@snippet :
 * byte[] bytes = MessageEncoder.encode(message.withSerial(1));
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-protocol-messages">Message format</a>
 */
public final class MessageEncoder {
    private static final int SCRATCH_KEPT = 1 << 16;
    /** A per-thread scratch buffer, so that encoding does not grow a fresh buffer each time. */
    private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[512]);

    private MessageEncoder() {
    }

    /**
     * Leaves a zero-filled scratch buffer for the next message on this thread (the writer relies on zeroes
     * for padding), whether this one succeeded or not: the writer's final buffer if it grew and is not too
     * large, else the original one.
     */
    private static void recycle(byte[] scratch, WireWriter w) {
        byte[] last = w.buffer();
        if (last == scratch) {
            java.util.Arrays.fill(scratch, 0, w.size(), (byte) 0);
            return;
        }
        if (last.length <= SCRATCH_KEPT) {
            java.util.Arrays.fill(last, 0, w.size(), (byte) 0);
            SCRATCH.set(last);
        } else {
            java.util.Arrays.fill(scratch, (byte) 0);
        }
    }

    /**
     * The message's bytes: the fixed header, the header fields in code order, padding, the body.
     *
     * @throws IllegalArgumentException when the serial is 0 or the message exceeds a limit
     */
    public static byte[] encode(Message m) {
        if (m.serial == 0) {
            throw new IllegalArgumentException("a message needs a non-zero serial before it is encoded");
        }
        int hint = m.wireBody != null ? (m.wireBody.length() > SCRATCH_KEPT ? m.wireBody.length() : 0) : bulk(m.body);
        byte[] scratch = hint == 0 ? SCRATCH.get() : new byte[256 + hint];
        WireWriter w = new WireWriter(m.endian, scratch);
        try {
            write(w, m);
            return java.util.Arrays.copyOf(w.buffer(), w.size());
        } finally {
            if (hint == 0) {
                recycle(scratch, w);
            }
        }
    }

    private static void write(WireWriter w, Message m) {
        w.writeByte(m.endian.marker());
        w.writeByte(m.type.code());
        w.writeByte(m.flags);
        w.writeByte(1);
        w.writeInt(0);                 // body length, filled in below
        w.writeInt(m.serial);
        w.writeInt(0);                 // header fields length, filled in below
        if (m.path != null) {
            field(w, HeaderField.PATH, "o");
            w.writeString(m.path.value());
        }
        if (m.interfaceName != null) {
            stringField(w, HeaderField.INTERFACE, m.interfaceName);
        }
        if (m.member != null) {
            stringField(w, HeaderField.MEMBER, m.member);
        }
        if (m.errorName != null) {
            stringField(w, HeaderField.ERROR_NAME, m.errorName);
        }
        if (m.replySerial != 0) {
            field(w, HeaderField.REPLY_SERIAL, "u");
            w.writeInt(m.replySerial);
        }
        if (m.destination != null) {
            stringField(w, HeaderField.DESTINATION, m.destination);
        }
        if (m.sender != null) {
            stringField(w, HeaderField.SENDER, m.sender);
        }
        if (!m.signature.isEmpty()) {
            field(w, HeaderField.SIGNATURE, "g");
            w.writeSignature(m.signature.toString());
        }
        if (m.unixFds != 0) {
            field(w, HeaderField.UNIX_FDS, "u");
            w.writeInt(m.unixFds);
        }
        w.putInt(12, w.size() - 16);
        w.align(8);
        int bodyStart = w.size();
        if (m.wireBody != null) {
            w.writeBytes(m.wireBody.bytes(), m.wireBody.offset(), m.wireBody.length());   // as received, validated, in this byte order
        } else {
            List<Type> types = m.signature.types();
            for (int i = 0, n = types.size(); i < n; i++) {
                w.write(types.get(i), m.body.get(i));
            }
        }
        w.putInt(4, w.size() - bodyStart);
    }

    private static void field(WireWriter w, HeaderField f, String signature) {
        w.align(8);
        w.writeByte(f.code());
        w.writeSignature(signature);
    }

    private static void stringField(WireWriter w, HeaderField f, String value) {
        field(w, f, "s");
        w.writeString(value);
    }

    /** A size hint: the bytes of top-level byte arrays, so a large {@code ay} body is copied once. */
    private static int bulk(List<Object> body) {
        long n = 0;
        for (Object o : body) {
            if (o instanceof byte[] b) {
                n += b.length + 8;
            }
        }
        return (int) Math.min(n, 1 << 27);
    }
}
