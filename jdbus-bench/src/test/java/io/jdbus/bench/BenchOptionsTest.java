package io.jdbus.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The benchmark mains' options: values, defaults, repetition, and every malformed form rejected with its name. */
class BenchOptionsTest {
    private static final Set<String> KNOWN = Set.of("count", "queues", "only", "jvm-arg");

    @Test
    void valuesDefaultsAndRepeats() {
        BenchOptions o = BenchOptions.parse(new String[] {"--count=5", "--queues=1,32", "--jvm-arg=-Xmx1g",
            "--jvm-arg=-Da=b=c", "--count=7"}, KNOWN);
        assertEquals(7, o.integer("count", 1));
        assertEquals(List.of(1, 32), o.integers("queues", List.of()));
        assertEquals(List.of("-Xmx1g", "-Da=b=c"), o.all("jvm-arg"));
        assertEquals(List.of("c", "jdbus"), o.words("only", List.of("c", "jdbus")));
        assertEquals(List.of(), BenchOptions.parse(new String[0], KNOWN).all("jvm-arg"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--counts=5", "count=5", "--count", "-count=5", "--=5", "", "--Count=5"})
    void unknownOrMalformedOptionsAreNamed(String arg) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BenchOptions.parse(new String[] {arg}, KNOWN));
        assertTrue(e.getMessage().contains("unknown option " + arg), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--count=five", "--count=", "--queues=1,,2", "--queues=1,x"})
    void numbersThatAreNotAreNamed(String arg) {
        BenchOptions o = BenchOptions.parse(new String[] {arg}, KNOWN);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> {
            o.integer("count", 0);
            o.integers("queues", List.of());
        });
        assertTrue(e.getMessage().contains("not a number"), e.getMessage());
    }
}
