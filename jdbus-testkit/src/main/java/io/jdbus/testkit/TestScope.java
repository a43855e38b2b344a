package io.jdbus.testkit;

import io.jdbus.connection.MessageBus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One test as the extension follows it: the connections made for it, the counts of the connections its class
 * shares, and the threads alive when it began. Kept in the test's extension store, which closes the
 * connections should {@link #finish} not run.
 */
final class TestScope implements ExtensionContext.Store.CloseableResource {
    private final Connections connections = new Connections();
    private final List<ConnectionCounts> shared;
    private final boolean checkLeaks;
    private final ThreadSnapshot threads;

    /**
     * Begins a test.
     *
     * @param shared the connections of the class, open before the test
     * @param checkLeaks whether to look for calls and subscriptions the test leaves behind
     * @param watchThreads whether (with {@code checkLeaks}) to take a snapshot of the threads, to find those the
     *                     test leaves running
     */
    TestScope(List<MessageBus> shared, boolean checkLeaks, boolean watchThreads) {
        this.shared = shared.stream().filter(MessageBus::isOpen).map(ConnectionCounts::shared).toList();
        this.checkLeaks = checkLeaks;
        this.threads = checkLeaks && watchThreads ? ThreadSnapshot.take() : null;
    }

    /** The connections made for this test, closed when it ends. */
    Connections connections() {
        return connections;
    }

    /**
     * Ends the test: when checking leaks, counts the calls and subscriptions left on its connections;
     * closes the connections made for it; then, if threads were watched, finds the threads it left running.
     *
     * @return one line per leak; empty when none was found (or looked for)
     */
    List<String> finish() throws InterruptedException {
        List<String> leaks = new ArrayList<>();
        try {
            if (checkLeaks) {
                List<ConnectionCounts> all = new ArrayList<>();
                connections.list().forEach(bus -> all.add(ConnectionCounts.fresh(bus)));
                all.addAll(shared);
                leaks.addAll(ConnectionLeaks.find(all));
            }
        } finally {
            connections.close();
        }
        if (threads != null) {
            List<Thread> survivors = threads.survivors();
            if (!survivors.isEmpty()) {
                leaks.add(ThreadSnapshot.describe(survivors));
            }
        }
        return leaks;
    }

    @Override
    public void close() {
        connections.close();
    }
}
