package io.jdbus.names;

import static io.jdbus.names.NameAssertions.assertAccepted;
import static io.jdbus.names.NameAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MemberNameTest {
    @ParameterizedTest(name = "\"{0}\" is a valid member name")
    @ValueSource(strings = {"Frobate", "Bazify", "NameOwnerChanged", "a", "_", "_0", "get_all", "X86_64"})
    void validMemberNamesAreAccepted(String value) {
        assertAccepted(value, MemberName::isValid, MemberName::of);
    }

    @ParameterizedTest(name = "\"{0}\" is rejected: {1}")
    @CsvSource(delimiter = '|', value = {
        "''                  | empty",
        "2Frobate            | starts with a digit",
        "0                   | starts with a digit",
        "com.example.Frobate | contains '.' at index 3",
        ".Frobate            | contains '.' at index 0",
        "Frobate.            | contains '.' at index 7",
        "Frob-ate            | character '-' at index 4 is not in [A-Za-z0-9_]",
        "Fröbate             | character 'ö' (U+00F6) at index 2",
        "'Frob ate'          | character U+0020 at index 4",
        "Frobate()           | character '(' at index 7",
    })
    void invalidMemberNamesAreRejectedCitingValueAndRule(String value, String rule) {
        assertRejected(value, rule, MemberName::isValid, MemberName::of);
    }

    @Test
    void memberNameOfExactly255BytesIsAccepted() {
        assertAccepted("M".repeat(255), MemberName::isValid, MemberName::of);
    }

    @Test
    void memberNameLongerThan255BytesIsRejected() {
        assertRejected("M".repeat(256), "longer than 255 bytes", MemberName::isValid, MemberName::of);
    }

    @Test
    void nullIsNotAValidMemberNameAndOfThrowsNullPointerException() {
        assertFalse(MemberName.isValid(null));
        assertThrows(NullPointerException.class, () -> MemberName.of(null));
    }

    @Test
    void memberNamesAreEqualByText() {
        assertEquals(MemberName.of("Frobate"), new MemberName("Frobate"));
        assertEquals("Frobate", MemberName.of("Frobate").value());
    }
}
