package io.jdbus.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Property-based round trips over random rules and random ways of writing them. */
class MatchRuleProperties {

    @Property(tries = 2000)
    void everyRuleFormatsToTextThatParsesBackEqual(@ForAll long seed) {
        MatchRule rule = new RandomRules(seed).rule();
        String text = rule.toString();
        MatchRule parsed = MatchRule.parse(text);
        assertEquals(rule, parsed, text);
        assertEquals(text, parsed.toString());
        assertEquals(rule.hashCode(), parsed.hashCode());
        assertTrue(RuleText.utf8Length(text) <= MatchRule.MAX_LENGTH);
    }

    @Property(tries = 2000)
    void everyValidWayOfWritingARuleParsesToTheSameRule(@ForAll long seed) {
        RandomRules random = new RandomRules(seed);
        MatchRule rule = random.rule();
        String other = random.otherText(rule);
        assertEquals(rule, MatchRule.parse(other), () -> "canonical " + rule + "\nwritten as " + other);
    }

    @Property(tries = 2000)
    void everyValueSurvivesAnyOfItsEncodings(@ForAll long seed) {
        RandomRules random = new RandomRules(seed);
        String value = random.value() + random.value();
        String encoded = random.encode(value);
        assertEquals(value, MatchRule.parse("arg5=" + encoded).args().get(0).value(), () -> "encoded as " + encoded);
        assertEquals(value, MatchRule.parse("arg5=" + encoded + ",arg6=x").args().get(0).value());
    }

    @Property(tries = 500)
    void toBuilderRebuildsAnEqualRule(@ForAll long seed) {
        MatchRule rule = new RandomRules(seed).rule();
        assertEquals(rule, rule.toBuilder().build());
    }
}
