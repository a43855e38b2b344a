package io.jdbus.auth;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.ByteBuffer;

/**
 * The Jazzer target for {@link AuthServer}'s input: any bytes, fed in chunks, leave the server in a defined state
 * with no exception, its replies well-formed CRLF-terminated printable ASCII, and a waiting server having consumed
 * everything. The first input byte picks the chunk size.
 *
 * <p>No committed inputs: in a plain {@code mvn test} Jazzer runs the target once on an empty input. A fuzzing run:
 * {@snippet lang=sh :
 * JAZZER_FUZZ=1 mvn -pl jdbus-core test -Dtest=AuthServerFuzzTest -Djazzer.max_duration=60s
 * }
 */
class AuthServerFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void serverLines(byte[] data) {
        MapKeyring keyring = new MapKeyring();
        AuthServer server = AuthServer.builder()
                .mechanisms(Mechanism.EXTERNAL, Mechanism.DBUS_COOKIE_SHA1, Mechanism.ANONYMOUS)
                .peerUid(1000).unixFdPassing(data.length % 2 == 0).cookieSha1(keyring, 1000, "alice").build();
        int chunk = data.length == 0 ? 1 : 1 + (data[0] & 0x3f);
        ByteBuffer in = ByteBuffer.wrap(data);
        int end = 0;
        while (end < data.length && server.state() == AuthState.WAITING_FOR_INPUT) {
            end = Math.min(data.length, end + chunk);
            in.limit(end);
            check(server.receive(in));
            if (server.state() == AuthState.WAITING_FOR_INPUT && in.hasRemaining()) {
                throw new AssertionError("a waiting server left " + in.remaining() + " bytes unread");
            }
        }
        switch (server.state()) {
            case AUTHENTICATED -> server.peer().orElseThrow();
            case FAILED -> server.failure().orElseThrow();
            case WAITING_FOR_INPUT -> { }
        }
    }

    private static void check(byte[] reply) {
        for (int i = 0; i < reply.length; i++) {
            byte b = reply[i];
            boolean crlf = b == '\r' && i + 1 < reply.length && reply[i + 1] == '\n';
            if (crlf) {
                i++;
            } else if (b < 0x20 || b > 0x7e) {
                throw new AssertionError("reply byte " + b + " at " + i + " is not printable ASCII");
            }
        }
        if (reply.length > 0 && (reply[reply.length - 1] != '\n' || reply[reply.length - 2] != '\r')) {
            throw new AssertionError("reply does not end in CRLF");
        }
    }
}
