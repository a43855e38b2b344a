package io.jdbus.wire;

import java.io.IOException;

/**
 * Thrown when bytes from a peer are not a valid D-Bus message; says why and at which byte.
 *
 * {@snippet :
 * try {
 *     Message m = MessageDecoder.decode(bytes);
 * } catch (MalformedMessageException e) {
 *     log.log(WARNING, "dropping peer: " + e.getMessage() + " at byte " + e.offset());
 * }
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-protocol-marshaling">Marshaling</a>
 */
public final class MalformedMessageException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String reason;
    private final long offset;

    /** A fault described by {@code reason}, detected at byte {@code offset}. */
    public MalformedMessageException(String reason, long offset) {
        super(reason + " (at byte " + offset + ")");
        this.reason = reason;
        this.offset = offset;
    }

    /** What was wrong, without the offset. */
    public String reason() {
        return reason;
    }

    /** The byte offset where the fault was detected; its origin is documented by whoever throws it. */
    public long offset() {
        return offset;
    }

    /** The same fault with the offset moved by {@code delta}, for callers that see a larger stream. */
    public MalformedMessageException shifted(long delta) {
        MalformedMessageException e = new MalformedMessageException(reason, offset + delta);
        e.setStackTrace(getStackTrace());
        return e;
    }
}
