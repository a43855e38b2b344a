package io.jdbus.bench.roundtrip;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The side of the harness's line protocol that runs in a service's or a client's JVM.
 *
 * <p>Both print {@code ready} once connected. A service then answers until its standard input closes. A
 * client reads {@code run QUEUE COUNT} lines and answers each with {@code done NANOS} (the time the calls
 * took, measured in the client's JVM) or {@code failed REASON}.
 */
final class ChildProcess {
    private ChildProcess() {
    }

    /** Keeps {@code service} answering until standard input closes, then closes it and exits. */
    static void serve(AutoCloseable service) throws Exception {
        PrintStream out = System.out;
        out.println("ready");
        out.flush();
        try (service) {
            while (System.in.read() >= 0) {
                // the harness closes our standard input to stop us
            }
        }
        System.exit(0);
    }

    /** Runs the harness's {@code run} requests on {@code client} until standard input closes. */
    static void drive(EchoClient client) throws Exception {
        PrintStream out = System.out;
        out.println("ready");
        out.flush();
        try (client; BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                String[] words = line.trim().split(" ");
                if (words.length != 3 || !words[0].equals("run")) {
                    out.println("failed unknown request: " + line);
                    out.flush();
                    continue;
                }
                out.println(run(client, Integer.parseInt(words[1]), Integer.parseInt(words[2])));
                out.flush();
            }
        }
        System.exit(0);
    }

    private static String run(EchoClient client, int queue, int count) {
        try {
            long start = System.nanoTime();
            client.calls(queue, count);
            return "done " + (System.nanoTime() - start);
        } catch (Exception | Error e) {
            e.printStackTrace();
            return "failed " + e;
        }
    }

    /** The two arguments every child main takes: the bus address and the service's well-known name. */
    static String[] addressAndName(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IOException("expected the arguments ADDRESS NAME");
        }
        return args;
    }
}
