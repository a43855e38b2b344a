package io.jdbus.bench.roundtrip;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private dbus-daemon, or anything that takes its command line (such as {@code jdbus daemon}): a temporary
 * configuration with an allow-all policy, listening on a socket in a temporary directory; {@link #close()}
 * stops it and removes the directory.
 */
final class PrivateDaemon implements AutoCloseable {
    private final Path dir;
    private final Process daemon;
    private final String address;

    private PrivateDaemon(Path dir, Process daemon, String address) {
        this.dir = dir;
        this.daemon = daemon;
        this.address = address;
    }

    /** Starts a bus; fails when dbus-daemon is not installed (see {@link #executable()}). */
    static PrivateDaemon start() throws IOException {
        Path exe = executable().orElseThrow(() -> new IOException(
                "dbus-daemon is not installed (Debian package dbus-daemon)"));
        return start(java.util.List.of(exe.toString()));
    }

    /** Starts {@code command} with dbus-daemon's options {@code --config-file=... --nofork --print-address=1}. */
    static PrivateDaemon start(java.util.List<String> command) throws IOException {
        Path dir = Files.createTempDirectory("jdbus-roundtrip");
        Path config = dir.resolve("bus.conf");
        Files.writeString(config, """
                <!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
                 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
                <busconfig>
                  <type>session</type>
                  <listen>unix:path=%s</listen>
                  <auth>EXTERNAL</auth>
                  <policy context="default">
                    <allow send_destination="*" eavesdrop="true"/>
                    <allow eavesdrop="true"/>
                    <allow own="*"/>
                    <allow user="*"/>
                  </policy>
                </busconfig>
                """.formatted(dir.resolve("socket")));
        java.util.List<String> line = new java.util.ArrayList<>(command);
        line.addAll(java.util.List.of("--config-file=" + config, "--nofork", "--print-address=1"));
        Process daemon = new ProcessBuilder(line).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String address = new BufferedReader(new InputStreamReader(daemon.getInputStream(), StandardCharsets.UTF_8))
                .readLine();
        if (address == null) {
            daemon.destroyForcibly();
            deleteTree(dir);
            throw new IOException(command.getFirst() + " exited before printing its address");
        }
        return new PrivateDaemon(dir, daemon, address.trim());
    }

    /** dbus-daemon on the {@code PATH} or in {@code /usr/bin}, if installed. */
    static Optional<Path> executable() {
        return onPath("dbus-daemon");
    }

    /** An executable found on the {@code PATH}, else in {@code /usr/bin} or {@code /bin}. */
    static Optional<Path> onPath(String name) {
        String path = System.getenv().getOrDefault("PATH", "") + java.io.File.pathSeparator + "/usr/bin:/bin";
        for (String d : path.split(java.io.File.pathSeparator)) {
            Path p = Path.of(d.isEmpty() ? "." : d, name);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The daemon's process, for its CPU time. */
    ProcessHandle process() {
        return daemon.toHandle();
    }

    /** The bus's address, as dbus-daemon printed it ({@code unix:path=...,guid=...}). */
    String address() {
        return address;
    }

    @Override
    public void close() throws IOException {
        if (!Files.exists(dir)) {
            return;
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
        deleteTree(dir);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
