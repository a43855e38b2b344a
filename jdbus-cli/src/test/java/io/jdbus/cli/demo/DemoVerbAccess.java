package io.jdbus.cli.demo;

import io.jdbus.connection.MessageBus;

/** Lets tests of other verbs export the demo's sample service, to have a live object to work on. */
public final class DemoVerbAccess {
    private DemoVerbAccess() {
    }

    /** Exports the sample object and its two children on {@code bus} (not yet under any well-known name). */
    public static void export(MessageBus bus) {
        DemoVerb.export(bus);
    }
}
