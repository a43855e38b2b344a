package io.jdbus.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.jdbus.message.MessageDecoder;
import io.jdbus.message.MessageEncoder;

/**
 * The codec benchmarks' ratios measured so that a noisy, shared machine moves both libraries alike: jdbus and
 * dbus-java run in alternating time slices (which goes first alternates too), each slice gives one ratio, and
 * the report is the median of those ratios with its spread. JMH runs one benchmark after the other, so a slow
 * minute of the machine lands on one library only; here it lands on a pair of neighbouring slices.
 * The operations are {@link CodecBenchmark}'s: decode with every header field and the body, encode through the
 * builder, for (a) PropertiesChanged and (b) GetManagedObjects. (b) is decoded as a connection decodes a large
 * message, from an array handed over ({@link MessageDecoder#decodeOwned}), and, as "(b) decode copy", from an array
 * the caller keeps, which costs a copy of the body. {@code --only=(b)} runs the pairs whose names contain "(b)".
 * {@snippet lang=sh :
 * java -cp jdbus-bench/target/benchmarks.jar io.jdbus.bench.CodecRatio --rounds=60 --slice-ms=100
 * }
 */
public final class CodecRatio {
    /** Keeps results reachable so that the work cannot be optimised away. */
    static volatile long sink;

    private CodecRatio() {
    }

    /** One operation of one library. */
    @FunctionalInterface
    interface Op {
        Object run() throws Exception;
    }

    /** The same operation in both libraries. */
    record Pair(String name, Op jdbus, Op dbusJava) {
    }

    /** What the rounds of one pair gave: medians of each library's operations per second and of the ratios. */
    record Result(String name, double jdbus, double dbusJava, double ratio, double lowRatio, double highRatio) {
        String line() {
            return String.format(Locale.ROOT, "%-12s jdbus %,14.0f/s   dbus-java %,12.0f/s   ratio %6.2fx (10th-90th percentile %.2f-%.2fx)",
                    name, jdbus, dbusJava, ratio, lowRatio, highRatio);
        }
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args, Set.of("rounds", "slice-ms", "only"));
        int rounds = options.integer("rounds", 60);
        int sliceMs = options.integer("slice-ms", 100);
        List<String> only = options.words("only", List.of());
        for (Pair pair : pairs()) {
            if (!only.isEmpty() && only.stream().noneMatch(pair.name()::contains)) {
                continue;
            }
            System.out.println(measure(pair, rounds, sliceMs * 1_000_000L).line());
        }
    }

    static List<Pair> pairs() throws Exception {
        JdbusMessages jdbus = new JdbusMessages();
        DbusJavaMessages dbusJava = new DbusJavaMessages();
        DbusJavaWire.Frame signal = DbusJavaWire.Frame.split(DbusJavaWire.toBytes(dbusJava.propertiesChanged()));
        DbusJavaWire.Frame reply = DbusJavaWire.Frame.split(DbusJavaWire.toBytes(dbusJava.managedObjectsReply()));
        byte[] signalBytes = DbusJavaWire.toBytes(dbusJava.propertiesChanged());
        byte[] replyBytes = DbusJavaWire.toBytes(dbusJava.managedObjectsReply());
        return List.of(
                new Pair("(a) decode", () -> MessageDecoder.decode(signalBytes).body(),
                        () -> signal.decode().getParameters()),
                new Pair("(a) encode", () -> MessageEncoder.encode(jdbus.propertiesChanged(1)),
                        () -> dbusJava.propertiesChanged().getWireData()),
                new Pair("(b) decode", () -> MessageDecoder.decodeOwned(replyBytes).body(),
                        () -> reply.decode().getParameters()),
                new Pair("(b) decode copy", () -> MessageDecoder.decode(replyBytes).body(),
                        () -> reply.decode().getParameters()),
                new Pair("(b) encode", () -> MessageEncoder.encode(jdbus.managedObjectsReply(1)),
                        () -> dbusJava.managedObjectsReply().getWireData()));
    }

    static Result measure(Pair pair, int rounds, long sliceNanos) throws Exception {
        for (int i = 0; i < 20; i++) {   // warm-up: two seconds each at the default slice
            rate(pair.jdbus(), sliceNanos);
            rate(pair.dbusJava(), sliceNanos);
        }
        double[] jdbus = new double[rounds];
        double[] dbusJava = new double[rounds];
        double[] ratios = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            if (r % 2 == 0) {
                jdbus[r] = rate(pair.jdbus(), sliceNanos);
                dbusJava[r] = rate(pair.dbusJava(), sliceNanos);
            } else {
                dbusJava[r] = rate(pair.dbusJava(), sliceNanos);
                jdbus[r] = rate(pair.jdbus(), sliceNanos);
            }
            ratios[r] = jdbus[r] / dbusJava[r];
        }
        return new Result(pair.name(), median(jdbus), median(dbusJava), median(ratios),
                percentile(ratios, 0.1), percentile(ratios, 0.9));
    }

    /** Operations per second of {@code op} run for about {@code sliceNanos}. */
    static double rate(Op op, long sliceNanos) throws Exception {
        long start = System.nanoTime();
        long end = start + sliceNanos;
        long count = 0;
        long now;
        long local = 0;
        do {
            for (int i = 0; i < 16; i++) {
                local += consume(op.run());
            }
            count += 16;
            now = System.nanoTime();
        } while (now < end);
        sink += local;
        return count * 1e9 / (now - start);
    }

    private static long consume(Object result) {
        return switch (result) {
            case List<?> l -> l.size();
            case byte[] b -> b.length;
            case Object[] a -> a.length;
            default -> 1;
        };
    }

    static double median(double[] values) {
        return percentile(values, 0.5);
    }

    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)))];
    }
}
