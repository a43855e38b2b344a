package io.jdbus.client;

import java.io.IOException;

/**
 * A peer answered with values that do not match its own introspection: a reply, property value or signal
 * of another signature than the one declared. The call itself worked; what came back cannot be trusted.
 * {@snippet :
 * try {
 *     iface.call("Frobate", 5);
 * } catch (UnexpectedReplyException e) {
 *     System.err.println(e.getMessage());   // Frobate returned "i", but its introspection declares "sa{us}"
 * }
 * }
 */
public class UnexpectedReplyException extends IOException {
    private static final long serialVersionUID = 1L;

    /** An exception with the message given. */
    public UnexpectedReplyException(String message) {
        super(message);
    }
}
