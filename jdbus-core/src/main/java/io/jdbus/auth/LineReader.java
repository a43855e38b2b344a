package io.jdbus.auth;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Cuts the bytes of the authentication conversation into lines: each ends in CRLF, is at most
 * {@link #MAX_LINE_LENGTH} bytes long, and holds printable ASCII. It consumes a buffer exactly up to the end
 * of a line and no further, so that whatever follows the last line (the message stream) stays in the buffer.
 */
final class LineReader {
    /** The longest line accepted, CRLF not counted: 16 KiB, libdbus's bound on its auth buffer. */
    static final int MAX_LINE_LENGTH = 16 * 1024;

    /** A complete line; {@code problem} is non-null when it holds a byte that is not printable ASCII. */
    record Line(String text, String problem) {
    }

    private byte[] buf = new byte[128];
    private int len;
    private boolean sawCr;
    private String problem;

    /**
     * The next complete line, consuming {@code in} through its CRLF; {@code null} when {@code in} ran out first
     * (the partial line is kept for the next call).
     *
     * @throws AuthenticationException when the framing is broken: a CR without LF, a LF without CR, or a line
     *     longer than {@link #MAX_LINE_LENGTH}
     */
    Line next(ByteBuffer in) throws AuthenticationException {
        while (in.hasRemaining()) {
            byte b = in.get();
            if (sawCr) {
                if (b != '\n') {
                    throw new AuthenticationException("line ends in CR followed by byte " + hex(b) + ", expected CRLF");
                }
                Line line = new Line(new String(buf, 0, len, StandardCharsets.ISO_8859_1), problem);
                len = 0;
                sawCr = false;
                problem = null;
                return line;
            }
            if (b == '\r') {
                sawCr = true;
            } else if (b == '\n') {
                throw new AuthenticationException("line ends in LF without CR, expected CRLF");
            } else {
                append(b);
            }
        }
        return null;
    }

    /** Whether part of a line has been received. */
    boolean inLine() {
        return len > 0 || sawCr;
    }

    private void append(byte b) throws AuthenticationException {
        if (len == MAX_LINE_LENGTH) {
            throw new AuthenticationException("line longer than " + MAX_LINE_LENGTH + " bytes");
        }
        if (problem == null && (b < 0x20 || b == 0x7f) && b != '\t') {
            problem = "line holds byte " + hex(b) + " at offset " + len + "; only printable ASCII is allowed";
        }
        if (len == buf.length) {
            buf = java.util.Arrays.copyOf(buf, Math.min(buf.length * 2, MAX_LINE_LENGTH));
        }
        buf[len++] = b;
    }

    private static String hex(byte b) {
        return String.format("0x%02x", b & 0xff);
    }
}
