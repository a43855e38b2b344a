package io.jdbus.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.types.InvalidValueException;
import io.jdbus.types.Signature;
import io.jdbus.types.Struct;
import io.jdbus.types.Type;
import io.jdbus.types.Variant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What must hold for any text given to {@link VariantGuidance#parse}: it parses or throws
 * {@link InvalidGuidanceException} naming an entry that exists, nothing else; parsed guidance has one entry per
 * {@code <vinfo>}, every alternative one complete type, and parses back equal from its own text and from the
 * text with every tail written out; and preparing arguments under it gives variants of the guided types or an
 * {@link InvalidValueException}, nothing else.
 */
final class VariantGuidanceOracle {
    private static final List<Object> VALUES = List.of(5, "text", List.of(1, 2), Map.of("k", 1L),
            Struct.of(1, "x"), List.of(1, 2, 3, "four", "five"), 2.5, Variant.of("q", 7));

    private VariantGuidanceOracle() {
    }

    static void check(String text) {
        VariantGuidance g;
        try {
            g = VariantGuidance.parse(text);
        } catch (InvalidGuidanceException refused) {
            assertTrue(refused.getMessage().startsWith("variant guidance \""), refused.getMessage());
            assertTrue(refused.entry() >= 1 && refused.entry() <= text.split(",", -1).length, refused.getMessage());
            assertTrue(refused.alternative() >= 0, refused.getMessage());
            assertFalse(refused.reason().isEmpty());
            assertEquals(text, refused.guidance());
            return;
        }
        assertEquals(text.isEmpty() ? 0 : text.split(",", -1).length, g.size(), text);
        List<String> written = new ArrayList<>();
        for (List<Type> alternatives : g.entries()) {
            List<String> sigs = new ArrayList<>();
            for (Type t : alternatives) {
                assertEquals(t, Signature.of(t.signature()).single());
                sigs.add(t.signature());
            }
            written.add(String.join("/", sigs));
        }
        assertEquals(g, VariantGuidance.parse(g.toString()));
        assertEquals(g, VariantGuidance.parse(String.join(",", written)), "tails written out");
        prepare(g);
    }

    /** Each entry guides one {@code v} argument; so there are no combinations, and every value is tried. */
    private static void prepare(VariantGuidance g) {
        int n = Math.max(1, Math.min(g.size(), 64));
        Signature in = Signature.of("v".repeat(n));
        List<Object> args = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            args.add(VALUES.get(i % VALUES.size()));
        }
        if (g.size() > n) {
            return;
        }
        List<Object> out;
        try {
            out = GuidedArguments.prepare(in, args, g, Converters.NONE);
        } catch (InvalidValueException doesNotFit) {
            assertTrue(doesNotFit.getMessage().startsWith("argument "), doesNotFit.getMessage());
            return;
        }
        for (int i = 0; i < n; i++) {
            Variant v = (Variant) out.get(i);
            List<Type> alternatives = g.alternatives(i);
            assertTrue(args.get(i) instanceof Variant || alternatives.isEmpty() || alternatives.contains(v.type()),
                    () -> v + " is not of the guided types " + alternatives);
        }
    }
}
