package io.jdbus.bench;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.MessageTypeException;
import org.freedesktop.dbus.messages.Message;
import org.freedesktop.dbus.messages.MessageFactory;
import org.freedesktop.dbus.messages.constants.Endian;

/**
 * dbus-java 5.2.0's codec without a connection: how its transport builds and parses messages.
 *
 * <p>Encoding is what a {@code DBusSignal}/{@code MethodCall}/{@code MethodReturn} constructor does
 * (it marshals header and body into {@link Message#getWireData()}, the segments its transport
 * writes). Decoding is what its socket reader does once the bytes are in: the message is split into
 * the 12-byte fixed header, the header-field array and the body, exactly as
 * {@code AbstractInputStreamMessageReader} lays them out, then handed to
 * {@link MessageFactory#createMessage} and its body extracted with {@link Message#getParameters()}.
 */
final class DbusJavaWire {

    /** The factory a little-endian connection uses. */
    static final MessageFactory FACTORY = new MessageFactory(Endian.LITTLE);

    private DbusJavaWire() {
    }

    /**
     * The message's wire segments concatenated: one D-Bus frame. (dbus-java's writer does not do this:
     * it writes each segment to the socket with its own {@code write} call.)
     */
    static byte[] toBytes(Message message) {
        byte[][] segments = message.getWireData();
        int length = 0;
        for (byte[] segment : segments) {
            if (segment == null) {
                break; // dbus-java's writer stops at the first unused slot
            }
            length += segment.length;
        }
        byte[] frame = new byte[length];
        int at = 0;
        for (int i = 0; at < length; i++) {
            System.arraycopy(segments[i], 0, frame, at, segments[i].length);
            at += segments[i].length;
        }
        return frame;
    }

    /**
     * One received frame cut the way dbus-java's reader cuts it. The cutting happens once, outside the
     * measurement, so dbus-java is not charged for it (its reader reads straight into these arrays).
     */
    record Frame(byte type, byte[] fixedHeader, byte[] headerFields, byte[] body) {

        static Frame split(byte[] wire) {
            ByteBuffer in = ByteBuffer.wrap(wire)
                    .order(wire[0] == Endian.BIG ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
            int bodyLength = in.getInt(4);
            int fieldsLength = in.getInt(12);
            int paddedFieldsLength = (fieldsLength + 7) & ~7;

            byte[] fixedHeader = new byte[12];
            System.arraycopy(wire, 0, fixedHeader, 0, 12);
            // The reader keeps the array length in bytes 0..3 and the fields from byte 8 on.
            byte[] headerFields = new byte[paddedFieldsLength + 8];
            System.arraycopy(wire, 12, headerFields, 0, 4);
            System.arraycopy(wire, 16, headerFields, 8, paddedFieldsLength);
            byte[] body = new byte[bodyLength];
            System.arraycopy(wire, 16 + paddedFieldsLength, body, 0, bodyLength);
            return new Frame(wire[1], fixedHeader, headerFields, body);
        }

        /** Parses the frame and its body with dbus-java's generic mapping ({@code ay} becomes a List of Byte). */
        Message decode() throws DBusException, MessageTypeException {
            Message message = MessageFactory.createMessage(type, fixedHeader, headerFields, body, List.of());
            message.getParameters();
            return message;
        }

        /**
         * Parses the frame and its body for a handler whose parameters have these Java types, as dbus-java
         * does when it dispatches to a typed method ({@code byte[].class} makes {@code ay} a byte array).
         */
        Message decode(java.lang.reflect.Type... parameterTypes) throws DBusException, MessageTypeException {
            Message message = MessageFactory.createMessage(type, fixedHeader, headerFields, body, List.of());
            message.getParameters(List.<java.lang.reflect.Type[]>of(parameterTypes));
            return message;
        }
    }
}
