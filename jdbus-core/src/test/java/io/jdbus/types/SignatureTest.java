package io.jdbus.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SignatureTest {
    @ParameterizedTest
    @ValueSource(strings = {"", "y", "b", "n", "q", "i", "u", "x", "t", "d", "s", "o", "g", "h", "v", "as", "a{sv}",
        "(iiu)", "a(ay)", "sa{sv}as", "a{oa{sa{sv}}}", "(iiav)", "aav", "a{ya{ss}}", "((((i))))", "vvv", "a{hd}"})
    void validSignaturesParseAndPrintBack(String text) {
        assertTrue(Signature.isValid(text));
        assertEquals(text, Signature.of(text).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a|has no element type",
        "aa|has no element type",
        "()|empty struct",
        "(|not closed",
        "(i|not closed",
        "i)|closes no struct",
        "{sv}|not directly inside an array",
        "a{vs}|not a basic type",
        "a{(i)s}|not a basic type",
        "a{ai}|not a basic type",
        "a{s}|no value type",
        "a{}|no key type",
        "a{sss}|more than one value type",
        "a{sv|not closed",
        "a}|closes no dict entry",
        "z|not a type code",
        "r|not a type code",
        "e|not a type code",
        "m|not a type code",
        "(i{sv})|not directly inside an array",
    })
    void invalidSignaturesAreRejectedWithTheRuleBroken(String text, String rule) {
        assertFalse(Signature.isValid(text));
        InvalidSignatureException e = assertThrows(InvalidSignatureException.class, () -> Signature.of(text));
        assertTrue(e.getMessage().contains(rule), e.getMessage());
        assertTrue(e.getMessage().contains('"' + text + '"'), e.getMessage());
    }

    @Test
    void signatureOf255BytesIsValidAnd256IsNot() {
        assertTrue(Signature.isValid("i".repeat(255)));
        InvalidSignatureException e = assertThrows(InvalidSignatureException.class, () -> Signature.of("i".repeat(256)));
        assertTrue(e.getMessage().contains("longer than 255"), e.getMessage());
    }

    @Test
    void thirtyTwoNestedArraysAreValidAndThirtyThreeAreNot() {
        assertTrue(Signature.isValid("a".repeat(32) + "i"));
        InvalidSignatureException e = assertThrows(InvalidSignatureException.class,
                () -> Signature.of("a".repeat(33) + "i"));
        assertTrue(e.getMessage().contains("nested arrays"), e.getMessage());
    }

    @Test
    void thirtyTwoNestedStructsAreValidAndThirtyThreeAreNot() {
        assertTrue(Signature.isValid("(".repeat(32) + "i" + ")".repeat(32)));
        InvalidSignatureException e = assertThrows(InvalidSignatureException.class,
                () -> Signature.of("(".repeat(33) + "i" + ")".repeat(33)));
        assertTrue(e.getMessage().contains("nested structs"), e.getMessage());
    }

    @Test
    void thirtyTwoArraysAndThirtyTwoStructsTogetherAreValid() {
        assertTrue(Signature.isValid("a(".repeat(32) + "i" + ")".repeat(32)));
    }

    @Test
    void nonAsciiAndControlCharactersAreNotTypeCodes() {
        assertFalse(Signature.isValid("\u00e9"));
        assertFalse(Signature.isValid("i\0"));
        assertFalse(Signature.isValid(null));
    }

    @Test
    void parsedTreeHasTheExpectedShape() {
        List<Type> types = Signature.of("sa{sv}as").types();
        assertEquals(3, types.size());
        assertSame(BasicType.STRING, types.get(0));
        DictType dict = assertInstanceOf(DictType.class, types.get(1));
        assertSame(BasicType.STRING, dict.key());
        assertSame(VariantType.INSTANCE, dict.value());
        ArrayType array = assertInstanceOf(ArrayType.class, types.get(2));
        assertSame(BasicType.STRING, array.element());
        StructType s = assertInstanceOf(StructType.class, Type.of("(iiav)"));
        assertEquals(new ArrayType(VariantType.INSTANCE), s.fields().get(2));
    }

    @Test
    void parsedSignaturesAreCached() {
        assertSame(Signature.of("a{sa{sv}}"), Signature.of("a{sa{sv}}"));
    }

    @Test
    void singleRequiresExactlyOneCompleteType() {
        assertEquals(Type.of("a{sv}"), Signature.of("a{sv}").single());
        assertThrows(InvalidSignatureException.class, () -> Signature.of("ii").single());
        assertThrows(InvalidSignatureException.class, () -> Signature.EMPTY.single());
    }

    @Test
    void signatureFromTypesConcatenates() {
        assertEquals("sa{sv}", Signature.of(BasicType.STRING, Type.of("a{sv}")).toString());
    }

    @Test
    void alignmentsFollowTheSpecification() {
        assertEquals(1, Type.of("y").alignment());
        assertEquals(4, Type.of("b").alignment());
        assertEquals(2, Type.of("q").alignment());
        assertEquals(8, Type.of("t").alignment());
        assertEquals(8, Type.of("d").alignment());
        assertEquals(4, Type.of("s").alignment());
        assertEquals(1, Type.of("g").alignment());
        assertEquals(1, Type.of("v").alignment());
        assertEquals(4, Type.of("ai").alignment());
        assertEquals(4, Type.of("a{sv}").alignment());
        assertEquals(8, Type.of("(y)").alignment());
    }
}
