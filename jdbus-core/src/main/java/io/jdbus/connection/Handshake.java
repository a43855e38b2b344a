package io.jdbus.connection;

import io.jdbus.auth.AuthClient;
import io.jdbus.auth.AuthResult;
import io.jdbus.auth.AuthServer;
import io.jdbus.auth.AuthState;
import io.jdbus.auth.AuthenticationException;
import io.jdbus.transport.Transport;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs authentication over a transport, either side: the pure {@link AuthClient} or {@link AuthServer}
 * decides, this moves its bytes. A peer that stalls is cut off at a deadline, so a handshake never hangs.
 */
final class Handshake {
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "jdbus-handshake-watchdog");
        t.setDaemon(true);
        return t;
    });

    /** The client's outcome: the result, and the bytes read past the conversation (the first messages). */
    record Outcome(AuthResult result, byte[] leftover) {
    }

    private Handshake() {
    }

    /** Authenticates to a server; returns the result and the bytes that follow the conversation. */
    static Outcome run(Transport transport, AuthClient client, Duration deadline) throws IOException {
        byte[] leftover = converse(transport, client.start(), client::receive, client::state,
                () -> client.failure().orElse(null), "server", deadline);
        return new Outcome(client.result().orElseThrow(), leftover);
    }

    /** Answers a client until it sends BEGIN; returns the bytes that follow the conversation. */
    static byte[] serve(Transport transport, AuthServer server, Duration deadline) throws IOException {
        return converse(transport, new byte[0], server::receive, server::state,
                () -> server.failure().orElse(null), "client", deadline);
    }

    private static byte[] converse(Transport transport, byte[] opening, Function<ByteBuffer, byte[]> receive,
            Supplier<AuthState> state, Supplier<AuthenticationException> failure, String peer, Duration deadline)
            throws IOException {
        boolean[] expired = {false};
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            expired[0] = true;
            try {
                transport.close();
            } catch (IOException e) {
                // the blocked read sees the close
            }
        }, deadline.toNanos(), TimeUnit.NANOSECONDS);
        String late = "the " + peer + " did not finish authentication within " + deadline.toMillis() + " ms";
        try {
            if (opening.length > 0) {
                transport.write(ByteBuffer.wrap(opening));
            }
            ByteBuffer in = ByteBuffer.allocate(4096);
            while (state.get() == AuthState.WAITING_FOR_INPUT) {
                if (!in.hasRemaining()) {
                    throw new AuthenticationException("the " + peer + " sent more than " + in.capacity()
                            + " bytes without finishing a line");
                }
                int n;
                try {
                    n = transport.read(in);
                } catch (IOException e) {
                    throw expired[0] ? new AuthenticationException(late) : e;
                }
                if (n < 0) {
                    throw new AuthenticationException(expired[0] ? late
                            : "the " + peer + " closed the connection during authentication");
                }
                in.flip();
                byte[] reply = receive.apply(in);
                in.compact();
                if (reply.length > 0) {
                    transport.write(ByteBuffer.wrap(reply));
                }
            }
            if (state.get() == AuthState.FAILED) {
                AuthenticationException why = failure.get();
                throw why != null ? why : new AuthenticationException("authentication failed");
            }
            in.flip();
            return Arrays.copyOfRange(in.array(), in.position(), in.limit());
        } catch (IOException | RuntimeException e) {
            try {
                transport.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        } finally {
            watchdog.cancel(false);
        }
    }
}
