package io.jdbus.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;

/**
 * An interpreter for libdbus's {@code *.auth-script} files (the format of {@code dbus-auth-script.c}): it plays the
 * script against a jdbus {@link AuthServer} ({@code SERVER}) or {@link AuthClient} ({@code CLIENT}). {@code SEND}
 * feeds a quoted line (CRLF appended, {@code USERID_HEX} and friends substituted) to the state machine;
 * {@code EXPECT_COMMAND} takes the next line it wrote and checks its first word; {@code EXPECT_STATE} maps jdbus's
 * state onto libdbus's names ({@code WAITING_FOR_INPUT}, {@code AUTHENTICATED},
 * {@code AUTHENTICATED_WITH_UNUSED_BYTES}, {@code NEED_DISCONNECT}, {@code HAVE_BYTES_TO_SEND}).
 *
 * <p>The simulated process is {@link #uid} / {@link #userName}; the server offers all three mechanisms, with an
 * in-memory keyring for that user, and gets the process's uid as peer credentials unless the script says
 * {@code NO_CREDENTIALS}, {@code ROOT_CREDENTIALS} (uid 0) or {@code SILLY_CREDENTIALS} (uid 4312, as libdbus).
 */
final class AuthScript {
    static final long SILLY_UID = 4312;

    private final String name;
    private final long uid;
    private final String userName;
    private AuthServer server;
    private AuthClient client;
    private boolean isServer;
    private Long peerUid;
    private boolean firstSend = true;
    private final Deque<String> written = new ArrayDeque<>();
    private ByteBuffer unused = ByteBuffer.allocate(0);

    AuthScript(String name, long uid, String userName) {
        this.name = name;
        this.uid = uid;
        this.userName = userName;
        this.peerUid = uid;
    }

    void run(List<String> lines) {
        int n = 0;
        for (String raw : lines) {
            n++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = name + ":" + n + ": " + line;
            int sp = line.indexOf(' ');
            String word = sp < 0 ? line : line.substring(0, sp);
            String rest = sp < 0 ? "" : line.substring(sp + 1).strip();
            switch (word) {
                case "UNIX_ONLY" -> { }
                case "SERVER" -> isServer = true;
                case "CLIENT" -> startClient();
                case "NO_CREDENTIALS" -> peerUid = null;
                case "ROOT_CREDENTIALS" -> peerUid = 0L;
                case "SILLY_CREDENTIALS" -> peerUid = SILLY_UID;
                case "SEND" -> send(unquote(rest));
                case "EXPECT_COMMAND" -> {
                    String next = written.pollFirst();
                    assertNotNull(next, where + ": nothing was sent");
                    assertEquals(rest, next.split(" ", 2)[0], where + ": sent \"" + next + "\"");
                }
                case "EXPECT" -> assertEquals(unquote(rest), written.pollFirst() + "\r\n", where);
                case "EXPECT_STATE" -> assertEquals(rest, state(), where + " (written: " + written + ")");
                case "EXPECT_UNUSED" -> {
                    assertEquals(unquote(rest), StandardCharsets.ISO_8859_1.decode(unused).toString(), where);
                    unused = ByteBuffer.allocate(0);
                }
                case "EXPECT_HAVE_NO_CREDENTIALS" -> assertTrue(credentials() == null, where + ": has uid " + credentials());
                case "EXPECT_HAVE_SOME_CREDENTIALS" -> assertNotNull(credentials(), where + ": has none");
                default -> fail(where + ": directive not understood by this interpreter");
            }
        }
    }

    private void startClient() {
        MapKeyring keyring = new MapKeyring();
        client = AuthClient.builder().mechanisms(ClientMechanism.external(uid),
                ClientMechanism.cookieSha1(Long.toString(uid), keyring), ClientMechanism.anonymous()).build();
        byte[] first = client.start();
        assertEquals(0, first[0], "the client starts with the nul byte");
        collect(java.util.Arrays.copyOfRange(first, 1, first.length));
    }

    private void send(String text) {
        String payload = substitute(text) + "\r\n";
        byte[] bytes = payload.getBytes(StandardCharsets.ISO_8859_1);
        if (isServer) {
            if (server == null) {
                AuthServer.Builder b = AuthServer.builder()
                        .mechanisms(Mechanism.EXTERNAL, Mechanism.DBUS_COOKIE_SHA1, Mechanism.ANONYMOUS)
                        .cookieSha1(new MapKeyring(), uid, userName);
                if (peerUid != null) {
                    b.peerUid(peerUid);
                }
                server = b.build();
            }
            ByteBuffer in = ByteBuffer.allocate(bytes.length + 1);
            if (firstSend) {
                in.put((byte) 0);     // libdbus's transport, not DBusAuth, reads the nul byte
            }
            in.put(bytes).flip();
            collect(server.receive(in));
            unused = in.slice();
        } else {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            collect(client.receive(in));
            unused = in.slice();
        }
        firstSend = false;
    }

    private void collect(byte[] out) {
        String text = new String(out, StandardCharsets.ISO_8859_1);
        for (String l : text.split("\r\n")) {
            if (!l.isEmpty()) {
                written.addLast(l);
            }
        }
    }

    private String state() {
        AuthState s = isServer ? (server == null ? AuthState.WAITING_FOR_INPUT : server.state()) : client.state();
        return switch (s) {
            case FAILED -> "NEED_DISCONNECT";
            case AUTHENTICATED -> unused.hasRemaining() ? "AUTHENTICATED_WITH_UNUSED_BYTES" : "AUTHENTICATED";
            case WAITING_FOR_INPUT -> written.isEmpty() ? "WAITING_FOR_INPUT" : "HAVE_BYTES_TO_SEND";
        };
    }

    private Long credentials() {
        if (!isServer) {
            fail(name + ": credentials are only checked on the server");
        }
        if (server == null) {
            return null;
        }
        return server.peer().flatMap(p -> p.uid().isPresent() ? java.util.Optional.of(p.uid().getAsLong())
                : java.util.Optional.empty()).orElse(null);
    }

    private String substitute(String s) {
        HexFormat hex = HexFormat.of();
        return s.replace("WRONG_USERID_HEX", hex.formatHex(Long.toString(uid + 1).getBytes(StandardCharsets.US_ASCII)))
                .replace("WRONG_USERNAME_HEX", hex.formatHex(("not" + userName).getBytes(StandardCharsets.US_ASCII)))
                .replace("USERID_HEX", hex.formatHex(Long.toString(uid).getBytes(StandardCharsets.US_ASCII)))
                .replace("USERNAME_HEX", hex.formatHex(userName.getBytes(StandardCharsets.US_ASCII)));
    }

    /** libdbus's quoting: {@code 'text'} or {@code "text"} with {@code \\ \' \" \n \r \t}, or a bare word. */
    static String unquote(String s) {
        if (s.isEmpty() || (s.charAt(0) != '\'' && s.charAt(0) != '"')) {
            return s;
        }
        char q = s.charAt(0);
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == q) {
                return sb.toString();
            }
            if (c == '\\' && i + 1 < s.length()) {
                char e = s.charAt(++i);
                sb.append(switch (e) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> e;
                });
            } else {
                sb.append(c);
            }
        }
        throw new IllegalArgumentException("unterminated quote in " + s);
    }
}
