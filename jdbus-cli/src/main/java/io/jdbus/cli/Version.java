package io.jdbus.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of the {@code jdbus} command, from the build ({@code version.properties}).
 * {@snippet :
 * Version.text();   // "jdbus 0.1.0-SNAPSHOT"
 * }
 */
public final class Version {
    private Version() {
    }

    /** {@code jdbus <version>}, or {@code jdbus (development build)} outside a packaged build. */
    public static String text() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "jdbus (development build)";
            }
            Properties properties = new Properties();
            properties.load(in);
            return "jdbus " + properties.getProperty("version", "(development build)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
