package io.jdbus.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jdbus.types.InvalidValueException;
import io.jdbus.types.Variant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The encoder reuses a per-thread buffer; whatever the previous message did, the next one's padding is zero. */
class EncoderScratchTest {
    private static Message small() {
        return Message.signal("/a", "com.example.X", "Y").body("yt", 1, 2L).build().withSerial(3);
    }

    private static void assertSmallRoundTrips() throws Exception {
        Message m = small();
        assertEquals(m, MessageDecoder.decode(MessageEncoder.encode(m)));   // the decoder rejects non-zero padding
    }

    @Test
    void aMessageLargerThanTheKeptBufferLeavesAZeroedBufferBehind() throws Exception {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            many.add("element" + i);
        }
        Message big = Message.signal("/a", "com.example.X", "Big").body("as", many).build().withSerial(2);
        assertEquals(big, MessageDecoder.decode(MessageEncoder.encode(big)));
        assertSmallRoundTrips();
    }

    @Test
    void aMessageThatFailsHalfWayLeavesAZeroedBufferBehind() throws Exception {
        Object nested = Variant.of("s", "x");
        for (int i = 0; i < 70; i++) {
            nested = Variant.of("v", nested);
        }
        Message deep = Message.signal("/a", "com.example.X", "Deep")
                .body("sa{sv}", "x".repeat(300), Map.of("k", nested)).build().withSerial(2);
        assertThrows(InvalidValueException.class, () -> MessageEncoder.encode(deep));
        assertSmallRoundTrips();
    }
}
