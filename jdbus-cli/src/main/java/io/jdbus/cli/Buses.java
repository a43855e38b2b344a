package io.jdbus.cli;

import io.jdbus.connection.MessageBus;
import io.jdbus.connection.MessageBusBuilder;
import java.io.IOException;
import java.time.Duration;

/**
 * Opens the bus an invocation names, with its {@code --timeout=} as the connection's call timeout.
 *
 * {@snippet :
 * try (MessageBus bus = Buses.open(invocation)) {
 *     bus.call(message);
 * }
 * }
 */
public final class Buses {
    private Buses() {
    }

    /** Connects to the bus chosen on the command line; throws when it cannot be reached or refuses us. */
    public static MessageBus open(Invocation inv) throws IOException {
        MessageBusBuilder builder = MessageBus.builder();
        switch (inv.bus().kind()) {
            case SYSTEM -> builder.system();
            case SESSION -> builder.session();
            case ADDRESS -> builder.address(inv.bus().address());
        }
        Duration timeout = callTimeout(inv.settings());
        builder.timeout(timeout);
        return builder.build();
    }

    /** The timeout of a call: {@code --timeout=}, where 0 means the default as in busctl. */
    public static Duration callTimeout(CallSettings settings) {
        Duration t = settings.timeout();
        return t == null || t.isZero() ? MessageBus.DEFAULT_TIMEOUT : t;
    }

    /**
     * Connects as {@link #open} does; when the bus cannot be reached, prints busctl's
     * "Failed to connect to bus: ..." line and returns {@code null}, and the verb then exits with
     * {@link ExitCode#FAILURE}.
     *
     * {@snippet :
     * MessageBus bus = Buses.openOrReport(inv);
     * if (bus == null) {
     *     return ExitCode.FAILURE;
     * }
     * try (bus) {
     *     bus.send(signal);
     * }
     * }
     */
    public static MessageBus openOrReport(Invocation inv) {
        try {
            return open(inv);
        } catch (IOException | RuntimeException e) {
            connectFailed(inv, e);
            return null;
        }
    }

    /** Prints busctl's "Failed to connect to bus: ..." line and returns status 1. */
    public static int connectFailed(Invocation inv, Exception e) {
        inv.out().flush();
        inv.err().println("Failed to connect to bus: " + e.getMessage());
        return ExitCode.FAILURE;
    }
}
