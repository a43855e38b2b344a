package io.jdbus.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.jdbus.message.Message;
import io.jdbus.message.MessageDecoder;
import io.jdbus.message.MessageEncoder;
import io.jdbus.message.MessageStreamReader;
import io.jdbus.wire.Endian;
import io.jdbus.wire.MalformedMessageException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The property every byte sequence must satisfy when fed to {@link MessageStreamReader}: the only outcomes are
 * messages and a {@link MalformedMessageException}; the chunking does not change them; every message decoded
 * re-encodes, in either byte order, to bytes that decode back to an equal message.
 *
 * <p>Any other exception or error propagates out of {@link #check} and fails the caller.
 */
final class StreamOracle {
    private StreamOracle() {
    }

    /** What a stream gave: its messages, then either a failure (reason and stream offset) or the bytes left over. */
    record Outcome(List<Message> messages, String failure, long failedAt, int leftOver) {
    }

    /** Checks the property for {@code data}, fed whole and in chunks whose sizes come from {@code data} itself. */
    static void check(byte[] data) {
        Outcome whole = run(data, new SplittableRandom(0), data.length);
        Outcome chunked = run(data, new SplittableRandom(Arrays.hashCode(data)), 0);
        assertEquals(whole, chunked, "feeding in chunks changes the outcome");
        for (Message m : whole.messages()) {
            assertRoundTrips(m);
        }
    }

    /** Feeds {@code data} in chunks of {@code fixedChunk} bytes, or of random sizes when it is 0. */
    static Outcome run(byte[] data, SplittableRandom random, int fixedChunk) {
        MessageStreamReader reader = new MessageStreamReader();
        List<Message> out = new ArrayList<>();
        int off = 0;
        try {
            while (off < data.length) {
                int n = Math.min(data.length - off, fixedChunk > 0 ? fixedChunk : chunk(random, data.length));
                reader.feed(data, off, n);
                off += n;
                for (Message m; (m = reader.next()) != null; ) {
                    out.add(m);
                }
            }
            return new Outcome(out, null, -1, reader.buffered());
        } catch (MalformedMessageException e) {
            assertNotNull(e.reason());
            try {
                reader.next();
                throw new AssertionError("a failed stream reader returned normally after: " + e.getMessage());
            } catch (MalformedMessageException again) {
                assertEquals(e.reason(), again.reason(), "a failed stream reader keeps its reason");
            }
            return new Outcome(out, e.reason(), reader.offset() + e.offset(), -1);
        }
    }

    /** Mostly small chunks, sometimes large ones, one byte often. */
    static int chunk(SplittableRandom random, int total) {
        return switch (random.nextInt(4)) {
            case 0 -> 1;
            case 1 -> 1 + random.nextInt(8);
            case 2 -> 1 + random.nextInt(64);
            default -> 1 + random.nextInt(Math.max(1, total));
        };
    }

    /** Encoding {@code m} in both byte orders and decoding the bytes gives {@code m} back, and the same bytes again. */
    static void assertRoundTrips(Message m) {
        for (Endian e : Endian.values()) {
            Message in = m.withEndian(e);
            byte[] bytes = MessageEncoder.encode(in);
            Message back;
            try {
                back = MessageDecoder.decode(bytes);
            } catch (MalformedMessageException ex) {
                throw new AssertionError("re-encoded " + m + " is rejected: " + ex.getMessage(), ex);
            }
            assertEquals(in, back, "decode(encode(m)) differs from m");
            assertArrayEquals(bytes, MessageEncoder.encode(back), "encoding is not stable");
        }
    }
}
