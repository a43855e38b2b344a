package io.jdbus.connection;

import java.io.IOException;

/**
 * The connection is closed, or was lost, so a call cannot be made or will never be answered.
 *
 * {@snippet :
 * bus.close();
 * bus.call(message);   // throws ConnectionClosedException: connection closed
 * }
 */
public final class ConnectionClosedException extends IOException {
    private static final long serialVersionUID = 1L;

    /** An exception saying why the connection is closed. */
    public ConnectionClosedException(String message, Throwable cause) {
        super(message, cause);
    }
}
