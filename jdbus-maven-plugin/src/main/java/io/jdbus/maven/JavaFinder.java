package io.jdbus.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a JDK 25 or newer to run the generator in: the first of the candidate JDK homes (the build's
 * toolchain, then {@code JAVA_HOME}, then the JDK Maven runs on) whose {@code release} file says version 25
 * or more.
 * <pre>{@code
 * Optional<Path> java = JavaFinder.first(List.of(toolchainHome, Path.of(System.getenv("JAVA_HOME"))));
 * }</pre>
 */
final class JavaFinder {
    static final int MINIMUM = 25;
    private static final Pattern VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(?:1\\.)?(\\d+)");

    private JavaFinder() {
    }

    /** The {@code bin/java} of the first home that holds a JDK of at least {@link #MINIMUM}. */
    static Optional<Path> first(List<Path> homes) {
        for (Path home : homes) {
            if (home != null && major(home) >= MINIMUM && Files.isExecutable(home.resolve("bin/java"))) {
                return Optional.of(home.resolve("bin/java"));
            }
        }
        return Optional.empty();
    }

    /** The major version a JDK home's {@code release} file declares, or 0. */
    static int major(Path home) {
        try {
            Matcher m = VERSION.matcher(Files.readString(home.resolve("release")));
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
