package io.jdbus.connection;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.auth.AuthenticationException;
import io.jdbus.auth.Mechanism;
import io.jdbus.testing.PrivateBus;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The SASL client against dbus-daemon configured for each mechanism, and against peers that misbehave. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class AuthenticationAgainstDaemonTest {
    private static void connectsWith(String busMechanism, Mechanism... clientMechanisms) throws Exception {
        try (PrivateBus bus = PrivateBus.start(busMechanism);
                MessageBus c = MessageBus.builder().address(bus.address()).mechanisms(clientMechanisms).build()) {
            assertTrue(c.uniqueName().startsWith(":"), c.uniqueName());
        }
    }

    @Test
    void externalIsAccepted() throws Exception {
        connectsWith("EXTERNAL", Mechanism.EXTERNAL);
    }

    @Test
    void anonymousIsAcceptedWhereTheBusAllowsIt() throws Exception {
        connectsWith("ANONYMOUS", Mechanism.ANONYMOUS);
    }

    @Test
    void cookieSha1IsAccepted() throws Exception {
        connectsWith("DBUS_COOKIE_SHA1", Mechanism.DBUS_COOKIE_SHA1);
    }

    @Test
    void theClientFallsBackToTheNextMechanismTheBusOffers() throws Exception {
        connectsWith("ANONYMOUS", Mechanism.EXTERNAL, Mechanism.ANONYMOUS);
        connectsWith("DBUS_COOKIE_SHA1", Mechanism.ANONYMOUS, Mechanism.EXTERNAL, Mechanism.DBUS_COOKIE_SHA1);
    }

    @Test
    void aBusThatRejectsEveryMechanismOfTheClientFailsClearly() throws Exception {
        try (PrivateBus bus = PrivateBus.start("EXTERNAL")) {
            IOException e = assertThrows(IOException.class,
                    () -> MessageBus.builder().address(bus.address()).mechanisms(Mechanism.ANONYMOUS).build());
            assertTrue(e instanceof AuthenticationException, e.toString());
        }
    }

    /** A fake server on a socket of our own, playing a script and then staying silent or hanging up. */
    private static void againstFakeServer(String reply, boolean hangUp, Duration authTimeout, String expected)
            throws Exception {
        Path dir = Files.createTempDirectory("jdbus-fake");
        Path socket = dir.resolve("socket");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            Thread fake = Thread.ofVirtual().start(() -> {
                try (SocketChannel peer = server.accept()) {
                    peer.read(ByteBuffer.allocate(256));
                    peer.write(ByteBuffer.wrap(reply.getBytes(StandardCharsets.ISO_8859_1)));
                    if (!hangUp) {
                        Thread.sleep(10_000);
                    }
                } catch (IOException | InterruptedException e) {
                    // the client went away
                }
            });
            IOException e = assertThrows(IOException.class, () -> MessageBus.builder().address("unix:path=" + socket)
                    .mechanisms(Mechanism.EXTERNAL).authTimeout(authTimeout).build());
            assertTrue(e.getMessage().contains(expected), e.getMessage());
            fake.interrupt();
        } finally {
            Files.deleteIfExists(socket);
            Files.deleteIfExists(dir);
        }
    }

    @Test
    void garbageFromTheServerDuringAuthenticationFailsWithoutHanging() throws Exception {
        againstFakeServer("\u00ff\u00fe garbage\r\nMORE GARBAGE\r\n".repeat(20), true, Duration.ofSeconds(20), "");
    }

    @Test
    void aServerThatClosesDuringAuthenticationFailsClearly() throws Exception {
        againstFakeServer("", true, Duration.ofSeconds(20), "closed the connection during authentication");
    }

    @Test
    void aServerThatNeverAnswersIsCutOffAtTheAuthenticationDeadline() throws Exception {
        againstFakeServer("", false, Duration.ofMillis(500), "did not finish authentication within 500 ms");
    }
}
