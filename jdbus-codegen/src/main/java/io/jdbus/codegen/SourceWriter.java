package io.jdbus.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes generated sources under an output directory (the only part of the generator that does I/O),
 * creating package directories and replacing files of the same name.
 *
 * {@snippet :
 * List<Path> written = SourceWriter.write(Path.of("target/generated-sources/dbus"),
 *         Generator.generate(Files.readString(Path.of("org.example.Foo.xml")), GeneratorOptions.of("com.example")));
 * }
 */
public final class SourceWriter {
    private SourceWriter() {
    }

    /** Writes each source to {@code outputDirectory/path} in UTF-8 and returns the files written, in order. */
    public static List<Path> write(Path outputDirectory, List<GeneratedSource> sources) throws IOException {
        Path root = outputDirectory.toAbsolutePath().normalize();
        List<Path> written = new ArrayList<>();
        for (GeneratedSource s : sources) {
            Path file = root.resolve(s.path()).normalize();
            if (!file.startsWith(root)) {
                throw new IllegalArgumentException("generated source " + s.path() + " would land outside " + root);
            }
            Files.createDirectories(file.getParent());
            Files.writeString(file, s.content(), StandardCharsets.UTF_8);
            written.add(file);
        }
        return List.copyOf(written);
    }
}
