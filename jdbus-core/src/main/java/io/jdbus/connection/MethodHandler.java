package io.jdbus.connection;

import io.jdbus.message.Message;

/**
 * Answers incoming method calls at the message level: returns the reply to send (a METHOD_RETURN or
 * ERROR built with {@link Message#methodReturn} or {@link Message#error}), or {@code null} to send none.
 * It runs on its own virtual thread and may block. A {@link DBusErrorException} it throws becomes that
 * error reply; any other exception becomes {@code org.freedesktop.DBus.Error.Failed} without details.
 *
 * {@snippet :
 * bus.handleCalls(call -> "com.example.Echo".equals(call.interfaceName()),
 *         call -> Message.methodReturn(call).body(call.signature(), call.body()).build());
 * }
 */
@FunctionalInterface
public interface MethodHandler {
    /** The reply to {@code call}, or {@code null} for none. */
    Message handle(Message call) throws Exception;
}
