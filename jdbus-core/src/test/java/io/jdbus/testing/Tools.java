package io.jdbus.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** Finds the external programs interop tests compare with; skips the test when one is missing, fails on CI. */
public final class Tools {
    private Tools() {
    }

    /** The path of {@code program} on the PATH; aborts the test (or fails it when {@code CI} is set) when absent. */
    public static Path require(String program, String packageHint) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(d, program);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        String why = program + " is not installed (" + packageHint + "): skipping the comparison with it";
        Assertions.assertNull(System.getenv("CI"), why);
        Assumptions.abort(why);
        return null;
    }
}
