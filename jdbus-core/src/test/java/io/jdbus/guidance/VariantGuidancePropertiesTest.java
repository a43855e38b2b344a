package io.jdbus.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.types.InvalidValueException;
import io.jdbus.types.Signature;
import io.jdbus.types.Type;
import io.jdbus.types.Values;
import io.jdbus.types.Variant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NotEmpty;
import net.jqwik.api.constraints.StringLength;

/**
 * Property-based specifications of the grammar and of choosing among alternatives (named {@code ...Test} so that
 * a plain {@code mvn test} runs it).
 */
class VariantGuidancePropertiesTest {

    @Property(tries = 3000)
    void anyTextOfTheGrammarsCharactersParsesOrIsRefusedCleanly(@ForAll @StringLength(max = 40)
            @Chars({'a', 'v', 's', 'i', 'u', 'y', 'x', '(', ')', '{', '}', '/', '.', ','}) String text) {
        VariantGuidanceOracle.check(text);
    }

    @Property(tries = 2000)
    void guidanceWrittenWithAnyTailParsesToTheTypesItNames(@ForAll long seed) {
        RandomTypes random = new RandomTypes(seed);
        List<List<Type>> entries = new ArrayList<>();
        List<String> text = new ArrayList<>();
        for (int k = 0, n = 1 + random.nextInt(3); k < n; k++) {
            List<Type> alternatives = new ArrayList<>();
            for (int a = 0, m = 1 + random.nextInt(3); a < m; a++) {
                alternatives.add(random.type(3));
            }
            entries.add(alternatives);
            text.add(write(alternatives, random));
        }
        VariantGuidance g = VariantGuidance.parse(String.join(",", text));
        assertEquals(entries, g.entries(), () -> String.join(",", text));
    }

    /** The alternatives, with a random part of their common suffix written once as a tail. */
    private static String write(List<Type> alternatives, RandomTypes random) {
        List<String> sigs = alternatives.stream().map(Type::signature).toList();
        int common = sigs.stream().mapToInt(String::length).min().orElseThrow() - 1;
        for (String s : sigs) {
            common = Math.min(common, commonSuffix(sigs.getFirst(), s));
        }
        int tail = common <= 0 ? 0 : random.nextInt(common + 1);
        if (tail == 0) {
            return String.join("/", sigs);
        }
        String suffix = sigs.getFirst().substring(sigs.getFirst().length() - tail);
        return String.join("/", sigs.stream().map(s -> s.substring(0, s.length() - tail)).toList()) + "." + suffix;
    }

    private static int commonSuffix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }

    @Property(tries = 1000)
    void theFirstIntegerTypeWhoseRangeHoldsTheValueIsChosen(@ForAll long value) {
        String order = "y/n/q/i/u/x/t";
        Variant v = (Variant) GuidedArguments.prepare(Signature.of("v"), List.of(value), VariantGuidance.parse(order),
                Converters.NONE).getFirst();
        String expected = value >= 0 && value <= 255 ? "y" : value >= Short.MIN_VALUE && value <= Short.MAX_VALUE ? "n"
                : value >= 0 && value <= 65535 ? "q" : value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE ? "i"
                : value >= 0 && value <= 0xFFFF_FFFFL ? "u" : "x";
        assertEquals(expected, v.type().signature());
    }

    @Property(tries = 500)
    void everyElementOfAGuidedArrayTakesTheSameAlternative(
            @ForAll List<@IntRange(min = 0, max = Integer.MAX_VALUE) Integer> numbers,
            @ForAll @NotEmpty List<@AlphaChars @StringLength(max = 8) String> strings) {
        VariantGuidance g = VariantGuidance.parse("u/s");
        List<?> us = (List<?>) GuidedArguments.prepare(Signature.of("av"), List.of(numbers), g, Converters.NONE).getFirst();
        assertTrue(us.stream().allMatch(v -> ((Variant) v).type().signature().equals("u")), us::toString);
        List<?> ss = (List<?>) GuidedArguments.prepare(Signature.of("av"), List.of(strings), g, Converters.NONE).getFirst();
        assertTrue(ss.stream().allMatch(v -> ((Variant) v).type().signature().equals("s")), ss::toString);
        if (!numbers.isEmpty()) {
            List<Object> mixed = new ArrayList<>(numbers);
            mixed.addAll(strings);
            InvalidValueException e = assertThrows(InvalidValueException.class,
                    () -> GuidedArguments.prepare(Signature.of("av"), List.of(mixed), g, Converters.NONE));
            assertTrue(e.getMessage().contains("v as u: ") && e.getMessage().contains("; v as s: "), e.getMessage());
        }
    }

    @Property(tries = 1000)
    void withoutGuidanceEveryVIsInferredAsTheTypeTableDoes(@ForAll long seed) {
        RandomTypes random = new RandomTypes(seed);
        List<Object> args = List.of(random.value(3), List.of(random.value(2), random.value(2)));
        Signature in = Signature.of("vav");
        assertTrue(Values.deepEquals(Values.coerceArguments(in, args),
                GuidedArguments.prepare(in, args, VariantGuidance.NONE, Converters.NONE)));
    }

    @Property(tries = 1000)
    void preparedArgumentsAreReadyToEncodeAndPrepareToThemselves(@ForAll long seed) {
        RandomTypes random = new RandomTypes(seed);
        Signature in = Signature.of("ava{sv}v");
        VariantGuidance g = VariantGuidance.parse("u/s/ax/ad/(vv),s/b/d/av,");
        List<Object> args = List.of(List.of(random.value(2), random.value(2)), java.util.Map.of("k", random.value(2)),
                random.value(3));
        List<Object> out;
        try {
            out = GuidedArguments.prepare(in, args, g, Converters.NONE);
        } catch (InvalidValueException noFit) {
            return;
        }
        assertTrue(Values.deepEquals(out, Values.coerceArguments(in, out)), "the type table changes nothing");
        assertTrue(Values.deepEquals(out, GuidedArguments.prepare(in, out, g, Converters.NONE)),
                "the caller's Variants are used as they are");
    }
}
