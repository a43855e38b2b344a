package io.jdbus.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.types.InvalidValueException;
import io.jdbus.types.Signature;
import io.jdbus.types.Struct;
import io.jdbus.types.Variant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every rule of the design's variant guidance, the seeds' two examples first. */
class GuidedArgumentsTest {
    private static List<Object> prepare(String signature, String guidance, Object... args) {
        return GuidedArguments.prepare(Signature.of(signature), List.of(args), VariantGuidance.parse(guidance),
                Converters.NONE);
    }

    @Test
    void seedsExampleOneUSAndSParenIAgainstAvaSv() {
        List<Object> out = prepare("ava{sv}", "u/s,s/(i)", List.of(1, 2, 3), Map.of("k", "x"));
        assertEquals(List.of(Variant.of("u", 1), Variant.of("u", 2), Variant.of("u", 3)), out.get(0));
        assertEquals(Map.of("k", Variant.of("s", "x")), out.get(1));

        List<Object> second = prepare("ava{sv}", "u/s,s/(i)", List.of("a", "b"), Map.of("k", List.of(7)));
        assertEquals(List.of(Variant.of("s", "a"), Variant.of("s", "b")), second.get(0));
        assertEquals(Map.of("k", Variant.of("(i)", Struct.of(7))), second.get(1), "s does not fit [7]; (i) does");
    }

    @Test
    void seedsExampleTwoAFiveElementValueBecomesIiiss() {
        List<Object> out = prepare("vv", "(uu/(iii.ss),as", List.of(1, 2, 3, "four", "five"), List.of("x", "y"));
        assertEquals(Variant.of("(iiiss)", Struct.of(1, 2, 3, "four", "five")), out.get(0));
        assertEquals(Variant.of("as", List.of("x", "y")), out.get(1));
        List<Object> four = prepare("vv", "(uu/(iii.ss),as", List.of(1, 2, "three", "four"), List.of());
        assertEquals(Variant.of("(uuss)", Struct.of(1, 2, "three", "four")), four.get(0), "four elements fit (uuss) first");
    }

