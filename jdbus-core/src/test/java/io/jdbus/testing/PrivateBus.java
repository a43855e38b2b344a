package io.jdbus.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A private dbus-daemon for one test: a temporary configuration with an allow-all policy, listening on a
 * socket in a temporary directory, stopped and removed by {@link #close()}. When dbus-daemon is not
 * installed the test is skipped with the reason; when the environment variable {@code CI} is set it fails.
 */
public final class PrivateBus implements AutoCloseable {
    private final Path dir;
    private final Process daemon;
    private final String address;

    private PrivateBus(Path dir, Process daemon, String address) {
        this.dir = dir;
        this.daemon = daemon;
        this.address = address;
    }

    /** Starts a bus that offers the given SASL mechanisms ({@code EXTERNAL} when none are given). */
    public static PrivateBus start(String... mechanisms) throws IOException {
        return startListening(null, mechanisms);
    }

    /**
     * Starts a bus listening on {@code listen} (a dbus-daemon {@code <listen>} address such as
     * {@code unix:abstract=NAME}), or on a socket in its temporary directory when {@code null}.
     */
    public static PrivateBus startListening(String listen, String... mechanisms) throws IOException {
        Path exe = findDaemon();
        Path dir = Files.createTempDirectory("jdbus-bus");
        StringBuilder auth = new StringBuilder();
        for (String m : mechanisms.length == 0 ? new String[] {"EXTERNAL"} : mechanisms) {
            auth.append("  <auth>").append(m).append("</auth>\n");
            if (m.equals("ANONYMOUS")) {
                auth.append("  <allow_anonymous/>\n");
            }
        }
        Path config = dir.resolve("bus.conf");
        Files.writeString(config, """
                <!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
                 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
                <busconfig>
                  <type>session</type>
                  <listen>%s</listen>
                %s  <policy context="default">
                    <allow send_destination="*" eavesdrop="true"/>
                    <allow eavesdrop="true"/>
                    <allow own="*"/>
                    <allow user="*"/>
                  </policy>
                </busconfig>
                """.formatted(listen != null ? listen : "unix:path=" + dir.resolve("socket"), auth));
        Process daemon = new ProcessBuilder(exe.toString(), "--config-file=" + config, "--nofork", "--print-address=1")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String address = new BufferedReader(new InputStreamReader(daemon.getInputStream(), StandardCharsets.UTF_8))
                .readLine();
        if (address == null) {
            daemon.destroyForcibly();
            throw new IOException("dbus-daemon exited before printing its address");
        }
        return new PrivateBus(dir, daemon, address.trim());
    }

    /** The bus's address, as dbus-daemon printed it ({@code unix:path=...,guid=...}). */
    public String address() {
        return address;
    }

    /** The path of the bus's socket. */
    public Path socket() {
        return dir.resolve("socket");
    }

    @Override
    public void close() throws IOException {
        if (!Files.exists(dir)) {
            return;   // closed already
        }
        daemon.destroy();
        try {
            if (!daemon.waitFor(5, TimeUnit.SECONDS)) {
                daemon.destroyForcibly();
            }
        } catch (InterruptedException e) {
            daemon.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static Path findDaemon() {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(d, "dbus-daemon");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        for (Path p : List.of(Path.of("/usr/bin/dbus-daemon"), Path.of("/bin/dbus-daemon"))) {
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        String why = "dbus-daemon is not installed (Debian package dbus-daemon)";
        Assertions.assertNull(System.getenv("CI"), why);
        Assumptions.abort(why);
        return null;
    }
}
