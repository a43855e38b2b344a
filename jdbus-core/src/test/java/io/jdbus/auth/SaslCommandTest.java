package io.jdbus.auth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Parsing and formatting of each SASL command. */
class SaslCommandTest {

    @ParameterizedTest
    @ValueSource(strings = {"AUTH", "AUTH EXTERNAL", "AUTH EXTERNAL 31303030", "CANCEL", "BEGIN", "DATA", "DATA 6869",
            "ERROR", "ERROR something went wrong", "NEGOTIATE_UNIX_FD", "REJECTED", "REJECTED EXTERNAL ANONYMOUS",
            "OK 0123456789abcdef0123456789abcdef", "AGREE_UNIX_FD"})
    void parseThenFormatGivesTheSameLine(String line) throws AuthenticationException {
        assertEquals(line, SaslCommand.parse(line).format());
    }

    @Test
    void authDecodesTheInitialResponse() throws AuthenticationException {
        var auth = (SaslCommand.Auth) SaslCommand.parse("AUTH EXTERNAL 31303030");
        assertEquals(Optional.of("EXTERNAL"), auth.mechanism());
        assertArrayEquals("1000".getBytes(StandardCharsets.US_ASCII), auth.initialResponse().orElseThrow());
        assertEquals(SaslCommand.Auth.of("EXTERNAL", "1000".getBytes(StandardCharsets.US_ASCII)), auth);
    }

    @Test
    void anEmptyInitialResponseIsNoInitialResponse() throws AuthenticationException {
        assertEquals(new SaslCommand.Auth(Optional.of("EXTERNAL"), Optional.empty()), SaslCommand.parse("AUTH EXTERNAL "));
        assertEquals("AUTH EXTERNAL", SaslCommand.Auth.of("EXTERNAL", new byte[0]).format());
    }

    @Test
    void hexIsAcceptedInEitherCaseAndWrittenInLowerCase() throws AuthenticationException {
        var data = (SaslCommand.Data) SaslCommand.parse("DATA 4A4b");
        assertArrayEquals(new byte[] {0x4a, 0x4b}, data.data());
        assertEquals("DATA 4a4b", data.format());
    }

    @Test
    void rejectedListsMechanismsSeparatedByBlanks() throws AuthenticationException {
        assertEquals(new SaslCommand.Rejected(List.of("EXTERNAL", "ANONYMOUS")), SaslCommand.parse("REJECTED EXTERNAL  ANONYMOUS"));
    }

    @Test
    void malformedCommandsSayWhatIsWrong() {
        assertMessage("unknown command \"HELLO\"", "HELLO");
        assertMessage("unknown command \"auth\"", "auth EXTERNAL");
        assertMessage("invalid hex encoding in AUTH EXTERNAL initial response: \"willy\"", "AUTH EXTERNAL willy");
        assertMessage("AUTH EXTERNAL takes one argument, got \"31 32\"", "AUTH EXTERNAL 31 32");
        assertMessage("BEGIN takes no argument, got \"now\"", "BEGIN now");
        assertMessage("invalid hex encoding in DATA: \"abc\"", "DATA abc");
        assertMessage("OK needs the server GUID in hex, got \"\"", "OK");
        assertMessage("unknown command \"\"", "");
    }

    @Test
    void quotedPeerTextIsShortened() {
        assertMessage("unknown command \"" + "X".repeat(40) + "...\"", "X".repeat(1000));
    }

    @Test
    void recordsRejectWhatCouldNotBeWritten() {
        assertThrows(IllegalArgumentException.class, () -> new SaslCommand.Error("two\r\nlines"));
        assertThrows(IllegalArgumentException.class, () -> new SaslCommand.Rejected(List.of("TWO WORDS")));
        assertThrows(IllegalArgumentException.class, () -> new SaslCommand.Ok("xyz"));
        assertThrows(IllegalArgumentException.class,
                () -> new SaslCommand.Auth(Optional.empty(), Optional.of(new byte[] {1})));
    }

    private static void assertMessage(String expected, String line) {
        var e = assertThrows(AuthenticationException.class, () -> SaslCommand.parse(line));
        assertEquals(expected, e.getMessage());
    }
}
