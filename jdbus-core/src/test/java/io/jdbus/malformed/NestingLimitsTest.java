package io.jdbus.malformed;

import static io.jdbus.malformed.HandValue.arrays;
import static io.jdbus.malformed.HandValue.ofByte;
import static io.jdbus.malformed.HandValue.struct;
import static io.jdbus.malformed.HandValue.structs;
import static io.jdbus.malformed.HandValue.variant;
import static io.jdbus.malformed.HandValue.variants;
import static io.jdbus.malformed.Rejections.assertAccepted;
import static io.jdbus.malformed.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jdbus.wire.Endian;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Nesting: 32 arrays, 32 structs, 64 containers in all counting variants; in signatures and through variants. */
class NestingLimitsTest {

    private static byte[] message(Endian endian, HandValue body) {
        return RawMessage.methodCall(endian).body(body).bytes();
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void thirtyTwoNestedArraysAreAccepted(Endian endian) {
        assertAccepted(message(endian, arrays(32, ofByte(1))));
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void thirtyThreeNestedArraysInTheSignatureAreRejected(Endian endian) {
        assertRejected(message(endian, arrays(33, ofByte(1))), "more than 32 nested arrays");
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void thirtyThreeNestedArraysInAVariantSignatureAreRejected(Endian endian) {
        assertRejected(message(endian, variant(arrays(33, ofByte(1)))), "more than 32 nested arrays");
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void thirtyThreeArraysNestedThroughAVariantAreRejected(Endian endian) {
        // each signature alone is valid (20 and 13 arrays); together they nest 33 deep
        HandValue v = arrays(20, variant(arrays(13, struct(ofByte(1)))));
        assertRejected(message(endian, v), "arrays nested deeper than 32");
        assertAccepted(message(endian, arrays(20, variant(arrays(12, struct(ofByte(1)))))));
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void thirtyThreeArraysNestedThroughAVariantEndingInAByteArrayAreRejected(Endian endian) {
        HandValue v = arrays(20, variant(arrays(13, ofByte(1))));
        assertRejected(message(endian, v), "arrays nested deeper than 32");
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void sixtyFiveContainersEndingInAByteArrayAreRejected(Endian endian) {
        HandValue v = structs(32, variants(32, arrays(1, ofByte(1))));
        assertRejected(message(endian, v), "nested deeper than 64");
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void thirtyTwoNestedStructsAreAccepted(Endian endian) {
        assertAccepted(message(endian, structs(32, ofByte(1))));
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void thirtyThreeNestedStructsInTheSignatureAreRejected(Endian endian) {
        assertRejected(message(endian, structs(33, ofByte(1))), "more than 32 nested structs");
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void thirtyThreeStructsNestedThroughAVariantAreRejected(Endian endian) {
        assertRejected(message(endian, structs(16, variant(structs(17, ofByte(1))))), "structs nested deeper than 32");
        assertAccepted(message(endian, structs(16, variant(structs(16, ofByte(1))))));
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void sixtyFourNestedVariantsAreAccepted(Endian endian) {
        assertAccepted(message(endian, variants(64, ofByte(1))));
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void sixtyFiveNestedVariantsAreRejected(Endian endian) {
        assertRejected(message(endian, variants(65, ofByte(1))), "nested deeper than 64");
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void thirtyTwoArraysAndThirtyTwoStructsAreAcceptedButAVariantMoreIsRejected(Endian endian) {
        HandValue full = arrays(32, structs(32, ofByte(1)));
        assertEquals(97, full.signature().length());
        assertAccepted(message(endian, full));
        assertRejected(message(endian, arrays(32, structs(32, variant(ofByte(1))))), "nested deeper than 64");
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void containersAcrossVariantsCountTowardsSixtyFour(Endian endian) {
        // 30 arrays + 1 variant + 30 structs + 1 variant + 2 arrays = 64 accepted; one more struct = 65 rejected
        HandValue ok = arrays(30, variant(structs(30, variant(arrays(2, ofByte(1))))));
        assertAccepted(message(endian, ok));
        HandValue over = arrays(30, variant(structs(30, variant(arrays(2, structs(1, ofByte(1)))))));
        assertRejected(message(endian, over), "nested deeper than 64");
    }
}
