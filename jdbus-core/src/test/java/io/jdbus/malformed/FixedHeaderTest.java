package io.jdbus.malformed;

import static io.jdbus.malformed.Rejections.assertDecodeRejects;
import static io.jdbus.malformed.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.message.MessageDecoder;
import io.jdbus.message.MessageStreamReader;
import io.jdbus.wire.Endian;
import io.jdbus.wire.Limits;
import io.jdbus.wire.MalformedMessageException;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The fixed 16-byte header: byte order, version, serial, and the announced lengths checked against the limits. */
class FixedHeaderTest {

    /** Feeds only the fixed header to a stream reader: a rejection then happened before any body was buffered. */
    private static MalformedMessageException rejectedFromFixedHeaderAlone(byte[] fixedHeader, String phrase) {
        assertEquals(16, fixedHeader.length);
        MessageStreamReader reader = new MessageStreamReader();
        reader.feed(fixedHeader, 0, 16);
        MalformedMessageException e = assertThrows(MalformedMessageException.class, reader::next);
        assertTrue(e.reason().contains(phrase), () -> "reason \"" + e.reason() + "\" does not say \"" + phrase + "\"");
        assertEquals(16, reader.buffered(), "nothing beyond the 16 bytes was needed");
        MalformedMessageException frame = assertThrows(MalformedMessageException.class,
                () -> MessageDecoder.frameLength(fixedHeader, 0, 16));
        assertEquals(e.reason(), frame.reason());
        Rejections.assertStillDecodes();
        return e;
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void messageOver128MiBIsRejectedFromTheFirst16Bytes(Endian endian) {
        long justOver = Limits.MAX_MESSAGE - 16 + 1;    // fixed header + empty fields + body = 2^27 + 1
        byte[] header = RawMessage.methodCall(endian).fieldsLength(0).bodyLength(justOver).fixedHeader();
        rejectedFromFixedHeaderAlone(header, "exceeds the limit of " + Limits.MAX_MESSAGE);
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void bodyLengthOf4GiBIsRejectedFromTheFirst16BytesAsUnsigned(Endian endian) {
        byte[] header = RawMessage.methodCall(endian).bodyLength(0xFFFF_FFFFL).fixedHeader();
        MalformedMessageException e = rejectedFromFixedHeaderAlone(header, "exceeds the limit");
        assertTrue(e.reason().contains("4294967"), () -> "the length is read unsigned: " + e.reason());
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void fieldsAndBodyTogetherOver128MiBAreRejectedFromTheFirst16Bytes(Endian endian) {
        byte[] header = RawMessage.methodCall(endian).fieldsLength(Limits.MAX_ARRAY).bodyLength(Limits.MAX_ARRAY)
                .fixedHeader();
        rejectedFromFixedHeaderAlone(header, "exceeds the limit of " + Limits.MAX_MESSAGE);
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void messageOfExactly128MiBIsAnnouncedWithoutError(Endian endian) throws Exception {
        byte[] header = RawMessage.methodCall(endian).fieldsLength(0).bodyLength(Limits.MAX_MESSAGE - 16).fixedHeader();
        assertEquals(Limits.MAX_MESSAGE, MessageDecoder.frameLength(header, 0, 16));
        MessageStreamReader reader = new MessageStreamReader();
        reader.feed(header, 0, 16);
        assertNull(reader.next(), "the reader waits for the rest");
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void headerFieldsArrayOver64MiBIsRejectedFromTheFirst16Bytes(Endian endian) {
        byte[] header = RawMessage.methodCall(endian).fieldsLength(Limits.MAX_ARRAY + 1L).bodyLength(0).fixedHeader();
        rejectedFromFixedHeaderAlone(header, "header fields array of " + (Limits.MAX_ARRAY + 1L) + " bytes exceeds");
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void headerFieldsArrayOf4GiBIsRejectedFromTheFirst16Bytes(Endian endian) {
        byte[] header = RawMessage.methodCall(endian).fieldsLength(0xFFFF_FFF8L).bodyLength(0).fixedHeader();
        rejectedFromFixedHeaderAlone(header, "header fields array of 4294967288 bytes");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 'b', 'L', 'x', 0xFF})
    void badByteOrderMarkerIsRejectedFromTheFirst16Bytes(int marker) {
        byte[] bytes = RawMessage.methodCall(Endian.LITTLE).marker(marker).bytes();
        rejectedFromFixedHeaderAlone(Arrays.copyOf(bytes, 16), "byte order marker " + marker);
        assertRejected(bytes, "is neither 'l' nor 'B'");
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void protocolVersion2IsRejectedFromTheFirst16Bytes(Endian endian) {
        RawMessage m = RawMessage.methodCall(endian).version(2);
        rejectedFromFixedHeaderAlone(m.fixedHeader(), "protocol version 2 is not 1");
        assertRejected(m.bytes(), "protocol version 2 is not 1");
        assertRejected(RawMessage.methodCall(endian).version(0).bytes(), "protocol version 0");
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void serialZeroIsRejected(Endian endian) {
        assertRejected(RawMessage.methodCall(endian).serial(0).bytes(), "serial is 0");
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void serialIsReadUnsigned(Endian endian) throws Exception {
        byte[] bytes = RawMessage.methodCall(endian).serial(0xFFFF_FFFFL).bytes();
        assertEquals(0xFFFF_FFFFL, Integer.toUnsignedLong(Rejections.assertAccepted(bytes).serial()));
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void messageType0IsRejected(Endian endian) {
        assertRejected(RawMessage.methodCall(endian).type(0).bytes(), "message type 0 is invalid");
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void truncatedMessageIsRejectedByTheDecoderAndAwaitedByTheStreamReader(Endian endian) throws Exception {
        byte[] whole = RawMessage.methodCall(endian).signature("s").body(w -> w.str("hello")).bytes();
        for (int cut = 1; cut < whole.length; cut++) {
            byte[] part = Arrays.copyOf(whole, whole.length - cut);
            assertDecodeRejects(part, "truncated");
            MessageStreamReader reader = new MessageStreamReader();
            reader.feed(part, 0, part.length);
            assertNull(reader.next(), "a stream reader waits for the missing bytes");
            assertEquals(part.length, reader.buffered());
        }
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void bytesBeyondTheAnnouncedLengthAreRejectedByTheDecoder(Endian endian) {
        byte[] whole = RawMessage.methodCall(endian).bytes();
        byte[] longer = Arrays.copyOf(whole, whole.length + 8);
        assertDecodeRejects(longer, "8 bytes beyond the " + whole.length);
    }
}
