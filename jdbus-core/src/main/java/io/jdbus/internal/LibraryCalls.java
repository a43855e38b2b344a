package io.jdbus.internal;

import io.jdbus.connection.MessageBus;
import io.jdbus.connection.MethodHandler;
import io.jdbus.connection.Subscription;
import io.jdbus.message.Message;
import java.util.function.Predicate;

/**
 * The library's own way to register a call handler on a connection, for the service layer's dispatcher: the
 * same as {@link MessageBus#handleCalls} but not one of the user's subscriptions, so it is left out of
 * {@link MessageBus#subscriptionCount()}. The connection package installs the implementation; this package is
 * not exported, so only the library can use it (the JDK's "shared secrets" pattern).
 * {@snippet :
 * Subscription s = LibraryCalls.handleCalls(bus, call -> true, call -> null);
 * }
 */
public final class LibraryCalls {
    /** How {@link MessageBus} registers an uncounted call handler. */
    @FunctionalInterface
    public interface Registrar {
        Subscription handleCalls(MessageBus bus, Predicate<Message> filter, MethodHandler handler);
    }

    private static volatile Registrar registrar;

    private LibraryCalls() {
    }

    /** Installed once, by {@link MessageBus}'s class initialisation. */
    public static void install(Registrar r) {
        registrar = r;
    }

    /** Registers {@code handler} for the calls {@code filter} accepts, without counting it as the user's. */
    public static Subscription handleCalls(MessageBus bus, Predicate<Message> filter, MethodHandler handler) {
        Registrar r = registrar;
        if (r == null) {
            try {
                Class.forName(MessageBus.class.getName(), true, MessageBus.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            r = registrar;
        }
        return r.handleCalls(bus, filter, handler);
    }
}
