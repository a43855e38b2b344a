package io.jdbus.message;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jdbus.types.BasicType;
import io.jdbus.types.Struct;
import io.jdbus.types.Type;
import io.jdbus.types.Variant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The examples of docs/TYPES.md, each checked after a trip through the wire. */
class TypesDocExamplesTest {
    record Entry(String name, long id) {
    }

    private static List<Object> roundTrip(MessageBuilder b) throws Exception {
        return MessageDecoder.decode(MessageEncoder.encode(b.build().withSerial(1))).body();
    }

    private static MessageBuilder signal(String member) {
        return Message.signal("/com/example/Obj", "com.example.Iface", member);
    }

    @Test
    void structOfStringAndUint32() throws Exception {
        Struct s = (Struct) roundTrip(signal("Added").body("(su)", new Entry("disk", 4_000_000_000L))).get(0);
        assertEquals("disk", s.get(0));
        assertEquals(4_000_000_000L, Integer.toUnsignedLong((Integer) s.get(1)));
    }

    @Test
    void arrayOfStrings() throws Exception {
        assertEquals(List.of("a", "b"), roundTrip(signal("Names").body("as", (Object) new String[] {"a", "b"})).get(0));
    }

    @Test
    void dictOfStringToUint32() throws Exception {
        assertEquals(Map.of("apples", 3), roundTrip(signal("Counts").body("a{su}", Map.of("apples", 3))).get(0));
    }

    @Test
    void bytes() throws Exception {
        assertArrayEquals(new byte[] {1, 2, (byte) 0xff},
                (byte[]) roundTrip(signal("Blob").body("ay", (Object) new byte[] {1, 2, (byte) 0xff})).get(0));
    }

    @Test
    void variantsGivenAndInferred() throws Exception {
        List<Object> body = roundTrip(signal("Value").body("vv", Variant.of("q", 65535), 42));
        Variant v = (Variant) body.get(0);
        assertEquals("<q 65535>", v.toString());
        assertEquals(BasicType.UINT16, v.type());
        assertEquals((short) -1, v.value());
        assertEquals(Variant.of("i", 42), body.get(1));
    }

    @Test
    void structOfStringArrayAndVariant() throws Exception {
        Object s = roundTrip(signal("Mixed").body("(asv)", List.of(List.of("x", "y"), Variant.of("d", 2.5)))).get(0);
        assertEquals(Struct.of(List.of("x", "y"), Variant.of(Type.of("d"), 2.5)), s);
    }
}
