package io.jdbus.malformed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.jdbus.message.Message;
import io.jdbus.message.MessageDecoder;
import io.jdbus.message.MessageEncoder;
import io.jdbus.message.MessageStreamReader;
import io.jdbus.wire.Endian;
import io.jdbus.wire.MalformedMessageException;
import java.util.HexFormat;

/**
 * Assertions shared by the malformed-input tests: a message is rejected by {@link MessageDecoder} and by
 * {@link MessageStreamReader} with a reason that names the fault, and decoding goes on working afterwards.
 */
final class Rejections {
    /** A valid message decoded after every rejection, to show that nothing was left in a bad state. */
    static final Message VALID = Message.methodCall("org.example.App", "/org/example", "org.example.App", "Still")
            .endian(Endian.LITTLE).body("s", "fine").build().withSerial(99);
    static final byte[] VALID_BYTES = MessageEncoder.encode(VALID);

    private Rejections() {
    }

    /**
     * {@code bytes} (one whole message) are rejected with a reason containing {@code phrase}, by the decoder and
     * by a stream reader that got a valid message before them and one after; then decoding still works.
     */
    static MalformedMessageException assertRejected(byte[] bytes, String phrase) {
        MalformedMessageException e = assertDecodeRejects(bytes, phrase);

        MessageStreamReader reader = new MessageStreamReader();
        reader.feed(VALID_BYTES, 0, VALID_BYTES.length);
        reader.feed(bytes, 0, bytes.length);
        reader.feed(VALID_BYTES, 0, VALID_BYTES.length);
        try {
            assertEquals(VALID, reader.next(), "the valid message before the bad one");
        } catch (MalformedMessageException unexpected) {
            fail("the valid message before the bad one was rejected: " + unexpected.getMessage(), unexpected);
        }
        MalformedMessageException streamed = assertThrows(MalformedMessageException.class, reader::next,
                () -> "stream reader accepted " + hex(bytes));
        assertEquals(e.reason(), streamed.reason(), "the stream reader gives the decoder's reason");
        assertEquals(e.offset(), streamed.offset(), "offsets count from the bad message's first byte");
        assertEquals(VALID_BYTES.length, reader.offset(), "the reader points at the bad message");
        MalformedMessageException again = assertThrows(MalformedMessageException.class, reader::next);
        assertEquals(e.reason(), again.reason(), "a failed stream stays failed with the same reason");
        return e;
    }

    /** {@code bytes} are rejected by {@link MessageDecoder#decode} with {@code phrase} in the reason; decoding goes on working. */
    static MalformedMessageException assertDecodeRejects(byte[] bytes, String phrase) {
        MalformedMessageException e = assertThrows(MalformedMessageException.class, () -> MessageDecoder.decode(bytes),
                () -> "accepted " + hex(bytes));
        assertTrue(e.reason().contains(phrase),
                () -> "reason \"" + e.reason() + "\" does not say \"" + phrase + "\" for " + hex(bytes));
        assertTrue(e.offset() >= 0 && e.offset() <= bytes.length,
                () -> "offset " + e.offset() + " outside the " + bytes.length + " bytes");
        assertStillDecodes();
        return e;
    }

    /** {@code bytes} decode (whole, and through a stream reader) to one message, which is returned. */
    static Message assertAccepted(byte[] bytes) {
        try {
            Message m = MessageDecoder.decode(bytes);
            MessageStreamReader reader = new MessageStreamReader();
            reader.feed(bytes, 0, bytes.length);
            assertEquals(m, reader.next());
            assertNull(reader.next());
            assertEquals(0, reader.buffered());
            return m;
        } catch (MalformedMessageException e) {
            return fail("rejected " + hex(bytes) + ": " + e.getMessage(), e);
        }
    }

    static void assertStillDecodes() {
        try {
            assertEquals(VALID, MessageDecoder.decode(VALID_BYTES), "decoding works after a rejection");
        } catch (MalformedMessageException e) {
            fail("a valid message is rejected after a malformed one", e);
        }
    }

    static String hex(byte[] bytes) {
        return bytes.length <= 512 ? HexFormat.of().formatHex(bytes) : bytes.length + " bytes";
    }
}
