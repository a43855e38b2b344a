package io.jdbus.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.auth.Mechanism;
import io.jdbus.connection.MessageBus;
import io.jdbus.daemon.BusDaemon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The test bus over TCP on the loopback interface; its clients authenticate as ANONYMOUS. */
@BusTest(transport = Transport.TCP)
@Timeout(30)
class TcpTransportTest extends TwoClients {

    @Test
    void theBusListensOnAFreeLoopbackPort(@BusAddress String address, BusDaemon daemon) {
        assertTrue(address.matches("tcp:host=127\\.0\\.0\\.1,port=[1-9][0-9]*,.*guid=" + daemon.guid()), address);
    }

    @Test
    void codeUnderTestConnectsByAddress(@BusAddress String address, BusDaemon daemon) throws Exception {
        try (MessageBus own = MessageBus.builder().address(address).mechanisms(Mechanism.ANONYMOUS).build()) {
            assertTrue(daemon.uniqueNames().contains(own.uniqueName()), daemon.uniqueNames().toString());
        }
        try (MessageBus withDefaults = MessageBus.connect(address)) {   // EXTERNAL is refused, a later mechanism works
            assertTrue(daemon.uniqueNames().contains(withDefaults.uniqueName()), daemon.uniqueNames().toString());
        }
    }
}
