package io.jdbus.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusAddressesTest {
    @Test
    void sessionBusIsDbusSessionBusAddressWhenSet() throws Exception {
        Map<String, String> env = Map.of("DBUS_SESSION_BUS_ADDRESS", "unix:path=/tmp/s;tcp:port=4711",
                "XDG_RUNTIME_DIR", "/run/user/1000");
        assertEquals(AddressList.parse("unix:path=/tmp/s;tcp:port=4711"), BusAddresses.session(env));
    }

    @ParameterizedTest(name = "XDG_RUNTIME_DIR={0} gives {1}")
    @CsvSource(delimiter = '|', value = {
        "/run/user/1000      | unix:path=/run/user/1000/bus",
        "/run/user/1000/     | unix:path=/run/user/1000/bus",
        "/tmp/with space     | unix:path=/tmp/with%20space/bus",
        "/run/user/1000:x    | unix:path=/run/user/1000%3ax/bus",
    })
    void sessionBusFallsBackToTheBusSocketInXdgRuntimeDir(String runtimeDir, String expected) throws Exception {
        AddressList list = BusAddresses.session(Map.of("XDG_RUNTIME_DIR", runtimeDir));
        assertEquals(expected, list.toString());
    }

    @Test
    void anEmptyDbusSessionBusAddressCountsAsUnset() throws Exception {
        assertEquals("unix:path=/run/user/1000/bus",
                BusAddresses.session(Map.of("DBUS_SESSION_BUS_ADDRESS", "", "XDG_RUNTIME_DIR", "/run/user/1000"))
                        .toString());
    }

    @Test
    void withoutEitherVariableThereIsNoSessionBusAndTheErrorSaysWhatToSet() {
        UnusableAddressException e = assertThrows(UnusableAddressException.class, () -> BusAddresses.session(Map.of()));
        assertEquals("no session bus address: DBUS_SESSION_BUS_ADDRESS is not set, and XDG_RUNTIME_DIR is not set"
                + " either; start a session bus (dbus-daemon --session, or log in through systemd) or set"
                + " DBUS_SESSION_BUS_ADDRESS", e.getMessage());
    }

    @Test
    void aRelativeXdgRuntimeDirIsIgnoredAsTheXdgSpecificationSays() {
        UnusableAddressException e = assertThrows(UnusableAddressException.class,
                () -> BusAddresses.session(Map.of("XDG_RUNTIME_DIR", "run/user/1000")));
        assertEquals(true, e.getMessage().contains("XDG_RUNTIME_DIR is \"run/user/1000\", not an absolute path"),
                e.getMessage());
    }

    @Test
    void aMalformedVariableIsAnErrorNamingTheVariableNotAFallback() {
        InvalidAddressException e = assertThrows(InvalidAddressException.class, () -> BusAddresses.session(
                Map.of("DBUS_SESSION_BUS_ADDRESS", "unix:path=/a,abstract=b", "XDG_RUNTIME_DIR", "/run/user/1000")));
        assertEquals("DBUS_SESSION_BUS_ADDRESS: unix: address \"unix:path=/a,abstract=b\" has both path and abstract",
                e.getMessage());
        InvalidAddressException system = assertThrows(InvalidAddressException.class,
                () -> BusAddresses.system(Map.of("DBUS_SYSTEM_BUS_ADDRESS", "unix")));
        assertEquals("DBUS_SYSTEM_BUS_ADDRESS: address \"unix\" has no ':' after a transport name",
                system.getMessage());
    }

    @Test
    void systemBusIsDbusSystemBusAddressElseTheWellKnownSocket() {
        assertEquals(AddressList.of(UnixAddress.path("/var/run/dbus/system_bus_socket")), BusAddresses.system(Map.of()));
        assertEquals(AddressList.of(UnixAddress.path("/var/run/dbus/system_bus_socket")),
                BusAddresses.system(Map.of("DBUS_SYSTEM_BUS_ADDRESS", "")));
        assertEquals(AddressList.of(TcpAddress.of("bus.example", 4711)),
                BusAddresses.system(Map.of("DBUS_SYSTEM_BUS_ADDRESS", "tcp:host=bus.example,port=4711")));
    }
}
