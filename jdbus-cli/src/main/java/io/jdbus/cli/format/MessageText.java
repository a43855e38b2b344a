package io.jdbus.cli.format;

import io.jdbus.message.Message;
import io.jdbus.message.MessageType;
import io.jdbus.types.BasicType;
import java.util.List;

/**
 * A whole message in busctl's text form, as {@code busctl monitor} prints it: a header line,
 * the names, then the body, then an empty line.
 *
 * <p>What busctl adds from outside the message is left out: the receive {@code Timestamp}, and the
 * sender's credentials beyond {@code UniqueName} (which sd-bus takes from the sender field when it
 * is a unique name). A serial of {@code 0xFFFFFFFF} prints as {@code -1}, as busctl does.
 *
 * {@snippet :
 * MessageText.format(message);
 * // ‣ Type=method_call  Endian=l  Flags=0  Version=1 Cookie=7
 * //   Sender=:1.5  Destination=org.freedesktop.DBus  Path=/org/freedesktop/DBus  Interface=org.freedesktop.DBus  Member=GetNameOwner
 * //   UniqueName=:1.5
 * //   MESSAGE "s" {
 * //           STRING "org.freedesktop.DBus";
 * //   };
 * //
 * }
 */
public final class MessageText {
    private static final String MARGIN = "  ";

    private MessageText() {
    }

    /** The message as busctl monitor prints it, ending with an empty line. */
    public static String format(Message m) {
        StringBuilder sb = new StringBuilder();
        header(sb, m);
        sb.append(ValueText.message(m.signature(), m.body(), MARGIN));
        sb.append('\n');
        return sb.toString();
    }

    private static void header(StringBuilder sb, Message m) {
        long serial = HeaderText.serial(m);
        sb.append("‣ Type=").append(HeaderText.typeName(m.type()))
                .append("  Endian=").append(HeaderText.endian(m))
                .append("  Flags=").append(m.flags())
                .append("  Version=").append(m.version())
                .append(" Cookie=").append(serial == 0xFFFFFFFFL ? "-1" : Long.toString(serial));
        long reply = HeaderText.replySerial(m);
        if (reply != 0) {
            sb.append("  ReplyCookie=").append(reply);
        }
        sb.append('\n');

        int before = sb.length();
        field(sb, "Sender", HeaderText.text(m.sender()));
        field(sb, "Destination", HeaderText.text(m.destination()));
        field(sb, "Path", HeaderText.text(m.path()));
        field(sb, "Interface", HeaderText.text(m.interfaceName()));
        field(sb, "Member", HeaderText.text(m.member()));
        if (sb.length() > before) {
            sb.append('\n');
        }

        String errorName = HeaderText.text(m.errorName());
        if (m.type() == MessageType.ERROR || errorName != null) {
            sb.append("  ErrorName=").append(errorName == null ? "n/a" : errorName)
                    .append("  ErrorMessage=\"").append(errorMessage(m)).append("\"\n");
        }

        String sender = HeaderText.text(m.sender());
        if (sender != null && sender.startsWith(":")) {
            sb.append("  UniqueName=").append(sender).append('\n');
        }
    }

    private static void field(StringBuilder sb, String name, String value) {
        if (value != null) {
            sb.append("  ").append(name).append('=').append(value);
        }
    }

    /** sd-bus takes an error's message from the first body argument when that is a string. */
    private static String errorMessage(Message m) {
        List<?> body = m.body();
        if (!body.isEmpty() && m.signature().types().getFirst() == BasicType.STRING) {
            return body.getFirst().toString();
        }
        return "n/a";
    }
}
