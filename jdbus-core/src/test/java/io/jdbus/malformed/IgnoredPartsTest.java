package io.jdbus.malformed;

import static io.jdbus.malformed.Rejections.assertAccepted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.message.Flag;
import io.jdbus.message.Message;
import io.jdbus.message.MessageDecoder;
import io.jdbus.message.MessageEncoder;
import io.jdbus.message.MessageStreamReader;
import io.jdbus.wire.Endian;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the specification says to ignore: unknown header fields, unknown flag bits, unknown message types. */
class IgnoredPartsTest {

    static Stream<Arguments> unknownFields() {
        List<Arguments> cases = new ArrayList<>();
        for (Endian e : Endian.values()) {
            for (int code : new int[] {10, 200, 255}) {
                cases.add(Arguments.of(e, code, "s", (Consumer<WireBytes>) w -> w.str("anything")));
                cases.add(Arguments.of(e, code, "y", (Consumer<WireBytes>) w -> w.y(9)));
                cases.add(Arguments.of(e, code, "t", (Consumer<WireBytes>) w -> w.u64(-1)));
                cases.add(Arguments.of(e, code, "ai", (Consumer<WireBytes>) w -> w.u32(8).u32(1).u32(2)));
                cases.add(Arguments.of(e, code, "a{sv}", (Consumer<WireBytes>) w -> w.u32(16).pad(8).str("k").sig("u").u32(7)));
                cases.add(Arguments.of(e, code, "(yv)", (Consumer<WireBytes>) w -> w.pad(8).y(1).sig("s").str("x")));
                cases.add(Arguments.of(e, code, "v", (Consumer<WireBytes>) w -> w.sig("v").sig("o").str("/a/b")));
                cases.add(Arguments.of(e, code, "g", (Consumer<WireBytes>) w -> w.sig("a{sv}")));
                cases.add(Arguments.of(e, code, "ay", (Consumer<WireBytes>) w -> w.u32(0)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} code {1} type {2}")
    @MethodSource("unknownFields")
    void unknownHeaderFieldIsIgnored(Endian endian, int code, String signature, Consumer<WireBytes> value) {
        Message plain = assertAccepted(RawMessage.methodCall(endian).signature("s").body(w -> w.str("x")).bytes());
        Message withUnknown = assertAccepted(RawMessage.methodCall(endian).field(code, signature, value)
                .signature("s").body(w -> w.str("x")).bytes());
        assertEquals(plain, withUnknown);
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void unknownHeaderFieldHoldingAUnixFdIsIgnored(Endian endian) {
        // a valid index (the message carries one fd) in a field this implementation does not know
        byte[] bytes = RawMessage.methodCall(endian).unixFds(1).field(200, "h", w -> w.u32(0)).bytes();
        assertEquals(1, assertAccepted(bytes).unixFds());
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void unknownHeaderFieldMustStillBeWellFormed(Endian endian) {
        Rejections.assertRejected(RawMessage.methodCall(endian).field(200, "b", w -> w.u32(3)).bytes(), "neither 0 nor 1");
    }

    @ParameterizedTest
    @ValueSource(ints = {0x08, 0x10, 0x80, 0xF8, 0xFF})
    void unknownFlagBitsAreKeptAndIgnored(int flags) throws Exception {
        for (Endian endian : Endian.values()) {
            Message m = assertAccepted(RawMessage.methodCall(endian).flags(flags).bytes());
            assertEquals(flags, m.flags());
            assertEquals((flags & 1) != 0, m.has(Flag.NO_REPLY_EXPECTED));
            assertEquals((flags & 2) != 0, m.has(Flag.NO_AUTO_START));
            assertEquals((flags & 4) != 0, m.has(Flag.ALLOW_INTERACTIVE_AUTH));
            byte[] again = MessageEncoder.encode(m);
            assertEquals(flags, again[2] & 0xFF, "re-encoding keeps the unknown bits");
            assertEquals(m, MessageDecoder.decode(again));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 6, 0x40, 0xFF})
    void unknownMessageTypeDecodesToNull(int type) throws Exception {
        for (Endian endian : Endian.values()) {
            assertNull(MessageDecoder.decode(RawMessage.methodCall(endian).type(type).bytes()));
            // nothing a known type would require needs to be there
            assertNull(MessageDecoder.decode(RawMessage.of(endian, type).signature("s").body(w -> w.str("?")).bytes()));
        }
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void unknownMessageType5IsSkippedByTheStreamReader(Endian endian) throws Exception {
        byte[] unknown = RawMessage.of(endian, 5).serial(3).signature("s").body(w -> w.str("skip me")).bytes();
        byte[] known = RawMessage.methodCall(endian).serial(4).bytes();
        MessageStreamReader reader = new MessageStreamReader();
        reader.feed(unknown, 0, unknown.length);
        assertNull(reader.next(), "an unknown message alone yields nothing");
        assertEquals(0, reader.buffered(), "and is consumed");
        assertEquals(unknown.length, reader.offset());
        reader.feed(unknown, 0, unknown.length);
        reader.feed(known, 0, known.length);
        reader.feed(unknown, 0, unknown.length);
        Message m = reader.next();
        assertEquals(4, m.serial());
        assertNull(reader.next());
        assertEquals(0, reader.buffered());
        assertEquals(3L * unknown.length + known.length, reader.offset());
        assertTrue(m.path().toString().startsWith("/org"));
    }
}
