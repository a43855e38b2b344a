package io.jdbus.bench.roundtrip;

/**
 * One measured run: its wall time and the CPU time each process used meanwhile (-1 where unknown).
 * The JVM clients time their calls from inside; their CPU figures cover the same run plus the line exchange.
 */
record Run(long nanos, long daemonCpu, long serviceCpu, long clientCpu) {
    /** Calls per second for {@code count} calls. */
    double rate(int count) {
        return count / (nanos / 1e9);
    }

    /** CPU microseconds per call summed over the bus, the service and the client, or NaN when one is unknown. */
    double cpuMicrosPerCall(int count) {
        if (daemonCpu < 0 || serviceCpu < 0 || clientCpu < 0) {
            return Double.NaN;
        }
        return (daemonCpu + serviceCpu + clientCpu) / 1e3 / count;
    }
}
