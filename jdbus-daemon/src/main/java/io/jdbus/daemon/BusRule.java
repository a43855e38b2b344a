package io.jdbus.daemon;

import io.jdbus.match.MatchRule;
import io.jdbus.message.Message;
import java.util.function.BiPredicate;

/**
 * A match rule as the bus applies it: SENDER and DESTINATION conditions name connections (a well-known name
 * matches the connection that owns it now), the other conditions are the pure rule's.
 *
 * @param rule the rule as the client gave it, compared by {@code RemoveMatch}
 * @param rest the rule without its sender and destination conditions
 */
record BusRule(MatchRule rule, MatchRule rest) {
    static BusRule of(MatchRule rule) {
        MatchRule rest = new MatchRule(rule.type(), null, rule.interfaceName(), rule.member(), rule.path(),
                rule.pathNamespace(), null, rule.args(), rule.eavesdrop());
        return new BusRule(rule, rest);
    }

    /**
     * Whether {@code m} matches, given who sent it and whom it is addressed to ({@code null} for the bus
     * itself or nobody); {@code owns} answers whether a client is the primary owner of a name.
     */
    boolean matches(Message m, Client sender, Client recipient, BiPredicate<Client, String> owns) {
        if (rule.sender() != null) {
            String name = rule.sender().value();
            if (sender == null ? !name.equals(Bus.DRIVER_NAME) : !owns.test(sender, name)) {
                return false;
            }
        }
        if (rule.destination() != null) {
            String name = rule.destination().value();
            if (recipient == null ? !name.equals(m.destination()) : !owns.test(recipient, name)) {
                return false;
            }
        }
        return rest.matches(m);
    }
}
