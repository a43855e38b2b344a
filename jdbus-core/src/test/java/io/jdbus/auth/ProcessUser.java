package io.jdbus.auth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The uid and name of the user running the tests, as the libdbus scripts' USERID_HEX and USERNAME_HEX use them. */
final class ProcessUser {
    private ProcessUser() {
    }

    static long uid() {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).longValue();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 1000;
        }
    }

    static String name() {
        String name = System.getProperty("user.name", "jdbus");
        return name.matches("[0-9]+") || name.isEmpty() ? "jdbus" : name;
    }
}
