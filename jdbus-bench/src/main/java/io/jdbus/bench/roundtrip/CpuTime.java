package io.jdbus.bench.roundtrip;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * CPU time (user + system) that processes have used: what a run costs, which a noisy shared machine
 * disturbs far less than it disturbs calls per second. Resolution is the kernel's clock tick (10 ms on Linux).
 */
final class CpuTime {
    private CpuTime() {
    }

    /** CPU nanoseconds {@code process} has used so far, or -1 when the platform does not say. */
    static long of(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
    }

    /**
     * CPU nanoseconds used by the children of this JVM that it has waited for (on Linux, {@code cutime} +
     * {@code cstime} of {@code /proc/self/stat}), or -1 elsewhere. Used for short-lived clients such as spam.
     */
    static long ofReapedChildren() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after "pid (comm) ": state is field 0, cutime field 13, cstime field 14
            long ticks = Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
            return ticks * 10_000_000L;   // USER_HZ is 100 on every Linux the JDK runs on
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
