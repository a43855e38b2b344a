/**
 * jdbus's test kit: {@link io.jdbus.testkit.BusTest} gives a JUnit 5 test class an embedded message bus and
 * injects connections to it, then checks that each test left no pending call, open subscription or thread.
 */
module io.jdbus.testkit {
    requires transitive io.jdbus;
    requires transitive io.jdbus.daemon;
    requires transitive org.junit.jupiter.api;

    exports io.jdbus.testkit;
}
