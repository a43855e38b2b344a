package io.jdbus.address;

import static io.jdbus.address.AddressAssertions.assertParses;
import static io.jdbus.address.AddressAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnsupportedAndUnknownTransportsTest {
    @Test
    void autolaunchParsesWithOrWithoutScope() {
        assertParses("autolaunch:", AutolaunchAddress.of());
        assertParses("autolaunch:scope=*user", new AutolaunchAddress(Optional.of("*user"), Optional.empty()));
        assertParses("autolaunch:scope=*install-path,guid=0123456789abcdef0123456789abcdef",
                new AutolaunchAddress(Optional.of("*install-path"),
                        Optional.of(Guid.of("0123456789abcdef0123456789abcdef"))));
    }

    @Test
    void launchdParsesItsEnvKey() {
        assertParses("launchd:env=DBUS_LAUNCHD_SESSION_BUS_SOCKET", LaunchdAddress.of("DBUS_LAUNCHD_SESSION_BUS_SOCKET"));
        assertRejected("launchd:", "launchd: address \"launchd:\" has no env= key");
        assertRejected("launchd:env=X,path=/a", "has unknown key \"path\" (launchd takes env and guid)");
        assertRejected("autolaunch:display=:0", "has character ':'");
        assertRejected("autolaunch:display=%3a0", "has unknown key \"display\" (autolaunch takes scope and guid)");
    }

    @ParameterizedTest(name = "{0} is not supported by jdbus")
    @ValueSource(strings = {"autolaunch:", "autolaunch:scope=*user", "launchd:env=DBUS_LAUNCHD_SESSION_BUS_SOCKET"})
    void usingAutolaunchOrLaunchdSaysItIsNotSupportedByJdbus(String text) {
        Address a = Address.parse(text);
        UnusableAddressException connect = assertThrows(UnusableAddressException.class, a::requireConnectable);
        assertTrue(connect.getMessage().startsWith(a.transport() + ": address \"" + text
                + "\" is not supported by jdbus: "), connect.getMessage());
        assertEquals(text, a.toString());
        assertTrue(connect.getMessage().contains("DBUS_SESSION_BUS_ADDRESS"), connect.getMessage());
        assertThrows(UnusableAddressException.class, a::requireListenable);
        assertFalse(a.isListenable());
    }

    @Test
    void unknownTransportsKeepTheirKeysInOrder() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("port", "5000");
        options.put("cid", "2");
        UnknownAddress u = (UnknownAddress) assertParses("vsock:port=5000,cid=2", new UnknownAddress("vsock", options));
        assertEquals("vsock:port=5000,cid=2", u.toString());
        assertEquals(List.of("port", "cid"), List.copyOf(u.options().keySet()));
        assertFalse(u.isConnectable());
        assertFalse(u.isListenable());
        assertEquals(Optional.empty(), u.guid());
    }

    @Test
    void unknownTransportsMayHaveNoKeysAndAnyKeys() {
        assertParses("systemd:", new UnknownAddress("systemd", Map.of()));
        assertParses("x-future:anything=goes%20here", new UnknownAddress("x-future", Map.of("anything", "goes here")));
    }

    @Test
    void unknownTransportGuidIsReadWhenValidAndIgnoredOtherwise() {
        assertEquals(Optional.of(Guid.of("0123456789abcdef0123456789abcdef")),
                Address.parse("vsock:guid=0123456789abcdef0123456789abcdef").guid());
        assertEquals(Optional.empty(), Address.parse("vsock:guid=short").guid());
    }

    @Test
    void unknownTransportsStillFollowTheGenericSyntax() {
        assertRejected("vsock:cid", "has key \"cid\" without '=' and a value");
        assertRejected("vsock:cid=%zz", "bad escape \"%zz\"");
        assertRejected("vsock:cid=1,cid=2", "has key \"cid\" more than once");
    }

    @Test
    void connectingWithAnUnknownTransportSaysItIsSkipped() {
        UnusableAddressException e = assertThrows(UnusableAddressException.class,
                () -> Address.parse("vsock:cid=2").requireConnectable());
        assertEquals("vsock: address \"vsock:cid=2\" has transport \"vsock\", which jdbus does not know;"
                + " in a list of addresses it is skipped", e.getMessage());
    }

    @Test
    void unknownAddressRefusesAKnownTransportName() {
        assertThrows(InvalidAddressException.class, () -> new UnknownAddress("unix", Map.of("path", "/a")));
        assertThrows(InvalidAddressException.class, () -> new UnknownAddress("a b", Map.of()));
        assertThrows(InvalidAddressException.class, () -> new UnknownAddress("x", Map.of("k=", "v")));
        assertThrows(InvalidAddressException.class, () -> new UnknownAddress("x", Map.of("k", "")));
    }
}
