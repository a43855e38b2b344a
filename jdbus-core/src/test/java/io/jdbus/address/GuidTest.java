package io.jdbus.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GuidTest {
    @ParameterizedTest(name = "\"{0}\" is a valid GUID")
    @ValueSource(strings = {"0123456789abcdef0123456789abcdef", "0123456789ABCDEF0123456789ABCDEF",
        "4a3f8ab5b6b1e03b9a9b31e4665b9f1c", "00000000000000000000000000000000"})
    void thirtyTwoHexDigitsAreAGuid(String value) {
        assertTrue(Guid.isValid(value));
        assertEquals(value, Guid.of(value).toString());
    }

    @ParameterizedTest(name = "\"{0}\" is rejected: {1}")
    @CsvSource(delimiter = '|', value = {
        "''                                  | invalid guid: \"\" of 0 characters; a GUID is 32 hex digits",
        "0123                                | of 4 characters",
        "0123456789abcdef0123456789abcde     | of 31 characters",
        "0123456789abcdef0123456789abcdef0   | of 33 characters",
        "0123456789abcdef0123456789abcdeg    | character 'g' at index 31, which is not a hex digit",
        "0123456789abcdef-123456789abcdef    | character '-' at index 16",
        "0123456789abcdef 123456789abcdef    | character U+0020 at index 16",
    })
    void anythingElseIsRejected(String value, String rule) {
        assertFalse(Guid.isValid(value));
        InvalidAddressException e = assertThrows(InvalidAddressException.class, () -> Guid.of(value));
        assertTrue(e.getMessage().contains(rule), e.getMessage());
    }

    @Test
    void guidsCompareAsTextAsLibdbusDoes() {
        assertNotEquals(Guid.of("0123456789abcdef0123456789abcdef"), Guid.of("0123456789ABCDEF0123456789ABCDEF"));
        assertFalse(Guid.isValid(null));
        assertThrows(NullPointerException.class, () -> Guid.of(null));
    }
}
