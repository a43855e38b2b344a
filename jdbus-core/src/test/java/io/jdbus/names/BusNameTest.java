package io.jdbus.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BusNameTest {
    @ParameterizedTest(name = "\"{0}\" is a unique name")
    @ValueSource(strings = {":1.42", ":1.0", ":0.1", ":a-b.c"})
    void namesStartingWithAColonAreUniqueNames(String value) {
        assertTrue(BusName.isValid(value));
        BusName name = BusName.of(value);
        assertInstanceOf(UniqueName.class, name);
        assertEquals(value, name.value());
        assertEquals(value, name.toString());
    }

    @ParameterizedTest(name = "\"{0}\" is a well-known name")
    @ValueSource(strings = {"org.freedesktop.DBus", "com.example.name", "com.example-corp.App"})
    void otherNamesAreWellKnownNames(String value) {
        assertTrue(BusName.isValid(value));
        BusName name = BusName.of(value);
        assertInstanceOf(WellKnownName.class, name);
        assertEquals(value, name.value());
        assertEquals(value, name.toString());
    }

    @ParameterizedTest(name = "\"{0}\" is rejected: {1}")
    @CsvSource(delimiter = '|', value = {
        "''                | empty",
        "example           | has one element",
        ":1                | has one element",
        ":                 | no elements after ':'",
        ".a.b              | starts with '.'",
        "a..b              | empty element",
        "a.b.              | ends with '.'",
        "org.7zip.Archiver | starts with a digit",
        "com.exämple.X     | character 'ä'",
        ":1.ä              | character 'ä'",
    })
    void invalidBusNamesAreRejectedCitingValueAndRule(String value, String rule) {
        NameAssertions.assertRejected(value, rule, BusName::isValid, BusName::of);
    }

    @Test
    void digitsMayStartElementsOfUniqueNamesOnly() {
        assertTrue(BusName.isValid(":1.2.3"));
        assertFalse(BusName.isValid("a.2.3"));
    }

    @Test
    void busNamesAreMatchedExhaustivelyByKind() {
        String kind = switch (BusName.of(":1.7")) {
            case UniqueName u -> "unique " + u;
            case WellKnownName w -> "well-known " + w;
        };
        assertEquals("unique :1.7", kind);
    }

    @Test
    void nullIsNotAValidBusNameAndOfThrowsNullPointerException() {
        assertFalse(BusName.isValid(null));
        assertThrows(NullPointerException.class, () -> BusName.of(null));
    }
}
