package io.jdbus.auth;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Feeds text to a state machine and returns its reply as text. */
final class Lines {
    private Lines() {
    }

    static String feed(AuthServer s, String text) {
        return new String(s.receive(ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1))), StandardCharsets.ISO_8859_1);
    }

    static String feed(AuthClient c, String text) {
        return new String(c.receive(ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1))), StandardCharsets.ISO_8859_1);
    }
}
