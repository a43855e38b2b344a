package io.jdbus.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** {@link AuthClient} against {@link AuthServer} in memory, for every mechanism and the ways they combine. */
class ClientServerTest {
    static final String GUID = "0123456789abcdef0123456789abcdef";

    static AuthServer.Builder server() {
        return AuthServer.builder().guid(GUID).peerUid(1000);
    }

    static void assertAuthenticated(Conversation c) {
        assertEquals(AuthState.AUTHENTICATED, c.client.state(), () -> c.client.failure() + " " + c.writes);
        assertEquals(AuthState.AUTHENTICATED, c.server.state(), () -> c.server.failure() + " " + c.writes);
        assertEquals(GUID, c.client.result().orElseThrow().serverGuid());
    }

    @Test
    void externalWithUidIsAcceptedWhenItMatchesThePeerCredentials() {
        var c = Conversation.run(AuthClient.builder().mechanisms(ClientMechanism.external(1000)).build(), server().build());
        assertAuthenticated(c);
        assertEquals(List.of("C: \\0AUTH EXTERNAL 31303030\r\n", "S: OK " + GUID + "\r\n", "C: BEGIN\r\n"), c.writes);
        assertEquals(OptionalLong.of(1000), c.server.peer().orElseThrow().uid());
        assertEquals(Mechanism.EXTERNAL, c.client.result().orElseThrow().mechanism());
    }

    @Test
    void externalWithoutClaimUsesThePeerCredentials() {
        var c = Conversation.run(AuthClient.builder().mechanisms(ClientMechanism.externalFromCredentials()).build(),
                server().build());
        assertAuthenticated(c);
        assertEquals(List.of("C: \\0AUTH EXTERNAL\r\n", "S: DATA\r\n", "C: DATA\r\n", "S: OK " + GUID + "\r\n", "C: BEGIN\r\n"),
                c.writes);
        assertEquals(OptionalLong.of(1000), c.server.peer().orElseThrow().uid());
    }

    @Test
    void externalClaimingAnotherUidIsRejectedAndTheClientFails() {
        var c = Conversation.run(AuthClient.builder().mechanisms(ClientMechanism.external(0)).build(), server().build());
        assertEquals(AuthState.FAILED, c.client.state());
        assertEquals(AuthState.WAITING_FOR_INPUT, c.server.state());
        assertTrue(c.client.failure().orElseThrow().getMessage().contains("rejected every mechanism tried [EXTERNAL]"),
                c.client.failure().orElseThrow().getMessage());
    }

    @Test
    void externalWithoutPeerCredentialsIsRejected() {
        var c = Conversation.run(AuthClient.builder().mechanisms(ClientMechanism.external(1000)).build(),
                AuthServer.builder().guid(GUID).build());
        assertEquals(AuthState.FAILED, c.client.state());
    }

    @Test
    void cookieSha1WithASharedKeyringAuthenticatesAsTheServerUser() {
        var keyring = new MapKeyring();
        var c = Conversation.run(
                AuthClient.builder().mechanisms(ClientMechanism.cookieSha1("1000", keyring)).build(),
                server().mechanisms(Mechanism.DBUS_COOKIE_SHA1).cookieSha1(keyring, 1000).build());
        assertAuthenticated(c);
        assertEquals(OptionalLong.of(1000), c.server.peer().orElseThrow().uid());
        assertEquals(Mechanism.DBUS_COOKIE_SHA1, c.server.peer().orElseThrow().mechanism());
        assertTrue(c.writes.get(1).startsWith("S: DATA "), c.writes.toString());
        assertEquals(5, c.writes.size(), c.writes.toString()); // AUTH, DATA challenge, DATA answer, OK, BEGIN
    }

