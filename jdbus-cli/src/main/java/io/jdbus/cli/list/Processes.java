package io.jdbus.cli.list;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the local system says about a process and a user, as busctl adds it to a connection's
 * credentials: the process name from {@code /proc/PID/comm}, the user name from {@code /etc/passwd}.
 * Only meaningful when the bus runs on this machine, as it does for busctl too.
 */
final class Processes {
    private Processes() {
    }

    /** The process name of {@code pid}, or {@code null} when it cannot be read. */
    static String comm(long pid) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(pid), "comm")).strip();
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /** The name of user {@code uid}, or the number as text when {@code /etc/passwd} does not name it. */
    static String userName(long uid) {
        try {
            for (String line : Files.readAllLines(Path.of("/etc/passwd"))) {
                String[] fields = line.split(":", -1);
                if (fields.length > 2 && fields[2].equals(Long.toString(uid))) {
                    return fields[0];
                }
            }
        } catch (IOException | SecurityException e) {
            // fall through to the number
        }
        return Long.toString(uid);
    }
}
