package io.jdbus.daemon;

import io.jdbus.transport.PeerCredentials;
import io.jdbus.transport.Transport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One connection to the bus after authentication: its transport and queue, who it is, and what the bus keeps
 * for it (unique name, match rules, monitor role). Fields other than the final ones belong to {@link Bus} and
 * change under its lock.
 */
final class Client {
    final long id;
    final Transport transport;
    final Optional<PeerCredentials> credentials;
    final boolean unixFds;
    final Outbox outbox;
    /** The unique name, set by Hello; null until then. */
    String uniqueName;
    /** Whether the client became a monitor: it receives, it may not send. */
    boolean monitor;
    /** A monitor's rules; empty means everything. */
    List<BusRule> monitorRules = List.of();
    /** The client's match rules, in the order added (a rule added twice is there twice). */
    final List<BusRule> rules = new ArrayList<>();
    /** Calls this client made that await a reply. */
    int pendingReplies;
    /** Whether the bus dropped the client. */
    boolean gone;

    Client(long id, Transport transport, Optional<PeerCredentials> credentials, boolean unixFds, Outbox outbox) {
        this.id = id;
        this.transport = transport;
        this.credentials = credentials;
        this.unixFds = unixFds;
        this.outbox = outbox;
    }

    /** The unique name, or a description before Hello, for logs. */
    String label() {
        return uniqueName != null ? uniqueName : "#" + id + " (" + transport.description() + ")";
    }

    @Override
    public String toString() {
        return label();
    }
}
