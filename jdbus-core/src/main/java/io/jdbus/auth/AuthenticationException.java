package io.jdbus.auth;

import java.io.IOException;

/**
 * Thrown when the authentication conversation fails: the peer rejected every mechanism, sent a line that
 * breaks the framing (no CRLF, too long), failed too often, or a cookie keyring could not be used. The
 * message says what was wrong and with which line.
 *
 * {@snippet :
 * byte[] reply = client.receive(buffer);
 * if (client.state() == AuthState.FAILED) {
 *     throw client.failure().orElseThrow();  // e.g. "server rejected every mechanism tried (EXTERNAL); it offers [ANONYMOUS]"
 * }
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#auth-protocol">Authentication Protocol</a>
 */
public class AuthenticationException extends IOException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message that says what went wrong. */
    public AuthenticationException(String message) {
        super(message);
    }

    /** Creates the exception with a message and the I/O failure behind it (e.g. from a keyring). */
    public AuthenticationException(String message, Throwable cause) {
        super(message, cause);
    }
}
