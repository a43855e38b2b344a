package io.jdbus.daemon.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Thrown when a bus configuration file cannot be used; the message names the file and the line, as in
 * {@code session.conf:12: <limit name="auth_timeout"> needs a number, got "abc"}.
 *
 * {@snippet :
 * try {
 *     BusConfig config = BusConfigParser.parse(Path.of("/usr/share/dbus-1/session.conf"));
 * } catch (InvalidConfigException e) {
 *     System.err.println(e.getMessage());
 *     System.exit(1);
 * }
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-daemon.1.html">dbus-daemon(1), CONFIGURATION FILE</a>
 */
public final class InvalidConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final String problem;

    /**
     * A fault described by {@code problem}, found in {@code file} at {@code line} (counted from 1; 0 when the fault
     * is about the file as a whole, such as a file that cannot be opened).
     */
    public InvalidConfigException(Path file, int line, String problem) {
        super(where(file, line) + ": " + problem);
        if (line < 0) {
            throw new IllegalArgumentException("a line number cannot be negative: " + line);
        }
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    /** The file the fault is in. */
    public Path file() {
        return file;
    }

    /** The line of {@link #file()} the fault is on, from 1, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }

    /** What was wrong, without the file and line. */
    public String problem() {
        return problem;
    }

    /** The same fault, noting that its file was included by {@code includer} at {@code includerLine}. */
    InvalidConfigException includedFrom(Path includer, int includerLine) {
        InvalidConfigException e = new InvalidConfigException(file, line,
                problem + " (included from " + where(includer, includerLine) + ")");
        e.setStackTrace(getStackTrace());
        return e;
    }

    /** {@code file:line}, or just the file for line 0. */
    static String where(Path file, int line) {
        Objects.requireNonNull(file, "file");
        return line == 0 ? file.toString() : file + ":" + line;
    }
}
