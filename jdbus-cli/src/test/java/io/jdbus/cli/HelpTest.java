package io.jdbus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** {@code jdbus VERB --help} and {@code jdbus help VERB}: every verb explains itself, without touching a bus. */
class HelpTest {
    static Stream<String> verbs() {
        return Verbs.ALL.stream().map(Verb::name);
    }

    @ParameterizedTest
    @MethodSource("verbs")
    void verbHelpShowsItsSynopsisAndOptionsAndExits0(String verb) {
        CliRun r = CliRun.run(verb, "--help");
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().startsWith("Usage: jdbus [OPTIONS...] " + verb), r.out());
        assertTrue(r.out().contains("Options:\n"), r.out());
        assertTrue(r.out().contains("-h, --help"), r.out());
    }

    @ParameterizedTest
    @MethodSource("verbs")
    void helpVerbPrintsWhatVerbHelpPrints(String verb) {
        CliRun help = CliRun.run("help", verb);
        assertEquals(0, help.status(), help.err());
        assertEquals(CliRun.run("-h", verb).out(), help.out());
    }

    @Test
    void helpOptionWinsOverMissingOperands() {
        CliRun r = CliRun.run("call", "--help");
        assertEquals(0, r.status());
        assertTrue(r.out().contains("DEST PATH IFACE METHOD"), r.out());
        assertTrue(r.out().contains("--expect-reply=BOOL"), r.out());
    }

    @Test
    void helpOfAnUnknownVerbIsAUsageError() {
        CliRun r = CliRun.run("help", "frob");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("jdbus: unknown verb 'frob'"), r.err());
    }

    @Test
    void helpWithoutVerbPrintsTheUsageText() {
        CliRun r = CliRun.run("help");
        assertEquals(0, r.status());
        assertEquals(Usage.help(), r.out());
        assertTrue(r.out().contains("jdbus help VERB"), r.out());
    }
}
