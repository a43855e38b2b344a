package io.jdbus.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The exact text generated from the test XML files, kept under {@code src/test/resources/golden}: a change of the
 * output shows up in review. After an intended change, regenerate with
 * {@code mvn -pl jdbus-codegen test -Dtest=GoldenSourcesTest -Dcodegen.updateGolden=true}.
 */
class GoldenSourcesTest {

    @ParameterizedTest
    @ValueSource(strings = {"com.example.Sample", "com.example.Calc", "edge.Names"})
    void generatedTextIsTheGoldenText(String name) throws IOException {
        List<GeneratedSource> sources = Generator.generate(
                GeneratedSourcesCompileTest.resource("introspection/" + name + ".xml"), GeneratorOptions.of("com.example.gen"));
        StringBuilder b = new StringBuilder();
        for (GeneratedSource s : sources) {
            b.append("=== ").append(s.path()).append('\n').append(s.content());
        }
        String actual = b.toString();
        if (Boolean.getBoolean("codegen.updateGolden")) {
            Path file = Path.of("src/test/resources/golden", name + ".txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(GeneratedSourcesCompileTest.resource("golden/" + name + ".txt"), actual);
    }
}
