package io.jdbus.bench.roundtrip;

import io.jdbus.bench.BenchOptions;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Round trips through a private dbus-daemon: {@code Echo(s) -> s} answered by each contender's service and
 * called by its client, one call at a time and with several in flight; jdbus against dbus-java 5.2.0 and the
 * C reference ({@code dbus-test-tool}). Warms up, runs every contender in turn for each repeat (so that a
 * noisy neighbour hits all alike), prints calls/s, the medians and the ratios, and stops all it started.
 *
 * <pre>
 * java -cp jdbus-bench/target/benchmarks.jar io.jdbus.bench.roundtrip.RoundTrip
 *     [--count=20000] [--repeats=3] [--warmup=2] [--queues=1,32] [--only=c,jdbus,dbus-java]
 *     [--jvm-arg=ARG]...   (for the service and client JVMs; {role} becomes e.g. jdbus-client)
 * </pre>
 * See docs/PERFORMANCE.md.
 */
public final class RoundTrip {
    static final String C = "C reference (libdbus)";
    static final String JDBUS = "jdbus";
    static final String DBUS_JAVA = "dbus-java 5.2.0";

    private RoundTrip() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BenchOptions options = BenchOptions.parse(args,
                Set.of("count", "repeats", "warmup", "queues", "only", "jvm-arg"));
        int count = options.integer("count", 20_000);
        int repeats = options.integer("repeats", 3);
        int warmup = options.integer("warmup", 2);
        List<Integer> queues = options.integers("queues", List.of(1, 32));
        List<String> only = options.words("only", List.of("c", "jdbus", "dbus-java")).stream()
                .map(w -> w.toLowerCase(Locale.ROOT)).toList();
        List<String> jvmArgs = options.all("jvm-arg");

        List<Contender> contenders = new ArrayList<>();
        if (only.contains("c")) {
            PrivateDaemon.onPath("dbus-test-tool").ifPresentOrElse(tool -> contenders.add(new CReference(tool)),
                    () -> out.println("C reference skipped: dbus-test-tool is not installed (Debian package dbus-tests)"));
        }
        if (only.contains("jdbus")) {
            contenders.add(new JvmContender(JDBUS, "jdbus", JdbusEchoService.class, JdbusEchoClient.class, jvmArgs));
        }
        if (only.contains("dbus-java")) {
            contenders.add(new JvmContender(DBUS_JAVA, "dbus-java", DbusJavaEchoService.class, DbusJavaEchoClient.class,
                    jvmArgs));
        }
        Thread stopAll = new Thread(() -> contenders.forEach(Contender::close));
        Runtime.getRuntime().addShutdownHook(stopAll);

        out.printf("Round trips through dbus-daemon: Echo(s) -> s, %,d calls per run, queues %s, %d warm-up and %d measured"
                + " runs each, %s, %d CPUs%n", count, queues, warmup, repeats, Runtime.version(),
                Runtime.getRuntime().availableProcessors());
        for (Contender c : contenders) {
            c.start();
            if (c instanceof CReference ref) {
                out.printf("%s: a spam --count=1 process takes %.1f ms, subtracted from each run%n",
                        c.label(), ref.startupNanos() / 1e6);
            }
        }
        for (int w = 0; w < warmup; w++) {
            for (int q : queues) {
                for (Contender c : contenders) {
                    out.printf("warm-up %d  queue %-3d %s%n", w + 1, q, describe(c, c.run(q, count), count));
                }
            }
        }
        Report report = new Report(queues);
        for (int r = 0; r < repeats; r++) {
            for (int q : queues) {
                for (Contender c : contenders) {
                    Run run = c.run(q, count);
                    report.add(c.label(), q, run.rate(count), run.cpuMicrosPerCall(count));
                    out.printf("run %d      queue %-3d %s%n", r + 1, q, describe(c, run, count));
                }
            }
        }
        report.print(out, JDBUS, List.of(
                new Report.Target(C, 1, 0.9), new Report.Target(C, 32, 0.8),
                new Report.Target(DBUS_JAVA, 1, 2.0), new Report.Target(DBUS_JAVA, 32, 2.0)));

        contenders.forEach(Contender::close);
        Runtime.getRuntime().removeShutdownHook(stopAll);
    }

    private static String describe(Contender c, Run run, int count) {
        return "%-24s %,10.0f calls/s   CPU per call: %5.1f µs (bus %.1f, service %.1f, client %.1f)".formatted(
                c.label(), run.rate(count), run.cpuMicrosPerCall(count), run.daemonCpu() / 1e3 / count,
                run.serviceCpu() / 1e3 / count, run.clientCpu() / 1e3 / count);
    }
}
