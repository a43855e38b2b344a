package io.jdbus.connection;

import io.jdbus.match.MatchRule;
import io.jdbus.message.Message;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The match rules a connection has asked the bus for, counted: AddMatch on a rule's first subscription,
 * RemoveMatch when its last one closes.
 */
final class Matches {
    private static final System.Logger LOG = System.getLogger(Matches.class.getName());

    private final MessageBus bus;
    private final Map<String, Integer> counts = new HashMap<>();

    Matches(MessageBus bus) {
        this.bus = bus;
    }

    Subscription add(MatchRule rule, Consumer<Message> handler) throws IOException {
        String text = rule.toString();
        boolean first;
        synchronized (counts) {
            first = counts.merge(text, 1, Integer::sum) == 1;
        }
        if (first) {
            try {
                bus.call(MessageBus.busCall("AddMatch").body("s", text).build());
            } catch (IOException | RuntimeException e) {
                release(text, false);
                throw e;
            }
        }
        Subscription listener = bus.addHandler(localFilter(rule)::matches, handler);
        boolean[] closed = {false};
        return () -> {
            synchronized (closed) {
                if (closed[0]) {
                    return;
                }
                closed[0] = true;
            }
            listener.close();
            release(text, true);
        };
    }

    /**
     * The rule this side checks each message against. The bus resolves a well-known sender to its current
     * owner and routes accordingly, while the message carries the owner's unique name: that key is the bus's
     * to check, so it is left out here.
     */
    private static MatchRule localFilter(MatchRule rule) {
        if (rule.sender() instanceof io.jdbus.names.WellKnownName) {
            return rule.toBuilder().sender((io.jdbus.names.BusName) null).build();
        }
        return rule;
    }

    private void release(String text, boolean tellBus) {
        boolean last;
        synchronized (counts) {
            last = counts.merge(text, -1, Integer::sum) == 0;
            if (last) {
                counts.remove(text);
            }
        }
        if (last && tellBus && bus.isOpen()) {
            bus.callAsync(MessageBus.busCall("RemoveMatch").body("s", text).build()).exceptionally(e -> {
                LOG.log(System.Logger.Level.DEBUG, "RemoveMatch " + text + " failed", e);
                return null;
            });
        }
    }
}
