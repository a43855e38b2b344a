package io.jdbus.auth;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The server side of the authentication conversation, as a state machine: {@link #receive} takes the bytes read
 * from the client (starting with its nul byte) and gives the reply, until {@link #state} is
 * {@link AuthState#AUTHENTICATED} (the client sent {@code BEGIN}) or {@link AuthState#FAILED}. It never touches a
 * socket: the peer's uid from {@code SO_PEERCRED} and whether the transport passes fds are given to the builder.
 *
 * <p>{@code EXTERNAL} accepts a claimed uid (ASCII decimal) equal to the peer credential's uid, or no claim at all
 * (an empty {@code DATA} after the server's empty challenge, as sd-bus sends). {@code DBUS_COOKIE_SHA1} accepts
 * only the user the server runs as (as libdbus since CVE-2019-12749). {@code ANONYMOUS} accepts anyone, when
 * allowed. Unknown commands and bad hex are answered with {@code ERROR}; after {@link Builder#maxFailures}
 * {@code REJECTED} replies (6 by default, as libdbus) or too many {@code ERROR}s the conversation fails.
 * Not thread-safe; one instance per connection.
 *
 * {@snippet :
 * AuthServer server = AuthServer.builder()
 *         .guid(busGuid)
 *         .mechanisms(Mechanism.EXTERNAL)
 *         .peerUid(peerCredentials.uid())
 *         .unixFdPassing(true)
 *         .build();
 * ByteBuffer in = ByteBuffer.allocate(4096);
 * while (server.state() == AuthState.WAITING_FOR_INPUT) {
 *     channel.read(in);
 *     in.flip();
 *     channel.write(ByteBuffer.wrap(server.receive(in)));
 *     in.compact();
 * }
 * if (server.state() == AuthState.FAILED) {
 *     throw server.failure().orElseThrow();
 * }
 * // what is left in `in` is the start of the message stream
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#auth-protocol">Authentication Protocol</a>
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#auth-states-server">Server states</a>
 */
public final class AuthServer {
    /** After this many lines from the client that were answered with {@code ERROR}, the server gives up. */
    static final int MAX_ERRORS = 8;

    private enum Phase { WAITING_FOR_NUL, WAITING_FOR_AUTH, WAITING_FOR_DATA, WAITING_FOR_BEGIN, AUTHENTICATED, FAILED }

    private final Builder config;
    private final List<String> offered;
    private final LineReader reader = new LineReader();
    private final Output out = new Output();

    private Phase phase;
    private Mechanism current;
    private CookieSha1Server cookie;
    private OptionalLong authorizedUid = OptionalLong.empty();
    private boolean fdsAgreed;
    private int failures;
    private int errors;
    private AuthenticatedPeer peer;
    private AuthenticationException failure;

    private AuthServer(Builder b) {
        this.config = b.copy();
        this.offered = config.mechanisms.stream().map(Mechanism::wireName).toList();
        this.phase = b.expectNul ? Phase.WAITING_FOR_NUL : Phase.WAITING_FOR_AUTH;
    }

    /** A builder for a server offering {@code EXTERNAL} only, with a random GUID and no peer credentials. */
    public static Builder builder() {
        return new Builder();
    }

    /** This server's GUID, sent in {@code OK}. */
    public String guid() {
        return config.guid;
    }

    /**
     * Feeds bytes received from the client; returns the bytes to send (possibly none). Consumes {@code in} up to the
     * end of the client's {@code BEGIN} line and no further; does nothing once the conversation is over.
     */
    public byte[] receive(ByteBuffer in) {
        try {
            if (phase == Phase.WAITING_FOR_NUL && in.hasRemaining()) {
                byte b = in.get();
                if (b != 0) {
                    throw new AuthenticationException(String.format(
                            "client sent byte 0x%02x first, expected the nul byte that starts the conversation", b & 0xff));
                }
                phase = Phase.WAITING_FOR_AUTH;
            }
            while (phase != Phase.WAITING_FOR_NUL && phase != Phase.AUTHENTICATED && phase != Phase.FAILED) {
                LineReader.Line line = reader.next(in);
                if (line == null) {
                    break;
                }
                if (line.problem() != null) {
                    error(line.problem());
                } else {
                    SaslCommand command;
                    try {
                        command = SaslCommand.parse(line.text());
                    } catch (AuthenticationException malformed) {
                        error(malformed.getMessage());
                        continue;
                    }
                    handle(command);
                }
            }
        } catch (AuthenticationException e) {
            failure = e;
            phase = Phase.FAILED;
        }
        return out.take();
    }

    /** Where the conversation stands. */
    public AuthState state() {
        return switch (phase) {
            case WAITING_FOR_NUL, WAITING_FOR_AUTH, WAITING_FOR_DATA, WAITING_FOR_BEGIN -> AuthState.WAITING_FOR_INPUT;
            case AUTHENTICATED -> AuthState.AUTHENTICATED;
            case FAILED -> AuthState.FAILED;
        };
    }

    /** The authenticated peer, once {@link AuthState#AUTHENTICATED}. */
    public Optional<AuthenticatedPeer> peer() {
        return Optional.ofNullable(peer);
    }

    /** Why the conversation failed, once {@link AuthState#FAILED}. */
    public Optional<AuthenticationException> failure() {
        return Optional.ofNullable(failure);
    }

    private void handle(SaslCommand command) throws AuthenticationException {
        switch (phase) {
            case WAITING_FOR_AUTH -> {
                switch (command) {
                    case SaslCommand.Auth(var mech, var response) -> auth(mech, response);
                    case SaslCommand.Begin b -> throw new AuthenticationException("client sent BEGIN before authenticating");
                    case SaslCommand.Error e -> rejected("client sent ERROR");
                    default -> error(name(command) + " is not expected before AUTH");
                }
            }
            case WAITING_FOR_DATA -> {
                switch (command) {
                    case SaslCommand.Data d -> data(d.data());
                    case SaslCommand.Begin b -> throw new AuthenticationException("client sent BEGIN before authenticating");
                    case SaslCommand.Cancel c -> rejected("client cancelled " + current);
                    case SaslCommand.Error e -> rejected("client sent ERROR");
                    default -> error(name(command) + " is not expected while " + current + " waits for DATA");
                }
            }
            case WAITING_FOR_BEGIN -> {
                switch (command) {
                    case SaslCommand.Begin b -> {
                        peer = new AuthenticatedPeer(current, authorizedUid, fdsAgreed);
                        phase = Phase.AUTHENTICATED;
                    }
                    case SaslCommand.NegotiateUnixFd n -> {
                        if (config.unixFdPassing) {
                            fdsAgreed = true;
                            out.send(new SaslCommand.AgreeUnixFd());
                        } else {
                            error("file descriptor passing is not supported on this transport");
                        }
                    }
                    case SaslCommand.Cancel c -> rejected("client cancelled " + current);
                    case SaslCommand.Error e -> rejected("client sent ERROR");
                    default -> error(name(command) + " is not expected while waiting for BEGIN");
                }
            }
            case WAITING_FOR_NUL, AUTHENTICATED, FAILED -> throw new IllegalStateException("no line expected in " + phase);
        }
    }

    private void auth(Optional<String> mechName, Optional<byte[]> response) throws AuthenticationException {
        Optional<Mechanism> mech = mechName.flatMap(Mechanism::byName).filter(config.mechanisms::contains);
        if (mech.isEmpty()) {
            rejected(mechName.map(m -> "mechanism " + m + " is not offered").orElse("client asked for the list"));
            return;
        }
        current = mech.get();
        switch (current) {
            case EXTERNAL -> {
                if (config.peerUid.isEmpty()) {
                    rejected("EXTERNAL needs the peer's credentials, and the transport has none");
                } else if (response.isEmpty()) {
                    out.send(new SaslCommand.Data(new byte[0]));   // "who do you claim to be?"
                    phase = Phase.WAITING_FOR_DATA;
                } else {
                    external(response.get());
                }
            }
            case DBUS_COOKIE_SHA1 -> {
                cookie = new CookieSha1Server(config.keyring, config.cookieContext, config.random);
                Optional<byte[]> challenge = response.flatMap(r -> cookie.challenge(r, config.serverUid, config.serverUserName));
                if (response.isEmpty()) {
                    rejected("DBUS_COOKIE_SHA1 needs the uid or user name as initial response");
                } else if (challenge.isEmpty()) {
                    rejected(cookie.problem());
                } else {
                    out.send(new SaslCommand.Data(challenge.get()));
                    phase = Phase.WAITING_FOR_DATA;
                }
            }
            case ANONYMOUS -> {
                if (response.isPresent() && !isUtf8(response.get())) {
                    rejected("ANONYMOUS trace is not UTF-8");
                } else {
                    ok(OptionalLong.empty());
                }
            }
        }
    }

    private void data(byte[] data) throws AuthenticationException {
        switch (current) {
            case EXTERNAL -> {
                if (data.length == 0) {
                    ok(config.peerUid);                     // "I am whoever the kernel says I am"
                } else {
                    external(data);
                }
            }
            case DBUS_COOKIE_SHA1 -> {
                if (cookie.verify(data)) {
                    ok(OptionalLong.of(config.serverUid));
                } else {
                    rejected(cookie.problem());
                }
            }
            case ANONYMOUS -> error("ANONYMOUS takes no DATA");
        }
    }

    private void external(byte[] claim) throws AuthenticationException {
        String text = new String(claim, StandardCharsets.ISO_8859_1);
        if (!text.matches("[0-9]{1,10}") || Long.parseLong(text) > 0xFFFF_FFFFL) {
            rejected("EXTERNAL claim \"" + Commands.shorten(text) + "\" is not a uid in decimal");
        } else if (Long.parseLong(text) != config.peerUid.getAsLong()) {
            rejected("EXTERNAL claim " + text + " is not the peer's uid");
        } else {
            ok(config.peerUid);
        }
    }

    private void ok(OptionalLong uid) throws AuthenticationException {
        if (uid.isPresent() && !config.allowUid.test(uid.getAsLong())) {
            rejected("uid " + uid.getAsLong() + " may not connect to this server");
            return;
        }
        authorizedUid = uid;
        out.send(new SaslCommand.Ok(config.guid));
        phase = Phase.WAITING_FOR_BEGIN;
    }

    private void rejected(String why) throws AuthenticationException {
        out.send(new SaslCommand.Rejected(offered));
        current = null;
        cookie = null;
        authorizedUid = OptionalLong.empty();
        fdsAgreed = false;
        phase = Phase.WAITING_FOR_AUTH;
        if (++failures >= config.maxFailures) {
            throw new AuthenticationException("client failed to authenticate " + failures + " times; last: " + why);
        }
    }

    private void error(String explanation) throws AuthenticationException {
        if (++errors > MAX_ERRORS) {
            throw new AuthenticationException("client sent " + errors + " lines that could not be understood; last: "
                    + explanation);
        }
        out.send(new SaslCommand.Error(Commands.printable(explanation)));
    }

    private static String name(SaslCommand c) {
        return c.format().split(" ", 2)[0];
    }

    private static boolean isUtf8(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * Configures an {@link AuthServer}. Not thread-safe; the servers it builds are independent and keep a copy of
     * the configuration.
     *
     * {@snippet :
     * AuthServer s = AuthServer.builder()
     *         .mechanisms(Mechanism.EXTERNAL, Mechanism.DBUS_COOKIE_SHA1)
     *         .peerUid(1000)
     *         .cookieSha1(FileCookieKeyring.forHome(), 1000, "alice")
     *         .maxFailures(3)
     *         .build();
     * }
     */
    public static final class Builder {
        private String guid;
        private Set<Mechanism> mechanisms = new LinkedHashSet<>(List.of(Mechanism.EXTERNAL));
        private OptionalLong peerUid = OptionalLong.empty();
        private boolean unixFdPassing;
        private CookieKeyring keyring;
        private long serverUid = -1;
        private String serverUserName;
        private String cookieContext = CookieKeyring.DEFAULT_CONTEXT;
        private int maxFailures = 6;
        private boolean expectNul = true;
        private RandomGenerator random = new SecureRandom();
        private java.util.function.LongPredicate allowUid = uid -> true;

        private Builder() {
        }

        /** The server GUID sent in {@code OK}: 32 lowercase hex digits. Random when not set. */
        public Builder guid(String guid) {
            if (!guid.matches("[0-9a-f]{32}")) {
                throw new IllegalArgumentException("server GUID \"" + guid + "\" is not 32 lowercase hex digits");
            }
            this.guid = guid;
            return this;
        }

        /** The mechanisms offered, in the order listed in {@code REJECTED}. {@code EXTERNAL} alone by default. */
        public Builder mechanisms(Mechanism... mechanisms) {
            if (mechanisms.length == 0) {
                throw new IllegalArgumentException("a server must offer at least one mechanism");
            }
            this.mechanisms = new LinkedHashSet<>(List.of(mechanisms));
            return this;
        }

        /** The uid of the peer process as the kernel reports it ({@code SO_PEERCRED}); none by default. */
        public Builder peerUid(long uid) {
            this.peerUid = OptionalLong.of(uid);
            return this;
        }

        /**
         * Which authenticated uids may connect (every one by default): a bus lets in its own user and root only.
         * A uid refused here gets {@code REJECTED}, as a failed mechanism does.
         */
        public Builder allowUid(java.util.function.LongPredicate allow) {
            this.allowUid = Objects.requireNonNull(allow, "allow");
            return this;
        }

        /** Whether the transport can pass file descriptors; decides {@code AGREE_UNIX_FD} or {@code ERROR}. */
        public Builder unixFdPassing(boolean possible) {
            this.unixFdPassing = possible;
            return this;
        }

        /** {@code DBUS_COOKIE_SHA1} support: the keyring, and the uid this server runs as (the only one accepted). */
        public Builder cookieSha1(CookieKeyring keyring, long serverUid) {
            return cookieSha1(keyring, serverUid, null);
        }

        /** As {@link #cookieSha1(CookieKeyring, long)}, also accepting the server user's name as identity. */
        public Builder cookieSha1(CookieKeyring keyring, long serverUid, String serverUserName) {
            this.keyring = Objects.requireNonNull(keyring, "keyring");
            this.serverUid = serverUid;
            this.serverUserName = serverUserName;
            return this;
        }

        /** The {@code DBUS_COOKIE_SHA1} context; {@value CookieKeyring#DEFAULT_CONTEXT} by default. */
        public Builder cookieContext(String context) {
            if (!CookieKeyring.isValidContext(context)) {
                throw new IllegalArgumentException("cookie context \"" + context + "\" must be ASCII without '/', '\\', '.' or blanks");
            }
            this.cookieContext = context;
            return this;
        }

        /** After this many {@code REJECTED} replies the conversation fails; 6 by default (libdbus). */
        public Builder maxFailures(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxFailures " + max + " must be at least 1");
            }
            this.maxFailures = max;
            return this;
        }

        /**
         * Whether the first byte must be the client's nul byte (default {@code true}); {@code false} when the transport
         * has read it already, e.g. together with credentials.
         */
        public Builder expectNulByte(boolean expect) {
            this.expectNul = expect;
            return this;
        }

        /** The source of GUIDs and server challenges; a {@link SecureRandom} by default. */
        public Builder random(RandomGenerator random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /**
         * Builds the server.
         *
         * @throws IllegalArgumentException when {@code DBUS_COOKIE_SHA1} is offered without {@link #cookieSha1}
         */
        public AuthServer build() {
            if (mechanisms.contains(Mechanism.DBUS_COOKIE_SHA1) && keyring == null) {
                throw new IllegalArgumentException("DBUS_COOKIE_SHA1 is offered but no keyring is configured (cookieSha1)");
            }
            return new AuthServer(this);
        }

        private Builder copy() {
            Builder b = new Builder();
            byte[] g = new byte[16];
            random.nextBytes(g);
            b.guid = guid != null ? guid : HexFormat.of().formatHex(g);
            b.mechanisms = new LinkedHashSet<>(mechanisms);
            b.peerUid = peerUid;
            b.unixFdPassing = unixFdPassing;
            b.keyring = keyring;
            b.serverUid = serverUid;
            b.serverUserName = serverUserName;
            b.cookieContext = cookieContext;
            b.maxFailures = maxFailures;
            b.expectNul = expectNul;
            b.random = random;
            b.allowUid = allowUid;
            return b;
        }
    }
}
