package io.jdbus.connection;

import io.jdbus.auth.AuthClient;
import io.jdbus.auth.AuthResult;
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

/**
 * Runs the client side of authentication over a transport: the pure {@link AuthClient} decides, this moves
 * its bytes. A server that stalls is cut off after a deadline, so a handshake never hangs.
 */
final class Handshake {
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "jdbus-handshake-watchdog");
        t.setDaemon(true);
        return t;
    });

    /** The outcome: the result, and the bytes read past the end of the conversation (the first messages). */
    record Outcome(AuthResult result, byte[] leftover) {
    }

    private Handshake() {
    }

    static Outcome run(Transport transport, AuthClient client, Duration deadline) throws IOException {
        boolean[] expired = {false};
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            expired[0] = true;
            try {
                transport.close();
            } catch (IOException e) {
                // the reader sees the close
            }
        }, deadline.toNanos(), TimeUnit.NANOSECONDS);
        try {
            transport.write(ByteBuffer.wrap(client.start()));
            ByteBuffer in = ByteBuffer.allocate(4096);
            while (client.state() == AuthState.WAITING_FOR_INPUT) {
                if (!in.hasRemaining()) {
                    throw new AuthenticationException("the server sent more than " + in.capacity()
                            + " bytes without finishing a line");
                }
                int n;
                try {
                    n = transport.read(in);
                } catch (IOException e) {
                    if (expired[0]) {
                        throw new AuthenticationException("the server did not finish authentication within "
                                + deadline.toMillis() + " ms");
                    }
                    throw e;
                }
                if (n < 0) {
                    throw new AuthenticationException(expired[0]
                            ? "the server did not finish authentication within " + deadline.toMillis() + " ms"
                            : "the server closed the connection during authentication");
                }
                in.flip();
                byte[] reply = client.receive(in);
                in.compact();
                if (reply.length > 0) {
                    transport.write(ByteBuffer.wrap(reply));
                }
            }
            if (client.state() == AuthState.FAILED) {
                throw client.failure().orElseGet(() -> new AuthenticationException("authentication failed"));
            }
            in.flip();
            byte[] leftover = Arrays.copyOfRange(in.array(), in.position(), in.limit());
            return new Outcome(client.result().orElseThrow(), leftover);
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
