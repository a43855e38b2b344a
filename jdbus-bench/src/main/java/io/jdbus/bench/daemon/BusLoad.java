package io.jdbus.bench.daemon;

import io.jdbus.connection.MessageBus;
import io.jdbus.daemon.BusDaemon;
import io.jdbus.match.MatchRule;
import io.jdbus.message.Message;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The embedded bus under load: many clients connected at once, each with a match rule on its own {@code arg0},
 * and one sender broadcasting signals that each match one client's rule, in turn. Every signal must arrive
 * exactly once at the one client it is for; prints the rate, the deliveries per client and the heap in use
 * (sampled while it runs, after a GC at the end).
 *
 * <pre>
 * java -Xmx512m -cp jdbus-bench/target/benchmarks.jar io.jdbus.bench.daemon.BusLoad [--clients=500] [--signals=100000]
 * </pre>
 * See docs/PERFORMANCE.md.
 */
public final class BusLoad {
    private BusLoad() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int clients = 500;
        int signals = 100_000;
        for (String a : args) {
            String value = a.substring(a.indexOf('=') + 1);
            switch (a.substring(0, Math.max(a.indexOf('='), 0))) {
                case "--clients" -> clients = Integer.parseInt(value);
                case "--signals" -> signals = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown option " + a + " (see the class comment)");
            }
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        try (BusDaemon daemon = BusDaemon.start()) {
            List<MessageBus> listeners = new ArrayList<>();
            AtomicLongArray received = new AtomicLongArray(clients);
            AtomicLong misdelivered = new AtomicLong();
            long connectStart = System.nanoTime();
            for (int i = 0; i < clients; i++) {
                MessageBus bus = MessageBus.connect(daemon.address());
                int me = i;
                bus.addMatch(MatchRule.parse("type='signal',interface='com.example.Load',arg0='client-" + i + "'"), m -> {
                    if (("client-" + me).equals(m.body().getFirst())) {
                        received.incrementAndGet(me);
                    } else {
                        misdelivered.incrementAndGet();
                    }
                });
                listeners.add(bus);
            }
            out.printf(Locale.ROOT, "%d clients connected with a match rule each in %.1f s; %d connections on the bus%n",
                    clients, (System.nanoTime() - connectStart) / 1e9, daemon.connectionCount());
            long peakHeap = 0;
            try (MessageBus sender = MessageBus.connect(daemon.address())) {
                long start = System.nanoTime();
                for (int s = 0; s < signals; s++) {
                    sender.send(Message.signal("/load", "com.example.Load", "Tick").body("su", "client-" + (s % clients), s).build());
                    if (s % 10_000 == 0) {
                        peakHeap = Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed());
                    }
                }
                // a round trip through the bus: every signal sent before it has been routed when it returns
                sender.call(Message.methodCall("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                        "GetId").build());
                long deadline = System.nanoTime() + 120_000_000_000L;
                while (total(received) < signals && System.nanoTime() < deadline) {
                    peakHeap = Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed());
                    Thread.sleep(10);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                long min = Long.MAX_VALUE;
                long max = 0;
                for (int i = 0; i < clients; i++) {
                    min = Math.min(min, received.get(i));
                    max = Math.max(max, received.get(i));
                }
                out.printf(Locale.ROOT, "%d signals broadcast, %d delivered (%d to a client whose rule did not match) in "
                        + "%.2f s: %.0f signals/s; per client %d..%d (expected %d)%n", signals, total(received),
                        misdelivered.get(), seconds, signals / seconds, min, max, signals / clients);
                out.println(total(received) == signals && misdelivered.get() == 0 ? "nothing lost" : "LOST OR MISDELIVERED");
            }
            System.gc();
            out.printf(Locale.ROOT, "heap: peak %.0f MiB while broadcasting, %.0f MiB after GC (max %.0f MiB)%n",
                    peakHeap / 1048576.0, memory.getHeapMemoryUsage().getUsed() / 1048576.0,
                    memory.getHeapMemoryUsage().getMax() / 1048576.0);
            listeners.forEach(MessageBus::close);
        }
    }

    private static long total(AtomicLongArray counts) {
        long t = 0;
        for (int i = 0; i < counts.length(); i++) {
            t += counts.get(i);
        }
        return t;
    }
}
