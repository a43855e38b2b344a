package io.jdbus.client;

import io.jdbus.connection.MessageBus;
import io.jdbus.connection.Subscription;
import io.jdbus.match.MatchRule;
import io.jdbus.message.Message;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A proxy's signal subscriptions: the bus-side match rules, and, for a well-known name, the owner the
 * signals must come from. The bus routes a rule with a well-known sender by the name's current owner; this
 * side follows the owner too (NameOwnerChanged, in order with the signals) so that another connection's
 * signal that matches some other rule of this connection is not taken for the proxy's.
 */
final class SignalRouting {
    private final MessageBus bus;
    private final String busName;
    private final boolean wellKnown;
    private final Map<String, List<Entry>> byMember = new HashMap<>();
    private Subscription ownerWatch;
    private int watching;
    private volatile String owner;

    private record Entry(Object key, Subscription subscription) {
    }

    SignalRouting(MessageBus bus, String busName, boolean wellKnown) {
        this.bus = bus;
        this.busName = busName;
        this.wellKnown = wellKnown;
    }

    Subscription subscribe(MatchRule rule, String member, Consumer<Message> deliver, Object key) throws IOException {
        if (wellKnown) {
            watchOwner();
        }
        Subscription match;
        try {
            match = bus.addMatch(rule, m -> {
                if (!wellKnown || Objects.equals(m.sender(), owner)) {
                    deliver.accept(m);
                }
            });
        } catch (IOException | RuntimeException e) {
            if (wellKnown) {
                unwatchOwner();
            }
            throw e;
        }
        boolean[] closed = {false};
        Subscription[] self = new Subscription[1];
        self[0] = () -> {
            synchronized (closed) {
                if (closed[0]) {
                    return;
                }
                closed[0] = true;
            }
            match.close();
            synchronized (byMember) {
                List<Entry> list = byMember.get(member);
                if (list != null) {
                    list.removeIf(e -> e.subscription() == self[0]);
                }
            }
            if (wellKnown) {
                unwatchOwner();
            }
        };
        synchronized (byMember) {
            byMember.computeIfAbsent(member, k -> new ArrayList<>()).add(new Entry(key, self[0]));
        }
        return self[0];
    }

    void unsubscribe(String member, Object key) {
        List<Subscription> ending = new ArrayList<>();
        synchronized (byMember) {
            for (Entry e : byMember.getOrDefault(member, List.of())) {
                if (e.key() == key) {
                    ending.add(e.subscription());
                }
            }
        }
        ending.forEach(Subscription::close);
    }

    private synchronized void watchOwner() throws IOException {
        if (watching++ == 0) {
            try {
                ownerWatch = bus.watchNameOwner(busName, o -> owner = o);
            } catch (IOException | RuntimeException e) {
                watching--;
                throw e;
            }
        }
    }

    private synchronized void unwatchOwner() {
        if (--watching == 0) {
            ownerWatch.close();
            ownerWatch = null;
            owner = null;
        }
    }
}
