package io.jdbus.types;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.names.ObjectPath;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The type table of DESIGN.md: what each signature accepts when encoding, and the one type it decodes to. */
class ValuesTest {
    private static Object coerce(String sig, Object v) {
        return Values.coerce(Type.of(sig), v);
    }

    @Test
    void byteAcceptsIntegralNumbersIn0To255AndByteBits() {
        assertEquals((byte) 255, coerce("y", 255));
        assertEquals((byte) 0, coerce("y", 0L));
        assertEquals((byte) -1, coerce("y", (byte) -1));
        assertThrows(InvalidValueException.class, () -> coerce("y", 256));
        assertThrows(InvalidValueException.class, () -> coerce("y", -1));
    }

    @Test
    void unsignedTypesHoldUnsignedBitsInTheSameWidth() {
        assertEquals((short) -1, coerce("q", 65535));
        assertEquals((short) -1, coerce("q", (short) -1));
        assertEquals(-1, coerce("u", 0xFFFF_FFFFL));
        assertEquals(-1, coerce("u", -1));
        assertEquals(-1L, coerce("t", new BigInteger("18446744073709551615")));
        assertEquals(-1L, coerce("t", -1L));
        assertThrows(InvalidValueException.class, () -> coerce("q", 65536));
        assertThrows(InvalidValueException.class, () -> coerce("u", 1L << 32));
        assertThrows(InvalidValueException.class, () -> coerce("t", new BigInteger("18446744073709551616")));
        assertThrows(InvalidValueException.class, () -> coerce("t", BigInteger.valueOf(-1)));
        assertThrows(InvalidValueException.class, () -> coerce("t", -1));
    }

    @ParameterizedTest
    @CsvSource({"n,32767", "n,-32768", "i,2147483647", "i,-2147483648", "x,9223372036854775807"})
    void signedTypesAcceptTheirWholeRange(String sig, long v) {
        Object out = coerce(sig, v);
        assertEquals(v, ((Number) out).longValue());
    }

