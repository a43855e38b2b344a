package io.jdbus.bench.roundtrip;

import java.io.IOException;

/** One side of the comparison: a service and a client of the same implementation, on a private bus of their own. */
interface Contender extends AutoCloseable {
    /** The name in the report. */
    String label();

    /** Starts the bus, the service and the client, and returns when the client can call. */
    void start() throws IOException;

    /** Has the client make {@code count} calls with {@code queue} in flight; returns the time and CPU they took. */
    Run run(int queue, int count) throws IOException;

    /** Stops everything {@link #start()} started. */
    @Override
    void close();
}
