package io.jdbus.client;

import io.jdbus.guidance.VariantGuidance;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How one proxy call is made: its timeout (the connection's default when empty) and its header flags.
 * Immutable; each {@code with} method returns a copy.
 * {@snippet :
 * List<Object> out = iface.call(CallOptions.DEFAULT.withTimeout(Duration.ofSeconds(2)).withNoAutoStart(),
 *         "Frobate", 5);
 * iface.call(CallOptions.DEFAULT.withGuidance("u/s"), "Mogrify", List.of(5, 5, List.of(1, 2)));
 * }
 *
 * @param timeout              how long to wait for the reply; empty for the connection's default
 * @param noReplyExpected      NO_REPLY_EXPECTED: send and do not wait (the call returns no values)
 * @param noAutoStart          NO_AUTO_START: do not let the bus start the service
 * @param allowInteractiveAuth ALLOW_INTERACTIVE_AUTHORIZATION: the service may ask the user
 * @param guidance             variant guidance for this call, over the proxy's per-method guidance when not empty
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-protocol-messages">Header flags</a>
 */
public record CallOptions(Optional<Duration> timeout, boolean noReplyExpected, boolean noAutoStart,
        boolean allowInteractiveAuth, VariantGuidance guidance) {
    /** The connection's timeout, no flags, no guidance of its own. */
    public static final CallOptions DEFAULT = new CallOptions(Optional.empty(), false, false, false, VariantGuidance.NONE);

    /** Checks the timeout is positive. */
    public CallOptions {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(guidance, "guidance");
        timeout.ifPresent(t -> {
            if (t.isNegative() || t.isZero()) {
                throw new IllegalArgumentException("a call timeout must be positive, was " + t);
            }
        });
    }

    /** A copy that waits at most {@code timeout}. */
    public CallOptions withTimeout(Duration timeout) {
        return new CallOptions(Optional.of(timeout), noReplyExpected, noAutoStart, allowInteractiveAuth, guidance);
    }

    /** A copy that sends without waiting for a reply. */
    public CallOptions withNoReplyExpected() {
        return new CallOptions(timeout, true, noAutoStart, allowInteractiveAuth, guidance);
    }

    /** A copy that asks the bus not to start the service. */
    public CallOptions withNoAutoStart() {
        return new CallOptions(timeout, noReplyExpected, true, allowInteractiveAuth, guidance);
    }

    /** A copy that allows interactive authorization. */
    public CallOptions withInteractiveAuth() {
        return new CallOptions(timeout, noReplyExpected, noAutoStart, true, guidance);
    }

    /**
     * A copy with variant guidance for this call (see {@code docs/GUIDANCE.md}).
     *
     * @throws io.jdbus.guidance.InvalidGuidanceException when {@code guidance} breaks the grammar
     */
    public CallOptions withGuidance(String guidance) {
        return new CallOptions(timeout, noReplyExpected, noAutoStart, allowInteractiveAuth,
                VariantGuidance.parse(guidance));
    }
}
