package io.jdbus.auth;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Collects the lines a state machine answers with during one call. */
final class Output {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    void nul() {
        bytes.write(0);
    }

    void send(SaslCommand command) {
        bytes.writeBytes((command.format() + "\r\n").getBytes(StandardCharsets.US_ASCII));
    }

    byte[] take() {
        byte[] b = bytes.toByteArray();
        bytes.reset();
        return b;
    }
}
