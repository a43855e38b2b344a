package io.jdbus.daemon.config;

/**
 * Thrown when dbus-daemon's command line is not valid; the message says which argument and why, as dbus-daemon
 * would, and {@link DaemonCommandLine#usage()} is the text to print after it.
 *
 * {@snippet :
 * try {
 *     DaemonCommandLine commandLine = DaemonCommandLine.parse(List.of(args));
 * } catch (InvalidCommandLineException e) {
 *     System.err.println(e.getMessage()); // --system specified but --session already requested; ...
 *     System.err.println(DaemonCommandLine.usage());
 *     System.exit(1);
 * }
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-daemon.1.html">dbus-daemon(1), OPTIONS</a>
 */
public final class InvalidCommandLineException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message that names the argument and what was wrong with it. */
    public InvalidCommandLineException(String message) {
        super(message);
    }
}
