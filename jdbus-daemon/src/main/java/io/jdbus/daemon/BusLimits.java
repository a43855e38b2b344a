package io.jdbus.daemon;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The limits a bus enforces, under dbus-daemon's names ({@code <limit name="...">} in its configuration).
 * {@link #DEFAULTS} are dbus-daemon's built-in values; {@link #SESSION} are those of its standard session
 * configuration, which makes most of them practically unlimited.
 *
 * {@snippet :
 * BusLimits limits = BusLimits.DEFAULTS.with("max_match_rules_per_connection", 64)
 *         .with("max_outgoing_bytes", 1 << 20);
 * }
 *
 * @param maxIncomingBytes bytes of messages read from one connection and not yet delivered
 * @param maxIncomingUnixFds descriptors read from one connection and not yet delivered
 * @param maxOutgoingBytes bytes queued toward one connection; beyond it the connection is dropped
 * @param maxOutgoingUnixFds descriptors queued toward one connection
 * @param maxMessageSize the largest message accepted
 * @param maxMessageUnixFds the most descriptors one message may carry
 * @param serviceStartTimeout how long a service activation may take (no activation here; kept for configs)
 * @param authTimeout how long a client may take to authenticate
 * @param pendingFdTimeout how long a message's descriptors may wait for the rest of the message
 * @param maxCompletedConnections the most authenticated connections at once
 * @param maxIncompleteConnections the most connections still authenticating at once
 * @param maxConnectionsPerUser the most authenticated connections of one uid
 * @param maxPendingServiceStarts kept for configurations (no activation here)
 * @param maxNamesPerConnection the most well-known names one connection may own or queue for
 * @param maxMatchRulesPerConnection the most match rules one connection may add
 * @param maxRepliesPerConnection the most calls one connection may have waiting for a reply
 * @param replyTimeout how long the bus waits for a reply before it answers NoReply itself; zero waits forever
 */
public record BusLimits(long maxIncomingBytes, long maxIncomingUnixFds, long maxOutgoingBytes,
        long maxOutgoingUnixFds, long maxMessageSize, long maxMessageUnixFds, Duration serviceStartTimeout,
        Duration authTimeout, Duration pendingFdTimeout, long maxCompletedConnections, long maxIncompleteConnections,
        long maxConnectionsPerUser, long maxPendingServiceStarts, long maxNamesPerConnection,
        long maxMatchRulesPerConnection, long maxRepliesPerConnection, Duration replyTimeout) {

    /** The limit names dbus-daemon's configuration knows, in its documentation's order. */
    public static final List<String> NAMES = List.of("max_incoming_bytes", "max_incoming_unix_fds",
            "max_outgoing_bytes", "max_outgoing_unix_fds", "max_message_size", "max_message_unix_fds",
            "service_start_timeout", "auth_timeout", "pending_fd_timeout", "max_completed_connections",
            "max_incomplete_connections", "max_connections_per_user", "max_pending_service_starts",
            "max_names_per_connection", "max_match_rules_per_connection", "max_replies_per_connection",
            "reply_timeout");

    /** dbus-daemon's built-in limits, in force where a configuration sets none. */
    public static final BusLimits DEFAULTS = new BusLimits(127L << 20, 64 * 4, 127L << 20, 64 * 4, 32L << 20, 16,
            Duration.ofSeconds(25), Duration.ofSeconds(30), Duration.ofSeconds(150), 2048, 64, 256, 512, 512, 512, 128,
            Duration.ZERO);

    /** The limits of dbus-daemon's standard session configuration ({@code session.conf}). */
    public static final BusLimits SESSION = DEFAULTS.with("max_incoming_bytes", 1_000_000_000)
            .with("max_incoming_unix_fds", 250_000_000).with("max_outgoing_bytes", 1_000_000_000)
            .with("max_outgoing_unix_fds", 250_000_000).with("max_message_size", 1_000_000_000)
            .with("service_start_timeout", 120_000).with("auth_timeout", 240_000)
            .with("pending_fd_timeout", 150_000).with("max_completed_connections", 100_000)
            .with("max_incomplete_connections", 10_000).with("max_connections_per_user", 100_000)
            .with("max_pending_service_starts", 10_000).with("max_names_per_connection", 50_000)
            .with("max_match_rules_per_connection", 50_000).with("max_replies_per_connection", 50_000);

    /** Checks that no limit is negative. */
    public BusLimits {
        for (long v : new long[] {maxIncomingBytes, maxIncomingUnixFds, maxOutgoingBytes, maxOutgoingUnixFds,
                maxMessageSize, maxMessageUnixFds, maxCompletedConnections, maxIncompleteConnections,
                maxConnectionsPerUser, maxPendingServiceStarts, maxNamesPerConnection, maxMatchRulesPerConnection,
                maxRepliesPerConnection}) {
            if (v < 0) {
                throw new IllegalArgumentException("a bus limit cannot be negative: " + v);
            }
        }
        for (Duration d : new Duration[] {serviceStartTimeout, authTimeout, pendingFdTimeout, replyTimeout}) {
            if (d.isNegative()) {
                throw new IllegalArgumentException("a bus timeout cannot be negative: " + d);
            }
        }
    }

    /**
     * A copy with the limit called {@code name} (as in {@link #NAMES}) set to {@code value}: a count, a number of
     * bytes, or milliseconds for the timeouts, as in dbus-daemon's configuration. The components are declared in
     * the order of {@link #NAMES}.
     *
     * @throws IllegalArgumentException for an unknown name or a negative value
     */
    public BusLimits with(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException("limit " + name + " cannot be negative: " + value);
        }
        int index = NAMES.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("unknown limit \"" + name + "\"; the limits are " + NAMES);
        }
        RecordComponent[] components = BusLimits.class.getRecordComponents();
        Object[] values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                values[i] = components[i].getAccessor().invoke(this);
            }
            values[index] = components[index].getType() == Duration.class ? Duration.ofMillis(value) : value;
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            return BusLimits.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy the bus limits", e);
        }
    }
}
