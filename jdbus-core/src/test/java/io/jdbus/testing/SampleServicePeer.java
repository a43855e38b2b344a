package io.jdbus.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The sample service of the design (com.example.name, {@code /com/example/sample_object0} and its two
 * children), implemented with python-dbus-next and run by Debian's own {@code /usr/bin/python3}: a peer
 * written by others for the client's tests. The service is ready when {@link #start} returns and stops
 * when {@link #close()} closes its stdin.
 *
 * <p>When python3-dbus-next is not installed the test is skipped with the reason; when the environment
 * variable {@code CI} is set it fails.
 * {@snippet :
 * try (PrivateBus bus = PrivateBus.start(); SampleServicePeer service = SampleServicePeer.start(bus.address())) {
 *     // call com.example.name at /com/example/sample_object0
 * }
 * }
 */
public final class SampleServicePeer implements AutoCloseable {
    /** The well-known name the service owns. */
    public static final String NAME = "com.example.name";
    /** The path of the root sample object. */
    public static final String ROOT = "/com/example/sample_object0";
    /** The interface every sample object exports. */
    public static final String INTERFACE = "com.example.SampleInterface0";

    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final String SCRIPT = "sample_service.py";

    private final Process process;
    private final Path script;
    private final Path stderr;

    private SampleServicePeer(Process process, Path script, Path stderr) {
        this.process = process;
        this.script = script;
        this.stderr = stderr;
    }

    /** Starts the service on the bus at {@code address} and waits (at most 20 s) until it owns its name. */
    public static SampleServicePeer start(String address) throws IOException {
        requireDbusNext();
        Path script = Files.createTempFile("jdbus-sample-service", ".py");
        try (InputStream resource = SampleServicePeer.class.getResourceAsStream(SCRIPT)) {
            if (resource == null) {
                throw new IOException("test resource " + SCRIPT + " is missing");
            }
            Files.copy(resource, script, StandardCopyOption.REPLACE_EXISTING);
        }
        Path stderr = Files.createTempFile("jdbus-sample-service", ".stderr");
        Process process = new ProcessBuilder(PYTHON.toString(), "-u", script.toString(), address)
                .redirectError(stderr.toFile())
                .start();
        SampleServicePeer peer = new SampleServicePeer(process, script, stderr);
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        });
        try {
            String line = ready.get(20, TimeUnit.SECONDS);
            if (!"ready".equals(line)) {
                throw new IOException("the sample service did not start: " + peer.stderrText());
            }
            return peer;
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            peer.close();
            throw new IOException("the sample service did not report ready within 20 s: " + peer.stderrText(), e);
        } catch (IOException e) {
            peer.close();
            throw e;
        }
    }

    /** What the service wrote on stderr so far (a Python traceback when it failed). */
    public String stderrText() {
        try {
            return Files.readString(stderr).strip();
        } catch (IOException e) {
            return "(stderr unreadable: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException | InterruptedException e) {
            process.destroyForcibly();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        } finally {
            try {
                Files.deleteIfExists(script);
                Files.deleteIfExists(stderr);
            } catch (IOException ignored) {
                // temporary files; nothing else to do
            }
        }
    }

    private static void requireDbusNext() throws IOException {
        String why = null;
        if (!Files.isExecutable(PYTHON)) {
            why = "Debian's python3 is not installed (" + PYTHON + ")";
        } else {
            try {
                Process probe = new ProcessBuilder(PYTHON.toString(), "-c", "import dbus_next")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!probe.waitFor(20, TimeUnit.SECONDS) || probe.exitValue() != 0) {
                    why = "python3-dbus-next is not installed (Debian package python3-dbus-next)";
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while looking for python3-dbus-next", e);
            }
        }
        if (why != null) {
            Assertions.assertNull(System.getenv("CI"), why);
            Assumptions.abort(why);
        }
    }
}
