package io.jdbus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void optionsMayComeBeforeOrAfterTheVerb() throws UsageException {
        CommandLine before = CommandLine.parse(List.of("--json=pretty", "--session", "decode", "x.bin"));
        CommandLine after = CommandLine.parse(List.of("decode", "x.bin", "--session", "--json=pretty"));
        assertEquals(before, after);
        assertEquals("decode", before.verb());
        assertEquals(List.of("x.bin"), before.operands());
        assertEquals(OutputMode.JSON_PRETTY, before.output());
        assertEquals(BusSelection.session(), before.bus());
    }

    @Test
    void optionValuesMayFollowAsTheNextArgument() throws UsageException {
        CommandLine line = CommandLine.parse(List.of("--address", "unix:path=/tmp/bus", "--json", "short", "decode"));
        assertEquals(BusSelection.address("unix:path=/tmp/bus"), line.bus());
        assertEquals(OutputMode.JSON_SHORT, line.output());
    }

    @Test
    void theSystemBusAndTextAreTheDefaultsAndTheLastBusOptionWins() throws UsageException {
        CommandLine line = CommandLine.parse(List.of("decode"));
        assertEquals(BusSelection.system(), line.bus());
        assertEquals(OutputMode.TEXT, line.output());
        assertFalse(line.help());
        assertEquals(BusSelection.system(), CommandLine.parse(List.of("--session", "--system", "decode")).bus());
    }

    @Test
    void theObjectVerbsOptionsAreParsedAndCheckedWherever() throws UsageException {
        CallSettings s = CommandLine.parse(List.of("tree", "--list", "x", "--xml-interface", "--limit-messages", "3"))
                .settings();
        assertEquals(true, s.list());
        assertEquals(true, s.xmlInterface());
        assertEquals(3, s.limitMessages());
        UsageException e = org.junit.jupiter.api.Assertions.assertThrows(UsageException.class,
                () -> CommandLine.parse(List.of("wait", "--limit-messages=many")));
        assertEquals("failed to parse --limit-messages= parameter 'many': a number of messages, 0 for no limit",
                e.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(UsageException.class,
                () -> CommandLine.parse(List.of("tree", "--list=yes")));
    }

    @Test
    void doubleDashEndsOptions() throws UsageException {
        CommandLine line = CommandLine.parse(List.of("decode", "--", "--json=short", "-h"));
        assertEquals(List.of("--json=short", "-h"), line.operands());
        assertEquals(OutputMode.TEXT, line.output());
        assertFalse(line.help());
    }

    @Test
    void aLoneDashIsAnOperand() throws UsageException {
        assertEquals(List.of("-"), CommandLine.parse(List.of("decode", "-")).operands());
    }

    @Test
    void helpAndVersionNeedNoVerb() throws UsageException {
        assertTrue(CommandLine.parse(List.of("--help")).help());
        assertTrue(CommandLine.parse(List.of("--version")).version());
        assertNull(CommandLine.parse(List.of("--version")).verb());
    }

    @Test
    void busctlsCallOptionsAreGlobalAndTakeBusctlsSyntax() throws UsageException {
        CommandLine line = CommandLine.parse(List.of("call", "--timeout=1.5", "a", "--expect-reply=no",
                "--auto-start", "off", "--allow-interactive-authorization=0", "-q", "--verbose"));
        assertEquals(java.time.Duration.ofMillis(1500), line.settings().timeout());
        assertFalse(line.settings().expectReply());
        assertFalse(line.settings().autoStart());
        assertFalse(line.settings().allowInteractiveAuthorization());
        assertTrue(line.settings().quiet());
        assertTrue(line.settings().verbose());
        assertEquals(List.of("a"), line.operands());
        assertEquals(CallSettings.defaults(), CommandLine.parse(List.of("call")).settings());
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        org.junit.jupiter.api.Assertions.assertThrows(UsageException.class,
                () -> CommandLine.parse(List.of("call", "--timeout=soon")));
        org.junit.jupiter.api.Assertions.assertThrows(UsageException.class,
                () -> CommandLine.parse(List.of("call", "--expect-reply=maybe")));
    }
}
