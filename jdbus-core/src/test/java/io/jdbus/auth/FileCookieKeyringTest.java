package io.jdbus.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ~/.dbus-keyrings} rules, in a temporary directory. */
@Timeout(10)
class FileCookieKeyringTest {
    static final long NOW = 1_700_000_000L;
    static final String CTX = CookieKeyring.DEFAULT_CONTEXT;

    @TempDir
    Path home;

    FileCookieKeyring keyring(long now) {
        return new FileCookieKeyring(home.resolve(".dbus-keyrings"), Clock.fixed(Instant.ofEpochSecond(now), ZoneOffset.UTC),
                Duration.ofMillis(200));
    }

    @Test
    void serverCreatesAPrivateDirectoryAndACookieTheClientFinds() throws IOException {
        Cookie c = keyring(NOW).current(CTX);
        Path dir = home.resolve(".dbus-keyrings");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(CTX))));
        assertEquals(NOW, c.creationTime());
        assertEquals(Optional.of(c), keyring(NOW + 10).find(CTX, c.id()));
        assertEquals(c.format() + "\n", Files.readString(dir.resolve(CTX)));
        assertTrue(Files.notExists(dir.resolve(CTX + ".lock")), "the lock is released");
    }

    @Test
    void aCookieIsReusedUntilFiveMinutesOldThenANewOneIsAdded() throws IOException {
        Cookie first = keyring(NOW).current(CTX);
        assertEquals(first, keyring(NOW + 299).current(CTX));
        Cookie second = keyring(NOW + 300).current(CTX);
        assertNotEquals(first, second);
        assertEquals(Optional.of(first), keyring(NOW + 300).find(CTX, first.id()), "still valid for clients");
    }

    @Test
    void cookiesOlderThanSevenMinutesOrFromTheFarFutureAreDiscarded() throws IOException {
        Path dir = Files.createDirectory(home.resolve(".dbus-keyrings"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        Files.writeString(dir.resolve(CTX), "1 " + (NOW - 421) + " aa\n2 " + (NOW + 301) + " bb\n3 " + (NOW - 420)
                + " cc\nnot a cookie\n4 x dd\n");
        FileCookieKeyring k = keyring(NOW);
        assertEquals(Optional.empty(), k.find(CTX, 1));
        assertEquals(Optional.empty(), k.find(CTX, 2));
        assertEquals(Optional.of(new Cookie(3, NOW - 420, "cc")), k.find(CTX, 3));
        k.current(CTX);
        assertTrue(!Files.readString(dir.resolve(CTX)).contains(" aa"), "the server rewrote the file without it");
    }

    @Test
    void aDirectoryOthersCanReadIsRefused() throws IOException {
        Files.createDirectory(home.resolve(".dbus-keyrings"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-x---")));
        var e = assertThrows(IOException.class, () -> keyring(NOW).current(CTX));
        assertTrue(e.getMessage().contains("accessible by others (rwxr-x---)"), e.getMessage());
        assertThrows(IOException.class, () -> keyring(NOW).find(CTX, 1));
    }

    @Test
    void aSymbolicLinkInsteadOfTheDirectoryIsRefused() throws IOException {
        Path real = Files.createDirectory(home.resolve("elsewhere"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        Files.createSymbolicLink(home.resolve(".dbus-keyrings"), real);
        var e = assertThrows(IOException.class, () -> keyring(NOW).current(CTX));
        assertTrue(e.getMessage().contains("not a directory"), e.getMessage());
    }

    @Test
    void aStaleLockIsRemovedAfterTheWait() throws IOException {
        keyring(NOW).current(CTX);
        Path lock = home.resolve(".dbus-keyrings").resolve(CTX + ".lock");
        Files.createFile(lock);
        long start = System.nanoTime();
        keyring(NOW + 600).current(CTX);
        assertTrue(System.nanoTime() - start >= Duration.ofMillis(200).toNanos(), "waited for the holder first");
        assertTrue(Files.notExists(lock));
    }

    @Test
    void contextNamesThatAreNotFileNamesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> keyring(NOW).current("../etc"));
        assertThrows(IllegalArgumentException.class, () -> keyring(NOW).find("a b", 1));
    }

    @Test
    void clientAndServerAuthenticateThroughTheFileKeyring() {
        FileCookieKeyring k = keyring(NOW);
        var c = Conversation.run(AuthClient.builder().mechanisms(ClientMechanism.cookieSha1("1000", k)).build(),
                AuthServer.builder().guid(ClientServerTest.GUID).mechanisms(Mechanism.DBUS_COOKIE_SHA1).cookieSha1(k, 1000).build());
        assertEquals(AuthState.AUTHENTICATED, c.server.state(), c.writes::toString);
        assertEquals(AuthState.AUTHENTICATED, c.client.state());
    }

    @Test
    void cookieToStringKeepsTheSecretOut() {
        assertEquals("Cookie[id=1, creationTime=2]", new Cookie(1, 2, "abcd").toString());
    }
}
