package io.jdbus.testkit;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The platform threads alive when a test began; afterwards, those started since that are still running.
 *
 * <p>Not counted: the JVM's own threads, JUnit's and Surefire's, the shared pools of the JDK (the common
 * fork-join pool, the virtual-thread scheduler, the process reaper) and of jdbus, which live as long as the
 * JVM or the bus by design: {@code jdbus-timeouts}, {@code jdbus-handshake-watchdog}, {@code jdbus-fd-cleaner},
 * {@code jdbus-daemon-timers} and {@code jdbus-daemon-writer}. Everything else, including a connection's
 * reader ({@code jdbus-reader}) and the bus's thread for that connection ({@code jdbus-daemon-client}), is
 * given {@link #GRACE} to end: a closed connection's threads take a moment. Virtual threads are not seen.
 */
final class ThreadSnapshot {
    static final Duration GRACE = Duration.ofSeconds(2);

    private static final List<String> IGNORED_PREFIXES = List.of(
            "jdbus-timeouts", "jdbus-handshake-watchdog", "jdbus-fd-cleaner", "jdbus-daemon-timers",
            "jdbus-daemon-writer",
            "ForkJoinPool", "process reaper", "Common-Cleaner", "Attach Listener", "Signal Dispatcher",
            "Reference Handler", "Finalizer", "Notification Thread", "JFR ", "Keep-Alive-",
            "junit-", "surefire-");
    private static final Set<String> IGNORED_GROUPS = Set.of("system", "InnocuousThreadGroup", "CarrierThreads");

    private final Set<Thread> before;

    private ThreadSnapshot(Set<Thread> before) {
        this.before = before;
    }

    /** The threads alive now. */
    static ThreadSnapshot take() {
        return new ThreadSnapshot(Set.copyOf(Thread.getAllStackTraces().keySet()));
    }

    /**
     * The threads started since the snapshot that are still alive after waiting up to {@link #GRACE} for
     * them to end, oldest id first; empty when none is.
     */
    List<Thread> survivors() throws InterruptedException {
        long deadline = System.nanoTime() + GRACE.toNanos();
        List<Thread> fresh = started();
        while (!fresh.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            fresh = started();
        }
        return fresh;
    }

    /** {@code survivors} as a leak report puts them: quoted names, and what jdbus's own threads mean. */
    static String describe(List<Thread> survivors) {
        String names = survivors.stream().map(t -> "\"" + t.getName() + "\"").collect(Collectors.joining(", "));
        StringBuilder s = new StringBuilder("test left " + ConnectionLeaks.count(survivors.size(), "thread")
                + " running " + GRACE.toMillis() + " ms after it ended: " + names);
        if (survivors.stream().anyMatch(t -> t.getName().startsWith("jdbus-reader"))) {
            s.append("; a jdbus-reader thread belongs to a MessageBus the test opened and did not close");
        }
        if (survivors.stream().anyMatch(t -> t.getName().startsWith("jdbus-daemon-accept"))) {
            s.append("; a jdbus-daemon-accept thread belongs to a BusDaemon the test started and did not close");
        }
        return s.toString();
    }

    private List<Thread> started() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !before.contains(t) && !ignored(t))
                .sorted(Comparator.comparingLong(Thread::threadId))
                .toList();
    }

    private static boolean ignored(Thread t) {
        if (t.isVirtual() || t == Thread.currentThread()) {
            return true;
        }
        ThreadGroup group = t.getThreadGroup();
        if (group == null || IGNORED_GROUPS.contains(group.getName())) {
            return true;   // ended meanwhile, or one of the JDK's own
        }
        String name = t.getName();
        return IGNORED_PREFIXES.stream().anyMatch(name::startsWith);
    }
}
