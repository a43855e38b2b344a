package io.jdbus.auth;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the authentication conversation, parsed: the commands a client sends ({@link Auth},
 * {@link Cancel}, {@link Begin}, {@link Data}, {@link Error}, {@link NegotiateUnixFd}) and those a server
 * sends ({@link Rejected}, {@link Ok}, {@link Data}, {@link Error}, {@link AgreeUnixFd}).
 *
 * <p>Binary payloads ({@code AUTH}'s initial response, {@code DATA}) are hex on the wire and bytes here.
 * {@link #parse} is strict about what it accepts: an unknown command, a missing or extra argument, or bad hex
 * is an {@link AuthenticationException} whose message the state machines send back in an {@code ERROR}.
 * {@link #format} gives the line without its CRLF.
 *
 * {@snippet :
 * SaslCommand c = SaslCommand.parse("AUTH EXTERNAL 31303030");
 * if (c instanceof SaslCommand.Auth(var mech, var response)) {
 *     mech.orElseThrow();                                      // "EXTERNAL"
 *     new String(response.orElseThrow(), US_ASCII);            // "1000"
 * }
 * new SaslCommand.Rejected(List.of("EXTERNAL", "ANONYMOUS")).format(); // "REJECTED EXTERNAL ANONYMOUS"
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#auth-protocol">Authentication Protocol</a>
 */
public sealed interface SaslCommand {

    /** The line for this command, without the trailing CRLF. */
    String format();

    /**
     * {@code AUTH [mechanism [initial-response]]}. An empty initial response is the same as none (as in libdbus:
     * {@code "AUTH EXTERNAL "} and {@code "AUTH EXTERNAL"} both ask the server to send a {@code DATA} challenge).
     *
     * @param mechanism the mechanism name; empty for a bare {@code AUTH}, which asks for the server's list
     * @param initialResponse the decoded initial response, never present and empty
     */
    record Auth(Optional<String> mechanism, Optional<byte[]> initialResponse) implements SaslCommand {
        /** Validates the mechanism name; a response without a mechanism is an error. */
        public Auth {
            Objects.requireNonNull(mechanism, "mechanism");
            mechanism.ifPresent(m -> Commands.requireToken("mechanism name", m));
            initialResponse = initialResponse.filter(r -> r.length > 0).map(byte[]::clone);
            if (mechanism.isEmpty() && initialResponse.isPresent()) {
                throw new IllegalArgumentException("AUTH with an initial response needs a mechanism");
            }
        }

        /** {@code AUTH mechanism hex(response)}; {@code response} may be empty. */
        public static Auth of(String mechanism, byte[] response) {
            return new Auth(Optional.of(mechanism), Optional.of(response));
        }

        /** The initial response (a copy), if any. */
        @Override
        public Optional<byte[]> initialResponse() {
            return initialResponse.map(byte[]::clone);
        }

        @Override
        public String format() {
            StringBuilder sb = new StringBuilder("AUTH");
            mechanism.ifPresent(m -> sb.append(' ').append(m));
            initialResponse.ifPresent(r -> sb.append(' ').append(HexFormat.of().formatHex(r)));
            return sb.toString();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Auth(var m, var r) && m.equals(mechanism)
                    && Arrays.equals(r.orElse(null), initialResponse.orElse(null));
        }

        @Override
        public int hashCode() {
            return mechanism.hashCode() * 31 + Arrays.hashCode(initialResponse.orElse(null));
        }

        @Override
        public String toString() {
            return format();
        }
    }

    /** {@code CANCEL}: the client abandons the current mechanism. */
    record Cancel() implements SaslCommand {
        @Override
        public String format() {
            return "CANCEL";
        }
    }

    /** {@code BEGIN}: the client is done; the message stream starts right after this line. */
    record Begin() implements SaslCommand {
        @Override
        public String format() {
            return "BEGIN";
        }
    }

    /**
     * {@code DATA [hex]}: a challenge or response of the current mechanism; may be empty.
     *
     * @param data the decoded payload
     */
    record Data(byte[] data) implements SaslCommand {
        /** Copies {@code data}. */
        public Data {
            data = data.clone();
        }

        /** The payload (a copy). */
        @Override
        public byte[] data() {
            return data.clone();
        }

        @Override
        public String format() {
            return data.length == 0 ? "DATA" : "DATA " + HexFormat.of().formatHex(data);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Data d && Arrays.equals(d.data, data);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return format();
        }
    }

    /**
     * {@code ERROR [explanation]}: the last command was not understood or could not be processed.
     *
     * @param explanation human-readable text, printable ASCII; may be empty
     */
    record Error(String explanation) implements SaslCommand {
        /** Validates that the explanation is printable ASCII. */
        public Error {
            Commands.requireText("ERROR explanation", explanation);
        }

        @Override
        public String format() {
            return explanation.isEmpty() ? "ERROR" : "ERROR " + explanation;
        }
    }

    /** {@code NEGOTIATE_UNIX_FD}: the client asks to pass file descriptors on this connection. */
    record NegotiateUnixFd() implements SaslCommand {
        @Override
        public String format() {
            return "NEGOTIATE_UNIX_FD";
        }
    }

    /**
     * {@code REJECTED mechanisms...}: the current attempt failed; these are the mechanisms the server offers.
     *
     * @param mechanisms the server's mechanism names, in its order of preference
     */
    record Rejected(List<String> mechanisms) implements SaslCommand {
        /** Copies and validates the names. */
        public Rejected {
            mechanisms = List.copyOf(mechanisms);
            mechanisms.forEach(m -> Commands.requireToken("mechanism name", m));
        }

        @Override
        public String format() {
            return mechanisms.isEmpty() ? "REJECTED" : "REJECTED " + String.join(" ", mechanisms);
        }
    }

    /**
     * {@code OK guid}: the client is authenticated; the server's GUID follows.
     *
     * @param guid the server GUID in hex (the specification's servers send 32 hex digits; libdbus clients accept any
     *     non-empty hex, and so does this)
     */
    record Ok(String guid) implements SaslCommand {
        /** Validates that the GUID is non-empty hex. */
        public Ok {
            if (guid.isEmpty() || !guid.chars().allMatch(HexFormat::isHexDigit)) {
                throw new IllegalArgumentException("server GUID \"" + guid + "\" is not a non-empty hex string");
            }
        }

        @Override
        public String format() {
            return "OK " + guid;
        }
    }

    /** {@code AGREE_UNIX_FD}: the server agrees to pass file descriptors. */
    record AgreeUnixFd() implements SaslCommand {
        @Override
        public String format() {
            return "AGREE_UNIX_FD";
        }
    }

    /**
     * Parses one line (without CRLF; already checked to be printable ASCII) into a command.
     *
     * @throws AuthenticationException for an unknown command, wrong arguments or bad hex; the message is
     *     fit for an {@code ERROR} reply
     */
    static SaslCommand parse(String line) throws AuthenticationException {
        return Commands.parse(line);
    }
}
