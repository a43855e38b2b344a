package io.jdbus.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jdbus.wire.Endian;
import io.jdbus.wire.MalformedMessageException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@link MessageStreamReader} allocates for a large message, and how it refuses, skips and fails on one,
 * whether the message arrives in an array of its own or whole in one chunk.
 */
class MessageStreamReaderBoundsTest {
    private static final int MIB = 1 << 20;

    @Test
    void announcing128MiBAndSending16BytesAllocatesNothingMore() throws Exception {
        byte[] header = {'l', 1, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0};
        ByteBuffer.wrap(header, 4, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(128 * MIB - 16);
        assertEquals(128 * MIB, MessageDecoder.frameLength(header, 0, 16));
        MessageStreamReader reader = new MessageStreamReader();
        long empty = reader.capacity();
        reader.feed(header, 0, 16);
        assertNull(reader.next());
        assertEquals(empty, reader.capacity());
        assertEquals(16, reader.buffered());
        reader.space(1);
        assertEquals(empty, reader.capacity());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aLargeMessageGetsItsOwnArrayOnceHalfOfItIsThere(boolean direct) throws Exception {
        byte[] m = StreamSamples.exactly(MIB);
        MessageStreamReader reader = new MessageStreamReader();
        int fed = 0;
        while (fed < MIB / 2 - 1) {
            fed += put(reader, m, fed, Math.min(4096, MIB / 2 - 1 - fed), direct);
            assertNull(reader.next());
        }
        long before = reader.capacity();
        assertEquals(MIB / 2 - 1, reader.buffered());
        assertEquals(MIB / 2, before, "the ordinary buffer, grown by doubling from 4 KiB");
        put(reader, m, fed++, 1, direct);
        assertNull(reader.next());
        assertEquals(4096 + MIB, reader.capacity(),
                "an array of exactly the message's length; the buffer that grew for it back to 4 KiB");
        assertEquals(MIB / 2, reader.buffered());
        ByteBuffer rest = reader.space(64 * 1024);
        assertEquals(MIB / 2, rest.remaining(), "the rest of the message, however much room was asked");
        rest.put(m, fed, MIB / 2);
        reader.filled(MIB / 2);
        Message got = reader.next();
        assertEquals(MessageDecoder.decode(m), got);
        assertEquals(4096, reader.capacity(), "the array went with the message");
        assertEquals(0, reader.buffered());
        assertEquals(MIB, reader.offset());
    }

    @Test
    void aChunkThatBringsHalfOfAKnownLargeMessageGoesToItsArrayWithoutGrowingTheBuffer() throws Exception {
        byte[] m = StreamSamples.exactly(MIB);
        MessageStreamReader reader = new MessageStreamReader();
        long empty = reader.capacity();
        reader.feed(m, 0, 16);
        assertNull(reader.next());
        reader.feed(m, 16, MIB / 2);
        assertEquals(empty + MIB, reader.capacity());
        reader.feed(m, 16 + MIB / 2, MIB / 2 - 16);
        assertEquals(MessageDecoder.decode(m), reader.next());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4096, 1 << 20})
    void aMalformedLargeMessageFailsAsWhenDecodedAloneAndTheReaderStaysFailed(int chunk) throws Exception {
        byte[] small = MessageEncoder.encode(StreamSamples.small(Endian.BIG, 1));
        byte[] damaged = MessageEncoder.encode(StreamSamples.reply(Endian.LITTLE, 40, 2));
        damaged[new String(damaged, StandardCharsets.ISO_8859_1).lastIndexOf("sensor") + 2] = 0;
        MalformedMessageException alone = assertThrows(MalformedMessageException.class,
                () -> MessageDecoder.decode(damaged));
        byte[] stream = StreamSamples.concat(List.of(small, damaged, small));
        MessageStreamReader reader = new MessageStreamReader();
        MalformedMessageException failed = null;
        for (int fed = 0; fed < stream.length && failed == null; fed += chunk) {
            reader.feed(stream, fed, Math.min(chunk, stream.length - fed));
            try {
                while (reader.next() != null) {
                    assertEquals(small.length, reader.offset());
                }
            } catch (MalformedMessageException e) {
                failed = e;
            }
        }
        assertEquals(alone.getMessage(), failed.getMessage());
        assertEquals(alone.offset(), failed.offset());
        assertEquals(small.length, reader.offset());
        reader.feed(small, 0, small.length);
        assertSame(failed, assertThrows(MalformedMessageException.class, reader::next));
        assertEquals(small.length, reader.offset());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aLargeMessageOfUnknownTypeIsSkipped(boolean direct) throws Exception {
        byte[] unknown = MessageEncoder.encode(StreamSamples.reply(Endian.BIG, 400, 2));
        unknown[1] = 42;
        byte[] small = MessageEncoder.encode(StreamSamples.small(Endian.LITTLE, 3));
        byte[] stream = StreamSamples.concat(List.of(unknown, small));
        MessageStreamReader reader = new MessageStreamReader();
        Message got = null;
        for (int fed = 0; fed < stream.length; ) {
            fed += put(reader, stream, fed, Math.min(1000, stream.length - fed), direct);
            Message m = reader.next();
            if (m != null) {
                assertNull(got);
                got = m;
            }
        }
        assertEquals(MessageDecoder.decode(small), got);
        assertEquals(stream.length, reader.offset());
        assertEquals(0, reader.buffered());
    }

    @Test
    void aMessageAboveTheReadersLimitIsRefusedFromItsFixedHeaderBeforeBuffering() throws Exception {
        byte[] m = StreamSamples.exactly(MIB);
        MessageStreamReader reader = new MessageStreamReader(64 * 1024);
        long empty = reader.capacity();
        reader.feed(m, 0, 15);
        assertNull(reader.next());
        reader.feed(m, 15, 1);
        MalformedMessageException e = assertThrows(MalformedMessageException.class, reader::next);
        assertEquals("message of " + MIB + " bytes exceeds this connection's limit of 65536", e.reason());
        assertEquals(4, e.offset());
        assertEquals(empty, reader.capacity());
        reader.feed(m, 16, 64 * 1024);
        assertSame(e, assertThrows(MalformedMessageException.class, reader::next));
        assertEquals(0, reader.offset());
    }

    @Test
    void filledRecordsNoMoreThanSpaceGave() throws Exception {
        MessageStreamReader reader = new MessageStreamReader();
        assertThrows(IllegalArgumentException.class, () -> reader.filled(1), "space() first");
        assertThrows(IllegalArgumentException.class, () -> reader.space(0));
        ByteBuffer room = reader.space(100);
        assertThrows(IllegalArgumentException.class, () -> reader.filled(room.remaining() + 1));
        assertThrows(IllegalArgumentException.class, () -> reader.filled(-1));
        byte[] small = MessageEncoder.encode(StreamSamples.small(Endian.LITTLE, 1));
        ByteBuffer again = reader.space(small.length);
        again.put(small);
        reader.filled(small.length);
        assertThrows(IllegalArgumentException.class, () -> reader.filled(1), "once per space()");
        assertEquals(MessageDecoder.decode(small), reader.next());
    }

    /** Gives {@code n} bytes of {@code bytes} from {@code off} by feed or by space and filled; returns {@code n}. */
    @Test
    void aReadIsOfferedNoMoreRoomThanItsCap() throws Exception {
        MessageStreamReader reader = new MessageStreamReader();
        ByteBuffer room = reader.space(64 * 1024, 100);
        assertEquals(100, room.remaining(), "the buffer grew to 64 KiB, the read is offered 100 bytes of it");
        byte[] m = StreamSamples.exactly(MIB);
        room.put(m, 0, 100);
        reader.filled(100);
        reader.feed(m, 100, MIB / 2);
        assertNull(reader.next());
        ByteBuffer rest = reader.space(64 * 1024, 4096);
        assertEquals(4096, rest.remaining(), "of the rest of the message's own array, no more than the cap");
        rest.put(m, 100 + MIB / 2, 4096);
        reader.filled(4096);
        int at = 100 + MIB / 2 + 4096;
        reader.feed(m, at, MIB - at);
        assertEquals(MessageDecoder.decode(m), reader.next());
    }

    private static int put(MessageStreamReader reader, byte[] bytes, int off, int n, boolean direct) {
        if (!direct) {
            reader.feed(bytes, off, n);
            return n;
        }
        ByteBuffer room = reader.space(n);
        int k = Math.min(n, room.remaining());
        room.put(bytes, off, k);
        reader.filled(k);
        return k;
    }
}
