package io.jdbus.auth;

/**
 * Where an {@link AuthClient} or {@link AuthServer} conversation stands after the last input.
 *
 * {@snippet :
 * switch (server.state()) {
 *     case WAITING_FOR_INPUT -> { }                                    // read more bytes
 *     case AUTHENTICATED -> startMessageStream(server.peer().orElseThrow());
 *     case FAILED -> throw server.failure().orElseThrow();             // after sending the last reply
 * }
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#auth-states">Authentication state diagrams</a>
 */
public enum AuthState {
    /** The conversation goes on: send what was returned, then feed the next bytes received. */
    WAITING_FOR_INPUT,
    /** Done: {@code BEGIN} was sent (client) or received (server); what follows on the stream are messages. */
    AUTHENTICATED,
    /** Done without success: send what was returned, then close the connection. */
    FAILED
}
