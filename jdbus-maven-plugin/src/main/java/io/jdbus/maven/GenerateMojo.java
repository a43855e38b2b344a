package io.jdbus.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.toolchain.Toolchain;
import org.apache.maven.toolchain.ToolchainManager;

/**
 * {@code jdbus:generate}: generates typed Java interfaces (and service skeletons) from the D-Bus introspection
 * XML files of a project, in {@code generate-sources}, and adds them to the sources to compile, as users of
 * protobuf or JAXB expect.
 * <pre>{@code
 * <plugin>
 *   <groupId>io.jdbus</groupId>
 *   <artifactId>jdbus-maven-plugin</artifactId>
 *   <version>0.1.0-SNAPSHOT</version>
 *   <executions><execution><goals><goal>generate</goal></goals></execution></executions>
 *   <configuration>
 *     <packageName>com.example.nm</packageName>      <!-- XML from src/main/dbus -->
 *     <service>true</service>
 *   </configuration>
 * </plugin>
 * }</pre>
 * The generator needs Java 25; Maven may run on an older JDK: it runs in the build's JDK toolchain (as the
 * compiler does), else in {@code JAVA_HOME} or Maven's own JDK when either is 25 or newer.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {
    /** Where the introspection XML files are; every {@code *.xml} in it (not below) is read, in name order. */
    @Parameter(defaultValue = "${project.basedir}/src/main/dbus")
    private File sourceDirectory;

    /** The package of the generated classes. */
    @Parameter(required = true)
    private String packageName;

    /** Where the sources go; added to the project's compile source roots. */
    @Parameter(defaultValue = "${project.build.directory}/generated-sources/jdbus")
    private File outputDirectory;

    /** Whether to generate the typed client interfaces. */
    @Parameter(defaultValue = "true")
    private boolean client;

    /** Whether to generate service skeletons to implement. */
    @Parameter(defaultValue = "false")
    private boolean service;

    /** A {@code java} executable of JDK 25 or newer to run the generator in, instead of looking for one. */
    @Parameter(property = "jdbus.java")
    private File java;

    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true)
    private MavenSession session;

    @Parameter(defaultValue = "${plugin}", readonly = true)
    private PluginDescriptor plugin;

    @Component
    private ToolchainManager toolchains;

    private long timeoutMillis = TimeUnit.MINUTES.toMillis(5);

    /** For tests: the settings Maven would inject. */
    GenerateMojo configure(Path sources, String pkg, Path output, boolean clients, boolean services, Path javaExe,
            MavenProject p) {
        this.sourceDirectory = sources.toFile();
        this.packageName = pkg;
        this.outputDirectory = output.toFile();
        this.client = clients;
        this.service = services;
        this.java = javaExe.toFile();
        this.project = p;
        return this;
    }

    @Override
    public void execute() throws MojoExecutionException {
        List<Path> classpath = new ArrayList<>();
        for (Artifact a : plugin.getArtifacts()) {
            if (a.getGroupId().equals("io.jdbus") && a.getFile() != null) {
                classpath.add(a.getFile().toPath());
            }
        }
        generate(classpath);
    }

    /** Runs the generator on every XML file, with {@code classpath} holding jdbus-codegen and jdbus-core. */
    void generate(List<Path> classpath) throws MojoExecutionException {
        List<Path> xml = xmlFiles();
        if (xml.isEmpty()) {
            getLog().info("jdbus: no introspection XML in " + sourceDirectory + "; nothing to generate");
            return;
        }
        List<String> command = new ArrayList<>(List.of(javaExecutable().toString(), "-cp",
                String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList()),
                "io.jdbus.codegen.Main", "--package", packageName, "--output", outputDirectory.toString()));
        if (client) {
            command.add("--client");
        }
        if (service) {
            command.add("--service");
        }
        xml.forEach(p -> command.add(p.toString()));
        getLog().info("jdbus: generating " + packageName + " from " + xml.size() + " introspection file(s)");
        run(command);
        project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
    }

    private List<Path> xmlFiles() throws MojoExecutionException {
        Path dir = sourceDirectory.toPath();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().toList();
        } catch (IOException e) {
            throw new MojoExecutionException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private Path javaExecutable() throws MojoExecutionException {
        if (java != null) {
            return java.toPath();
        }
        List<Path> homes = new ArrayList<>();
        if (toolchains != null && session != null) {
            Toolchain jdk = toolchains.getToolchainFromBuildContext("jdk", session);
            if (jdk != null && jdk.findTool("java") != null) {
                homes.add(Path.of(jdk.findTool("java")).getParent().getParent());
            }
        }
        String javaHome = System.getenv("JAVA_HOME");
        if (javaHome != null && !javaHome.isEmpty()) {
            homes.add(Path.of(javaHome));
        }
        homes.add(Path.of(System.getProperty("java.home")));
        return JavaFinder.first(homes).orElseThrow(() -> new MojoExecutionException("jdbus: the generator needs a "
                + "JDK " + JavaFinder.MINIMUM + " or newer; looked at " + homes + ". Select one with "
                + "maven-toolchains-plugin (goal select-jdk-toolchain, version [25,)), set JAVA_HOME to it, or give "
                + "its java with -Djdbus.java=/path/to/bin/java"));
    }

    /** For tests: how long the generator may run before the build gives up on it. */
    GenerateMojo timeout(long millis) {
        this.timeoutMillis = millis;
        return this;
    }

    /**
     * Runs the generator, its output going to a file, so that the time limit counts from the start even when the
     * generator hangs with its output still open.
     */
    private void run(List<String> command) throws MojoExecutionException {
        Path log = null;
        try {
            log = Files.createTempFile("jdbus-generator", ".log");
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            p.getOutputStream().close();
            if (!p.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new MojoExecutionException("jdbus: the generator did not finish within " + timeoutMillis / 1000
                        + " s; its output so far:\n" + Files.readString(log, StandardCharsets.UTF_8));
            }
            String out = Files.readString(log, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new MojoExecutionException("jdbus: the generator failed (status " + p.exitValue() + "):\n" + out);
            }
            if (!out.isBlank()) {
                getLog().info(out.strip());
            }
        } catch (IOException e) {
            throw new MojoExecutionException("jdbus: cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("jdbus: interrupted", e);
        } finally {
            if (log != null) {
                try {
                    Files.deleteIfExists(log);
                } catch (IOException e) {
                    getLog().debug("jdbus: cannot delete " + log + ": " + e.getMessage());
                }
            }
        }
    }
}
