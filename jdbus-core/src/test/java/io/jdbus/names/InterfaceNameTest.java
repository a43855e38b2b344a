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

class InterfaceNameTest {
    @ParameterizedTest(name = "\"{0}\" is a valid interface name")
    @ValueSource(strings = {
        "com.example.SampleInterface0",
        "org.freedesktop.DBus",
        "org.freedesktop.DBus.Properties",
        "a.b",
        "_.__",
        "A_0.b1.C_2",
        "com.example.x86_64",
    })
    void validInterfaceNamesAreAccepted(String value) {
        assertAccepted(value, InterfaceName::isValid, InterfaceName::of);
    }

    @ParameterizedTest(name = "\"{0}\" is rejected: {1}")
    @CsvSource(delimiter = '|', value = {
        "''                           | empty",
        "com                          | has one element",
        "SampleInterface0             | has one element",
        ".com.example                 | starts with '.'",
        "com.example.                 | ends with '.'",
        "com..example                 | empty element at index 4",
        "..                           | starts with '.'",
        "com.example.0Sample          | element \"0Sample\" at index 12 starts with a digit",
        "3com.example                 | starts with a digit",
        "com.example.sample-interface | character '-' at index 18 is not in [A-Za-z0-9_]",
        "com.exämple.X                | character 'ä' (U+00E4) at index 6",
        "'com.example. X'             | character U+0020 at index 12",
        "com/example/X                | character '/' at index 3",
        ":1.42                        | character ':' at index 0",
        "com.example.X*               | character '*' at index 13",
    })
    void invalidInterfaceNamesAreRejectedCitingValueAndRule(String value, String rule) {
        assertRejected(value, rule, InterfaceName::isValid, InterfaceName::of);
    }

    @Test
    void interfaceNameOfExactly255BytesIsAccepted() {
        assertAccepted(dottedOfLength("com.example.", 255), InterfaceName::isValid, InterfaceName::of);
    }

    @Test
    void interfaceNameLongerThan255BytesIsRejected() {
        assertRejected(dottedOfLength("com.example.", 256), "longer than 255 bytes",
                InterfaceName::isValid, InterfaceName::of);
    }

    @Test
    void hyphenIsRejectedInInterfaceNamesThoughBusNamesAllowIt() {
        assertRejected("com.example-corp.App", "'-'", InterfaceName::isValid, InterfaceName::of);
    }

    @Test
    void nullIsNotAValidInterfaceNameAndOfThrowsNullPointerException() {
        assertFalse(InterfaceName.isValid(null));
        assertThrows(NullPointerException.class, () -> InterfaceName.of(null));
    }

    @Test
    void interfaceNamesAreEqualByText() {
        assertEquals(InterfaceName.of("com.example.X"), new InterfaceName("com.example.X"));
        assertEquals("com.example.X", InterfaceName.of("com.example.X").value());
    }
}
