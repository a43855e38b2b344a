package io.jdbus.cli.monitor;

import io.jdbus.match.MatchRule;
import java.util.ArrayList;
import java.util.List;

/**
 * The match rules {@code jdbus monitor SERVICE...} watches with, as busctl builds them: for each service,
 * what it sends, what is sent to it, and the changes of its owner. No service means everything: no rule
 * for {@code BecomeMonitor}, and one {@code eavesdrop='true'} rule when eavesdropping instead.
 *
 * {@snippet :
 * MonitorRules.forServices(List.of("org.example.App"));
 * // [sender='org.example.App', destination='org.example.App',
 * //  type='signal',sender='org.freedesktop.DBus',...,member='NameOwnerChanged',arg0='org.example.App']
 * MonitorRules.eavesdropping(List.of());   // [eavesdrop='true']
 * }
 */
public final class MonitorRules {
    private MonitorRules() {
    }

    /** The rules for {@code BecomeMonitor}; empty to see every message. Throws for a name that is not a bus name. */
    public static List<MatchRule> forServices(List<String> services) {
        List<MatchRule> rules = new ArrayList<>();
        for (String service : services) {
            rules.add(MatchRule.builder().sender(service).build());
            rules.add(MatchRule.builder().destination(service).build());
            rules.add(MatchRule.parse("type='signal',sender='org.freedesktop.DBus',path='/org/freedesktop/DBus',"
                    + "interface='org.freedesktop.DBus',member='NameOwnerChanged'").toBuilder().arg(0, service).build());
        }
        return rules;
    }

    /** The same rules with {@code eavesdrop='true'}, for a bus that refuses {@code BecomeMonitor}. */
    public static List<MatchRule> eavesdropping(List<String> services) {
        List<MatchRule> rules = forServices(services);
        if (rules.isEmpty()) {
            return List.of(MatchRule.builder().eavesdrop(true).build());
        }
        return rules.stream().map(r -> r.toBuilder().eavesdrop(true).build()).toList();
    }

    /** Whether every operand is a bus name; prints busctl's "Invalid service name" line for the first that is not. */
    public static boolean servicesValid(List<String> services, java.io.PrintStream err) {
        for (String service : services) {
            if (!io.jdbus.names.BusName.isValid(service)) {
                err.println("Invalid service name '" + service + "'");
                return false;
            }
        }
        return true;
    }
}
