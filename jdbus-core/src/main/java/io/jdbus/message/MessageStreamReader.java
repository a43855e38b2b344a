package io.jdbus.message;

import io.jdbus.wire.MalformedMessageException;
import java.util.Arrays;

/**
 * Splits a byte stream into messages: takes bytes in chunks of any size (one byte at a time works) and
 * yields each message once all of its bytes are there.
 *
 * <p>The reader holds no more than the bytes fed to it, and checks a message's announced length against the
 * limits as soon as its first 16 bytes are there. Messages of unknown type are skipped. After a malformed message the reader
 * stays failed: {@link #offset()} is the stream offset where that message starts, and the exception's
 * offset counts from there. Not thread-safe.
 * {@snippet :
 * MessageStreamReader reader = new MessageStreamReader();
 * int n;
 * while ((n = in.read(chunk)) > 0) {
 *     reader.feed(chunk, 0, n);
 *     for (Message m; (m = reader.next()) != null; ) {
 *         handle(m);
 *     }
 * }
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-protocol-messages">Message format</a>
 */
public final class MessageStreamReader {
    private byte[] buf = new byte[4096];
    private int start;
    private int end;
    private long consumed;
    private MalformedMessageException failure;
    private final long maxMessage;

    /** A reader that accepts messages up to the specification's limit of 128 MiB. */
    public MessageStreamReader() {
        this(io.jdbus.wire.Limits.MAX_MESSAGE);
    }

    /**
     * A reader that refuses, as malformed, any message announcing more than {@code maxMessage} bytes (a bus's
     * {@code max_message_size}), before it buffers the message's bytes.
     */
    public MessageStreamReader(long maxMessage) {
        if (maxMessage < MessageDecoder.FIXED_HEADER) {
            throw new IllegalArgumentException("a message limit of " + maxMessage + " bytes leaves no room for a header");
        }
        this.maxMessage = maxMessage;
    }

    /** Appends {@code len} bytes of {@code chunk} from {@code off}. */
    public void feed(byte[] chunk, int off, int len) {
        if (end + len > buf.length) {
            compactFor(len);
        }
        System.arraycopy(chunk, off, buf, end, len);
        end += len;
    }

    /**
     * The next complete message, or {@code null} when more bytes are needed.
     *
     * @throws MalformedMessageException when the next message is malformed (again on every later call)
     */
    public Message next() throws MalformedMessageException {
        if (failure != null) {
            throw failure;
        }
        while (true) {
            int available = end - start;
            int length;
            try {
                length = MessageDecoder.frameLength(buf, start, available);
            } catch (MalformedMessageException e) {
                throw failure = e;
            }
            if (length > maxMessage) {
                throw failure = new MalformedMessageException("message of " + length
                        + " bytes exceeds this connection's limit of " + maxMessage, 4);
            }
            if (length < 0 || length > available) {
                return null;
            }
            Message m;
            try {
                m = MessageDecoder.decode(buf, start, length);
            } catch (MalformedMessageException e) {
                throw failure = e;
            }
            start += length;
            consumed += length;
            if (start == end) {
                start = 0;
                end = 0;
            }
            if (m != null) {
                return m;
            }
        }
    }

    /** The stream offset of the first byte not yet returned as part of a message. */
    public long offset() {
        return consumed;
    }

    /** The number of bytes buffered that do not yet form a whole message. */
    public int buffered() {
        return end - start;
    }

    private void compactFor(int len) {
        int live = end - start;
        int needed = live + len;
        if (needed > buf.length) {
            buf = Arrays.copyOfRange(buf, start, start + Math.max(needed, Math.min(2 * buf.length, needed + (1 << 20))));
        } else {
            System.arraycopy(buf, start, buf, 0, live);
        }
        start = 0;
        end = live;
    }
}
