package io.jdbus.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.connection.MessageBus;
import io.jdbus.connection.Subscription;
import io.jdbus.match.MatchRule;
import io.jdbus.message.Message;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Each kind of leak fails the test that left it, with a message that names it; a test that leaves nothing
 * behind passes, and {@code checkLeaks = false} turns the checks off. The examples run through JUnit's
 * engine test kit.
 */
@Timeout(60)
class LeakDetectionTest {

    @ExamplesOnly
    @BusTest
    @Timeout(10)
    static class PendingCall {
        static volatile String client;

        @Test
        void leavesACallUnanswered(MessageBus service, MessageBus caller) throws Exception {
            client = caller.uniqueName();
            CountDownLatch arrived = new CountDownLatch(1);
            try (Subscription _ = service.handleCalls(c -> true, c -> {
                arrived.countDown();
                return null;   // never answers
            })) {
                caller.callAsync(Message.methodCall(service.uniqueName(), "/", "com.example.X", "Slow").build());
                assertTrue(arrived.await(5, TimeUnit.SECONDS));
            }
        }
    }

    @Test
    void aCallStillWaitingForItsReplyIsAPendingCallLeak() {
        String failure = Examples.onlyFailure(Examples.run(PendingCall.class));
        assertTrue(failure.startsWith("AssertionError: test left 1 pending call on " + PendingCall.client + ": "), failure);
    }

    @ExamplesOnly
    @BusTest
    @Timeout(10)
    static class OpenSubscriptions {
        static volatile String name;

        @Test
        void forgetsToClose(MessageBus bus) throws Exception {
            name = bus.uniqueName();
            bus.addMatch(MatchRule.parse("type='signal',interface='com.example.S'"), m -> { });
            bus.addHandler(m -> true, m -> { });
            bus.handleCalls(c -> false, c -> null);
            bus.watchNameOwner("com.example.Watched", owner -> { });
            Subscription closed = bus.addMatch(MatchRule.parse("type='signal',interface='com.example.T'"), m -> { });
            closed.close();
        }
    }

    @Test
    void subscriptionsLeftOpenAreCountedPerConnection() {
        String failure = Examples.onlyFailure(Examples.run(OpenSubscriptions.class));
        assertTrue(failure.startsWith("AssertionError: test left 4 subscriptions open on " + OpenSubscriptions.name + " ("),
                failure);
        assertTrue(failure.contains("close each Subscription"), failure);
    }

    @ExamplesOnly
    @BusTest
    @Timeout(10)
    static class SharedConnection {
        static MessageBus shared;
        static Subscription kept;

        @BeforeAll
        static void connect(MessageBus bus) throws Exception {
            shared = bus;
            kept = bus.addMatch(MatchRule.parse("type='signal',interface='com.example.Kept'"), m -> { });
        }

        @Test
        void addsToTheSharedConnection() throws Exception {
            shared.addMatch(MatchRule.parse("type='signal',interface='com.example.S'"), m -> { });
        }

        @Test
        void closesWhatItOpens() throws Exception {
            shared.addMatch(MatchRule.parse("type='signal',interface='com.example.T'"), m -> { }).close();
        }
    }

    @Test
    void onAConnectionSharedByTheClassOnlyWhatTheTestAddedCounts() {
        EngineExecutionResults results = Examples.run(SharedConnection.class);
        results.testEvents().assertStatistics(s -> s.started(2).succeeded(1).failed(1));
        assertEquals("AssertionError: test left 1 subscription open on " + SharedConnection.shared.uniqueName()
                + " (shared by the test class) (addHandler, handleCalls, addMatch, watchNameOwner or a proxy's signal"
                + " handler); close each Subscription, e.g. with try-with-resources", Examples.onlyFailure(results));
        assertTrue(!SharedConnection.shared.isOpen(), "a shared connection is closed after the class");
    }

    @ExamplesOnly
    @BusTest
    @Timeout(10)
    static class RunningThread {
        static volatile Thread worker;

        @Test
        void startsAThreadAndLeavesIt() {
            worker = Thread.ofPlatform().daemon().name("leaky-worker").start(() -> {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    // the enclosing test ends it
                }
            });
        }
    }

    @Test
    void aThreadStillRunningAfterTheTestIsReportedByName() throws Exception {
        try {
            String failure = Examples.onlyFailure(Examples.run(RunningThread.class));
            assertEquals("AssertionError: test left 1 thread running 2000 ms after it ended: \"leaky-worker\"", failure);
        } finally {
            RunningThread.worker.interrupt();
            RunningThread.worker.join(5000);
        }
    }

    @ExamplesOnly
    @BusTest
    @Timeout(10)
    static class UnclosedConnection {
        static volatile MessageBus own;

        @Test
        void connectsByItselfAndForgetsToClose(@BusAddress String address) throws Exception {
            own = MessageBus.connect(address);
        }
    }

    @Test
    void aConnectionTheTestOpenedAndDidNotCloseShowsAsItsReaderThread() {
        try {
            String failure = Examples.onlyFailure(Examples.run(UnclosedConnection.class));
            assertTrue(failure.startsWith("AssertionError: test left "), failure);
            assertTrue(failure.contains("\"jdbus-reader "), failure);
            assertTrue(failure.endsWith("a jdbus-reader thread belongs to a MessageBus the test opened and did not close"),
                    failure);
        } finally {
            UnclosedConnection.own.close();
        }
    }

    @ExamplesOnly
    @BusTest
    @Timeout(10)
    static class SeveralLeaks {
        @Test
        void leavesASubscriptionAndAThread(MessageBus bus) throws Exception {
            bus.addHandler(m -> true, m -> { });
            Thread.ofPlatform().name("short-lived-but-not-enough").start(() -> {
                try {
                    Thread.sleep(3000);
                } catch (InterruptedException e) {
                    // ends
                }
            });
        }
    }

    @Test
    void everyLeakOfATestIsListedInOneFailure() {
        List<String> lines = Examples.onlyFailure(Examples.run(SeveralLeaks.class)).lines().toList();
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("AssertionError: test left 1 subscription open on :"), lines.get(0));
        assertTrue(lines.get(1).startsWith("test left 1 thread running"), lines.get(1));
        assertTrue(lines.get(1).contains("\"short-lived-but-not-enough\""), lines.get(1));
    }

    @ExamplesOnly
    @BusTest(checkLeaks = false)
    @Timeout(10)
    static class ChecksOff {
        @Test
        void leaksButIsNotChecked(MessageBus bus) throws Exception {
            bus.addMatch(MatchRule.parse("type='signal'"), m -> { });
            bus.callAsync(Message.methodCall(bus.uniqueName(), "/", "com.example.X", "Nobody").build());
        }
    }

    @Test
    void withChecksOffLeaksPass() {
        Examples.run(ChecksOff.class).testEvents().assertStatistics(s -> s.started(1).succeeded(1));
    }
}
