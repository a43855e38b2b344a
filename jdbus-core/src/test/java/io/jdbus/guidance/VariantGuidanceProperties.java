package io.jdbus.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** Any text made of the grammar's characters parses, or is refused with an InvalidGuidanceException: nothing else. */
class VariantGuidanceProperties {
    @Property(tries = 3000)
    void anyTextParsesOrIsRefusedCleanly(@ForAll @StringLength(max = 40)
            @Chars({'a', 'v', 's', 'i', 'u', 'y', 'x', '(', ')', '{', '}', '/', '.', ','}) String text) {
        try {
            VariantGuidance g = VariantGuidance.parse(text);
            assertEquals(g, VariantGuidance.parse(g.toString()), "parsing is stable");
        } catch (InvalidGuidanceException refused) {
            // the one way to fail
        }
    }
}
