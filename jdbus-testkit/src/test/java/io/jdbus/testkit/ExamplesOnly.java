package io.jdbus.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks an example test class that the test kit's own tests run through {@link Examples}: many leak on
 * purpose, so they are disabled anywhere else (Surefire, an IDE running the enclosing class's file).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ExamplesOnly.Condition.class)
@interface ExamplesOnly {
    /** The configuration parameter {@link Examples} sets. */
    String KEY = "io.jdbus.testkit.examples";

    /** Enables a class only when {@link #KEY} is {@code true}. */
    final class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getConfigurationParameter(KEY).map(Boolean::parseBoolean).orElse(false)
                    ? ConditionEvaluationResult.enabled("run as an example")
                    : ConditionEvaluationResult.disabled("an example, run by the test kit's own tests");
        }
    }
}
