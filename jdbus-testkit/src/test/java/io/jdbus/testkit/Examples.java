package io.jdbus.testkit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** Runs an {@link ExamplesOnly} test class with JUnit's engine test kit and reads what failed and why. */
final class Examples {
    private Examples() {
    }

    /** Runs every test of {@code example}. */
    static EngineExecutionResults run(Class<?> example) {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(example))
                .configurationParameter(ExamplesOnly.KEY, "true")
                .execute();
    }

    /** The messages of every failure, tests and containers alike, in the order they happened. */
    static List<String> failures(EngineExecutionResults results) {
        return results.allEvents().failed().stream()
                .map(Examples::throwable)
                .map(t -> t.getClass().getSimpleName() + ": " + t.getMessage())
                .toList();
    }

    /** The one failure of {@code results}; fails when there is none or more than one. */
    static String onlyFailure(EngineExecutionResults results) {
        List<String> failures = failures(results);
        if (failures.size() != 1) {
            throw new AssertionError("expected exactly one failure, got " + failures.size() + ": " + failures);
        }
        return failures.getFirst();
    }

    private static Throwable throwable(Event event) {
        return event.getRequiredPayload(TestExecutionResult.class).getThrowable()
                .orElseThrow(() -> new AssertionError("a failure without a throwable: " + event));
    }
}
