package io.jdbus.codegen;

import java.util.Objects;

/**
 * One generated Java compilation unit: where it goes, relative to a source root, and its text.
 *
 * {@snippet :
 * GeneratedSource s = Generator.generate(xml, GeneratorOptions.of("com.example.gen")).getFirst();
 * s.path();      // "com/example/gen/Sample.java"
 * s.typeName();  // "com.example.gen.Sample"
 * }
 *
 * @param path    the file's path relative to the source root, with {@code /} separators
 * @param content the Java source text
 */
public record GeneratedSource(String path, String content) {

    /** Checks that the path is relative, names a {@code .java} file and does not climb out of the root. */
    public GeneratedSource {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        if (!path.endsWith(".java") || path.startsWith("/") || path.contains("\\")
                || ("/" + path).contains("/../") || ("/" + path).contains("/./")) {
            throw new IllegalArgumentException("generated source path \"" + path
                    + "\" is not a relative path of a .java file inside the output directory");
        }
    }

    /** The fully qualified name of the type the file holds: {@code com.example.gen.Sample}. */
    public String typeName() {
        return path.substring(0, path.length() - ".java".length()).replace('/', '.');
    }
}
