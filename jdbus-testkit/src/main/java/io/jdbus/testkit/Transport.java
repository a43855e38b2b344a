package io.jdbus.testkit;

/**
 * The socket the test bus of a {@link BusTest} listens on, and so the transport its connections use.
 *
 * {@snippet :
 * @BusTest(transport = Transport.TCP)
 * class OverTcpTest {
 *     @Test
 *     void connects(@BusAddress String address) {
 *         assertTrue(address.startsWith("tcp:host=127.0.0.1,port="));
 *     }
 * }
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#transports">Transports</a>
 */
public enum Transport {
    /**
     * A unix domain socket in {@code java.io.tmpdir} ({@code unix:tmpdir=}), removed when the bus closes.
     * Clients authenticate with EXTERNAL, the kernel vouching for their uid.
     */
    UNIX,
    /**
     * TCP on the loopback interface, a free port ({@code tcp:host=127.0.0.1,port=0}). TCP carries no peer
     * credentials, so this bus also accepts ANONYMOUS, and the connections the extension makes use it.
     */
    TCP
}
