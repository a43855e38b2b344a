package io.jdbus.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How an {@link InvalidNameException} message shows the value: whole, readable, and safe to log. */
class NameMessagesTest {
    @Test
    void messageNamesTheKindTheValueAndTheRule() {
        var e = assertThrows(InvalidNameException.class, () -> InterfaceName.of("com.example.0X"));
        assertEquals("invalid interface name \"com.example.0X\": element \"0X\" at index 12 starts with a digit",
                e.getMessage());
    }

    @Test
    void controlCharactersInTheValueAreEscapedSoTheyCannotForgeLogLines() {
        var e = assertThrows(InvalidNameException.class, () -> MemberName.of("Frob\nERROR fake"));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().contains("\"Frob\\u000aERROR fake\""), e.getMessage());
        assertTrue(e.getMessage().contains("character U+000A at index 4"), e.getMessage());
    }

    @Test
    void quotesAndBackslashesInTheValueAreEscaped() {
        var e = assertThrows(InvalidNameException.class, () -> MemberName.of("a\"b\\c"));
        assertTrue(e.getMessage().contains("\"a\\\"b\\\\c\""), e.getMessage());
    }

    @Test
    void loneSurrogatesAreEscapedAndPairsKept() {
        var lone = assertThrows(InvalidNameException.class, () -> MemberName.of("a\uD800b"));
        assertTrue(lone.getMessage().contains("\"a\\ud800b\""), lone.getMessage());
        var pair = assertThrows(InvalidNameException.class, () -> MemberName.of("a\uD83D\uDE00"));
        assertTrue(pair.getMessage().contains("\"a\uD83D\uDE00\""), pair.getMessage());
    }

    @Test
    void hugeValuesAreCutShortInTheMessage() {
        String huge = "/" + "a".repeat(1 << 20) + "-";
        var e = assertThrows(InvalidNameException.class, () -> ObjectPath.of(huge));
        assertTrue(e.getMessage().length() < 500, () -> e.getMessage().length() + " characters");
        assertTrue(e.getMessage().contains("(" + huge.length() + " characters)"), e.getMessage());
        assertTrue(e.getMessage().contains("character '-' at index " + (huge.length() - 1)), e.getMessage());
    }

    @Test
    void nameOverTheLimitIsRejectedWithoutScanningIt() {
        var e = assertThrows(InvalidNameException.class, () -> InterfaceName.of("ä".repeat(10_000)));
        assertTrue(e.getMessage().contains("longer than 255 bytes (10000 characters)"), e.getMessage());
    }
}
