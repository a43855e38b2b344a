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
    void tooManyCombinationsAreRefused() {
        String eight = "y/n/q/i/u/x/t/d";
        String guidance = String.join(",", eight, eight, eight, eight, eight);   // 8^5 = 32768 for one argument
        InvalidGuidanceException e = assertThrows(InvalidGuidanceException.class,
                () -> prepare("(vvvvv)", guidance, List.of(1, 2, 3, 4, 5)));
        assertTrue(e.getMessage().contains("more than " + GuidedArguments.MAX_COMBINATIONS), e.getMessage());
    }

    @Test
    void moreEntriesThanVariantPositionsIsAnError() {
        InvalidGuidanceException e = assertThrows(InvalidGuidanceException.class, () -> prepare("av", "u,s", List.of()));
        assertEquals("variant guidance \"u,s\" has 2 entries, but signature \"av\" has 1 variant positions", e.getMessage());
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
}
