package io.jdbus.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.connection.MessageBus;
import io.jdbus.daemon.BusDaemon;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The default test bus: a unix socket in the temporary directory. */
@BusTest
@Timeout(30)
class UnixTransportTest extends TwoClients {

    @Test
    void theBusListensOnAFreshSocketInTheTemporaryDirectory(@BusAddress String address, BusDaemon daemon) {
        assertEquals(daemon.address(), address);
        assertTrue(address.startsWith("unix:path="), address);
        assertTrue(address.endsWith(",guid=" + daemon.guid()), address);
        Path socket = Path.of(address.substring("unix:path=".length(), address.indexOf(',')));
        assertEquals(Path.of(System.getProperty("java.io.tmpdir")), socket.getParent());
        assertTrue(Files.exists(socket), socket + " should exist");
    }

    @Test
    void codeUnderTestConnectsByAddress(@BusAddress String address, BusDaemon daemon) throws Exception {
        try (MessageBus own = MessageBus.connect(address)) {
            assertTrue(daemon.uniqueNames().contains(own.uniqueName()), daemon.uniqueNames().toString());
        }
    }
}
