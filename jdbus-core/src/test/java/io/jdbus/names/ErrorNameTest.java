package io.jdbus.names;

import static io.jdbus.names.NameAssertions.assertAccepted;
import static io.jdbus.names.NameAssertions.assertRejected;
import static io.jdbus.names.NameAssertions.dottedOfLength;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorNameTest {
    @ParameterizedTest(name = "\"{0}\" is a valid error name")
    @ValueSource(strings = {
        "org.freedesktop.DBus.Error.Failed",
        "org.freedesktop.DBus.Error.InvalidArgs",
        "org.freedesktop.DBus.Error.UnknownMethod",
        "com.example.Error.NotFound",
        "a.b",
        "_1._2",
    })
    void validErrorNamesAreAccepted(String value) {
        assertAccepted(value, ErrorName::isValid, ErrorName::of);
    }

    @ParameterizedTest(name = "\"{0}\" is rejected: {1}")
    @CsvSource(delimiter = '|', value = {
        "''                              | empty",
        "Failed                          | has one element",
        ".org.freedesktop.Error          | starts with '.'",
        "org.freedesktop.Error.          | ends with '.'",
        "org..Error                      | empty element at index 4",
        "..                              | starts with '.'",
        "com.example.Error.404NotFound   | element \"404NotFound\" at index 18 starts with a digit",
        "com.example.Error.Not-Found     | character '-' at index 21 is not in [A-Za-z0-9_]",
        "com.exämple.Error               | character 'ä' (U+00E4) at index 6",
        ":1.42                           | character ':' at index 0",
    })
    void invalidErrorNamesAreRejectedCitingValueAndRule(String value, String rule) {
        assertRejected(value, rule, ErrorName::isValid, ErrorName::of);
    }

    @Test
    void errorNameOfExactly255BytesIsAccepted() {
        assertAccepted(dottedOfLength("com.example.Error.", 255), ErrorName::isValid, ErrorName::of);
    }

    @Test
    void errorNameLongerThan255BytesIsRejected() {
        assertRejected(dottedOfLength("com.example.Error.", 256), "longer than 255 bytes",
                ErrorName::isValid, ErrorName::of);
    }

    @Test
    void errorNamesFollowInterfaceNameRules() {
        for (String s : new String[] {"a.b", "a", "a.b-c", "a.1b", "a..b", "", "a.ä", "a.b_c.D0"}) {
            assertEquals(InterfaceName.isValid(s), ErrorName.isValid(s), s);
        }
    }

    @Test
    void nullIsNotAValidErrorNameAndOfThrowsNullPointerException() {
        assertFalse(ErrorName.isValid(null));
        assertThrows(NullPointerException.class, () -> ErrorName.of(null));
    }
}
