package io.jdbus.cli.format;

import io.jdbus.message.Message;

/**
 * A whole message as one JSON object, with the keys and key order of {@code busctl monitor --json}:
 * {@code type, endian, flags, version, cookie, reply_cookie, sender, destination, path, interface,
 * member, error_name, payload}; absent header fields are left out.
 *
 * <p>busctl's {@code timestamp-realtime} is left out (a stored message has no receive time); a
 * message carrying file descriptors gets {@code "unix_fds":N} before {@code payload}, which busctl
 * does not print. Everything else compares byte for byte with busctl once its timestamp is removed.
 *
 * {@snippet :
 * MessageJson.format(message, JsonStyle.SHORT);
 * // {"type":"method_return","endian":"l","flags":1,"version":1,"cookie":3,"reply_cookie":2,
 * //  "sender":"org.freedesktop.DBus","destination":":1.5","payload":{"type":"s","data":[":1.5"]}}
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
                .name("cookie").number(Long.toString(HeaderText.serial(m)));
        long reply = HeaderText.replySerial(m);
        if (reply != 0) {
            w.name("reply_cookie").number(Long.toString(reply));
        }
        field(w, "sender", HeaderText.text(m.sender()));
        field(w, "destination", HeaderText.text(m.destination()));
        field(w, "path", HeaderText.text(m.path()));
        field(w, "interface", HeaderText.text(m.interfaceName()));
        field(w, "member", HeaderText.text(m.member()));
        field(w, "error_name", HeaderText.text(m.errorName()));
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
