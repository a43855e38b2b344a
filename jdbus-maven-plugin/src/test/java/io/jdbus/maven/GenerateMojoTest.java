package io.jdbus.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generate goal as Maven runs it: XML in a source directory, the generator run in a JDK 25 of its own,
 * Java sources out, and the output directory added to the project's compile source roots.
 */
@Timeout(120)
class GenerateMojoTest {
    private static final String XML = """
            <node>
              <interface name="com.example.Thermostat">
                <method name="SetTarget">
                  <arg name="celsius" type="d" direction="in"/>
                  <arg name="accepted" type="b" direction="out"/>
                </method>
                <property name="Current" type="d" access="read"/>
                <signal name="Reached"><arg name="celsius" type="d"/></signal>
              </interface>
            </node>
            """;

    private static List<Path> generatorClasspath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> e.matches(".*jdbus-(core|codegen)(/target/classes|-[^/]*\\.jar)")).map(Path::of).toList();
    }

    private static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    @Test
    void generatesSourcesAndAddsThemToTheBuild(@TempDir Path dir) throws Exception {
        Path sources = Files.createDirectories(dir.resolve("src/main/dbus"));
        Files.writeString(sources.resolve("thermostat.xml"), XML);
        Path output = dir.resolve("target/generated-sources/jdbus");
        MavenProject project = new MavenProject();
        new GenerateMojo().configure(sources, "com.example.gen", output, true, true, java(), project)
                .generate(generatorClasspath());
        List<String> generated;
        try (Stream<Path> files = Files.walk(output)) {
            generated = files.filter(p -> p.toString().endsWith(".java")).map(p -> output.relativize(p).toString()).toList();
        }
        assertTrue(generated.stream().anyMatch(p -> p.startsWith("com/example/gen/") && p.contains("Thermostat")),
                generated.toString());
        assertTrue(project.getCompileSourceRoots().contains(output.toAbsolutePath().toString()),
                project.getCompileSourceRoots().toString());
    }

    @Test
    void noXmlMeansNothingToDo(@TempDir Path dir) throws Exception {
        MavenProject project = new MavenProject();
        new GenerateMojo().configure(dir.resolve("missing"), "com.example.gen", dir.resolve("out"), true, false, java(),
                project).generate(generatorClasspath());
        assertTrue(Files.notExists(dir.resolve("out")));
        assertEquals(List.of(), project.getCompileSourceRoots());
    }

    @Test
    void aBrokenFileFailsTheBuildWithTheGeneratorsReason(@TempDir Path dir) throws Exception {
        Path sources = Files.createDirectories(dir.resolve("dbus"));
        Files.writeString(sources.resolve("broken.xml"), "<node><interface name=\"com.example.X\">");
        var e = assertThrows(MojoExecutionException.class, () -> new GenerateMojo().configure(sources,
                "com.example.gen", dir.resolve("out"), true, false, java(), new MavenProject()).generate(generatorClasspath()));
        assertTrue(e.getMessage().contains("broken.xml"), e.getMessage());
    }

    @Test
    void aBadPackageNameFailsTheBuildWithTheReason(@TempDir Path dir) throws Exception {
        Path sources = Files.createDirectories(dir.resolve("dbus"));
        Files.writeString(sources.resolve("thermostat.xml"), XML);
        MavenProject project = new MavenProject();
        var e = assertThrows(MojoExecutionException.class, () -> new GenerateMojo().configure(sources,
                "com.example.int", dir.resolve("out"), true, false, java(), project).generate(generatorClasspath()));
        assertTrue(e.getMessage().contains("\"int\" is not a Java identifier"), e.getMessage());
        assertTrue(Files.notExists(dir.resolve("out")));
        assertEquals(List.of(), project.getCompileSourceRoots());
    }

    @Test
    void aGeneratorThatHangsWithItsOutputOpenIsStoppedAtTheTimeLimit(@TempDir Path dir) throws Exception {
        Path sources = Files.createDirectories(dir.resolve("dbus"));
        Files.writeString(sources.resolve("thermostat.xml"), XML);
        Path hanging = dir.resolve("java");
        Files.writeString(hanging, "#!/bin/sh\necho starting\nexec sleep 60\n");
        assertTrue(hanging.toFile().setExecutable(true));
        long start = System.nanoTime();
        var e = assertThrows(MojoExecutionException.class, () -> new GenerateMojo().configure(sources,
                "com.example.gen", dir.resolve("out"), true, false, hanging, new MavenProject()).timeout(1_000)
                .generate(generatorClasspath()));
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertTrue(e.getMessage().contains("did not finish within 1 s"), e.getMessage());
        assertTrue(e.getMessage().contains("starting"), e.getMessage());
        assertTrue(seconds < 30, "stopped after " + seconds + " s, not at the limit");
    }

    @Test
    void onlyAJdkOf25OrNewerRunsTheGenerator(@TempDir Path dir) throws Exception {
        Path old = Files.createDirectories(dir.resolve("jdk17/bin"));
        Files.writeString(dir.resolve("jdk17/release"), "JAVA_VERSION=\"17.0.12\"\n");
        Files.writeString(old.resolve("java"), "");
        old.resolve("java").toFile().setExecutable(true);
        Path home = Path.of(System.getProperty("java.home"));
        assertEquals(17, JavaFinder.major(dir.resolve("jdk17")));
        assertEquals(Optional.of(home.resolve("bin/java")), JavaFinder.first(List.of(dir.resolve("jdk17"), home)));
        assertEquals(Optional.empty(), JavaFinder.first(List.of(dir.resolve("jdk17"), dir.resolve("none"))));
        Files.writeString(dir.resolve("jdk17/release"), "JAVA_VERSION=\"garbage\"\n");
        assertEquals(0, JavaFinder.major(dir.resolve("jdk17")));
        assertEquals(0, JavaFinder.major(dir.resolve("none")));
    }
}
