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

class WellKnownNameTest {
    @ParameterizedTest(name = "\"{0}\" is a valid well-known name")
    @ValueSource(strings = {
        "org.freedesktop.DBus",
        "com.example.name",
        "com.example-corp.App",
        "org._7zip.Archiver",
        "a.b",
        "-.-",
        "a-1.b_2",
    })
    void validWellKnownNamesAreAccepted(String value) {
        assertAccepted(value, WellKnownName::isValid, WellKnownName::of);
    }

    @ParameterizedTest(name = "\"{0}\" is rejected: {1}")
    @CsvSource(delimiter = '|', value = {
        "''                | empty",
        "example           | has one element",
        ".com.example      | starts with '.'",
        "com.example.      | ends with '.'",
        "com..example      | empty element at index 4",
        "..                | starts with '.'",
        "org.7zip.Archiver | element \"7zip\" at index 4 starts with a digit",
        "1com.example      | element \"1com\" at index 0 starts with a digit",
        ":1.42             | starts with ':', which marks a unique name",
        "com.exämple.X     | character 'ä' (U+00E4) at index 6",
        "com.example.n@me  | character '@' at index 13 is not in [A-Za-z0-9_-]",
    })
    void invalidWellKnownNamesAreRejectedCitingValueAndRule(String value, String rule) {
        assertRejected(value, rule, WellKnownName::isValid, WellKnownName::of);
    }

    @Test
    void theBusItselfIsAValidWellKnownName() {
        assertEquals("org.freedesktop.DBus", WellKnownName.DBUS.value());
        assertEquals(WellKnownName.DBUS, BusName.of("org.freedesktop.DBus"));
    }

    @Test
    void hyphenIsAllowedInWellKnownNames() {
        assertAccepted("com.example-corp.my-app", WellKnownName::isValid, WellKnownName::of);
    }

    @Test
    void wellKnownNameOfExactly255BytesIsAccepted() {
        assertAccepted(dottedOfLength("com.example.", 255), WellKnownName::isValid, WellKnownName::of);
    }

    @Test
    void wellKnownNameLongerThan255BytesIsRejected() {
        assertRejected(dottedOfLength("com.example.", 256), "longer than 255 bytes",
                WellKnownName::isValid, WellKnownName::of);
    }

    @Test
    void nullIsNotAValidWellKnownNameAndOfThrowsNullPointerException() {
        assertFalse(WellKnownName.isValid(null));
        assertThrows(NullPointerException.class, () -> WellKnownName.of(null));
    }
}
