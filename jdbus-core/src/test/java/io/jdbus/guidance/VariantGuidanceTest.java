package io.jdbus.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.types.Type;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

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
    }

    @Test
    void aTailIsAppendedToEveryAlternative() {
        assertEquals(List.of("(uuss)", "(iiiss)"), sigs(VariantGuidance.parse("(uu/(iii.ss)").alternatives(0)));
        assertEquals(List.of("a{sv}", "a{ov}"), sigs(VariantGuidance.parse("a{s/a{o.v}").alternatives(0)));
        assertEquals(List.of("ay", "ai"), sigs(VariantGuidance.parse("ay/ai").alternatives(0)));
    }

    @Test
    void emptyAndMissingEntriesMeanInference() {
        VariantGuidance g = VariantGuidance.parse(",s,");
        assertEquals(3, g.size());
        assertTrue(g.alternatives(0).isEmpty());
        assertEquals(List.of("s"), sigs(g.alternatives(1)));
        assertTrue(g.alternatives(2).isEmpty());
        assertTrue(g.alternatives(7).isEmpty(), "beyond the last entry");
        assertTrue(VariantGuidance.parse("").isEmpty());
        assertEquals(VariantGuidance.NONE, VariantGuidance.parse(""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            u/                 | entry 1 alternative 2 is empty
            /u                 | entry 1 alternative 1 is empty
            s,(ii              | entry 2 alternative 1 "(ii" is not a valid signature
            ss                 | entry 1 alternative 1 "ss" is 2 types; a variant holds exactly one
            u.s.t              | entry 1 has more than one "." (one tail per entry)
            a{vs}              | entry 1 alternative 1 "a{vs}" is not a valid signature
            x/y/z              | entry 1 alternative 3 "z" is not a valid signature
            .s                 | entry 1 alternative 1 is empty
            """)
    void malformedGuidanceSaysWhichEntryAndWhy(String text, String expected) {
        InvalidGuidanceException e = assertThrows(InvalidGuidanceException.class, () -> VariantGuidance.parse(text));
        assertTrue(e.getMessage().startsWith("variant guidance \"" + text + "\": " + expected), e.getMessage());
    }
}
