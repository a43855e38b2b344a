package io.jdbus.connection;

/**
 * A registration that ends when closed: a signal subscription, a message handler. Closing twice is harmless.
 *
 * {@snippet :
 * try (Subscription s = bus.addMatch(rule, m -> System.out.println(m))) {
 *     Thread.sleep(10_000);
 * }
 * }
 */
@FunctionalInterface
public interface Subscription extends AutoCloseable {
    /** Ends the registration; idempotent, and does not throw. */
    @Override
    void close();
}
