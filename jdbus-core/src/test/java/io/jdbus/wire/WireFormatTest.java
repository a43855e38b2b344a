package io.jdbus.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jdbus.names.ObjectPath;
import io.jdbus.types.Signature;
import io.jdbus.types.Struct;
import io.jdbus.types.Type;
import io.jdbus.types.UnixFD;
import io.jdbus.types.Values;
import io.jdbus.types.Variant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The exact bytes of every wire type in both byte orders, computed by hand from the specification. */
class WireFormatTest {
    static Stream<Arguments> layouts() {
        return Stream.of(
                // signature, value, little-endian hex, big-endian hex
                Arguments.of("y", 0x12, "12", "12"),
                Arguments.of("b", true, "01000000", "00000001"),
                Arguments.of("b", false, "00000000", "00000000"),
                Arguments.of("n", -2, "feff", "fffe"),
                Arguments.of("q", 65535, "ffff", "ffff"),
                Arguments.of("i", 0x01020304, "04030201", "01020304"),
                Arguments.of("u", 0xFFFF_FFFEL, "feffffff", "fffffffe"),
                Arguments.of("x", -2L, "feffffffffffffff", "fffffffffffffffe"),
                Arguments.of("t", 0x0102030405060708L, "0807060504030201", "0102030405060708"),
                Arguments.of("d", 1.0, "000000000000f03f", "3ff0000000000000"),
                Arguments.of("s", "ab", "020000006162" + "00", "000000026162" + "00"),
                Arguments.of("s", "é", "02000000c3a900", "00000002c3a900"),
                Arguments.of("o", ObjectPath.ROOT, "010000002f00", "000000012f00"),
                Arguments.of("g", Signature.of("ai"), "02616900", "02616900"),
                Arguments.of("h", new UnixFD(1), "01000000", "00000001"),
                Arguments.of("ai", List.of(1), "0400000001000000", "0000000400000001"),
                Arguments.of("at", List.of(), "0000000000000000", "0000000000000000"),
                Arguments.of("ay", new byte[] {1, 2, 3}, "03000000010203", "00000003010203"),
                Arguments.of("a{yy}", Map.of(1, 2), "02000000000000000102", "00000002000000000102"),
                Arguments.of("(yi)", Struct.of(1, 2), "0100000002000000", "0100000000000002"),
                Arguments.of("v", Variant.of("y", 5), "01790005", "01790005"),
                Arguments.of("v", Variant.of("t", 1L), "0174000000000000" + "0100000000000000",
                        "0174000000000000" + "0000000000000001"),
                Arguments.of("a(y)", List.of(Struct.of(1), Struct.of(2)),
                        "09000000" + "00000000" + "01" + "00000000000000" + "02",
                        "00000009" + "00000000" + "01" + "00000000000000" + "02"),
                Arguments.of("av", List.of(Variant.of("s", "a")), "0a000000" + "0173000001000000" + "6100",
                        "0000000a" + "0173000000000001" + "6100"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("layouts")
    void valuesEncodeToTheSpecifiedBytes(String sig, Object value, String le, String be) {
        Type type = Type.of(sig);
        Object canonical = Values.coerce(type, value);
        assertEquals(le, hex(Endian.LITTLE, type, canonical));
        assertEquals(be, hex(Endian.BIG, type, canonical));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("layouts")
    void specifiedBytesDecodeToTheValue(String sig, Object value, String le, String be) throws Exception {
        Type type = Type.of(sig);
        Object canonical = Values.coerce(type, value);
        for (var c : List.of(Map.entry(Endian.LITTLE, le), Map.entry(Endian.BIG, be))) {
            byte[] bytes = HexFormat.of().parseHex(c.getValue());
            WireReader r = new WireReader(bytes, 0, 0, bytes.length, c.getKey(), 2);
            assertEquals(Variant.of(type, canonical), Variant.of(type, r.read(type)), c.getKey().toString());
            assertEquals(0, r.remaining());
        }
    }

    private static String hex(Endian endian, Type type, Object value) {
        WireWriter w = new WireWriter(endian, 16);
        w.write(type, value);
        return HexFormat.of().formatHex(w.toByteArray());
    }
}
