package io.jdbus.names;

import static io.jdbus.names.NameAssertions.assertAccepted;
import static io.jdbus.names.NameAssertions.assertRejected;
import static io.jdbus.names.NameAssertions.dottedOfLength;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UniqueNameTest {
    @ParameterizedTest(name = "\"{0}\" is a valid unique name")
    @ValueSource(strings = {":1.42", ":1.0", ":0.1.2", ":a.b", ":1-2.3", ":1.-", ":_._", ":org.freedesktop.DBus"})
    void validUniqueNamesAreAccepted(String value) {
        assertAccepted(value, UniqueName::isValid, UniqueName::of);
    }

    @ParameterizedTest(name = "\"{0}\" is rejected: {1}")
    @CsvSource(delimiter = '|', value = {
        "''         | empty",
        ":          | no elements after ':'",
        "1.42       | does not start with ':'",
        "com.a      | does not start with ':'",
        ":1         | has one element",
        ":.1        | '.' right after ':'",
        ":1.        | ends with '.'",
        ":1..2      | empty element at index 3",
        "::1.2      | character ':' at index 1",
        ":1.4ä      | character 'ä' (U+00E4) at index 4",
        ":1/2.3     | character '/' at index 2 is not in [A-Za-z0-9_-]",
    })
    void invalidUniqueNamesAreRejectedCitingValueAndRule(String value, String rule) {
        assertRejected(value, rule, UniqueName::isValid, UniqueName::of);
    }

    @Test
    void uniqueNameElementsMayStartWithADigit() {
        assertAccepted(":1.42.7up", UniqueName::isValid, UniqueName::of);
    }

    @Test
    void uniqueNameOfExactly255BytesIsAccepted() {
        assertAccepted(dottedOfLength(":1.", 255), UniqueName::isValid, UniqueName::of);
    }

    @Test
    void uniqueNameLongerThan255BytesIsRejected() {
        assertRejected(dottedOfLength(":1.", 256), "longer than 255 bytes", UniqueName::isValid, UniqueName::of);
    }

    @Test
    void nullIsNotAValidUniqueNameAndOfThrowsNullPointerException() {
        assertFalse(UniqueName.isValid(null));
        assertThrows(NullPointerException.class, () -> UniqueName.of(null));
    }
}
