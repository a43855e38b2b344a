package io.jdbus.cli.format;

import io.jdbus.message.Message;

/**
 * A whole message as one JSON object: {@code type, endian, flags, version, serial, path, interface, member,
 * error_name, reply_serial, destination, sender, signature, unix_fds, payload}, in that order, with absent
 * header fields left out. {@code payload} has exactly the shape {@code busctl --json} gives a message body
 * ({@code {"type":"<signature>","data":[...]}}), so it compares byte for byte with busctl's.
 *
 * {@snippet :
 * MessageJson.format(message, JsonStyle.SHORT);
 * // {"type":"method_return","endian":"l","flags":1,"version":1,"serial":3,"reply_serial":2,
 * //  "destination":":1.5","sender":"org.freedesktop.DBus","signature":"s","payload":{"type":"s","data":[":1.5"]}}
 * }
 */
public final class MessageJson {
    private MessageJson() {
    }

    /** The message as a JSON object, without a trailing newline. */
    public static String format(Message m, JsonStyle style) {
        JsonWriter w = new JsonWriter(style);
        w.beginObject()
                .name("type").string(HeaderText.typeName(m.type()))
                .name("endian").string(HeaderText.endian(m))
                .name("flags").number(Integer.toString(m.flags()))
                .name("version").number(Integer.toString(m.version()))
                .name("serial").number(Long.toString(HeaderText.serial(m)));
        field(w, "path", HeaderText.text(m.path()));
        field(w, "interface", HeaderText.text(m.interfaceName()));
        field(w, "member", HeaderText.text(m.member()));
        field(w, "error_name", HeaderText.text(m.errorName()));
        long reply = HeaderText.replySerial(m);
        if (reply != 0) {
            w.name("reply_serial").number(Long.toString(reply));
        }
        field(w, "destination", HeaderText.text(m.destination()));
        field(w, "sender", HeaderText.text(m.sender()));
        if (!m.signature().isEmpty()) {
            w.name("signature").string(m.signature().toString());
        }
        if (m.unixFds() != 0) {
            w.name("unix_fds").number(Integer.toUnsignedString(m.unixFds()));
        }
        w.name("payload");
        ValueJson.payload(w, m.signature(), m.body());
        w.endObject();
        return w.toString();
    }

    private static void field(JsonWriter w, String name, String value) {
        if (value != null) {
            w.name(name).string(value);
        }
    }
}
