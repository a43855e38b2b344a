package io.jdbus.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.message.Message;
import io.jdbus.names.ObjectPath;
import java.util.List;

/**
 * What must hold for any text given to {@link MatchRule#parse}, as a peer may send anything to {@code AddMatch}:
 * it parses or throws {@link InvalidMatchRuleException}, nothing else; a rule that parses formats to canonical text
 * within the limit, which parses back to an equal rule and formats the same; and matching it never throws.
 */
final class MatchRuleOracle {
    private static final List<Message> MESSAGES = List.of(
            Message.signal("/aa/bb/cc", "org.example.I", "M").sender(":1.1").body("so", "/aa/bb/", ObjectPath.of("/a"))
                    .build(),
            Message.methodCall(":1.2", "/", null, "Do").body("sai", "com.example.x", List.of(1)).build());

    private MatchRuleOracle() {}

    static void check(String text) {
        MatchRule rule;
        try {
            rule = MatchRule.parse(text);
        } catch (InvalidMatchRuleException expected) {
            assertTrue(expected.getMessage().startsWith("invalid match rule "), expected.getMessage());
            return;
        }
        String canonical = rule.toString();
        assertTrue(RuleText.utf8Length(canonical) <= MatchRule.MAX_LENGTH, canonical);
        MatchRule again = MatchRule.parse(canonical);
        assertEquals(rule, again, () -> "text " + RuleText.quote(text) + " canonical " + RuleText.quote(canonical));
        assertEquals(canonical, again.toString());
        for (Message m : MESSAGES) {
            rule.matches(m);
        }
    }
}
