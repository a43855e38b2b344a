package io.jdbus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CliTest {
    private static final String TRY = "Try 'jdbus --help' for more information.\n";
    /** Once the verb is known, the hint points at its own help. */
    private static final String TRY_DECODE = "Try 'jdbus decode --help' for more information.\n";

    @Test
    void unknownOptionIsAUsageErrorWithStatus2() {
        CliRun r = CliRun.run("--frobnicate", "decode");
        assertEquals(2, r.status());
        assertEquals("jdbus: unknown option '--frobnicate'\n" + TRY_DECODE, r.err());
        assertEquals("", r.out());
    }

    @Test
    void unknownShortOptionIsAUsageError() {
        CliRun r = CliRun.run("decode", "-x");
        assertEquals(2, r.status());
        assertEquals("jdbus: unknown option '-x'\n" + TRY_DECODE, r.err());
    }

    @Test
    void unknownVerbNamesTheVerbsThatExist() {
        CliRun r = CliRun.run("frob");
        assertEquals(2, r.status());
        assertEquals("jdbus: unknown verb 'frob'; the verbs are: call, list, introspect, tree, get-property, set-property, emit, monitor, capture, status, wait, demo, decode, codegen, help, completion\n" + TRY, r.err());
    }

    @Test
    void missingVerbIsAUsageError() {
        CliRun r = CliRun.run("--json=short");
        assertEquals(2, r.status());
        assertEquals("jdbus: no verb given; the verbs are: call, list, introspect, tree, get-property, set-property, emit, monitor, capture, status, wait, demo, decode, codegen, help, completion\n" + TRY, r.err());
    }

    @Test
    void badJsonModeSaysWhichModesExist() {
        CliRun r = CliRun.run("--json=long", "decode");
        assertEquals(2, r.status());
        assertEquals("jdbus: unknown --json mode 'long': use --json=short or --json=pretty\n" + TRY_DECODE, r.err());
    }

    @Test
    void optionMissingItsValueIsAUsageError() {
        CliRun r = CliRun.run("decode", "--address");
        assertEquals(2, r.status());
        assertEquals("jdbus: option '--address' needs a value\n" + TRY_DECODE, r.err());
    }

    @Test
    void flagGivenAValueIsAUsageError() {
        CliRun r = CliRun.run("--session=yes", "decode");
        assertEquals(2, r.status());
        assertEquals("jdbus: option '--session' takes no value\n" + TRY_DECODE, r.err());
    }

    @Test
    void decodeTakesAtMostOneFile() {
        CliRun r = CliRun.run("decode", "a.bin", "b.bin");
        assertEquals(2, r.status());
        assertEquals("jdbus: decode takes at most one FILE, got 2 operands: a.bin b.bin\n" + TRY_DECODE, r.err());
    }

    @Test
    void helpListsOptionsAndVerbsOnStdout() {
        CliRun r = CliRun.run("-h");
        assertEquals(0, r.status());
        assertTrue(r.out().startsWith("Usage: jdbus [OPTIONS...] VERB [ARGUMENTS...]\n"), r.out());
        assertTrue(r.out().contains("--json=short|pretty"), r.out());
        assertTrue(r.out().contains("  decode [FILE]"), r.out());
        assertEquals("", r.err());
        assertTrue(CliRun.run("decode", "--help").out().startsWith("Usage: jdbus [OPTIONS...] decode [FILE]\n"));
    }

    @Test
    void versionPrintsTheProjectVersion() {
        CliRun r = CliRun.run("--version");
        assertEquals(0, r.status());
        assertTrue(r.out().matches("jdbus \\S+\n"), r.out());
    }
}