    @Test
    void cookieSha1AcceptsTheServerUserName() {
        var keyring = new MapKeyring();
        var c = Conversation.run(
                AuthClient.builder().mechanisms(ClientMechanism.cookieSha1("alice", keyring)).build(),
                server().mechanisms(Mechanism.DBUS_COOKIE_SHA1).cookieSha1(keyring, 1000, "alice").build());
        assertAuthenticated(c);
    }

    @Test
    void cookieSha1ForAnotherUserIsRejected() {
        var keyring = new MapKeyring();
        var c = Conversation.run(
                AuthClient.builder().mechanisms(ClientMechanism.cookieSha1("1001", keyring)).build(),
                server().mechanisms(Mechanism.DBUS_COOKIE_SHA1).cookieSha1(keyring, 1000).build());
        assertEquals(AuthState.FAILED, c.client.state());
    }

    @Test
    void cookieSha1WithADifferentSecretIsRejected() {
        var clientKeyring = new CookieKeyring() {
            @Override
            public java.util.Optional<Cookie> find(String context, long id) {
                return java.util.Optional.of(new Cookie(id, 0, "ffff"));
            }

            @Override
            public Cookie current(String context) {
                throw new UnsupportedOperationException();
            }
        };
        var c = Conversation.run(
                AuthClient.builder().mechanisms(ClientMechanism.cookieSha1("1000", clientKeyring)).build(),
                server().mechanisms(Mechanism.DBUS_COOKIE_SHA1).cookieSha1(new MapKeyring(), 1000).build());
        assertEquals(AuthState.FAILED, c.client.state());
        assertTrue(c.writes.contains("S: REJECTED DBUS_COOKIE_SHA1\r\n"), c.writes.toString());
    }

    @Test
    void clientWithoutTheCookieSendsErrorAndFallsBackToTheNextMechanism() {
        var c = Conversation.run(
                AuthClient.builder().mechanisms(ClientMechanism.cookieSha1("1000", new MapKeyring()),
                        ClientMechanism.anonymous()).build(),
                server().mechanisms(Mechanism.DBUS_COOKIE_SHA1, Mechanism.ANONYMOUS).cookieSha1(new MapKeyring(), 1000).build());
        assertAuthenticated(c);
        assertEquals(Mechanism.ANONYMOUS, c.client.result().orElseThrow().mechanism());
        assertTrue(c.writes.get(2).startsWith("C: ERROR DBUS_COOKIE_SHA1: keyring context org_freedesktop_general has no cookie"),
                c.writes.toString());
    }

    @Test
    void anonymousWithATraceAuthenticatesWithoutUid() {
        var c = Conversation.run(AuthClient.builder().mechanisms(ClientMechanism.anonymous("jdbus 0.1")).build(),
                server().mechanisms(Mechanism.ANONYMOUS).build());
        assertAuthenticated(c);
        assertEquals("C: \\0AUTH ANONYMOUS 6a6462757320302e31\r\n", c.writes.getFirst());
        assertEquals(OptionalLong.empty(), c.server.peer().orElseThrow().uid());
    }

    @Test
    void clientFallsBackFromExternalToAnonymousUsingTheServersList() {
        var c = Conversation.run(
                AuthClient.builder().mechanisms(ClientMechanism.external(1000), ClientMechanism.anonymous()).build(),
                server().mechanisms(Mechanism.ANONYMOUS).build());
        assertAuthenticated(c);
        assertEquals(List.of("C: \\0AUTH EXTERNAL 31303030\r\n", "S: REJECTED ANONYMOUS\r\n", "C: AUTH ANONYMOUS\r\n",
                "S: OK " + GUID + "\r\n", "C: BEGIN\r\n"), c.writes);
    }

    @Test
    void clientSkipsMechanismsTheServerDoesNotList() {
        var c = Conversation.run(AuthClient.builder().mechanisms(ClientMechanism.external(7),
                        ClientMechanism.cookieSha1("1000", new MapKeyring()), ClientMechanism.anonymous()).build(),
                server().mechanisms(Mechanism.EXTERNAL, Mechanism.ANONYMOUS).build());
        assertAuthenticated(c);
        assertFalse(c.writes.toString().contains("AUTH DBUS_COOKIE_SHA1"), c.writes.toString());
    }

