package io.jdbus.bench.roundtrip;

import java.io.IOException;

/** One contender's client: makes Echo calls to a named service, one at a time or with several in flight. */
interface EchoClient extends AutoCloseable {
    /**
     * Makes {@code count} Echo calls with at most {@code queue} of them in flight (1: each call waits for the
     * previous reply) and returns when every reply is in; fails on an error or a reply without the payload.
     */
    void calls(int queue, int count) throws Exception;

    @Override
    void close() throws IOException;
}
