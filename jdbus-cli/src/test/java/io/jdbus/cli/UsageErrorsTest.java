package io.jdbus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Misuse is answered with one line saying what was wrong, one line pointing at the help, and status 2,
 * before any bus is contacted (the system bus named by default need not exist).
 */
class UsageErrorsTest {
    @ParameterizedTest
    @ValueSource(strings = {"call", "call a", "call a /", "call a / i", "introspect", "introspect a",
            "get-property", "get-property a / i", "set-property", "set-property a / i p", "emit", "emit / i",
            "wait", "wait / i", "completion", "completion zsh", "status a b", "help a b", "list x", "demo x", "demo --client",
            "decode a b"})
    void missingOrExtraOperandsAreOneLineAndStatus2(String commandLine) {
        String[] args = commandLine.split(" ");
        CliRun r = CliRun.run(args);
        assertEquals(2, r.status(), commandLine + ": " + r.err());
        assertEquals("", r.out());
        String[] lines = r.err().split("\n");
        assertEquals(2, lines.length, r.err());
        assertTrue(lines[0].startsWith("jdbus: " + args[0] + " "), r.err());
        assertEquals("Try 'jdbus " + args[0] + " --help' for more information.", lines[1]);
    }

    @Test
    void unknownOptionAfterAVerbPointsAtTheVerbsHelp() {
        CliRun r = CliRun.run("status", "--frob");
        assertEquals(2, r.status());
        assertEquals("jdbus: unknown option '--frob'\nTry 'jdbus status --help' for more information.\n", r.err());
    }

    @Test
    void unknownVerbPointsAtTheGeneralHelp() {
        CliRun r = CliRun.run("stauts");
        assertEquals(2, r.status());
        assertTrue(r.err().endsWith("\nTry 'jdbus --help' for more information.\n"), r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"capture", "monitor", "status"})
    void invalidServiceNameIsOneLineAndStatus1(String verb) {
        CliRun r = CliRun.run(verb, "not a name");
        assertEquals(1, r.status());
        assertEquals("Invalid service name 'not a name'\n", r.err());
    }
}
