package io.jdbus.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.types.Signature;
import io.jdbus.types.Type;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The guidance grammar: entries, alternatives, tails, and every way a guidance string can be wrong. */
class VariantGuidanceTest {
    private static List<String> sigs(List<Type> types) {
        return types.stream().map(Type::signature).toList();
    }

    @Test
    void entriesAreCommaSeparatedAndAlternativesSlashSeparated() {
        VariantGuidance g = VariantGuidance.parse("u/s,s/(i)");
        assertEquals(2, g.size());
        assertEquals(List.of("u", "s"), sigs(g.alternatives(0)));
        assertEquals(List.of("s", "(i)"), sigs(g.alternatives(1)));
        assertEquals("u/s,s/(i)", g.toString(), "the text as given");
    }

    @Test
    void aTailIsAppendedToEveryAlternative() {
        assertEquals(List.of("(uuss)", "(iiiss)"), sigs(VariantGuidance.parse("(uu/(iii.ss)").alternatives(0)));
        assertEquals(List.of("a{sv}", "a{ov}"), sigs(VariantGuidance.parse("a{s/a{o.v}").alternatives(0)));
        assertEquals(List.of("ay", "ai"), sigs(VariantGuidance.parse("ay/ai").alternatives(0)));
        assertEquals(List.of("au"), sigs(VariantGuidance.parse("a.u").alternatives(0)), "a tail on one alternative");
    }

    @Test
    void theSeedsGuidanceGivesTwoAlternativesThenOne() {
        VariantGuidance g = VariantGuidance.parse("(uu/(iii.ss),as");
        assertEquals(List.of(List.of("(uuss)", "(iiiss)"), List.of("as")),
                g.entries().stream().map(VariantGuidanceTest::sigs).toList());
    }

    @Test
    void guidanceWrittenWithOrWithoutATailIsEqual() {
        assertEquals(VariantGuidance.parse("(uuss)/(iiiss)"), VariantGuidance.parse("(uu/(iii.ss)"));
        assertEquals(VariantGuidance.parse("(uuss)/(iiiss)").hashCode(), VariantGuidance.parse("(uu/(iii.ss)").hashCode());
        assertNotEquals(VariantGuidance.parse("u/s"), VariantGuidance.parse("s/u"), "order matters");
    }

    @Test
    void emptyAndMissingEntriesMeanInference() {
        VariantGuidance g = VariantGuidance.parse(",s,");
        assertEquals(3, g.size());
        assertTrue(g.alternatives(0).isEmpty());
        assertEquals(List.of("s"), sigs(g.alternatives(1)));
        assertTrue(g.alternatives(2).isEmpty());
        assertTrue(g.alternatives(7).isEmpty(), "beyond the last entry");
        assertTrue(g.alternatives(-1).isEmpty());
        assertTrue(VariantGuidance.parse(",,").isEmpty());
        assertSame(VariantGuidance.NONE, VariantGuidance.parse(""));
        assertEquals(0, VariantGuidance.NONE.size());
    }

    @Test
    void alternativesMayHoldVariantsWhichAreThenInferred() {
        assertEquals(List.of("av", "a{sv}"), sigs(VariantGuidance.parse("av/a{sv}").alternatives(0)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            u/                 | 1 | 2 | entry 1 alternative 2 is empty
            /u                 | 1 | 1 | entry 1 alternative 1 is empty
            s,(ii              | 2 | 1 | entry 2 alternative 1 "(ii" is not a valid signature: invalid signature "(ii": struct at index 0 is not closed
            ss                 | 1 | 1 | entry 1 alternative 1 "ss" is 2 types; a variant holds exactly one
            u,(uu/(iii.s       | 2 | 1 | entry 2 alternative 1 "(uus" is not a valid signature
            u.s.t              | 1 | 0 | entry 1 has more than one "." (one tail per entry)
            u/s.               | 1 | 0 | entry 1 has an empty tail after "."
            a{vs}              | 1 | 1 | entry 1 alternative 1 "a{vs}" is not a valid signature
            x/y/z              | 1 | 3 | entry 1 alternative 3 "z" is not a valid signature
            .s                 | 1 | 1 | entry 1 alternative 1 is empty
            ' u'               | 1 | 1 | entry 1 alternative 1 " u" is not a valid signature
            s,,a               | 3 | 1 | entry 3 alternative 1 "a" is not a valid signature: invalid signature "a": array at index 0 has no element type
            '()'               | 1 | 1 | entry 1 alternative 1 "()" is not a valid signature
            """)
    void malformedGuidanceSaysWhichEntryWhichAlternativeAndWhy(String text, int entry, int alternative,
            String expected) {
        InvalidGuidanceException e = assertThrows(InvalidGuidanceException.class, () -> VariantGuidance.parse(text));
        assertTrue(e.getMessage().startsWith("variant guidance \"" + text + "\": " + expected), e.getMessage());
        assertEquals(text, e.guidance());
        assertEquals(entry, e.entry());
        assertEquals(alternative, e.alternative());
        assertTrue(e.getMessage().endsWith(e.reason()), e.getMessage());
        assertTrue(e instanceof IllegalArgumentException, "a programmer error");
    }

    @Test
    void aLongGuidanceIsShortenedInTheMessageButKeptWhole() {
        String text = "u,".repeat(100) + "(";
        InvalidGuidanceException e = assertThrows(InvalidGuidanceException.class, () -> VariantGuidance.parse(text));
        assertEquals(101, e.entry());
        assertEquals(text, e.guidance());
        assertTrue(e.getMessage().length() < 400, e.getMessage());
    }

    @Test
    void guidanceFitsASignatureWithAtLeastAsManyVs() {
        VariantGuidance.parse("u/s,s/(i)").checkFits(Signature.of("ava{sv}"));
        VariantGuidance.parse("u").checkFits(Signature.of("ava{sv}"));
        InvalidGuidanceException e = assertThrows(InvalidGuidanceException.class,
                () -> VariantGuidance.parse("u,s,").checkFits(Signature.of("ava{sv}")));
        assertEquals("variant guidance \"u,s,\": entry 3 is beyond the last v: signature \"ava{sv}\" has 2 variant "
                + "positions", e.getMessage());
        assertEquals(3, e.entry());
    }

    @Test
    void perArgumentGuidanceCombinesIntoTheMethodsCountingEveryArgumentsVs() {
        VariantGuidance g = VariantGuidance.combine(Signature.of("a{sv}i(vv)av"), List.of(
                VariantGuidance.parse("u"), VariantGuidance.NONE, VariantGuidance.parse(",s"), VariantGuidance.parse("y")));
        assertEquals("u,,s,y", g.toString());
        assertEquals(VariantGuidance.parse("u,,s,y"), g);
        assertSame(VariantGuidance.NONE, VariantGuidance.combine(Signature.of("vi"), java.util.Arrays.asList(null,
                VariantGuidance.NONE)));
    }

    @Test
    void perArgumentGuidanceBeyondItsArgumentsVsIsRefused() {
        InvalidGuidanceException e = assertThrows(InvalidGuidanceException.class, () -> VariantGuidance.combine(
                Signature.of("avs"), List.of(VariantGuidance.parse("u,s"), VariantGuidance.NONE)));
        assertEquals("variant guidance \"u,s\": entry 2 is beyond the last v of argument 1 (av), which has 1 variant "
                + "position", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> VariantGuidance.combine(Signature.of("v"), List.of()));
    }
}
