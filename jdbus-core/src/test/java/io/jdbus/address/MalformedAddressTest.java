package io.jdbus.address;

import static io.jdbus.address.AddressAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class MalformedAddressTest {
    private static final int HUGE = 100 * 1024;

    @ParameterizedTest(name = "\"{0}\" is rejected: {1}")
    @CsvSource(delimiter = '|', value = {
        "unix                  | address \"unix\" has no ':' after a transport name",
        "path=/a               | has no ':' after a transport name",
        ":path=/a              | address \":path=/a\" has an empty transport name before ':'",
        ":                     | has an empty transport name",
        "'un ix:path=/a'       | has a transport name \"un ix\" with character U+0020 at index 2",
        "unix:path             | unix: address \"unix:path\" has key \"path\" without '=' and a value",
        "unix:path=/a,guid     | has key \"guid\" without '='",
        "unix:=/a              | has '=' at index 5 without a key",
        "unix:path=            | has key \"path\" with an empty value",
        "unix:path=,guid=x     | has key \"path\" with an empty value",
        "unix:path=/a,path=/a  | has key \"path\" more than once",
        "unix:pa:th=/a         | has a key \"pa:th\" with character ':' at index 2",
        "unix:path=/a=b        | has character '=' at index 12 in the value of key \"path\", which must be escaped as %3d",
        "unix:path=%           | has a bad escape \"%\" at index 10 in the value of key \"path\": '%' must be followed by two hex digits",
        "unix:path=%4          | has a bad escape \"%4\" at index 10",
        "unix:path=%zz         | has a bad escape \"%zz\" at index 10",
        "unix:path=/a%2        | has a bad escape \"%2\" at index 12",
        "tcp:port=65536        | has port 65536 outside 0..65535",
        "tcp:port=-0           | has port \"-0\", which is not a decimal number",
        "tcp:port=1%20         | has port \"1 \", which is not a decimal number",
        "unix:path=/a,guid=0123456789abcdef0123456789abcde   | has guid \"0123456789abcdef0123456789abcde\" of 31 characters; a GUID is 32 hex digits",
        "unix:path=/a,guid=0123456789abcdef0123456789abcdef0 | of 33 characters",
        "unix:path=/a,guid=0123456789abcdef0123456789abcdeg  | with character 'g' at index 31, which is not a hex digit",
    })
    void malformedAddressesAreRejectedNamingTheRule(String text, String rule) {
        assertRejected(text, rule);
    }

    @Test
    void theMessageQuotesControlCharactersRatherThanPrintingThem() {
        InvalidAddressException e = assertRejected("unix:path=/a\n", "character U+000A at index 12");
        assertEquals("unix: address \"unix:path=/a\\u000a\" has character U+000A at index 12 in the value of key"
                + " \"path\", which must be escaped as %0a", e.getMessage());
    }

    static Stream<Arguments> hugeInputs() {
        return Stream.<Supplier<String>>of(
                () -> "x".repeat(HUGE),
                () -> ";".repeat(HUGE),
                () -> "%".repeat(HUGE),
                () -> "unix:path=" + "%".repeat(HUGE),
                () -> "unix:path=" + "a".repeat(HUGE) + "%zz",
                () -> "unix:" + ",".repeat(HUGE),
                () -> "unix:" + "k".repeat(HUGE),
                () -> "unix:" + "=".repeat(HUGE),
                () -> "unix:path=/a;".repeat(HUGE / 13) + ";",
                () -> "x:k=v;".repeat(HUGE / 6) + "bad",
                () -> "vsock:" + "k=v,".repeat(HUGE / 4) + "k=v",
                () -> "tcp:port=" + "9".repeat(HUGE),
                () -> "unixexec:path=p," + "argv1=a,".repeat(HUGE / 8),
                () -> "unix:path=" + "%ff".repeat(HUGE / 3))
                .map(s -> Arguments.of(s.get()));
    }

    @ParameterizedTest(name = "[{index}] a 100 KB malformed input fails fast with a short message")
    @MethodSource("hugeInputs")
    void hugeMalformedInputsFailFastWithABoundedMessage(String text) {
        InvalidAddressException e = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertThrows(InvalidAddressException.class, () -> AddressList.parse(text)));
        assertTrue(e.getMessage().length() < 1000, () -> "message of " + e.getMessage().length() + " characters");
    }

    @Test
    void aHugeValidListParsesInLinearTime() {
        String text = "unix:path=/run/user/1000/bus%20x;".repeat(HUGE / 33) + "tcp:port=1";
        AddressList list = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> AddressList.parse(text));
        assertEquals(HUGE / 33 + 1, list.addresses().size());
        assertEquals(UnixAddress.path("/run/user/1000/bus x"), list.addresses().getFirst());
    }

    @Test
    void aHugeValueParsesAndFormatsBack() {
        String path = "/" + "é".repeat(HUGE);
        Address a = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> Address.parse(UnixAddress.path(path).toString()));
        assertEquals(UnixAddress.path(path), a);
    }
}
