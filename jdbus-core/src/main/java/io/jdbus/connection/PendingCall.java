package io.jdbus.connection;

import io.jdbus.message.Message;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;

/**
 * A call waiting for its reply: the future, and the timer that fails it with NoReply ({@code null} for a
 * blocking call, whose caller waits with its own deadline).
 *
 * <p>{@code direct} futures belong to a blocking caller and have no user callbacks: the reader thread
 * completes them itself. Other futures are completed off the reader thread, since the user may have
 * chained code to them.
 */
record PendingCall(int serial, CompletableFuture<Message> future, ScheduledFuture<?> timer, boolean direct) {
    void cancelTimer() {
        if (timer != null) {
            timer.cancel(false);
        }
    }

    /** Completes the future with {@code reply}: its value for a return, a {@link DBusErrorException} for an error. */
    void complete(Message reply) {
        if (reply.type() == io.jdbus.message.MessageType.ERROR) {
            future.completeExceptionally(DBusErrorException.of(reply));
        } else {
            future.complete(reply);
        }
    }
}