    @Test
    void unixFdsAreAgreedWhenTheTransportCanPassThem() {
        var c = Conversation.run(AuthClient.builder().mechanisms(ClientMechanism.external(1000)).negotiateUnixFd(true).build(),
                server().unixFdPassing(true).build());
        assertAuthenticated(c);
        assertTrue(c.client.result().orElseThrow().unixFdsAgreed());
        assertTrue(c.server.peer().orElseThrow().unixFdsAgreed());
        assertEquals(List.of("C: \\0AUTH EXTERNAL 31303030\r\n", "S: OK " + GUID + "\r\n", "C: NEGOTIATE_UNIX_FD\r\n",
                "S: AGREE_UNIX_FD\r\n", "C: BEGIN\r\n"), c.writes);
    }

    @Test
    void unixFdsAreRefusedWithErrorWhenTheTransportCannotPassThem() {
        var c = Conversation.run(AuthClient.builder().mechanisms(ClientMechanism.external(1000)).negotiateUnixFd(true).build(),
                server().unixFdPassing(false).build());
        assertAuthenticated(c);
        assertFalse(c.client.result().orElseThrow().unixFdsAgreed());
        assertFalse(c.server.peer().orElseThrow().unixFdsAgreed());
        assertTrue(c.writes.get(3).startsWith("S: ERROR "), c.writes.toString());
    }

    @Test
    void pipelinedExternalSendsEverythingInTheFirstWrite() {
        byte[] message = "l\1\0\1".getBytes(StandardCharsets.ISO_8859_1);
        var c = Conversation.run(AuthClient.builder().mechanisms(ClientMechanism.external(1000)).negotiateUnixFd(true)
                .pipeline(true).build(), server().unixFdPassing(true).build(), message);
        assertAuthenticated(c);
        assertEquals(List.of("C: \\0AUTH EXTERNAL 31303030\r\nNEGOTIATE_UNIX_FD\r\nBEGIN\r\n",
                "S: OK " + GUID + "\r\nAGREE_UNIX_FD\r\n"), c.writes);
        assertTrue(c.client.result().orElseThrow().unixFdsAgreed());
        assertEquals(ByteBuffer.wrap(message), c.serverLeftover, "the message after BEGIN stays unread");
    }

    @Test
    void pipelinedExternalWithoutClaimSendsAnEmptyDataAsSdBusDoes() {
        var c = Conversation.run(AuthClient.builder().mechanisms(ClientMechanism.externalFromCredentials()).negotiateUnixFd(true)
                .pipeline(true).build(), server().build());
        assertAuthenticated(c);
        assertEquals(List.of("C: \\0AUTH EXTERNAL\r\nDATA\r\nNEGOTIATE_UNIX_FD\r\nBEGIN\r\n",
                "S: DATA\r\nOK " + GUID + "\r\nERROR file descriptor passing is not supported on this transport\r\n"), c.writes);
        assertFalse(c.client.result().orElseThrow().unixFdsAgreed());
    }

    @Test
    void pipelinedExternalThatIsRejectedFailsInsteadOfRetrying() {
        var c = Conversation.run(AuthClient.builder().mechanisms(ClientMechanism.external(5)).pipeline(true).build(),
                server().build());
        assertEquals(AuthState.FAILED, c.client.state());
        assertTrue(c.client.failure().orElseThrow().getMessage().contains("pipelined"));
        assertEquals(AuthState.FAILED, c.server.state(), "the server saw BEGIN without authentication");
    }

