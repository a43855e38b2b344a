package io.jdbus.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shared checks: parsing and formatting agree, and rejections cite the text and the rule. */
final class AddressAssertions {
    private AddressAssertions() {}

    /** {@code text} parses to {@code expected}, and {@code expected} formats to text that parses back equal. */
    static Address assertParses(String text, Address expected) {
        Address parsed = Address.parse(text);
        assertEquals(expected, parsed, text);
        assertEquals(expected, Address.parse(expected.toString()), "round trip of " + expected);
        return parsed;
    }

    /** Parsing {@code text} is rejected with a message that quotes the entry and contains {@code rule}. */
    static InvalidAddressException assertRejected(String text, String rule) {
        InvalidAddressException e = assertThrows(InvalidAddressException.class, () -> AddressList.parse(text),
                "accepted " + text);
        assertTrue(e.getMessage().contains(rule), () -> "message \"" + e.getMessage() + "\" lacks \"" + rule + "\"");
        assertTrue(e.getMessage().contains("address \""), () -> "message \"" + e.getMessage() + "\" quotes no address");
        return e;
    }
}