    @ParameterizedTest
    @CsvSource({"n,32768", "n,-32769", "i,2147483648", "i,-2147483649"})
    void signedTypesRejectValuesOutOfRange(String sig, long v) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> coerce(sig, v));
        assertTrue(e.getMessage().contains("out of range for signature " + sig), e.getMessage());
    }

    @Test
    void decodedTypesAreOnePerSignature() {
        assertEquals(Short.class, coerce("n", 5).getClass());
        assertEquals(Integer.class, coerce("i", (short) 5).getClass());
        assertEquals(Long.class, coerce("x", 5).getClass());
        assertEquals(Double.class, coerce("d", 1.5f).getClass());
        assertEquals(ObjectPath.class, coerce("o", "/a/b").getClass());
        assertEquals(Signature.class, coerce("g", "a{sv}").getClass());
        assertEquals(byte[].class, coerce("ay", List.of(1, 2)).getClass());
        assertEquals(Struct.class, coerce("(si)", List.of("a", 1)).getClass());
        assertEquals(Variant.class, coerce("v", "x").getClass());
    }

    @Test
    void doublesAreNotInferredFromIntegersNorIntegersFromDoubles() {
        assertThrows(InvalidValueException.class, () -> coerce("d", 1));
        assertThrows(InvalidValueException.class, () -> coerce("i", 1.0));
        assertThrows(InvalidValueException.class, () -> coerce("b", 1));
    }

    @Test
    void stringsRejectNulAndUnpairedSurrogates() {
        assertTrue(assertThrows(InvalidValueException.class, () -> coerce("s", "a\0b")).getMessage().contains("U+0000"));
        assertThrows(InvalidValueException.class, () -> coerce("s", "\ud800"));
        assertEquals("\ud83d\ude00", coerce("s", "\ud83d\ude00"));
    }

    @Test
    void pathsAndSignaturesAcceptValidStringsOnly() {
        assertThrows(InvalidValueException.class, () -> coerce("o", "a/b"));
        assertThrows(InvalidValueException.class, () -> coerce("g", "a{vs}"));
        assertEquals(ObjectPath.of("/"), coerce("o", ObjectPath.ROOT));
    }

    @Test
    void arraysAcceptListsJavaArraysAndPrimitiveArrays() {
        assertEquals(List.of(1, 2, 3), coerce("ai", new int[] {1, 2, 3}));
        assertEquals(List.of(1, 2), coerce("ai", new Integer[] {1, 2}));
        assertEquals(List.of("a"), coerce("as", List.of("a")));
        assertArrayEquals(new byte[] {1, (byte) 200}, (byte[]) coerce("ay", new long[] {1, 200}));
    }

    @Test
    void decodedContainersAreUnmodifiable() {
        List<?> list = (List<?>) coerce("ai", List.of(1));
        assertThrows(UnsupportedOperationException.class, () -> list.clear());
        Map<?, ?> map = (Map<?, ?>) coerce("a{si}", Map.of("a", 1));
        assertThrows(UnsupportedOperationException.class, () -> map.clear());
    }

    @Test
    void dictsKeepInsertionOrder() {
        Map<String, Integer> in = new LinkedHashMap<>();
        in.put("z", 1);
        in.put("a", 2);
        in.put("m", 3);
        assertEquals(List.of("z", "a", "m"), List.copyOf(((Map<?, ?>) coerce("a{si}", in)).keySet()));
    }

    @Test
    void dictKeysThatConvertToTheSameValueAreRejected() {
        Map<Object, Object> in = new LinkedHashMap<>();
        in.put(1, "a");
        in.put(1L, "b");
        assertThrows(InvalidValueException.class, () -> coerce("a{is}", in));
    }

    record Point(int x, String label) {
    }

    @Test
    void structsAcceptStructsListsArraysAndRecords() {
        Struct expected = Struct.of(1, "p");
        assertEquals(expected, coerce("(is)", Struct.of(1, "p")));
        assertEquals(expected, coerce("(is)", List.of(1, "p")));
        assertEquals(expected, coerce("(is)", new Object[] {1, "p"}));
        assertEquals(expected, coerce("(is)", new Point(1, "p")));
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> coerce("(is)", List.of(1)));
        assertTrue(e.getMessage().contains("has 1 fields"), e.getMessage());
    }

    @Test
    void rejectionNamesValueSignatureAndPosition() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Values.coerceArguments(
                Signature.of("sa{sv}"), List.of("x", Map.of("Rate", Variant.of("s", "y"), "Bad", new Object()))));
        assertTrue(e.getMessage().startsWith("argument 2 (a{sv}) → value for key \"Bad\""), e.getMessage());
        assertTrue(e.getMessage().contains("cannot infer"), e.getMessage());

        e = assertThrows(InvalidValueException.class, () -> Values.coerceArguments(
                Signature.of("a(su)"), List.of(List.of(List.of("a", 1), List.of("b", "two")))));
        assertEquals("argument 1 (a(su)) → element [1] → field 1", e.where());
        assertTrue(e.problem().contains("\"two\" (String) does not fit signature u"), e.problem());
    }

    @Test
    void argumentCountMustMatchTheSignature() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> Values.coerceArguments(Signature.of("si"), List.of("a")));
        assertTrue(e.getMessage().contains("1 arguments given"), e.getMessage());
    }

    @Test
    void nullIsRejectedEverywhere() {
        assertThrows(InvalidValueException.class, () -> coerce("s", null));
        assertThrows(InvalidValueException.class, () -> coerce("v", null));
        assertThrows(InvalidValueException.class, () -> coerce("as", java.util.Arrays.asList("a", null)));
    }

    @Test
    void plainValuesInVariantPositionsAreInferred() {
        assertEquals(Type.of("i"), Values.infer(5));
        assertEquals(Type.of("x"), Values.infer(5L));
        assertEquals(Type.of("t"), Values.infer(new BigInteger("18446744073709551615")));
        assertEquals(Type.of("ay"), Values.infer(new byte[] {1}));
        assertEquals(Type.of("as"), Values.infer(List.of("a", "b")));
        assertEquals(Type.of("av"), Values.infer(List.of("a", 1)));
        assertEquals(Type.of("av"), Values.infer(List.of()));
        assertEquals(Type.of("a{si}"), Values.infer(Map.of("a", 1)));
        assertEquals(Type.of("a{sv}"), Values.infer(Map.of("a", 1, "b", "c")));
        assertEquals(Type.of("a{sv}"), Values.infer(Map.of()));
        assertEquals(Type.of("(is)"), Values.infer(new Point(1, "p")));
        assertEquals(Type.of("o"), Values.infer(ObjectPath.of("/x")));
        assertEquals(Type.of("v"), Values.infer(Variant.of("s", "x")));
        assertThrows(InvalidValueException.class, () -> Values.infer(null));
        assertThrows(InvalidValueException.class, () -> Values.infer(new Object()));
        assertThrows(InvalidValueException.class, () -> Values.infer(Map.of("a", 1, 2, 3)));
    }

    @Test
    void variantsPrintUnsignedValuesAsUnsigned() {
        assertEquals("<u 4294967295>", Variant.of("u", -1).toString());
        assertEquals("<t 18446744073709551615>", Variant.of("t", -1L).toString());
        assertEquals("<y 255>", Variant.of("y", 255).toString());
        assertEquals("<q 65535>", Variant.of("q", 65535).toString());
        assertEquals("<a{su} {\"a\": 4294967295}>", Variant.of("a{su}", Map.of("a", -1)).toString());
    }

    @Test
    void equalityComparesByteArraysByContent() {
        assertEquals(Variant.of("ay", new byte[] {1, 2}), Variant.of("ay", List.of(1, 2)));
        assertEquals(Struct.of(new byte[] {1}, "a"), Struct.of(new byte[] {1}, "a"));
        assertEquals(Struct.of(new byte[] {1}, "a").hashCode(), Struct.of(new byte[] {1}, "a").hashCode());
    }

    @Test
    void variantValueIsCopiedSoLaterChangesDoNotLeakIn() {
        byte[] bytes = {1, 2};
        Variant v = Variant.of("ay", bytes);
        bytes[0] = 9;
        assertArrayEquals(new byte[] {1, 2}, (byte[]) v.value());
    }
}
