package io.jdbus.address;

import java.io.IOException;

/**
 * Thrown when a valid address cannot be used for what was asked: a transport jdbus does not support
 * ({@code autolaunch:}, {@code launchd:}), an unknown transport, a listen-only address given to connect,
 * or no session bus address in the environment.
 *
 * <p>It is an {@link IOException} because it is a failure of the environment rather than of the program: the
 * connection code that tries a list of addresses in order collects it like any other failed attempt.
 *
 * {@snippet :
 * try {
 *     Address.parse("autolaunch:").requireConnectable();
 * } catch (UnusableAddressException e) {
 *     System.err.println(e.getMessage());
 *     // autolaunch: address "autolaunch:" is not supported by jdbus: ... set DBUS_SESSION_BUS_ADDRESS ...
 * }
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#addresses">Server Addresses</a>
 */
public final class UnusableAddressException extends IOException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message that names the address and why it cannot be used. */
    public UnusableAddressException(String message) {
        super(message);
    }
}
