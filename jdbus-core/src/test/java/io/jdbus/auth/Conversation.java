package io.jdbus.auth;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs an {@link AuthClient} against an {@link AuthServer} in memory, recording each side's writes, with a bound on
 * the number of rounds so that a bug shows as a failure, never as a hang.
 */
final class Conversation {
    /** Each write, as text ({@code \0} shown as {@code "\\0"}), prefixed {@code C: } or {@code S: }. */
    final List<String> writes = new ArrayList<>();
    final AuthClient client;
    final AuthServer server;
    /** What the server left unconsumed after BEGIN. */
    ByteBuffer serverLeftover = ByteBuffer.allocate(0);

    private Conversation(AuthClient client, AuthServer server) {
        this.client = client;
        this.server = server;
    }

    static Conversation run(AuthClient client, AuthServer server) {
        return run(client, server, new byte[0]);
    }

    /** Runs the conversation; {@code afterStart} is appended to the client's first write (message bytes). */
    static Conversation run(AuthClient client, AuthServer server, byte[] afterStart) {
        Conversation c = new Conversation(client, server);
        byte[] first = client.start();
        ByteBuffer toServer = ByteBuffer.allocate(first.length + afterStart.length).put(first).put(afterStart).flip();
        c.record("C", first);
        for (int round = 0; round < 50; round++) {
            byte[] reply = server.receive(toServer);
            c.record("S", reply);
            byte[] answer = client.state() == AuthState.WAITING_FOR_INPUT ? client.receive(ByteBuffer.wrap(reply)) : new byte[0];
            c.record("C", answer);
            toServer = ByteBuffer.allocate(toServer.remaining() + answer.length).put(toServer).put(answer).flip();
            if (reply.length == 0 && answer.length == 0) {
                c.serverLeftover = toServer;
                return c;
            }
        }
        throw new AssertionError("conversation did not end in 50 rounds: " + c.writes);
    }

    private void record(String who, byte[] bytes) {
        if (bytes.length > 0) {
            writes.add(who + ": " + new String(bytes, StandardCharsets.ISO_8859_1).replace("\0", "\\0"));
        }
    }
}
