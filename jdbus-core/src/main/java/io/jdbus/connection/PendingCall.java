package io.jdbus.connection;

import io.jdbus.message.Message;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;

/** A call waiting for its reply: the future the caller holds, and the timer that fails it with NoReply. */
record PendingCall(int serial, CompletableFuture<Message> future, ScheduledFuture<?> timer) {
}
