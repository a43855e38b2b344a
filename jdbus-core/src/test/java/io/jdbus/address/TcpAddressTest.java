package io.jdbus.address;

import static io.jdbus.address.AddressAssertions.assertParses;
import static io.jdbus.address.AddressAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.address.TcpAddress.Family;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TcpAddressTest {
    private static final Guid GUID = Guid.of("0123456789abcdef0123456789ABCDEF");

    @Test
    void everyTcpKeyParses() {
        assertParses("tcp:host=localhost,port=4711", TcpAddress.of("localhost", 4711));
        assertParses("tcp:host=127.0.0.1,port=4711,family=ipv4",
                TcpAddress.of("127.0.0.1", 4711).withFamily(Family.IPV4));
        assertParses("tcp:host=%3a%3a1,port=4711,family=ipv6", TcpAddress.of("::1", 4711).withFamily(Family.IPV6));
        assertParses("tcp:host=0.0.0.0,port=0,bind=*", TcpAddress.of("0.0.0.0", 0).withBind("*"));
        assertParses("tcp:host=example.com,port=65535,guid=0123456789abcdef0123456789ABCDEF",
                TcpAddress.of("example.com", 65535).withGuid(GUID));
    }

    @Test
    void missingHostIsLocalhostAndMissingPortIsAnyPortAsInLibdbus() {
        TcpAddress a = (TcpAddress) assertParses("tcp:port=4711", TcpAddress.of("localhost", 4711));
        assertTrue(a.isConnectable());
        TcpAddress any = (TcpAddress) assertParses("tcp:host=0.0.0.0", TcpAddress.of("0.0.0.0", 0));
        assertFalse(any.isConnectable());
        assertTrue(any.isListenable());
        assertEquals("tcp:host=localhost,port=0", Address.parse("tcp:").toString());
    }

    @ParameterizedTest(name = "port {0} is accepted as {1}")
    @CsvSource({"0, 0", "1, 1", "080, 80", "65535, 65535", "00000, 0"})
    void portsFrom0To65535AreAccepted(String text, int port) {
        assertEquals(port, ((TcpAddress) Address.parse("tcp:host=h,port=" + text)).port());
    }

    @Test
    void portZeroIsOnlyForListening() {
        UnusableAddressException e = assertThrows(UnusableAddressException.class,
                () -> TcpAddress.of("localhost", 0).requireConnectable());
        assertTrue(e.getMessage().contains("has port 0 (or none)"), e.getMessage());
    }

    @ParameterizedTest(name = "{0} is rejected: {1}")
    @CsvSource(delimiter = '|', value = {
        "tcp:host=h,port=65536             | tcp: address \"tcp:host=h,port=65536\" has port 65536 outside 0..65535",
        "tcp:host=h,port=99999             | has port 99999 outside 0..65535",
        "tcp:host=h,port=123456            | has port \"123456\" outside 0..65535",
        "tcp:host=h,port=4294967297        | outside 0..65535",
        "tcp:host=h,port=-1                | has port \"-1\", which is not a decimal number",
        "tcp:host=h,port=%2b1              | has port \"+1\", which is not a decimal number",
        "tcp:host=h,port=http              | has port \"http\", which is not a decimal number",
        "tcp:host=h,port=1,family=inet     | has family \"inet\"; it must be ipv4 or ipv6",
        "tcp:host=h,port=1,family=IPv4     | has family \"IPv4\"",
        "tcp:host=h,port=1,noncefile=/n    | has unknown key \"noncefile\" (tcp takes host, port, family, bind and guid)",
        "tcp:host=h,port=1,guid=0123       | has guid \"0123\" of 4 characters",
        "tcp:host=h,host=i,port=1          | has key \"host\" more than once",
    })
    void invalidTcpAddressesAreRejectedNamingTheRule(String text, String rule) {
        assertRejected(text, rule);
    }

    @Test
    void constructorChecksTheRange() {
        InvalidAddressException e = assertThrows(InvalidAddressException.class, () -> TcpAddress.of("h", 70000));
        assertEquals("tcp: address \"tcp:host=h,port=70000\" has port 70000 outside 0..65535", e.getMessage());
        assertEquals(Optional.of("port"), e.key());
        assertThrows(InvalidAddressException.class, () -> TcpAddress.of("h", -1));
        assertThrows(InvalidAddressException.class, () -> TcpAddress.of("", 1));
        assertThrows(InvalidAddressException.class, () -> TcpAddress.of("h", 1).withBind(""));
    }

    @Test
    void nonceTcpTakesTheTcpKeysAndNoncefile() {
        NonceTcpAddress n = (NonceTcpAddress) assertParses(
                "nonce-tcp:host=127.0.0.1,port=4711,family=ipv4,bind=127.0.0.1,noncefile=/run/n%20once,"
                        + "guid=0123456789abcdef0123456789ABCDEF",
                NonceTcpAddress.of("127.0.0.1", 4711, "/run/n once").withFamily(Family.IPV4).withBind("127.0.0.1")
                        .withGuid(GUID));
        assertEquals("nonce-tcp", n.transport());
        assertTrue(n.isConnectable());
        assertTrue(n.isListenable());
    }

    @Test
    void nonceTcpWithoutNoncefileIsForListeningOnly() throws Exception {
        NonceTcpAddress listen = (NonceTcpAddress) Address.parse("nonce-tcp:host=127.0.0.1,port=4711");
        assertFalse(listen.isConnectable());
        listen.requireListenable();
        UnusableAddressException e = assertThrows(UnusableAddressException.class, listen::requireConnectable);
        assertTrue(e.getMessage().contains("has no noncefile="), e.getMessage());
        assertFalse(Address.parse("nonce-tcp:port=0,noncefile=/n").isConnectable());
    }

    @ParameterizedTest(name = "{0} is rejected: {1}")
    @CsvSource(delimiter = '|', value = {
        "nonce-tcp:host=h,port=65536,noncefile=/n  | nonce-tcp: address \"nonce-tcp:host=h,port=65536,noncefile=/n\" has port 65536",
        "nonce-tcp:host=h,port=1,family=ipv5       | has family \"ipv5\"",
        "nonce-tcp:host=h,port=1,nonce=/n          | has unknown key \"nonce\" (nonce-tcp takes host, port, family, bind, noncefile and guid)",
        "nonce-tcp:host=h,port=1,noncefile=/n,noncefile=/m | has key \"noncefile\" more than once",
    })
    void invalidNonceTcpAddressesAreRejected(String text, String rule) {
        assertRejected(text, rule);
    }
}
