package io.jdbus.message;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.wire.Endian;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntSupplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Large messages mixed with small ones, in both byte orders, through {@link MessageStreamReader} however the bytes
 * come: each message is what {@link MessageDecoder#decode} gives for its bytes, in order, with {@code offset()} and
 * {@code buffered()} right after every step, and stays intact while the reader goes on.
 */
class MessageStreamReaderFramesTest {
    /** The stream: small and large (10 KiB, 100 KiB) messages in both byte orders. */
    private final List<byte[]> messages = List.of(
            enc(StreamSamples.small(Endian.LITTLE, 1)), enc(StreamSamples.reply(Endian.LITTLE, 40, 2)),
            enc(StreamSamples.small(Endian.BIG, 3)), enc(StreamSamples.reply(Endian.BIG, 400, 4)),
            enc(StreamSamples.reply(Endian.BIG, 40, 5)), enc(StreamSamples.reply(Endian.LITTLE, 400, 6)),
            enc(StreamSamples.small(Endian.LITTLE, 7)), enc(StreamSamples.reply(Endian.LITTLE, 17, 8)),
            enc(StreamSamples.small(Endian.BIG, 9)));
    private final byte[] stream = StreamSamples.concat(messages);
    private final long[] ends = ends(messages);

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 4095, 4096, 65536})
    void chunksOfOneSizeGiveEveryMessageInOrder(int chunk) throws Exception {
        MessageStreamReader reader = new MessageStreamReader();
        List<Message> got = feed(reader, () -> chunk);
        assertDecodedAsAlone(got);
        if (chunk <= 7) {
            int own = 0;
            for (int i = 0; i < got.size(); i++) {
                WireBody body = got.get(i).wireBody;
                assertTrue(body == null || body.bytes().length == messages.get(i).length,
                        "message " + i + " read from its own array");
                own += body == null ? 0 : 1;
            }
            assertEquals(5, own, "the five large replies");
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void chunksOfRandomSizesGiveEveryMessageInOrder(long seed) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        MessageStreamReader reader = new MessageStreamReader();
        assertDecodedAsAlone(feed(reader, () -> size(random)));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void readsIntoSpaceOfRandomSizesGiveEveryMessageInOrder(long seed) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        MessageStreamReader reader = new MessageStreamReader();
        List<Message> got = new ArrayList<>();
        int fed = 0;
        while (fed < stream.length) {
            int atLeast = 1 + random.nextInt(70_000);
            ByteBuffer room = reader.space(atLeast);
            assertTrue(room.hasArray() && room.remaining() > 0);
            if (room.remaining() < atLeast) {
                assertEquals(ends[got.size()] - fed, room.remaining(), "only the rest of a large message is short");
            }
            int n = Math.min(Math.min(room.remaining(), size(random)), stream.length - fed);
            room.put(stream, fed, n);
            reader.filled(n);
            fed += n;
            drain(reader, got, fed);
        }
        assertDecodedAsAlone(got);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4096, 65536})
    void messagesReturnedStayIntactWhileTheReaderGoesOn(int chunk) throws Exception {
        MessageStreamReader reader = new MessageStreamReader();
        List<Message> got = feed(reader, () -> chunk);
        SplittableRandom random = new SplittableRandom(chunk);
        for (int round = 0; round < 3; round++) {
            List<Message> more = new ArrayList<>();
            for (int fed = 0; fed < stream.length; ) {
                ByteBuffer room = reader.space(1 + random.nextInt(9000));
                int n = Math.min(room.remaining(), stream.length - fed);
                room.put(stream, fed, n);
                reader.filled(n);
                fed += n;
                for (Message m; (m = reader.next()) != null; ) {
                    more.add(m);
                }
            }
            assertEquals(messages.size(), more.size());
        }
        assertDecodedAsAlone(got);
    }

    /** Feeds the stream in chunks of the sizes given, checking the reader's position after every step. */
    private List<Message> feed(MessageStreamReader reader, IntSupplier sizes) throws Exception {
        List<Message> got = new ArrayList<>();
        int fed = 0;
        while (fed < stream.length) {
            int n = Math.min(sizes.getAsInt(), stream.length - fed);
            reader.feed(stream, fed, n);
            fed += n;
            drain(reader, got, fed);
        }
        return got;
    }

    /** Takes every message {@code fed} bytes complete; checks the position after each, and that none is held back. */
    private void drain(MessageStreamReader reader, List<Message> got, int fed) throws Exception {
        for (Message m; (m = reader.next()) != null; ) {
            got.add(m);
            assertEquals(ends[got.size() - 1], reader.offset(), "offset after message " + (got.size() - 1));
            assertEquals(fed - reader.offset(), reader.buffered());
        }
        assertEquals(got.isEmpty() ? 0 : ends[got.size() - 1], reader.offset());
        assertEquals(fed - reader.offset(), reader.buffered());
        assertTrue(got.size() == ends.length || fed < ends[got.size()], "a complete message is held back");
        assertNull(reader.next());
    }

    /** Compares only now, so that no large body was decoded before the reader had moved on. */
    private void assertDecodedAsAlone(List<Message> got) throws Exception {
        assertEquals(messages.size(), got.size());
        for (int i = 0; i < got.size(); i++) {
            Message alone = MessageDecoder.decode(messages.get(i).clone());
            assertEquals(alone, got.get(i), "message " + i);
            assertEquals(alone.body(), got.get(i).body());
            assertArrayEquals(messages.get(i), MessageEncoder.encode(got.get(i)), "message " + i + " re-encoded");
        }
        assertSame(Endian.BIG, got.get(3).endian());
        assertEquals(StreamSamples.objects(400), got.get(5).body().getFirst());
    }

    /** Mostly reads of up to a few KiB, sometimes of one byte or of more than 64 KiB. */
    private static int size(SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> 1 + random.nextInt(8);
            case 1 -> 1 + random.nextInt(5000);
            case 2 -> 1 + random.nextInt(70_000);
            default -> 4000 + random.nextInt(200);
        };
    }

    private static byte[] enc(Message m) {
        return MessageEncoder.encode(m);
    }

    private static long[] ends(List<byte[]> messages) {
        long[] ends = new long[messages.size()];
        long end = 0;
        for (int i = 0; i < ends.length; i++) {
            ends[i] = end += messages.get(i).length;
        }
        return ends;
    }
}
