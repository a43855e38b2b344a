package io.jdbus.cli.daemon;

import io.jdbus.auth.Mechanism;
import io.jdbus.cli.ExitCode;
import io.jdbus.daemon.BusDaemon;
import io.jdbus.daemon.BusLimits;
import io.jdbus.daemon.config.BusConfig;
import io.jdbus.daemon.config.BusConfigParser;
import io.jdbus.daemon.config.DaemonCommandLine;
import io.jdbus.daemon.config.InvalidCommandLineException;
import io.jdbus.daemon.config.InvalidConfigException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * {@code jdbus daemon [OPTIONS]}: runs jdbus's message bus in the foreground until it is killed, taking
 * dbus-daemon's own command line ({@code --session}, {@code --config-file=FILE}, {@code --address=A},
 * {@code --print-address[=FD]}, {@code --print-pid[=FD]}, {@code --nofork}, ...) and configuration files,
 * so that it can stand in for dbus-daemon. Without a configuration it is a session bus on a fresh socket in
 * the temporary directory.
 * {@snippet lang=sh :
 * jdbus daemon --print-address                 # unix:path=/tmp/dbus-3f9a0c1d2e,guid=...
 * jdbus daemon --config-file=bus.conf --nofork --print-address=3
 * }
 */
public final class DaemonCommand {
    /** Where {@code --session} and {@code --system} find dbus-daemon's standard configuration. */
    private static final Path SESSION_CONF = Path.of("/usr/share/dbus-1/session.conf");
    private static final Path SYSTEM_CONF = Path.of("/usr/share/dbus-1/system.conf");

    private DaemonCommand() {
    }

    /** Runs the bus; returns only on a usage or start-up error (or after {@code --help}/{@code --version}). */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        DaemonCommandLine line;
        try {
            line = DaemonCommandLine.parse(args);
        } catch (InvalidCommandLineException e) {
            err.println("jdbus daemon: " + e.getMessage());
            err.print(DaemonCommandLine.usage());
            return ExitCode.USAGE;
        }
        if (line.help()) {
            out.print(DaemonCommandLine.usage());
            return ExitCode.OK;
        }
        if (line.version()) {
            out.println("jdbus message bus daemon (a stand-in for dbus-daemon)");
            return ExitCode.OK;
        }
        if (line.introspect()) {
            out.print(BusDaemon.introspectionXml());
            return ExitCode.OK;
        }
        if (line.fork()) {
            err.println("jdbus daemon: --fork is not supported: the bus runs in the foreground (use your shell's & or a "
                    + "service manager)");
            return ExitCode.USAGE;
        }
        BusConfig config;
        try {
            config = configuration(line).withCommandLine(line);
        } catch (InvalidConfigException e) {
            err.println("jdbus daemon: " + e.getMessage());
            return ExitCode.FAILURE;
        }
        BusDaemon daemon;
        try {
            daemon = start(config);
        } catch (IOException | RuntimeException e) {
            err.println("jdbus daemon: cannot start the bus: " + e.getMessage());
            return ExitCode.FAILURE;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(daemon::close, "jdbus-daemon-shutdown"));
        try {
            config.pidFile().ifPresent(p -> writePidFile(p, err));
            line.printAddressFd().ifPresent(fd -> print(fd, String.join(";", daemon.addresses()), out));
            line.printPidFd().ifPresent(fd -> print(fd, Long.toString(ProcessHandle.current().pid()), out));
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.io.UncheckedIOException e) {
            err.println("jdbus daemon: " + e.getMessage());
            daemon.close();
            return ExitCode.FAILURE;
        }
        return ExitCode.OK;
    }

    private static BusConfig configuration(DaemonCommandLine line) throws InvalidConfigException {
        Optional<Path> file = line.configFile()
                .or(() -> line.session() ? Optional.of(SESSION_CONF) : Optional.empty())
                .or(() -> line.system() ? Optional.of(SYSTEM_CONF) : Optional.empty());
        if (file.isPresent() && (Files.exists(file.get()) || line.configFile().isPresent())) {
            return BusConfigParser.parse(file.get());
        }
        // No file: dbus-daemon's standard session configuration, listening in the temporary directory.
        return new BusConfig(Optional.of("session"), List.of("unix:tmpdir=" + System.getProperty("java.io.tmpdir")),
                List.of("EXTERNAL"), false, BusLimits.SESSION, false, Optional.empty(), Optional.empty(), List.of(),
                List.of(), List.of());
    }

    /** Starts a bus as {@code config} describes. */
    public static BusDaemon start(BusConfig config) throws IOException {
        BusDaemon.Builder b = BusDaemon.builder().limits(config.limits()).allowAnonymous(config.allowAnonymous());
        if (!config.connectUsers().isEmpty()) {
            Set<Long> uids = Users.uids(config.connectUsers());
            long own = io.jdbus.transport.ProcessIdentity.uid();
            boolean everyone = config.connectUsers().contains("*");
            b.allowUid(uid -> everyone || uid == own || uid == 0 || uids.contains(uid));
        }
        config.type().ifPresent(b::type);
        config.listen().forEach(b::listen);
        if (!config.auth().isEmpty()) {
            List<Mechanism> mechanisms = new ArrayList<>();
            for (String name : config.auth()) {
                mechanisms.add(Mechanism.byName(name).orElseThrow(() -> new IOException("authentication mechanism "
                        + name + " is not supported (EXTERNAL, DBUS_COOKIE_SHA1 and ANONYMOUS are)")));
            }
            b.mechanisms(mechanisms.toArray(Mechanism[]::new));
        }
        return b.start();
    }

    private static void writePidFile(Path p, PrintStream err) {
        try {
            Files.writeString(p, ProcessHandle.current().pid() + "\n");
        } catch (IOException e) {
            err.println("jdbus daemon: cannot write the pid file " + p + ": " + e.getMessage());
        }
    }

    /** Writes {@code text} and a newline to descriptor {@code fd} (1: standard output), as dbus-daemon does. */
    private static void print(int fd, String text, PrintStream out) {
        byte[] line = (text + "\n").getBytes(StandardCharsets.UTF_8);
        if (fd == 1) {
            out.print(text + "\n");
            out.flush();
            return;
        }
        try (OutputStream o = Files.newOutputStream(Path.of("/proc/self/fd/" + fd))) {
            o.write(line);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot print to descriptor " + fd + ": " + e.getMessage(), e);
        }
    }
}
