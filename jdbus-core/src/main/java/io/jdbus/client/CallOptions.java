package io.jdbus.client;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How one proxy call is made: its timeout (the connection's default when empty) and its header flags.
 * Immutable; each {@code with} method returns a copy.
 * {@snippet :
 * List<Object> out = iface.call(CallOptions.DEFAULT.withTimeout(Duration.ofSeconds(2)).withNoAutoStart(),
 *         "Frobate", 5);
 * }
 *
 * @param timeout              how long to wait for the reply; empty for the connection's default
 * @param noReplyExpected      NO_REPLY_EXPECTED: send and do not wait (the call returns no values)
 * @param noAutoStart          NO_AUTO_START: do not let the bus start the service
 * @param allowInteractiveAuth ALLOW_INTERACTIVE_AUTHORIZATION: the service may ask the user
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-protocol-messages">Header flags</a>
 */
public record CallOptions(Optional<Duration> timeout, boolean noReplyExpected, boolean noAutoStart,
        boolean allowInteractiveAuth) {
    /** The connection's timeout, no flags. */
    public static final CallOptions DEFAULT = new CallOptions(Optional.empty(), false, false, false);

    /** Checks the timeout is positive. */
    public CallOptions {
        Objects.requireNonNull(timeout, "timeout");
        timeout.ifPresent(t -> {
            if (t.isNegative() || t.isZero()) {
                throw new IllegalArgumentException("a call timeout must be positive, was " + t);
            }
        });
    }

    /** A copy that waits at most {@code timeout}. */
    public CallOptions withTimeout(Duration timeout) {
        return new CallOptions(Optional.of(timeout), noReplyExpected, noAutoStart, allowInteractiveAuth);
    }

    /** A copy that sends without waiting for a reply. */
    public CallOptions withNoReplyExpected() {
        return new CallOptions(timeout, true, noAutoStart, allowInteractiveAuth);
    }

    /** A copy that asks the bus not to start the service. */
    public CallOptions withNoAutoStart() {
        return new CallOptions(timeout, noReplyExpected, true, allowInteractiveAuth);
    }

    /** A copy that allows interactive authorization. */
    public CallOptions withInteractiveAuth() {
        return new CallOptions(timeout, noReplyExpected, noAutoStart, true);
    }
}
