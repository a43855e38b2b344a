package io.jdbus.daemon;

import io.jdbus.types.Variant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers of {@code org.freedesktop.DBus.Debug.Stats}, under dbus-daemon's key names, for the figures this
 * bus keeps: connections, match rules, names, queued bytes. Runs under the bus lock.
 */
final class BusStats {
    private BusStats() {
    }

    /** {@code GetStats}: the whole bus. */
    static Map<String, Variant> bus(Bus bus) {
        Map<String, Variant> s = new LinkedHashMap<>();
        int rules = 0;
        for (Client c : bus.clients) {
            rules += c.rules.size();
        }
        s.put("Serial", Variant.of("u", 0));
        s.put("ActiveConnections", Variant.of("u", bus.clients.size()));
        s.put("MatchRules", Variant.of("u", rules));
        s.put("BusNames", Variant.of("u", bus.names.ownedNames().size() + bus.byName.size()));
        return s;
    }

    /** {@code GetConnectionStats}: one connection. */
    static Map<String, Variant> connection(Client c) {
        Map<String, Variant> s = new LinkedHashMap<>();
        s.put("Serial", Variant.of("u", 0));
        s.put("UniqueName", Variant.of("s", c.uniqueName));
        s.put("MatchRules", Variant.of("u", c.rules.size()));
        s.put("OutgoingBytes", Variant.of("u", (int) Math.min(c.outbox.queuedBytes(), 0xFFFF_FFFFL)));
        s.put("PendingReplies", Variant.of("u", c.pendingReplies));
        return s;
    }

    /** {@code GetAllMatchRules}: each connection's rules, by unique name, in their canonical text. */
    static Map<String, List<String>> matchRules(Bus bus) {
        Map<String, List<String>> all = new LinkedHashMap<>();
        for (Client c : bus.clients) {
            if (c.uniqueName != null && !c.monitor) {
                all.put(c.uniqueName, c.rules.stream().map(r -> r.rule().toString()).toList());
            }
        }
        return all;
    }
}
