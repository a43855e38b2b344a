package io.jdbus.cli.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.cli.CliRun;
import io.jdbus.testing.PrivateBus;
import io.jdbus.testing.Tools;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jdbus completion bash}: the script parses, registers {@code _jdbus}, and completes verbs, options,
 * bus names and object paths when bash runs it against a {@code jdbus} wrapper that runs this build.
 */
@Timeout(60)
class BashCompletionTest {
    @TempDir
    Path dir;

    @Test
    void scriptParsesAndRegistersTheCompletionFunction() throws Exception {
        Path bash = Tools.require("bash", "Debian package bash");
        CliRun r = CliRun.run("completion", "bash");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("complete -F _jdbus jdbus"), r.out());
        Path script = dir.resolve("jdbus.bash");
        Files.writeString(script, r.out());
        Process p = new ProcessBuilder(bash.toString(), "-n", script.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
    }

    @Test
    void scriptOffersEveryVerbAndOption() {
        String script = CliRun.run("completion", "bash").out();
        String verbs = script.lines().filter(l -> l.strip().startsWith("local verbs=")).findFirst().orElseThrow();
        for (String verb : List.of("call", "status", "capture", "completion", "help", "decode")) {
            assertTrue(verbs.matches(".*[\" ]" + verb + "[\" ].*"), verb + " in " + verbs);
        }
        assertTrue(script.contains("--address= --session --system"), script);
    }

    @Test
    void completesVerbsFromAPrefix() throws Exception {
        assertEquals("call capture", complete("jdbus ca"));
        assertEquals("status", complete("jdbus --session st"));
    }

    @Test
    void completesOptions() throws Exception {
        assertEquals("--session --serve", complete("jdbus --se"));
    }

    @Test
    void completesBusNamesAndObjectPathsOnTheBusTheCommandLineNames() throws Exception {
        try (PrivateBus bus = PrivateBus.start()) {
            String address = bus.address();
            assertEquals("org.freedesktop.DBus", complete("jdbus --address=" + address + " introspect org.free"));
            assertEquals("/org/freedesktop/DBus",
                    complete("jdbus --address=" + address + " call org.freedesktop.DBus /org/"));
        }
    }

    /** Completes the last word of {@code line} as bash would for {@code jdbus}, with COMP_WORDS split at spaces. */
    private String complete(String line) throws Exception {
        Path bash = Tools.require("bash", "Debian package bash");
        Path jdbus = wrapper();
        String words = Stream.of(line.split(" ")).map(w -> "'" + w + "'").collect(Collectors.joining(" "));
        int cword = line.split(" ").length - 1;
        String command = "source <('" + jdbus + "' completion bash); COMP_WORDS=(" + words.replaceFirst("'jdbus'", "'" + jdbus + "'")
                + "); COMP_CWORD=" + cword + "; _jdbus; echo ${COMPREPLY[@]}";
        Process p = new ProcessBuilder(bash.toString(), "-c", command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return out.strip();
    }

    /** A {@code jdbus} script that runs this build's CLI with the test JVM. */
    private Path wrapper() throws Exception {
        Path script = dir.resolve("jdbus");
        if (Files.exists(script)) {
            return script;
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        String path = Stream.of(System.getProperty("jdk.module.path", ""), System.getProperty("java.class.path", ""))
                .filter(s -> !s.isEmpty()).collect(Collectors.joining(File.pathSeparator));
        Files.writeString(script, "#!/bin/sh\nexec '" + java + "' -cp '" + path + "' io.jdbus.cli.Main \"$@\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }
}
