package io.jdbus.auth;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The client side of the authentication conversation, as a state machine: {@link #start} gives the first bytes to
 * send (the nul byte and {@code AUTH}), {@link #receive} takes the bytes read from the server and gives the
 * reply, until {@link #state} is {@link AuthState#AUTHENTICATED} or {@link AuthState#FAILED}. It never touches a
 * socket and never blocks.
 *
 * <p>Mechanisms are tried in the caller's order; after {@code REJECTED} the next one tried is the first
 * remaining one the server listed. After {@code OK} the client sends {@code NEGOTIATE_UNIX_FD} when asked to,
 * then {@code BEGIN}. With {@linkplain Builder#pipeline pipelining} (as sd-bus and GDBus do for {@code EXTERNAL})
 * everything is sent at once and the server's answers are only checked; a server that rejects the first
 * mechanism then fails the conversation, since it has already seen {@code BEGIN}.
 *
 * <p>{@link #receive} consumes the buffer exactly up to the end of the server's last line: bytes after it belong
 * to the message stream and stay in the buffer. Not thread-safe; one instance per connection.
 *
 * {@snippet :
 * AuthClient client = AuthClient.builder()
 *         .mechanisms(ClientMechanism.external(uid))
 *         .negotiateUnixFd(true)
 *         .build();
 * channel.write(ByteBuffer.wrap(client.start()));
 * ByteBuffer in = ByteBuffer.allocate(4096);
 * while (client.state() == AuthState.WAITING_FOR_INPUT) {
 *     channel.read(in);
 *     in.flip();
 *     channel.write(ByteBuffer.wrap(client.receive(in)));
 *     in.compact();
 * }
 * AuthResult result = client.result().orElseThrow(() -> client.failure().orElseThrow());
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#auth-protocol">Authentication Protocol</a>
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#auth-states-client">Client states</a>
 */
public final class AuthClient {
    /** After this many lines from the server that we answered with {@code ERROR}, the client gives up. */
    static final int MAX_ERRORS = 8;

    private enum Phase { NOT_STARTED, IN_MECHANISM, WAITING_FOR_REJECT, WAITING_FOR_AGREE, AUTHENTICATED, FAILED }

    private final List<ClientMechanism> mechanisms;
    private final boolean negotiateUnixFd;
    private final boolean pipeline;
    private final RandomGenerator random;
    private final LineReader reader = new LineReader();
    private final Output out = new Output();
    private final List<String> tried = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private Phase phase = Phase.NOT_STARTED;
    private ClientMechanism current;
    private boolean answeredData;
    private int errors;
    private String guid;
    private AuthResult result;
    private AuthenticationException failure;

    private AuthClient(Builder b) {
        this.mechanisms = List.copyOf(b.mechanisms);
        this.negotiateUnixFd = b.negotiateUnixFd;
        this.pipeline = b.pipeline;
        this.random = b.random;
    }

    /** A builder with no mechanisms, no fd negotiation and no pipelining. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The first bytes to send: the nul byte and {@code AUTH} for the first mechanism (and, pipelined, the rest of
     * the conversation).
     *
     * @throws IllegalStateException when called twice
     */
    public byte[] start() {
        if (phase != Phase.NOT_STARTED) {
            throw new IllegalStateException("start() was already called");
        }
        out.nul();
        begin(mechanisms.getFirst());
        if (pipeline) {
            if (current instanceof ClientMechanism.External(var uid) && uid.isEmpty()) {
                out.send(new SaslCommand.Data(new byte[0]));
                answeredData = true;
            }
            if (negotiateUnixFd) {
                out.send(new SaslCommand.NegotiateUnixFd());
            }
            out.send(new SaslCommand.Begin());
        }
        return out.take();
    }

    /**
     * Feeds bytes received from the server; returns the bytes to send (possibly none). Consumes {@code in} up to the
     * end of the last line of the conversation, no further; does nothing once the conversation is over.
     *
     * @throws IllegalStateException when {@link #start} was not called
     */
    public byte[] receive(ByteBuffer in) {
        if (phase == Phase.NOT_STARTED) {
            throw new IllegalStateException("call start() first");
        }
        try {
            while (phase != Phase.AUTHENTICATED && phase != Phase.FAILED) {
                LineReader.Line line = reader.next(in);
                if (line == null) {
                    break;
                }
                if (line.problem() != null) {
                    error(line.problem());
                    continue;
                }
                SaslCommand command;
                try {
                    command = SaslCommand.parse(line.text());
                } catch (AuthenticationException e) {
                    error(e.getMessage());
                    continue;
                }
                handle(command);
            }
        } catch (AuthenticationException e) {
            fail(e);
        }
        return out.take();
    }

    /** Where the conversation stands. */
    public AuthState state() {
        return switch (phase) {
            case NOT_STARTED, IN_MECHANISM, WAITING_FOR_REJECT, WAITING_FOR_AGREE -> AuthState.WAITING_FOR_INPUT;
            case AUTHENTICATED -> AuthState.AUTHENTICATED;
            case FAILED -> AuthState.FAILED;
        };
    }

    /** The result, once {@link AuthState#AUTHENTICATED}. */
    public Optional<AuthResult> result() {
        return Optional.ofNullable(result);
    }

    /** Why the conversation failed, once {@link AuthState#FAILED}. */
    public Optional<AuthenticationException> failure() {
        return Optional.ofNullable(failure);
    }

    private void handle(SaslCommand command) throws AuthenticationException {
        switch (phase) {
            case IN_MECHANISM -> inMechanism(command);
            case WAITING_FOR_REJECT -> {
                if (!(command instanceof SaslCommand.Rejected r)) {
                    throw new AuthenticationException("expected REJECTED after cancelling " + current.mechanism()
                            + ", got \"" + Commands.shorten(command.format()) + "\"");
                }
                next(r.mechanisms());
            }
            case WAITING_FOR_AGREE -> {
                switch (command) {
                    case SaslCommand.AgreeUnixFd a -> authenticated(true);
                    case SaslCommand.Error e -> authenticated(false);
                    default -> unexpected(command, "AGREE_UNIX_FD or ERROR");
                }
            }
            case NOT_STARTED, AUTHENTICATED, FAILED -> throw new IllegalStateException("no input expected in " + phase);
        }
    }

    private void inMechanism(SaslCommand command) throws AuthenticationException {
        switch (command) {
            case SaslCommand.Data d -> data(d.data());
            case SaslCommand.Ok ok -> {
                guid = ok.guid();
                if (negotiateUnixFd) {
                    if (!pipeline) {
                        out.send(new SaslCommand.NegotiateUnixFd());
                    }
                    phase = Phase.WAITING_FOR_AGREE;
                } else {
                    authenticated(false);
                }
            }
            case SaslCommand.Rejected r -> {
                if (pipeline) {
                    throw new AuthenticationException("server rejected " + current.mechanism() + " (it offers "
                            + r.mechanisms() + "); a pipelined conversation cannot try another mechanism");
                }
                next(r.mechanisms());
            }
            case SaslCommand.Error e -> {
                if (pipeline) {
                    throw new AuthenticationException("server answered " + current.mechanism() + " with \""
                            + Commands.shorten(e.format()) + "\" during a pipelined conversation");
                }
                cancel();
            }
            default -> unexpected(command, "DATA, OK, REJECTED or ERROR");
        }
    }

    private void data(byte[] data) throws AuthenticationException {
        switch (current) {
            case ClientMechanism.External(var uid) -> {
                if (uid.isEmpty() && data.length == 0 && !answeredData) {
                    out.send(new SaslCommand.Data(new byte[0]));
                    answeredData = true;
                } else if (!(uid.isEmpty() && data.length == 0 && pipeline)) {
                    cancelOrFail("EXTERNAL expects no challenge");
                }
            }
            case ClientMechanism.CookieSha1 c -> {
                if (answeredData) {
                    cancelOrFail("DBUS_COOKIE_SHA1 expects one challenge");
                    return;
                }
                answeredData = true;
                try {
                    String reply = CookieSha1Client.respond(c, data, random);
                    out.send(new SaslCommand.Data(reply.getBytes(StandardCharsets.US_ASCII)));
                } catch (AuthenticationException e) {
                    // Tell the server why; it answers REJECTED and the next mechanism gets its turn.
                    problems.add(e.getMessage());
                    out.send(new SaslCommand.Error(Commands.printable(e.getMessage())));
                    phase = Phase.WAITING_FOR_REJECT;
                }
            }
            case ClientMechanism.Anonymous a -> cancelOrFail("ANONYMOUS expects no challenge");
        }
    }

    private void cancelOrFail(String why) throws AuthenticationException {
        if (pipeline) {
            throw new AuthenticationException(why + "; a pipelined conversation cannot cancel");
        }
        cancel();
    }

    private void cancel() {
        out.send(new SaslCommand.Cancel());
        phase = Phase.WAITING_FOR_REJECT;
    }

    private void next(List<String> offered) throws AuthenticationException {
        for (ClientMechanism m : mechanisms) {
            String name = m.mechanism().wireName();
            if (!tried.contains(name) && (offered.isEmpty() || offered.contains(name))) {
                begin(m);
                return;
            }
        }
        throw new AuthenticationException("server rejected every mechanism tried " + tried + "; it offers " + offered
                + (problems.isEmpty() ? "" : "; " + String.join("; ", problems)));
    }

    private void begin(ClientMechanism m) {
        current = m;
        tried.add(m.mechanism().wireName());
        answeredData = false;
        phase = Phase.IN_MECHANISM;
        byte[] initial = switch (m) {
            case ClientMechanism.External(var uid) ->
                    uid.isPresent() ? Long.toString(uid.getAsLong()).getBytes(StandardCharsets.US_ASCII) : null;
            case ClientMechanism.CookieSha1 c -> c.identity().getBytes(StandardCharsets.US_ASCII);
            case ClientMechanism.Anonymous(var trace) -> trace.map(t -> t.getBytes(StandardCharsets.UTF_8)).orElse(null);
        };
        out.send(initial == null
                ? new SaslCommand.Auth(Optional.of(m.mechanism().wireName()), Optional.empty())
                : SaslCommand.Auth.of(m.mechanism().wireName(), initial));
    }

    private void authenticated(boolean fds) {
        if (!pipeline) {
            out.send(new SaslCommand.Begin());
        }
        result = new AuthResult(guid, current.mechanism(), fds);
        phase = Phase.AUTHENTICATED;
    }

    private void unexpected(SaslCommand command, String expected) throws AuthenticationException {
        if (pipeline) {
            throw new AuthenticationException("expected " + expected + " from the server, got \""
                    + Commands.shorten(command.format()) + "\"");
        }
        error("unexpected command " + command.format().split(" ", 2)[0] + ", expected " + expected);
    }

    private void error(String explanation) throws AuthenticationException {
        if (++errors > MAX_ERRORS) {
            throw new AuthenticationException("server sent " + errors + " lines that could not be understood; last: "
                    + explanation);
        }
        out.send(new SaslCommand.Error(Commands.printable(explanation)));
    }

    private void fail(AuthenticationException e) {
        failure = e;
        phase = Phase.FAILED;
    }

    /**
     * Configures an {@link AuthClient}. Not thread-safe; the clients it builds are independent.
     *
     * {@snippet :
     * AuthClient c = AuthClient.builder()
     *         .mechanisms(ClientMechanism.externalFromCredentials())
     *         .negotiateUnixFd(true)
     *         .pipeline(true)          // "\0AUTH EXTERNAL\r\nDATA\r\nNEGOTIATE_UNIX_FD\r\nBEGIN\r\n" in one write
     *         .build();
     * }
     */
    public static final class Builder {
        private final List<ClientMechanism> mechanisms = new ArrayList<>();
        private boolean negotiateUnixFd;
        private boolean pipeline;
        private RandomGenerator random = new SecureRandom();

        private Builder() {
        }

        /** The mechanisms to try, in order; each mechanism at most once. Replaces any set before. */
        public Builder mechanisms(ClientMechanism... mechanisms) {
            return mechanisms(List.of(mechanisms));
        }

        /** The mechanisms to try, in order; each mechanism at most once. Replaces any set before. */
        public Builder mechanisms(List<ClientMechanism> mechanisms) {
            this.mechanisms.clear();
            for (ClientMechanism m : mechanisms) {
                if (this.mechanisms.stream().anyMatch(x -> x.mechanism() == m.mechanism())) {
                    throw new IllegalArgumentException(m.mechanism() + " is listed twice");
                }
                this.mechanisms.add(m);
            }
            return this;
        }

        /** Whether to ask for file-descriptor passing after {@code OK} (only sensible on a Unix socket). */
        public Builder negotiateUnixFd(boolean negotiate) {
            this.negotiateUnixFd = negotiate;
            return this;
        }

        /**
         * Whether to send the whole conversation at once without waiting for the server. Only for a single
         * {@code EXTERNAL} or {@code ANONYMOUS} mechanism, which need no challenge from the server.
         */
        public Builder pipeline(boolean pipeline) {
            this.pipeline = pipeline;
            return this;
        }

        /** The source of client challenges for {@code DBUS_COOKIE_SHA1}; a {@link SecureRandom} by default. */
        public Builder random(RandomGenerator random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /**
         * Builds the client.
         *
         * @throws IllegalArgumentException when no mechanism is set, or pipelining is asked for with anything but
         *     one {@code EXTERNAL} or {@code ANONYMOUS} mechanism
         */
        public AuthClient build() {
            if (mechanisms.isEmpty()) {
                throw new IllegalArgumentException("no authentication mechanism configured");
            }
            if (pipeline && (mechanisms.size() != 1 || mechanisms.getFirst() instanceof ClientMechanism.CookieSha1)) {
                throw new IllegalArgumentException("pipelining needs exactly one mechanism, EXTERNAL or ANONYMOUS; got "
                        + mechanisms.stream().map(ClientMechanism::mechanism).toList());
            }
            return new AuthClient(this);
        }
    }
}
