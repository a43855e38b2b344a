package io.jdbus.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the calls and subscriptions a test left outstanding on the connections the extension injected.
 * Closing a match subscription sends RemoveMatch without waiting, and a reply may be on its way when the
 * test returns, so pending calls get a moment to settle before they count.
 */
final class ConnectionLeaks {
    static final Duration SETTLE = Duration.ofSeconds(1);

    private ConnectionLeaks() {
    }

    /** One line per leak, naming the connection; empty when the test left nothing behind. */
    static List<String> find(List<ConnectionCounts> before) throws InterruptedException {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        while (before.stream().anyMatch(c -> c.newPendingCalls() > 0) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        List<String> leaks = new ArrayList<>();
        for (ConnectionCounts c : before) {
            int calls = c.newPendingCalls();
            if (calls > 0) {
                leaks.add("test left " + count(calls, "pending call") + " on " + c.name()
                        + ": sent and still not answered " + SETTLE.toMillis() + " ms after the test; wait for the"
                        + " reply, or cancel the CompletableFuture of callAsync, before the test ends");
            }
            int subscriptions = c.newSubscriptions();
            if (subscriptions > 0) {
                leaks.add("test left " + count(subscriptions, "subscription") + " open on " + c.name()
                        + " (addHandler, handleCalls, addMatch, watchNameOwner or a proxy's signal handler);"
                        + " close each Subscription, e.g. with try-with-resources");
            }
        }
        return leaks;
    }

    /** {@code "1 thing"}, {@code "2 things"}. */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