    @Test
    void everyValueAtAPositionTakesTheSameAlternative() {
        List<Object> mixed = prepare("av", "u/s", List.of(1, 2));
        assertEquals(List.of(Variant.of("u", 1), Variant.of("u", 2)), mixed.get(0));
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> prepare("av", "u/s", List.of(1, "a")));
        assertTrue(e.getMessage().startsWith("argument 1 (av): no guided alternative fits: v as u: element [1]"),
                e.getMessage());
        assertTrue(e.getMessage().contains("v as s: element [0]"), e.getMessage());
    }

    @Test
    void alternativesAreTriedInOrder() {
        assertEquals(Variant.of("t", 5L), prepare("v", "t/x", 5).getFirst());
        assertEquals(Variant.of("x", 5L), prepare("v", "x/t", 5).getFirst());
        assertEquals(Variant.of("x", -5L), prepare("v", "t/x", -5).getFirst(), "t refuses -5; x takes it");
    }

    @Test
    void withoutGuidanceTheTypeIsInferred() {
        assertEquals(Variant.of("i", 5), prepare("v", "", 5).getFirst());
        assertEquals(Variant.of("as", List.of("a")), prepare("v", "", List.of("a")).getFirst());
        assertEquals(List.of(Variant.of("i", 5), Variant.of("y", (byte) 1)), prepare("vv", ",y", 5, 1));
    }

    @Test
    void aVariantTheCallerPassesIsUsedAsIs() {
        Variant given = Variant.of("q", (short) 3);
        assertSame(given, prepare("v", "s", given).getFirst());
        assertEquals(List.of(given, Variant.of("s", "x")), prepare("av", "s", List.of(given, "x")).getFirst());
    }

    @Test
    void vsAreCountedLeftToRightAcrossArgumentsAndNesting() {
        List<Object> out = prepare("(iv)a{sv}v", "u,s,d", List.of(1, 2), Map.of("k", "x"), 1.5f);
        assertEquals(Struct.of(1, Variant.of("u", 2)), out.get(0));
        assertEquals(Map.of("k", Variant.of("s", "x")), out.get(1));
        assertEquals(Variant.of("d", 1.5), out.get(2));
    }

    @Test
    void severalGuidedVsInOneArgumentTryCombinationsLeftmostSlowest() {
        // (vv): the first v tries y then s, the second u then s; only y,s fits (5, "x")
        assertEquals(Struct.of(Variant.of("y", (byte) 5), Variant.of("s", "x")),
                prepare("(vv)", "y/s,u/s", List.of(5, "x")).getFirst());
        // both fit the first combination: y,u wins over s,s and y,s
        assertEquals(Struct.of(Variant.of("y", (byte) 5), Variant.of("u", 6)),
                prepare("(vv)", "y/s,u/s", List.of(5, 6)).getFirst());
    }

    @Test
    void combinationsTryTheRightmostGuidedVFastest() {
        // (vv) with y/s,u/s against (300, 7): y,u  y,s  s,u  s,s in that order, and none fits
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> prepare("(vv)", "y/s,u/s", List.of(300, 7)));
        assertEquals("argument 1 ((vv)): no guided alternative fits: "
                + "v#1 as y, v#2 as u: field 0: 300 (Integer) is out of range for signature y; "
                + "v#1 as y, v#2 as s: field 0: 300 (Integer) is out of range for signature y; "
                + "v#1 as s, v#2 as u: field 0: 300 (Integer) does not fit signature s; "
                + "v#1 as s, v#2 as s: field 0: 300 (Integer) does not fit signature s", e.getMessage());
        assertEquals(Struct.of(Variant.of("s", "x"), Variant.of("s", "y")),
                prepare("(vv)", "y/s,u/s", List.of("x", "y")).getFirst());
    }

    @Test
    void anInferredVBetweenGuidedOnesIsInferredInEveryCombination() {
        assertEquals(Struct.of(Variant.of("s", "a"), Variant.of("i", 1), Variant.of("u", 2)),
                prepare("(vvv)", "y/s,,u", List.of("a", 1, 2)).getFirst());
    }

    @Test
    void tooManyCombinationsAreRefused() {
        String eight = "y/n/q/i/u/x/t/d";
        String guidance = String.join(",", eight, eight, eight, eight, eight);   // 8^5 = 32768 for one argument
        InvalidGuidanceException e = assertThrows(InvalidGuidanceException.class,
                () -> prepare("(vvvvv)", guidance, List.of(1, 2, 3, 4, 5)));
        assertTrue(e.getMessage().contains("more than " + GuidedArguments.MAX_COMBINATIONS), e.getMessage());
        assertEquals(5, e.entry(), "8^4 = 4096 is allowed; the fifth entry goes beyond");
        String four = String.join(",", eight, eight, eight, eight);
        InvalidValueException none = assertThrows(InvalidValueException.class,
                () -> prepare("(vvvv)", four, List.of("a", "b", "c", "d")), "4096 combinations are tried");
        assertTrue(none.getMessage().endsWith("; and " + (4096 - GuidedArguments.MAX_LISTED) + " more combinations"),
                none.getMessage());
    }

    @Test
    void guidedVsInDifferentArgumentsAreChosenIndependently() {
        String eight = "y/n/q/i/u/x/t/d";
        List<Object> out = prepare("vvvvv", String.join(",", eight, eight, eight, eight, eight), 1, 2, 3, 4, -5.0);
        assertEquals(List.of(Variant.of("y", 1), Variant.of("y", 2), Variant.of("y", 3), Variant.of("y", 4),
                Variant.of("d", -5.0)), out, "8^5 over five arguments is five choices of 8, not one of 32768");
    }

    @Test
    void moreEntriesThanVariantPositionsIsAnError() {
        InvalidGuidanceException e = assertThrows(InvalidGuidanceException.class, () -> prepare("av", "u,s", List.of()));
        assertEquals("variant guidance \"u,s\": entry 2 is beyond the last v: signature \"av\" has 1 variant position",
                e.getMessage());
    }

    @Test
    void nullIsAnErrorWithOrWithoutGuidance() {
        List<Object> withNull = new java.util.ArrayList<>();
        withNull.add(null);
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> GuidedArguments.prepare(
                Signature.of("av"), List.of(withNull), VariantGuidance.parse("s"), Converters.NONE));
        assertTrue(e.getMessage().contains("element [0]") && e.getMessage().contains("null"), e.getMessage());
        assertThrows(InvalidValueException.class, () -> GuidedArguments.prepare(
                Signature.of("av"), List.of(withNull), VariantGuidance.NONE, Converters.NONE));
    }

    @Test
    void aConverterRunsBeforeGuidanceForItsIndexAndSignatureOnly() {
        Converters c = Converters.NONE.with(0, "s", v -> v instanceof java.nio.file.Path p ? p.toString() : v)
                .with(1, "v", v -> v instanceof java.time.Duration d ? d.toMillis() : v);
        List<Object> out = GuidedArguments.prepare(Signature.of("sv"),
                List.of(java.nio.file.Path.of("/tmp"), java.time.Duration.ofSeconds(2)), VariantGuidance.parse("t"), c);
        assertEquals(List.of("/tmp", Variant.of("t", 2000L)), out);
        assertThrows(InvalidValueException.class, () -> GuidedArguments.prepare(Signature.of("ss"),
                List.of("a", java.nio.file.Path.of("/tmp")), VariantGuidance.NONE, c), "index 1 has no s converter");
    }

    @Test
    void wrongArgumentCountIsAnError() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> prepare("vv", "s", "x"));
        assertEquals("1 arguments given, signature \"vv\" takes 2", e.getMessage());
    }

    @Test
    void anyJavaArrayFitsAGuidedArrayAsItFitsTheTypeTable() {
        assertEquals(List.of(Variant.of("u", 1), Variant.of("u", 2)), prepare("av", "u/s", (Object) new int[] {1, 2})
                .getFirst());
        assertEquals(List.of(Variant.of("s", "a")), prepare("av", "u/s", (Object) new String[] {"a"}).getFirst());
        assertEquals(List.of(Variant.of("t", 9L)), prepare("av", "t", (Object) new long[] {9}).getFirst());
    }

    @Test
    void aValueThatFailsWhereGuidanceDecidesNothingIsReportedOnce() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> prepare("a(sv)", "u/s", List.of(List.of("k", 1), List.of(2, 3))));
        assertEquals("argument 1 (a(sv)) → element [1] → field 0: 2 (Integer) does not fit signature s", e.getMessage(),
                "under u element [1] fails at field 0, which no alternative can change");
        assertEquals("argument 1 (a(sv)) → element [1] → field 0", e.where());
        InvalidValueException notAList = assertThrows(InvalidValueException.class, () -> prepare("av", "u/s", "x"));
        assertEquals("argument 1 (av): \"x\" (String) does not fit signature av", notAList.getMessage());
    }

    @Test
    void errorsNameTheValueTheSignatureTriedAndThePosition() {
        Map<String, Object> props = new java.util.LinkedHashMap<>();
        props.put("Rate", 5);
        props.put("Name", "x");
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> prepare("sa{sv}", "u/d", "iface", props));
        assertEquals("argument 2 (a{sv}): no guided alternative fits: "
                + "v as u: value for key \"Name\": \"x\" (String) does not fit signature u; "
                + "v as d: value for key \"Rate\": 5 (Integer) does not fit signature d", e.getMessage());
        assertEquals("argument 2 (a{sv})", e.where());
    }

    @Test
    void oneAlternativeThatDoesNotFitSaysWhichGuidanceWasApplied() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> prepare("iav", "y", 1, List.of(300)));
        assertTrue(e.getMessage().startsWith("argument 2 (av): under guidance v as y: element [0]: 300 (Integer) is out "
                + "of range for signature y"), e.getMessage());
    }

    @Test
    void dictKeysAreCheckedWhereTheyStandAndMustStayDistinct() {
        Map<Object, Object> keys = new java.util.LinkedHashMap<>();
        keys.put(1, "a");
        keys.put(1L, "b");
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> prepare("a{xv}", "s", keys));
        assertEquals("argument 1 (a{xv}): two keys convert to the same x key 1", e.getMessage());
        InvalidValueException bad = assertThrows(InvalidValueException.class, () -> prepare("a{sv}", "s", Map.of(1, "a")));
        assertEquals("argument 1 (a{sv}) → key 1: 1 (Integer) does not fit signature s", bad.getMessage());
    }

    @Test
    void aVariantTheCallerPassesFitsEveryAlternative() {
        Variant given = Variant.of("x", 1L);
        assertEquals(List.of(Variant.of("s", "a"), given), prepare("av", "u/s", List.of("a", given)).getFirst());
    }

    @Test
    void vsInsideAGuidedTypeAreInferredAndNotCounted() {
        List<Object> out = prepare("vv", "av/s,u", List.of(1, "two"), 3);
        assertEquals(Variant.of("av", List.of(Variant.of("i", 1), Variant.of("s", "two"))), out.get(0));
        assertEquals(Variant.of("u", 3), out.get(1), "the second entry guides the signature's second v");
    }

    @Test
    void vsAreCountedInsideArraysOfStructsAndDictsOfDicts() {
        List<Object> out = prepare("a(sv)a{sa{sv}}", "u,s", List.of(List.of("a", 1), List.of("b", 2)),
                Map.of("outer", Map.of("inner", "x")));
        assertEquals(List.of(Struct.of("a", Variant.of("u", 1)), Struct.of("b", Variant.of("u", 2))), out.get(0));
        assertEquals(Map.of("outer", Map.of("inner", Variant.of("s", "x"))), out.get(1));
    }

    @Test
    void recordsFitStructsWithGuidedFields() {
        record Point(int x, Object label) {
        }
        assertEquals(Struct.of(1, Variant.of("g", io.jdbus.types.Signature.of("s"))),
                prepare("(iv)", "o/g", new Point(1, "s")).getFirst(), "\"s\" is no object path, but a signature");
    }

    @Test
    void withoutGuidanceTheResultIsWhatTheTypeTableGives() {
        List<Object> args = List.of(List.of(1, "x"), Map.of("k", List.of(1L)), new byte[] {1, 2});
        assertTrue(io.jdbus.types.Values.deepEquals(io.jdbus.types.Values.coerceArguments(Signature.of("ava{sv}ay"),
                args), prepare("ava{sv}ay", "", args.toArray())));
    }

    @Test
    void theResultIsImmutableAndReadyToEncode() {
        List<Object> out = prepare("av", "u", List.of(1));
        assertThrows(UnsupportedOperationException.class, () -> out.add(1));
        assertThrows(UnsupportedOperationException.class, () -> ((List<?>) out.getFirst()).remove(0));
        assertEquals(out, io.jdbus.types.Values.coerceArguments(Signature.of("av"), out), "encoding changes nothing");
        io.jdbus.message.Message m = io.jdbus.message.Message.signal("/a", "a.b", "C").body("av", out.getFirst())
                .build();
        assertEquals(out, m.body());
    }

    @Test
    void aConverterRunsBeforeGuidanceSoGuidanceChoosesForTheConvertedValue() {
        Converters c = Converters.NONE.with(0, "v", v -> v instanceof java.net.InetAddress a ? a.getHostAddress() : v);
        List<Object> out = GuidedArguments.prepare(Signature.of("v"),
                List.of(java.net.InetAddress.getLoopbackAddress()), VariantGuidance.parse("u/s"), c);
        assertEquals(List.of(Variant.of("s", "127.0.0.1")), out);
    }

    @Test
    void aConverterThatRejectsAValueIsPositionedAtItsArgument() {
        Converters c = Converters.NONE.with(1, "u", v -> {
            throw new InvalidValueException(v + " is not a port");
        });
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> GuidedArguments.prepare(
                Signature.of("su"), List.of("host", 70000), VariantGuidance.NONE, c));
        assertEquals("argument 2 (u): 70000 is not a port", e.getMessage());
        IllegalStateException other = assertThrows(IllegalStateException.class, () -> GuidedArguments.prepare(
                Signature.of("s"), List.of("x"), VariantGuidance.NONE, Converters.NONE.with(0, "s", v -> {
                    throw new IllegalStateException("boom");
                })));
        assertEquals("boom", other.getMessage(), "other exceptions propagate unchanged");
    }

    @Test
    void aConverterIsForOneArgumentAndOneCompleteType() {
        assertThrows(IllegalArgumentException.class, () -> Converters.NONE.with(-1, "s", v -> v));
        assertThrows(IllegalArgumentException.class, () -> Converters.NONE.with(0, "ss", v -> v));
        assertThrows(io.jdbus.types.InvalidSignatureException.class, () -> Converters.NONE.with(0, "(", v -> v));
        Converters c = Converters.NONE.with(1, "v", v -> v).with(0, "s", v -> v);
        assertEquals("Converters[0:s, 1:v]", c.toString());
        assertTrue(Converters.NONE.isEmpty());
        assertTrue(c.find(0, Signature.of("s")).isPresent());
        assertTrue(c.find(0, Signature.of("o")).isEmpty());
    }
}
