package io.jdbus.testkit;

import io.jdbus.connection.MessageBus;

/**
 * What a connection had outstanding when a test began: the test leaked what the connection has beyond that
 * when it ends. A connection made for the test starts from zero; one shared by the class (injected into its
 * constructor or a {@code @BeforeAll} method) may hold subscriptions of its own.
 */
record ConnectionCounts(MessageBus bus, int pendingCalls, int subscriptions, boolean shared) {

    /** A connection made for the test. */
    static ConnectionCounts fresh(MessageBus bus) {
        return new ConnectionCounts(bus, 0, 0, false);
    }

    /** A connection shared by the class's tests, as it is now. */
    static ConnectionCounts shared(MessageBus bus) {
        return new ConnectionCounts(bus, bus.pendingCallCount(), bus.subscriptionCount(), true);
    }

    /** Pending calls added since the count was taken; none once the connection is closed. */
    int newPendingCalls() {
        return bus.isOpen() ? bus.pendingCallCount() - pendingCalls : 0;
    }

    /** Open subscriptions added since the count was taken; none once the connection is closed. */
    int newSubscriptions() {
        return bus.isOpen() ? bus.subscriptionCount() - subscriptions : 0;
    }

    /** The connection as a leak report names it. */
    String name() {
        return bus.uniqueName() + (shared ? " (shared by the test class)" : "");
    }
}
