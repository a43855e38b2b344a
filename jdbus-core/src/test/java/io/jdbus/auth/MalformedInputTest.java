package io.jdbus.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Bad input from the peer gives ERROR (the line was framed but not understood) or a failure, never a hang. */
class MalformedInputTest {
    static final String GUID = ClientServerTest.GUID;

    static AuthServer server() {
        return AuthServer.builder().guid(GUID).peerUid(1000).build();
    }

    static AuthClient startedClient() {
        AuthClient c = AuthClient.builder().mechanisms(ClientMechanism.external(1000)).build();
        c.start();
        return c;
    }

    static void assertFailed(AuthServer s, String messagePart) {
        assertEquals(AuthState.FAILED, s.state());
        String m = s.failure().orElseThrow().getMessage();
        assertTrue(m.contains(messagePart), m);
    }

    @Test
    void nonAsciiLineIsAnsweredWithError() {
        AuthServer s = server();
        assertEquals("ERROR line holds byte 0xc3 at offset 5; only printable ASCII is allowed\r\n",
                Lines.feed(s, "\0AUTH \u00c3XTERNAL\r\n"));
        assertEquals(AuthState.WAITING_FOR_INPUT, s.state());
        assertEquals("OK " + GUID + "\r\n", Lines.feed(s, "AUTH EXTERNAL 31303030\r\n"));
    }

    @Test
    void nulByteInsideALineIsAnsweredWithError() {
        assertTrue(Lines.feed(server(), "\0AUTH\0\r\n").startsWith("ERROR line holds byte 0x00"));
    }

    @Test
    void overlongLineFailsAtTheLimitWithoutWaitingForItsEnd() {
        AuthServer s = server();
        byte[] junk = new byte[LineReader.MAX_LINE_LENGTH + 2];
        Arrays.fill(junk, (byte) 'A');
        junk[0] = 0;
        ByteBuffer in = ByteBuffer.wrap(junk);
        for (int i = 0; i < junk.length && s.state() == AuthState.WAITING_FOR_INPUT; i += 1000) {
            s.receive(in.limit(Math.min(junk.length, i + 1000)));
        }
        assertFailed(s, "line longer than 16384 bytes");
    }

    @Test
    void lineOfExactlyTheLimitIsStillALine() {
        String longLine = "ERROR " + "x".repeat(LineReader.MAX_LINE_LENGTH - 6);
        assertEquals("REJECTED EXTERNAL\r\n", Lines.feed(server(), "\0" + longLine + "\r\n"));
    }

    @Test
    void bareLineFeedFailsAtOnce() {
        AuthServer s = server();
        assertEquals("", Lines.feed(s, "\0AUTH EXTERNAL 31303030\n"));
        assertFailed(s, "LF without CR");
    }

    @Test
    void carriageReturnWithoutLineFeedFailsAtOnce() {
        AuthServer s = server();
        Lines.feed(s, "\0AUTH\rX");
        assertFailed(s, "CR followed by byte 0x58");
    }

    @Test
    void missingNulByteFails() {
        AuthServer s = server();
        Lines.feed(s, "AUTH EXTERNAL 31303030\r\n");
        assertFailed(s, "expected the nul byte");
    }

    @Test
    void unknownCommandIsAnsweredWithErrorAndTheServerKeepsWaiting() {
        AuthServer s = server();
        assertEquals("ERROR unknown command \"HELLO\"\r\n", Lines.feed(s, "\0HELLO world\r\n"));
        assertEquals(AuthState.WAITING_FOR_INPUT, s.state());
    }

    @Test
    void badHexIsAnsweredWithError() {
        AuthServer s = server();
        assertEquals("ERROR invalid hex encoding in AUTH EXTERNAL initial response: \"313\"\r\n",
                Lines.feed(s, "\0AUTH EXTERNAL 313\r\n"));
        assertEquals("ERROR invalid hex encoding in DATA: \"zz\"\r\n", Lines.feed(s, "DATA zz\r\n"));
    }

    @Test
    void negotiateUnixFdBeforeAuthenticationIsAnError() {
        assertTrue(Lines.feed(server(), "\0NEGOTIATE_UNIX_FD\r\n").startsWith("ERROR NEGOTIATE_UNIX_FD is not expected"));
    }

    @Test
    void beginBeforeAuthenticationFails() {
        AuthServer s = server();
        Lines.feed(s, "\0BEGIN\r\n");
        assertFailed(s, "BEGIN before authenticating");
    }

    @Test
    void endlessGarbageLinesEndInFailureNotInEndlessErrors() {
        AuthServer s = server();
        Lines.feed(s, "\0");
        for (int i = 0; i < 100 && s.state() == AuthState.WAITING_FOR_INPUT; i++) {
            Lines.feed(s, "GARBAGE " + i + "\r\n");
        }
        assertFailed(s, "lines that could not be understood");
    }

    @Test
    void unknownCommandFromTheServerIsAnsweredWithError() {
        AuthClient c = startedClient();
        assertEquals("ERROR unknown command \"FOO\"\r\n", Lines.feed(c, "FOO bar\r\n"));
        assertEquals(AuthState.WAITING_FOR_INPUT, c.state());
    }

    @Test
    void okWithoutHexGuidIsAnsweredWithError() {
        AuthClient c = startedClient();
        assertTrue(Lines.feed(c, "OK not-a-guid\r\n").startsWith("ERROR OK needs the server GUID in hex"));
        assertTrue(Lines.feed(c, "OK\r\n").startsWith("ERROR OK needs"));
    }

    @Test
    void binaryGarbageFromTheServerFailsTheClient() {
        AuthClient c = startedClient();
        byte[] junk = new byte[64];
        new Random(1).nextBytes(junk);
        junk[3] = '\n';
        c.receive(ByteBuffer.wrap(junk));
        assertEquals(AuthState.FAILED, c.state());
    }

    @Test
    void commandsMeantForTheServerAreNotAcceptedFromIt() {
        AuthClient c = startedClient();
        assertTrue(Lines.feed(c, "BEGIN\r\n").startsWith("ERROR unexpected command BEGIN"));
        assertTrue(Lines.feed(c, "AUTH EXTERNAL\r\n").startsWith("ERROR unexpected command AUTH"));
    }

    @Test
    void randomBytesNeverThrowAndNeverLeaveAHalfProcessedBuffer() {
        Random random = new Random(42);
        for (int i = 0; i < 2000; i++) {
            byte[] b = new byte[random.nextInt(200)];
            random.nextBytes(b);
            if (b.length > 0 && random.nextBoolean()) {
                b[0] = 0;
            }
            AuthServer s = server();
            ByteBuffer in = ByteBuffer.wrap(b);
            s.receive(in);
            assertTrue(s.state() != AuthState.WAITING_FOR_INPUT || !in.hasRemaining(),
                    "a waiting server consumed everything");
        }
    }
}
