package io.jdbus.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.jdbus.message.Message;
import io.jdbus.message.MessageEncoder;
import io.jdbus.message.MessageStreamReader;
import io.jdbus.wire.MalformedMessageException;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Several messages in one stream come back equal however the stream is cut: one byte at a time, or in random chunks. */
class ChunkedStreamingTest {
    private static final List<Message> MESSAGES = SeedCorpus.messages();
    private static final byte[] STREAM = concatenated(MESSAGES);

    private static byte[] concatenated(List<Message> messages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        messages.forEach(m -> out.writeBytes(MessageEncoder.encode(m)));
        return out.toByteArray();
    }

    @Test
    void oneByteAtATimeGivesEveryMessageBack() throws MalformedMessageException {
        MessageStreamReader reader = new MessageStreamReader();
        List<Message> got = new ArrayList<>();
        for (int i = 0; i < STREAM.length; i++) {
            reader.feed(STREAM, i, 1);
            Message m = reader.next();
            if (m != null) {
                got.add(m);
                assertNull(reader.next(), "one byte completes at most one message");
                assertEquals(i + 1, reader.offset(), "a message is returned as soon as its last byte arrives");
            }
        }
        assertEquals(MESSAGES, got);
        assertEquals(0, reader.buffered());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1234, 0xC0FFEE})
    void randomChunksGiveEveryMessageBack(long seed) throws MalformedMessageException {
        SplittableRandom random = new SplittableRandom(seed);
        for (int round = 0; round < 20; round++) {
            MessageStreamReader reader = new MessageStreamReader();
            List<Message> got = new ArrayList<>();
            for (int off = 0; off < STREAM.length; ) {
                int n = Math.min(STREAM.length - off, StreamOracle.chunk(random, STREAM.length));
                reader.feed(STREAM, off, n);
                off += n;
                for (Message m; (m = reader.next()) != null; ) {
                    got.add(m);
                }
            }
            assertEquals(MESSAGES, got);
            assertEquals(STREAM.length, reader.offset());
        }
    }

    @Test
    void wholeStreamAtOnceGivesEveryMessageBack() throws MalformedMessageException {
        MessageStreamReader reader = new MessageStreamReader();
        reader.feed(STREAM, 0, STREAM.length);
        List<Message> got = new ArrayList<>();
        for (Message m; (m = reader.next()) != null; ) {
            got.add(m);
        }
        assertEquals(MESSAGES, got);
    }

    @Test
    void readerHoldsNoMoreThanOnePendingMessage() throws MalformedMessageException {
        // feeding and draining in small chunks, the buffer never keeps more than a message's worth of bytes
        int largest = MESSAGES.stream().mapToInt(m -> MessageEncoder.encode(m).length).max().orElseThrow();
        MessageStreamReader reader = new MessageStreamReader();
        for (int off = 0; off < STREAM.length; off += 7) {
            reader.feed(STREAM, off, Math.min(7, STREAM.length - off));
            while (reader.next() != null) {
                // drain
            }
            assertEquals(true, reader.buffered() < largest, "buffered " + reader.buffered());
        }
    }
}
