package io.jdbus.bench.roundtrip;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Calls per second of each contender and queue depth over the repeats; prints the medians, the ratios and the targets. */
final class Report {
    /** A minimum ratio the issue sets for jdbus against another contender at one queue depth. */
    record Target(String against, int queue, double ratio) {
    }

    private final List<Integer> queues;
    private final Map<String, Map<Integer, List<Double>>> rates = new LinkedHashMap<>();
    private final Map<String, Map<Integer, List<Double>>> cpu = new LinkedHashMap<>();

    Report(List<Integer> queues) {
        this.queues = List.copyOf(queues);
    }

    void add(String contender, int queue, double callsPerSecond, double cpuMicrosPerCall) {
        rates.computeIfAbsent(contender, c -> new LinkedHashMap<>())
                .computeIfAbsent(queue, q -> new ArrayList<>()).add(callsPerSecond);
        cpu.computeIfAbsent(contender, c -> new LinkedHashMap<>())
                .computeIfAbsent(queue, q -> new ArrayList<>()).add(cpuMicrosPerCall);
    }

    /** The median calls/s over the repeats, or NaN when there was no run. */
    double median(String contender, int queue) {
        return median(rates, contender, queue);
    }

    private static double median(Map<String, Map<Integer, List<Double>>> values, String contender, int queue) {
        List<Double> runs = values.getOrDefault(contender, Map.of()).getOrDefault(queue, List.of());
        if (runs.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = runs.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    void print(PrintStream out, String jdbus, List<Target> targets) {
        out.printf("%n%-34s", "calls/s (median)");
        for (int q : queues) {
            out.printf(" %14s %-28s", "queue " + q, "(runs)");
        }
        out.println();
        rates.forEach((contender, byQueue) -> {
            out.printf("%-34s", contender);
            for (int q : queues) {
                List<String> runs = byQueue.getOrDefault(q, List.of()).stream().map(r -> "%,.0f".formatted(r)).toList();
                out.printf(" %,14.0f %-28s", median(contender, q), "(" + String.join(" ", runs) + ")");
            }
            out.println();
        });
        out.printf("%n%-34s", "CPU µs per call (median)");
        for (int q : queues) {
            out.printf(" %14s %-28s", "queue " + q, "(bus + service + client)");
        }
        out.println();
        for (String contender : cpu.keySet()) {
            out.printf("%-34s", contender);
            for (int q : queues) {
                out.printf(" %14.1f %-28s", median(cpu, contender, q), "");
            }
            out.println();
        }
        out.println();
        for (String other : rates.keySet()) {
            if (other.equals(jdbus)) {
                continue;
            }
            out.printf("%-34s", "jdbus / " + other);
            for (int q : queues) {
                out.printf(" %13.2f× %-28s", median(jdbus, q) / median(other, q), targetText(targets, other, q, jdbus));
            }
            out.println();
        }
    }

    private String targetText(List<Target> targets, String other, int queue, String jdbus) {
        for (Target t : targets) {
            if (t.against().equals(other) && t.queue() == queue) {
                boolean met = median(jdbus, queue) / median(other, queue) >= t.ratio();
                return "(target ≥ %.1f×: %s)".formatted(t.ratio(), met ? "met" : "MISSED");
            }
        }
        return "";
    }
}
