package io.jdbus.cli.format;

import io.jdbus.message.Message;
import io.jdbus.message.MessageType;

/** Header values as busctl names and prints them, shared by the text and JSON renderings. */
final class HeaderText {
    private HeaderText() {
    }

    /** {@code method_call}, {@code method_return}, {@code error} or {@code signal}. */
    static String typeName(MessageType type) {
        return switch (type) {
            case METHOD_CALL -> "method_call";
            case METHOD_RETURN -> "method_return";
            case ERROR -> "error";
            case SIGNAL -> "signal";
        };
    }

    /** The endianness marker as a one-character string, {@code l} or {@code B}. */
    static String endian(Message m) {
        return String.valueOf((char) m.endian().marker());
    }

    /** The serial, read as unsigned. */
    static long serial(Message m) {
        return Integer.toUnsignedLong(m.serial());
    }

    /** The reply serial read as unsigned, or 0 when the header has none (0 is never a valid serial). */
    static long replySerial(Message m) {
        Integer reply = m.replySerial();
        return reply == null ? 0 : Integer.toUnsignedLong(reply);
    }

    /** A header field's text, or {@code null} when it is absent. */
    static String text(Object field) {
        return field == null ? null : field.toString();
    }
}
