package io.jdbus.message;

import io.jdbus.wire.MalformedMessageException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Splits a byte stream into messages: takes bytes in chunks of any size (one byte at a time works) and
 * yields each message once all of its bytes are there.
 *
 * <p>Bytes come in by {@link #feed}, which copies them, or are read straight into the reader's own array with
 * {@link #space} and {@link #filled}. A message of 4 KiB or more that is not complete yet gets an array of
 * exactly its length once at least half of it is there: what was buffered moves there, the rest of it is written
 * there directly, and the message decoded from it keeps that array instead of copying its body out of the
 * reader's buffer (see {@link MessageDecoder#decodeOwned}). A message already complete in the reader's buffer is
 * decoded from there, its large body copied.
 *
 * <p>The reader allocates for the bytes it is given, never for the length a message announces: its buffer (4 KiB
 * at first) grows to at most twice the most bytes it has held at once, counting the room asked of {@link #space},
 * and a message's own array is at most twice the part of it received; a buffer that grew past 256 KiB for a large
 * message is given up when that message moves to its own array. A peer that announces 128 MiB and sends 16
 * bytes makes it allocate nothing more. It checks a message's announced length against the limits as soon as its
 * first 16 bytes are there. Messages of unknown type are skipped. After a malformed message the reader stays
 * failed: {@link #offset()} is the stream offset where that message starts, and the exception's offset counts
 * from there. Not thread-safe.
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
    private static final int FIRST_BUFFER = 4096;
    /**
     * A buffer larger than this when a message moves into an array of its own grew for that message (reads of a
     * transport are 64 KiB at most): it is given up rather than kept for the connection's life.
     */
    private static final int KEPT_BUFFER = 256 * 1024;
    private byte[] buf = new byte[FIRST_BUFFER];
    private int start;
    private int end;
    /** The array of the large message being received, or null; its first {@code fill} bytes are there. */
    private byte[] frame;
    private int fill;
    /** The length of the large message at {@code start}, known incomplete, or -1. */
    private int head = -1;
    /** How many bytes {@link #filled} may still record into the buffer {@link #space} last gave. */
    private int granted;
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
        granted = 0;
        if (frame == null && head >= 0 && 2L * (end - start + len) >= head) {
            toFrame();   // before the buffer grows for bytes that belong in the frame
        }
        if (frame != null && fill < frame.length) {
            int k = Math.min(len, frame.length - fill);
            System.arraycopy(chunk, off, frame, fill, k);
            fill += k;
            off += k;
            len -= k;
        }
        if (len > 0) {
            if (end + len > buf.length) {
                compactFor(len);
            }
            System.arraycopy(chunk, off, buf, end, len);
            end += len;
        }
    }

    /**
     * Room for the next bytes, in the reader's own array: write at most {@code remaining()} bytes from its position,
     * then record them with {@link #filled}. While a large message is being received this is the rest of that
     * message, which may be fewer than {@code atLeast} bytes; otherwise it is the free end of the reader's buffer,
     * compacted or grown to at least {@code atLeast} bytes. The buffer is valid until any other method is called.
     * {@snippet :
     * ByteBuffer room = reader.space(64 * 1024);
     * int n = channel.read(room);
     * if (n > 0) {
     *     reader.filled(n);
     * }
     * }
     *
     * @throws IllegalArgumentException when {@code atLeast} is not positive or more than the 128 MiB of the largest
     *         message
     */
    public ByteBuffer space(int atLeast) {
        if (atLeast <= 0 || atLeast > io.jdbus.wire.Limits.MAX_MESSAGE) {
            throw new IllegalArgumentException("asked for " + atLeast + " bytes of room; ask for 1 to "
                    + io.jdbus.wire.Limits.MAX_MESSAGE);
        }
        if (frame != null && fill < frame.length) {
            granted = frame.length - fill;
            return ByteBuffer.wrap(frame, fill, granted);
        }
        if (end + atLeast > buf.length) {
            compactFor(atLeast);
        }
        granted = buf.length - end;
        return ByteBuffer.wrap(buf, end, granted);
    }

    /**
     * {@link #space(int) space(atLeast)} with at most {@code atMost} bytes of room: what one read of a transport is
     * offered (a {@code SocketChannel} reading into a heap buffer goes through a temporary direct buffer as large as
     * the room it is given).
     * {@snippet :
     * ByteBuffer room = reader.space(64 * 1024, 64 * 1024);
     * int n = transport.read(room);
     * }
     */
    public ByteBuffer space(int atLeast, int atMost) {
        ByteBuffer room = space(atLeast);
        return room.limit(Math.min(room.limit(), room.position() + Math.max(atMost, 1)));
    }

    /**
     * Records that {@code n} bytes were written into the buffer {@link #space} gave, from its position then; once
     * per call of {@code space}.
     *
     * @throws IllegalArgumentException when {@code n} is negative or more than that buffer had room for, or when
     *         {@code space} was not the last method called
     */
    public void filled(int n) {
        if (n < 0 || n > granted) {
            throw new IllegalArgumentException("filled " + n + " bytes, but space() gave room for " + granted
                    + " (space() must come first, with nothing else between)");
        }
        granted = 0;
        if (frame != null && fill < frame.length) {
            fill += n;
            return;
        }
        end += n;
        if (frame == null && head >= 0 && 2L * (end - start) >= head) {
            toFrame();
        }
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
        granted = 0;
        head = -1;
        while (true) {
            if (frame != null) {
                if (fill < frame.length) {
                    return null;
                }
                Message m = decode(frame, 0, frame.length, true);
                consumed += frame.length;
                frame = null;
                fill = 0;
                if (m != null) {
                    return m;
                }
                continue;
            }
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
            if (length < 0) {
                return null;
            }
            if (length > available) {
                if (length >= MessageDecoder.VIEW_BODY) {
                    head = length;
                    if (2L * available >= length) {
                        toFrame();
                    }
                }
                return null;
            }
            Message m = decode(buf, start, length, false);
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
        return fill + end - start;
    }

    /** The bytes of the arrays the reader holds: its buffer and a large message's own array. */
    long capacity() {
        return buf.length + (frame == null ? 0L : frame.length);
    }

    private Message decode(byte[] bytes, int off, int len, boolean owned) throws MalformedMessageException {
        try {
            return MessageDecoder.decode(bytes, off, len, owned);
        } catch (MalformedMessageException e) {
            throw failure = e;
        }
    }

    /** Moves the large message at {@code start} (as much of it as is buffered) into an array of its own. */
    private void toFrame() {
        frame = new byte[head];
        fill = Math.min(end - start, head);
        System.arraycopy(buf, start, frame, 0, fill);
        start += fill;
        if (start == end) {
            start = 0;
            end = 0;
            if (buf.length > KEPT_BUFFER) {
                buf = new byte[FIRST_BUFFER];
            }
        }
        head = -1;
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
