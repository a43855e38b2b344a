package io.jdbus.bench.roundtrip;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A process the harness started, spoken to in lines ({@link ChildProcess}): its standard output is read on a
 * virtual thread, its standard error goes to ours. {@link #close()} closes its input, then ends it.
 */
final class Spawned implements AutoCloseable {
    private static final String EOF = "\0eof";

    private final String label;
    private final Process process;
    private final Writer in;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private Spawned(String label, Process process) {
        this.label = label;
        this.process = process;
        this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread.ofVirtual().name("stdout of " + label).start(this::pump);
    }

    /** Starts {@code command} with the bus address in {@code DBUS_SESSION_BUS_ADDRESS}. */
    static Spawned start(String label, List<String> command, String address) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().put("DBUS_SESSION_BUS_ADDRESS", address);
        return new Spawned(label, pb.start());
    }

    private void pump() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                lines.add(line);
            }
        } catch (IOException e) {
            // the process went away; EOF below says so
        }
        lines.add(EOF);
    }

    /** The process, for its CPU time. */
    ProcessHandle handle() {
        return process.toHandle();
    }

    /** Sends one line. */
    void send(String line) throws IOException {
        in.write(line + "\n");
        in.flush();
    }

    /** The next line it prints, waiting at most {@code timeout}; fails when it exits or stays silent. */
    String nextLine(Duration timeout) throws IOException {
        String line;
        try {
            line = lines.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + label, e);
        }
        if (line == null) {
            throw new IOException(label + " printed nothing within " + timeout.toSeconds() + " s");
        }
        if (line.equals(EOF)) {
            lines.add(EOF);
            throw new IOException(label + " exited" + (process.isAlive() ? "" : " with status " + exitValue()));
        }
        return line;
    }

    private int exitValue() {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /**
     * The next line that starts with one of {@code prefixes}; other lines (a JVM's own notices, such as JFR's)
     * go to our standard error.
     */
    String nextReply(Duration timeout, String... prefixes) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String line = nextLine(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            for (String p : prefixes) {
                if (line.startsWith(p)) {
                    return line;
                }
            }
            System.err.println(label + ": " + line);
        }
    }

    /** Waits for the {@code ready} line. */
    void awaitReady(Duration timeout) throws IOException {
        nextReply(timeout, "ready");
    }

    /** Closes its standard input and waits up to 10 s for it to exit, then ends it. */
    @Override
    public void close() {
        stop(Duration.ofSeconds(10));
    }

    /** Ends it now (for processes that do not read their standard input). */
    void terminate() {
        stop(Duration.ZERO);
    }

    private void stop(Duration grace) {
        try {
            in.close();
        } catch (IOException e) {
            // it is gone already
        }
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroy();
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
