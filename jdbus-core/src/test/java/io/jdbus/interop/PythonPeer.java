package io.jdbus.interop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One long-lived {@code /usr/bin/python3 glib_peer.py} process: a JSON line out, a JSON line back.
 *
 * <p>Debian's own interpreter is used on purpose: it is the one that sees python3-gi and
 * python3-jeepney (a pyenv or virtualenv python3 first on PATH does not). Not thread-safe.
 */
final class PythonPeer implements AutoCloseable {
    static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final String SCRIPT = "/interop/glib_peer.py";

    private final Process process;
    private final Writer in;
    private final BufferedReader out;
    private final Path script;
    private final Path stderr;

    private PythonPeer(Process process, Path script, Path stderr) {
        this.process = process;
        this.script = script;
        this.stderr = stderr;
        this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.US_ASCII);
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII));
    }

    static PythonPeer start() throws IOException {
        Path script = Files.createTempFile("jdbus-glib-peer", ".py");
        try (InputStream resource = PythonPeer.class.getResourceAsStream(SCRIPT)) {
            if (resource == null) {
                throw new IOException("test resource " + SCRIPT + " is missing");
            }
            Files.copy(resource, script, StandardCopyOption.REPLACE_EXISTING);
        }
        Path stderr = Files.createTempFile("jdbus-glib-peer", ".stderr");
        Process process = new ProcessBuilder(PYTHON.toString(), "-u", script.toString())
                .redirectError(stderr.toFile())
                .start();
        return new PythonPeer(process, script, stderr);
    }

    /** Sends one request and waits for its answer; a dead peer is an {@link UncheckedIOException} with its stderr. */
    @SuppressWarnings("unchecked")
    Map<String, Object> request(Map<String, ?> request) {
        try {
            in.write(Json.write(request));
            in.write('\n');
            in.flush();
            String line = out.readLine();
            if (line == null) {
                throw new IOException("the Python peer exited: " + stderrText());
            }
            return (Map<String, Object>) Json.parse(line);
        } catch (IOException e) {
            throw new UncheckedIOException("Python peer: " + e.getMessage(), e);
        }
    }

    String stderrText() {
        try {
            return Files.readString(stderr).strip();
        } catch (IOException e) {
            return "(stderr unreadable: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        try {
            in.close();
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
}
