package io.jdbus.address;

import static io.jdbus.address.AddressAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EscapingTest {
    @ParameterizedTest(name = "value \"{0}\" decodes to \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "abcde                 | abcde",
        "/run/user/1000/bus    | /run/user/1000/bus",
        "-_/.                  | -_/.",
        "AZaz09                | AZaz09",
        "%20%20                | '  '",
        "%24                   | $",
        "%25                   | %",
        "abc%24abc             | abc$abc",
        "%2c                   | ','",
        "%2C                   | ','",
        "%3b                   | ;",
        "%3B                   | ;",
        "%3d                   | =",
        "%3D                   | =",
        "%3a0                  | :0",
        "/run/bus-for-%3A0     | /run/bus-for-:0",
        "%c3%a4                | ä",
        "%C3%A4                | ä",
        "%c3%A4                | ä",
        "%e2%82%ac             | €",
        "%f0%9f%98%80          | \uD83D\uDE00",
        "%2f                   | /",
        "%41                   | A",
        "C%3a\\dir             | C:\\dir",
        "*                     | *",
        "%5c%2a                | \\*",
    })
    void escapedValuesDecodeToTheirBytesAsUtf8(String escaped, String raw) {
        Address a = Address.parse("x-test:k=" + escaped);
        assertEquals(Map.of("k", raw), a.options());
    }

    @ParameterizedTest(name = "\"{0}\" formats as \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "/run/user/1000/bus    | /run/user/1000/bus",
        "-_/.AZaz09            | -_/.AZaz09",
        "'a b'                 | a%20b",
        "$                     | %24",
        "%                     | %25",
        "','                   | %2c",
        ";                     | %3b",
        "=                     | %3d",
        ":                     | %3a",
        "/run/bus-for-:0       | /run/bus-for-%3a0",
        "ä                     | %c3%a4",
        "€                     | %e2%82%ac",
        "\uD83D\uDE00          | %f0%9f%98%80",
        "\\                    | %5c",
        "*                     | *",
        "~                     | %7e",
        "'\"'                  | %22",
    })
    void formattingEscapesEveryByteOutsideTheSafeSetInLowercaseHex(String raw, String escaped) {
        assertEquals("unix:path=" + escaped, UnixAddress.path(raw).toString());
        assertEquals(UnixAddress.path(raw), Address.parse("unix:path=" + escaped));
    }

    @Test
    void controlCharactersAndTabsAreEscaped() {
        assertEquals("unix:path=/a%09b%0a", UnixAddress.path("/a\tb\n").toString());
    }

    @ParameterizedTest(name = "value \"{0}\" is rejected: {1}")
    @CsvSource(delimiter = '|', value = {
        "%         | bad escape \"%\" at index 9",
        "%4        | bad escape \"%4\" at index 9",
        "%zz       | bad escape \"%zz\" at index 9",
        "%4g       | bad escape \"%4g\"",
        "%g4       | bad escape \"%g4\"",
        "%%        | bad escape \"%%\"",
        "abc%a     | bad escape \"%a\" at index 12",
        "%-1       | bad escape \"%-1\"",
        "'a b'     | character U+0020 at index 10 in the value of key \"k\", which must be escaped as %20",
        "a$        | character '$' at index 10 in the value of key \"k\", which must be escaped as %24",
        "a:b       | character ':' at index 10",
        "ä         | character 'ä' (U+00E4) at index 9 in the value of key \"k\", which must be escaped as %c3%a4",
        "%ff       | whose unescaped bytes are not UTF-8",
        "%c3       | whose unescaped bytes are not UTF-8",
        "%c3%28    | whose unescaped bytes are not UTF-8",
        "%ed%a0%80 | whose unescaped bytes are not UTF-8",
        "a%00b     | contains U+0000 at index 1",
    })
    void malformedEscapesAndUnescapedBytesAreRejected(String value, String rule) {
        assertRejected("x-test:k=" + value, rule);
    }

    @Test
    void unescapedCharactersOutsideAsciiAreNamedByCodePoint() {
        assertRejected("unix:path=/\uD83D\uDE00", "character '\uD83D\uDE00' (U+1F600) at index 11 in the value of key"
                + " \"path\", which must be escaped as %f0%9f%98%80");
    }

    @Test
    void keysAndTransportNamesAreNotUnescaped() {
        assertRejected("x-test:k%41=v", "has a key \"k%41\" with character '%' at index 1");
        assertRejected("x%41:k=v", "has a transport name \"x%41\" with character '%' at index 1");
    }
}
