package io.jdbus.connection;

import io.jdbus.message.Message;
import java.util.Objects;

/**
 * A D-Bus error: the error reply a peer sent, or one this side made up with the same meaning (a timeout is
 * {@code org.freedesktop.DBus.Error.NoReply}, as libdbus, sd-bus and GDBus report it).
 *
 * <p>Unchecked, as remote errors are in gRPC and most RPC libraries: a caller catches the ones it expects.
 * {@snippet :
 * try {
 *     bus.call(Message.methodCall("com.example.name", "/", "com.example.X", "Frobate").body("i", -1).build());
 * } catch (DBusErrorException e) {
 *     System.err.println(e.name() + ": " + e.getMessage());   // org.freedesktop.DBus.Error.InvalidArgs: ...
 * }
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-protocol-types-errors">Errors</a>
 */
public class DBusErrorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final transient Message reply;

    /** An error named {@code name} with {@code message}, carried by {@code reply} (may be {@code null}). */
    public DBusErrorException(String name, String message, Message reply) {
        super(message);
        this.name = Objects.requireNonNull(name, "name");
        this.reply = reply;
    }

    /**
     * An error named {@code name} with {@code message}, as an exported method throws it to answer with that error.
     *
     * @throws io.jdbus.names.InvalidNameException when {@code name} is not a valid error name
     */
    public DBusErrorException(String name, String message) {
        this(io.jdbus.names.ErrorName.of(name).value(), message, null);
    }

    /** A standard error with {@code message}, not carried by any reply. */
    public DBusErrorException(StandardError error, String message) {
        this(error.errorName(), message, null);
    }

    /** The error of an ERROR reply: its name, and its first argument as the message when that is a string. */
    public static DBusErrorException of(Message reply) {
        Object first = reply.body().isEmpty() ? null : reply.body().getFirst();
        return new DBusErrorException(reply.errorName(), first instanceof String s ? s : "", reply);
    }

    /** The error name, such as {@code org.freedesktop.DBus.Error.ServiceUnknown}. */
    public String name() {
        return name;
    }

    /** The standard error this is, or {@code null} for other names. */
    public StandardError standardError() {
        return StandardError.forName(name);
    }

    /** Whether this is {@code error}. */
    public boolean is(StandardError error) {
        return error.errorName().equals(name);
    }

    /** The ERROR message this came from, or {@code null} when it was made on this side. */
    public Message reply() {
        return reply;
    }

    @Override
    public String toString() {
        return name + ": " + getMessage();
    }
}
