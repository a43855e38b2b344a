package io.jdbus.bench.roundtrip;

import io.jdbus.connection.MessageBus;
import io.jdbus.message.Message;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The C reference (libdbus): {@code dbus-test-tool echo} as the service, one {@code dbus-test-tool spam}
 * process per run as the client. spam calls {@code com.example.Spam("hello, world!")} on {@code /} and
 * echo answers every call with an empty reply; the request is the JVM contenders' size, the reply 13 bytes
 * of body smaller.
 *
 * <p>A run is timed from starting spam to its exit, less the median time of {@code spam --count=1}
 * measured at start: exec, connecting, authenticating and Hello are not charged to the calls, as they are
 * not in the JVM clients, which time their calls from inside. (spam's CPU time, read when it has exited,
 * does include its start.)
 */
final class CReference implements Contender {
    private static final String NAME = "com.example.Echo.C";

    private final Path tool;
    private final boolean ownDaemon;
    private PrivateDaemon daemon;
    private Spawned echo;
    private long startupNanos;

    CReference(Path tool) {
        this.tool = tool;
        this.ownDaemon = true;
    }

    /** Runs on a bus someone else started and stops. */
    CReference(Path tool, PrivateDaemon bus) {
        this.tool = tool;
        this.daemon = bus;
        this.ownDaemon = false;
    }

    @Override
    public String label() {
        return RoundTrip.C;
    }

    /** How long a {@code spam --count=1} process takes, which {@link #run} subtracts. */
    long startupNanos() {
        return startupNanos;
    }

    @Override
    public void start() throws IOException {
        if (ownDaemon) {
            daemon = PrivateDaemon.start();
        }
        echo = Spawned.start("dbus-test-tool echo", List.of(tool.toString(), "echo", "--name=" + NAME), daemon.address());
        awaitOwner(Duration.ofSeconds(30));
        long[] startups = new long[5];
        for (int i = 0; i < startups.length; i++) {
            startups[i] = spam(1, 1);
        }
        java.util.Arrays.sort(startups);
        startupNanos = startups[startups.length / 2];
    }

    private void awaitOwner(Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (MessageBus bus = MessageBus.connect(daemon.address())) {
            while (true) {
                Message reply = bus.call(Message.methodCall("org.freedesktop.DBus", "/org/freedesktop/DBus",
                        "org.freedesktop.DBus", "NameHasOwner").body("s", NAME).build());
                if (Boolean.TRUE.equals(reply.body().getFirst())) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new IOException("dbus-test-tool echo did not take " + NAME + " within " + timeout.toSeconds() + " s");
                }
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    @Override
    public Run run(int queue, int count) throws IOException {
        long daemonCpu = CpuTime.of(daemon.process());
        long serviceCpu = CpuTime.of(echo.handle());
        long clientCpu = CpuTime.ofReapedChildren();
        long nanos = spam(queue, count) - startupNanos;
        long spamCpu = CpuTime.ofReapedChildren();
        return new Run(nanos, CpuTime.of(daemon.process()) - daemonCpu, CpuTime.of(echo.handle()) - serviceCpu,
                clientCpu < 0 || spamCpu < 0 ? -1 : spamCpu - clientCpu);
    }

    private long spam(int queue, int count) throws IOException {
        List<String> command = new ArrayList<>(List.of(tool.toString(), "spam", "--dest=" + NAME,
                "--count=" + count, "--queue=" + queue));
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().put("DBUS_SESSION_BUS_ADDRESS", daemon.address());
        long start = System.nanoTime();
        Process spam = pb.start();
        int status;
        try {
            status = spam.waitFor();
        } catch (InterruptedException e) {
            spam.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        long took = System.nanoTime() - start;
        if (status != 0) {
            throw new IOException("dbus-test-tool spam exited with status " + status);
        }
        return took;
    }

    @Override
    public void close() {
        if (echo != null) {
            echo.terminate();
        }
        if (daemon != null && ownDaemon) {
            try {
                daemon.close();
            } catch (IOException e) {
                System.err.println("could not remove the C reference's bus: " + e);
            }
        }
    }
}
