package io.jdbus.bench.roundtrip;

import io.jdbus.bench.BenchOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The bus itself under load: {@code dbus-test-tool spam} against {@code dbus-test-tool echo} (both libdbus, so the
 * clients cost the same on either side) through dbus-daemon and through {@code jdbus daemon}, in the same run:
 * each bus is started once (a bus is a long-running process, so jdbus's JIT warm-up is not charged), warmed
 * up, then the runs take turns; prints each run, the medians and jdbus's ratio (dbus-daemon's time divided
 * by jdbus's: above 1.0 jdbus is faster).
 *
 * <pre>
 * java -cp jdbus-bench/target/benchmarks.jar io.jdbus.bench.roundtrip.BusThroughput
 *     [--count=20000] [--repeats=5] [--warmup=3] [--queues=1,32] [--jvm-arg=ARG]...   (for the jdbus daemon JVM)
 * </pre>
 * See docs/PERFORMANCE.md.
 */
public final class BusThroughput {
    private BusThroughput() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BenchOptions options = BenchOptions.parse(args, Set.of("count", "repeats", "warmup", "queues", "jvm-arg"));
        int count = options.integer("count", 20_000);
        int repeats = options.integer("repeats", 5);
        int warmup = options.integer("warmup", 3);
        List<Integer> queues = options.integers("queues", List.of(1, 32));
        List<String> jvmArgs = options.all("jvm-arg");
        Path tool = PrivateDaemon.onPath("dbus-test-tool").orElseThrow(() -> new IOException(
                "dbus-test-tool is not installed (Debian package dbus-tests)"));
        Path dbusDaemon = PrivateDaemon.executable().orElseThrow(() -> new IOException(
                "dbus-daemon is not installed (Debian package dbus-daemon)"));
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED"));
        java.addAll(jvmArgs);
        java.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.jdbus.cli.Main", "daemon"));
        Map<String, List<String>> buses = new LinkedHashMap<>();
        buses.put("dbus-daemon", List.of(dbusDaemon.toString()));
        buses.put("jdbus daemon", java);

        Map<String, PrivateDaemon> daemons = new LinkedHashMap<>();
        Map<String, CReference> echoes = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, List<String>> bus : buses.entrySet()) {
                PrivateDaemon daemon = PrivateDaemon.start(bus.getValue());
                daemons.put(bus.getKey(), daemon);
                CReference echo = new CReference(tool, daemon);
                echoes.put(bus.getKey(), echo);
                echo.start();
            }
            out.printf(Locale.ROOT, "spam --count=%d against echo, each bus started once; %d warm-up runs per bus, "
                    + "then %d timed runs taking turns%n", count, warmup, repeats);
            for (int queue : queues) {
                Map<String, long[]> times = new LinkedHashMap<>();
                for (String b : buses.keySet()) {
                    times.put(b, new long[repeats]);
                }
                for (int r = -warmup; r < repeats; r++) {
                    for (Map.Entry<String, CReference> echo : echoes.entrySet()) {
                        long nanos = echo.getValue().run(queue, count).nanos();
                        if (r >= 0) {
                            times.get(echo.getKey())[r] = nanos;
                            out.printf(Locale.ROOT, "queue=%-3d %-13s run %d: %7.0f calls/s%n", queue, echo.getKey(),
                                    r + 1, count / (nanos / 1e9));
                        }
                    }
                }
                double reference = median(times.get("dbus-daemon"));
                double jdbus = median(times.get("jdbus daemon"));
                out.printf(Locale.ROOT, "queue=%-3d median: dbus-daemon %.0f calls/s, jdbus daemon %.0f calls/s, "
                        + "jdbus/dbus-daemon %.2fx%n", queue, count / (reference / 1e9), count / (jdbus / 1e9),
                        reference / jdbus);
            }
        } finally {
            echoes.values().forEach(CReference::close);
            for (PrivateDaemon d : daemons.values()) {
                d.close();
            }
        }
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
