package io.jdbus.malformed;

import static io.jdbus.malformed.Rejections.assertAccepted;
import static io.jdbus.malformed.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jdbus.types.Signature;
import io.jdbus.wire.Endian;
import io.jdbus.wire.Limits;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Values in the body: booleans, strings, signatures, arrays, variants, padding, and the body's own framing. */
class BodyValuesTest {

    @ParameterizedTest
    @EnumSource(Endian.class)
    void boolean2IsRejected(Endian endian) {
        assertRejected(RawMessage.methodCall(endian).signature("b").body(w -> w.u32(2)).bytes(),
                "boolean value 2 is neither 0 nor 1");
        assertRejected(RawMessage.methodCall(endian).signature("b").body(w -> w.u32(0x100)).bytes(),
                "boolean value 256 is neither 0 nor 1");
        assertRejected(RawMessage.methodCall(endian).signature("ab").body(w -> w.u32(8).u32(1).u32(0xFFFF_FFFFL)).bytes(),
                "boolean value 4294967295 is neither 0 nor 1");
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void stringWithEmbeddedNulIsRejected(Endian endian) {
        byte[] content = {'a', 0, 'b'};
        assertRejected(RawMessage.methodCall(endian).signature("s").body(w -> w.str(content)).bytes(),
                "string contains a NUL byte");
        assertRejected(RawMessage.of(endian, RawMessage.METHOD_CALL).member("Ping").path("/a\u0000b").bytes(),
                "string contains a NUL byte");
    }

    static Stream<Arguments> invalidUtf8() {
        String[][] table = {
            {"overlong 2-byte '/'", "c0af"},
            {"overlong 2-byte NUL", "c080"},
            {"overlong 3-byte '/'", "e080af"},
            {"overlong 4-byte", "f08082a2"},
            {"high surrogate", "eda080"},
            {"low surrogate", "edbfbf"},
            {"above U+10FFFF", "f4908080"},
            {"truncated 3-byte sequence", "e282"},
            {"truncated 4-byte sequence", "f09f98"},
            {"lone continuation byte", "80"},
            {"byte 0xFF", "61ff"},
            {"lead byte then ASCII", "c361"},
        };
        List<Arguments> cases = new ArrayList<>();
        for (Endian e : Endian.values()) {
            for (String[] row : table) {
                cases.add(Arguments.of(e, row[0], row[1]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("invalidUtf8")
    void invalidUtf8IsRejected(Endian endian, String what, String hex) {
        byte[] content = HexFormat.of().parseHex(hex);
        assertRejected(RawMessage.methodCall(endian).signature("s").body(w -> w.str(content)).bytes(),
                "not valid UTF-8");
        assertRejected(RawMessage.methodCall(endian).signature("as").body(w -> w.u32(4 + content.length + 1).str(content))
                .bytes(), "not valid UTF-8");
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void validUtf8AtTheEdgesIsAccepted(Endian endian) {
        String s = "\u0080\u07ff\u0800\uffff\ud800\udc00\udbff\udfff";  // U+80, U+7FF, U+800, U+FFFF, U+10000, U+10FFFF
        byte[] bytes = RawMessage.methodCall(endian).signature("s").body(w -> w.str(s)).bytes();
        assertEquals(List.of(s), assertAccepted(bytes).body());
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void stringWithoutNulTerminatorIsRejected(Endian endian) {
        byte[] bytes = RawMessage.methodCall(endian).signature("sy").body(w -> w.u32(3).raw('a', 'b', 'c').y('x').y(1))
                .bytes();
        assertRejected(bytes, "string is not NUL-terminated");
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void stringLengthBeyondTheBodyIsRejected(Endian endian) {
        assertRejected(RawMessage.methodCall(endian).signature("s").body(w -> w.u32(0x7FFF_FFFF).raw(0, 0, 0, 0)).bytes(),
                "exceeds the");
        assertRejected(RawMessage.methodCall(endian).signature("s").body(w -> w.u32(0xFFFF_FFFFL).raw(0, 0, 0, 0)).bytes(),
                "string length 4294967295 exceeds");
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void signatureWithoutNulTerminatorIsRejected(Endian endian) {
        byte[] bytes = RawMessage.methodCall(endian).signature("g").body(w -> w.y(1).raw('s', 's')).bytes();
        assertRejected(bytes, "signature is not NUL-terminated");
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void signatureOf255BytesIsAccepted(Endian endian) {
        String sig = "y".repeat(Limits.MAX_SIGNATURE);
        byte[] bytes = RawMessage.methodCall(endian).signature(sig).body(w -> w.raw(new byte[255])).bytes();
        assertEquals(Signature.of(sig), assertAccepted(bytes).signature());
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void signatureLongerThan255BytesIsRejected(Endian endian) {
        // the length is one byte: a longer signature says 255 and carries a type code where the NUL must be
        byte[] body = RawMessage.methodCall(endian).field(RawMessage.SIGNATURE, "g",
                w -> w.y(255).raw("y".repeat(256).getBytes(java.nio.charset.StandardCharsets.US_ASCII)).y(0)).bytes();
        assertRejected(body, "signature is not NUL-terminated");
        byte[] value = RawMessage.methodCall(endian).signature("g")
                .body(w -> w.y(255).raw("i".repeat(256).getBytes(java.nio.charset.StandardCharsets.US_ASCII)).y(0))
                .bytes();
        assertRejected(value, "signature is not NUL-terminated");
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void invalidSignatureValueIsRejected(Endian endian) {
        for (String bad : List.of("a", "(", "()", "a{vs}", "{sv}", "a{s}", "a{sss}", "z", "(i))")) {
            assertRejected(RawMessage.methodCall(endian).signature("g").body(w -> w.sig(bad)).bytes(), "invalid signature");
        }
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void arrayLengthOver64MiBIsRejectedBeforeAllocation(Endian endian) {
        long over = Limits.MAX_ARRAY + 1L;
        assertRejected(RawMessage.methodCall(endian).signature("ay").body(w -> w.u32(over)).bytes(),
                "array length " + over + " exceeds the limit of " + Limits.MAX_ARRAY);
        assertRejected(RawMessage.methodCall(endian).signature("a{sv}").body(w -> w.u32(0xFFFF_FFFFL).raw(0, 0, 0, 0))
                .bytes(), "array length 4294967295 exceeds the limit");
        assertRejected(RawMessage.methodCall(endian).field(200, "ai", w -> w.u32(over)).bytes(),
                "exceeds the limit of " + Limits.MAX_ARRAY);
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void arrayOfExactly64MiBIsNotRejectedForItsLengthButForTheMissingBytes(Endian endian) {
        assertRejected(RawMessage.methodCall(endian).signature("ay").body(w -> w.u32(Limits.MAX_ARRAY)).bytes(),
                "array length " + Limits.MAX_ARRAY + " exceeds the 0 bytes left");
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void arrayLengthBeyondTheBytesLeftIsRejected(Endian endian) {
        assertRejected(RawMessage.methodCall(endian).signature("ai").body(w -> w.u32(400).u32(1).u32(2)).bytes(),
                "array length 400 exceeds the 8 bytes left");
        assertRejected(RawMessage.methodCall(endian).signature("aay").body(w -> w.u32(8).u32(5).raw(1, 2, 3, 4)).bytes(),
                "array length 5 exceeds the 4 bytes left");
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void fixedSizeArrayWhoseLengthIsNotAMultipleOfItsElementIsRejected(Endian endian) {
        assertRejected(RawMessage.methodCall(endian).signature("ai").body(w -> w.u32(6).u32(1).raw(0, 0, 0, 0)).bytes(),
                "not a multiple of 4");
        assertRejected(RawMessage.methodCall(endian).signature("ax").body(w -> w.u32(5).u32(0).u64(0)).bytes(),
                "not a multiple of 8");
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void nonZeroPaddingInTheBodyIsRejected(Endian endian) {
        assertRejected(RawMessage.methodCall(endian).signature("yi").body(w -> w.y(1).padWith(4, 0xAA).u32(3)).bytes(),
                "non-zero alignment padding");
        // padding between an array's length and its first 8-aligned element
        assertRejected(RawMessage.methodCall(endian).signature("ax").body(w -> w.u32(8).padWith(8, 1).u64(3)).bytes(),
                "non-zero alignment padding");
        // padding before a struct inside a variant
        assertRejected(RawMessage.methodCall(endian).signature("v").body(w -> w.sig("(y)").padWith(8, 1).y(3)).bytes(),
                "non-zero alignment padding");
        // padding in an empty array of 8-aligned elements
        assertRejected(RawMessage.methodCall(endian).signature("a(y)").body(w -> w.u32(0).padWith(8, 7)).bytes(),
                "non-zero alignment padding");
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void badVariantSignatureIsRejected(Endian endian) {
        assertRejected(RawMessage.methodCall(endian).signature("v").body(w -> w.sig("")).bytes(),
                "variant signature \"\" is not a single complete type");
        assertRejected(RawMessage.methodCall(endian).signature("v").body(w -> w.sig("ii").u32(1).u32(2)).bytes(),
                "variant signature \"ii\" is not a single complete type");
        assertRejected(RawMessage.methodCall(endian).signature("v").body(w -> w.sig("a{vs}").u32(0)).bytes(),
                "invalid signature");
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void badObjectPathInTheBodyIsRejected(Endian endian) {
        for (String bad : List.of("", "x", "/x/", "//", "/a.b")) {
            assertRejected(RawMessage.methodCall(endian).signature("o").body(w -> w.str(bad)).bytes(),
                    "invalid object path");
        }
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void bodyWithTrailingBytesIsRejected(Endian endian) {
        assertRejected(RawMessage.methodCall(endian).signature("y").body(w -> w.y(1).raw(0, 0, 0)).bytes(),
                "3 bytes of body beyond its signature \"y\"");
        assertRejected(RawMessage.methodCall(endian).signature("u").body(w -> w.u32(1).u32(0)).bytes(),
                "4 bytes of body beyond its signature \"u\"");
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void bodyWithoutSignatureIsRejected(Endian endian) {
        assertRejected(RawMessage.methodCall(endian).body(w -> w.u32(7)).bytes(), "body of 4 bytes but no SIGNATURE field");
        assertRejected(RawMessage.methodCall(endian).signature("").body(w -> w.u32(7)).bytes(), "but no SIGNATURE field");
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void bodyShorterThanItsSignatureIsRejected(Endian endian) {
        assertRejected(RawMessage.methodCall(endian).signature("yu").body(w -> w.y(1)).bytes(), "left");
        assertRejected(RawMessage.methodCall(endian).signature("t").body(w -> w.u32(1)).bytes(), "left");
    }
}
