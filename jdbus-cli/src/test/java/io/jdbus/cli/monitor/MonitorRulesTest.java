package io.jdbus.cli.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jdbus.match.MatchRule;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonitorRulesTest {

    @Test
    void eachServiceIsWatchedAsSenderDestinationAndOwnerChange() {
        List<String> rules = MonitorRules.forServices(List.of("org.example.App")).stream().map(MatchRule::toString).toList();
        assertEquals(3, rules.size());
        assertEquals(MatchRule.parse("sender='org.example.App'"), MatchRule.parse(rules.get(0)));
        assertEquals(MatchRule.parse("destination='org.example.App'"), MatchRule.parse(rules.get(1)));
        assertEquals(MatchRule.parse("type='signal',sender='org.freedesktop.DBus',path='/org/freedesktop/DBus',"
                + "interface='org.freedesktop.DBus',member='NameOwnerChanged',arg0='org.example.App'"), MatchRule.parse(rules.get(2)));
    }

    @Test
    void noServiceMeansNoRuleForAMonitorAndOneCatchAllRuleForAnEavesdropper() {
        assertEquals(List.of(), MonitorRules.forServices(List.of()));
        assertEquals(List.of(MatchRule.parse("eavesdrop='true'")), MonitorRules.eavesdropping(List.of()));
    }

    @Test
    void eavesdroppingRulesAreTheMonitorRulesWithEavesdrop() {
        List<MatchRule> rules = MonitorRules.eavesdropping(List.of(":1.5"));
        assertEquals(3, rules.size());
        rules.forEach(r -> assertEquals(true, r.eavesdrop()));
        assertEquals(MatchRule.parse("sender=':1.5',eavesdrop='true'"), rules.getFirst());
    }

    @Test
    void theTimestampGoesAtTheEndOfTheHeaderLineAsBusctlPrintsIt() {
        String text = "‣ Type=signal  Endian=l  Flags=1  Version=1 Cookie=2\n  Sender=:1.1\n";
        assertEquals("‣ Type=signal  Endian=l  Flags=1  Version=1 Cookie=2  Timestamp=\"Sun 2026-11-22 08:31:43.233417 UTC\"\n  Sender=:1.1\n",
                MonitorVerb.withTimestamp(text, Instant.parse("2026-11-22T08:31:43.233417Z")));
    }
}
