package io.jdbus.daemon;

/**
 * A call the bus routed that awaits its reply: only the callee may answer it, once, and only toward the caller.
 *
 * @param caller the client that made the call
 * @param callee the client the call went to
 * @param serial the call's serial, which the reply names in REPLY_SERIAL
 */
record PendingReply(Client caller, Client callee, int serial) {
}
