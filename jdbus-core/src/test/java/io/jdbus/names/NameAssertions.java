package io.jdbus.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import java.util.function.Predicate;

/** What every name type must do with a valid and an invalid text, checked the same way for each. */
final class NameAssertions {
    private NameAssertions() {}

    /** {@code isValid} says yes, and {@code of} gives a value whose text is {@code value}. */
    static void assertAccepted(String value, Predicate<String> isValid, Function<String, ?> of) {
        assertTrue(isValid.test(value), () -> "isValid(\"" + value + "\")");
        assertEquals(value, of.apply(value).toString());
    }

    /**
     * {@code isValid} says no, and {@code of} throws an {@link InvalidNameException} whose message quotes
     * {@code value} and contains {@code rule}, the words of the rule broken.
     */
    static InvalidNameException assertRejected(
            String value, String rule, Predicate<String> isValid, Function<String, ?> of) {
        assertFalse(isValid.test(value), () -> "isValid(\"" + value + "\")");
        var e = assertThrows(InvalidNameException.class, () -> of.apply(value));
        assertTrue(e.getMessage().contains("\"" + value + "\""), () -> "message quotes the value: " + e.getMessage());
        assertTrue(e.getMessage().contains(rule), () -> "message cites \"" + rule + "\": " + e.getMessage());
        return e;
    }

    /** A dotted name of exactly {@code length} characters: {@code prefix} padded with letters. */
    static String dottedOfLength(String prefix, int length) {
        return prefix + "a".repeat(length - prefix.length());
    }
}