    @Test
    void pipeliningIsRefusedForCookieSha1AndForSeveralMechanisms() {
        assertThrows(IllegalArgumentException.class, () -> AuthClient.builder()
                .mechanisms(ClientMechanism.cookieSha1("1", new MapKeyring())).pipeline(true).build());
        assertThrows(IllegalArgumentException.class, () -> AuthClient.builder()
                .mechanisms(ClientMechanism.external(1), ClientMechanism.anonymous()).pipeline(true).build());
    }

    @Test
    void serverSendsItsMechanismListForABareAuth() {
        var s = server().mechanisms(Mechanism.EXTERNAL, Mechanism.ANONYMOUS).build();
        assertEquals("REJECTED EXTERNAL ANONYMOUS\r\n", Lines.feed(s, "\0AUTH\r\n"));
    }

    @Test
    void cancelDuringCookieSha1IsAnsweredWithRejected() {
        var s = server().mechanisms(Mechanism.DBUS_COOKIE_SHA1).cookieSha1(new MapKeyring(), 1000).build();
        assertTrue(Lines.feed(s, "\0AUTH DBUS_COOKIE_SHA1 31303030\r\n").startsWith("DATA "));
        assertEquals("REJECTED DBUS_COOKIE_SHA1\r\n", Lines.feed(s, "CANCEL\r\n"));
        assertEquals(AuthState.WAITING_FOR_INPUT, s.state());
    }

    @Test
    void clientCancelsWhenExternalGetsAChallenge() {
        var client = AuthClient.builder().mechanisms(ClientMechanism.external(1000), ClientMechanism.anonymous()).build();
        client.start();
        assertEquals("CANCEL\r\n", Lines.feed(client, "DATA 6869\r\n"));
        assertEquals("AUTH ANONYMOUS\r\n", Lines.feed(client, "REJECTED ANONYMOUS\r\n"));
    }

    @Test
    void clientCancelsAfterAnErrorAndExpectsRejected() {
        var client = AuthClient.builder().mechanisms(ClientMechanism.external(1000)).build();
        client.start();
        assertEquals("CANCEL\r\n", Lines.feed(client, "ERROR no\r\n"));
        assertEquals("", Lines.feed(client, "OK " + GUID + "\r\n"));
        assertEquals(AuthState.FAILED, client.state(), "only REJECTED may follow CANCEL");
    }

    @Test
    void externalDataAfterEmptyChallengeIsCheckedLikeAnInitialResponse() {
        var s = server().build();
        assertEquals("DATA\r\n", Lines.feed(s, "\0AUTH EXTERNAL\r\n"));
        assertEquals("REJECTED EXTERNAL\r\n", Lines.feed(s, "DATA 31303031\r\n"));
        assertEquals("DATA\r\n", Lines.feed(s, "AUTH EXTERNAL\r\n"));
        assertEquals("OK " + GUID + "\r\n", Lines.feed(s, "DATA 31303030\r\n"));
    }

    @Test
    void serverGivesUpAfterTheConfiguredNumberOfFailures() {
        var s = server().maxFailures(2).build();
        assertEquals("REJECTED EXTERNAL\r\n", Lines.feed(s, "\0AUTH EXTERNAL 30\r\n"));
        assertEquals(AuthState.WAITING_FOR_INPUT, s.state());
        assertEquals("REJECTED EXTERNAL\r\n", Lines.feed(s, "AUTH EXTERNAL 30\r\n"));
        assertEquals(AuthState.FAILED, s.state());
        assertTrue(s.failure().orElseThrow().getMessage().startsWith("client failed to authenticate 2 times"));
    }

    @Test
    void errorFromTheClientIsAnsweredWithRejected() {
        var s = server().build();
        assertEquals("REJECTED EXTERNAL\r\n", Lines.feed(s, "\0ERROR whatever\r\n"));
    }

    @Test
    void serverGuidIsRandomWhenNotGiven() {
        var a = AuthServer.builder().build();
        var b = AuthServer.builder().build();
        assertTrue(a.guid().matches("[0-9a-f]{32}"));
        assertFalse(a.guid().equals(b.guid()));
    }
}
