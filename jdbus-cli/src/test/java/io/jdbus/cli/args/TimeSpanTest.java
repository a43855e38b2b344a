package io.jdbus.cli.args;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimeSpanTest {

    @Test
    void aPlainNumberIsSeconds() {
        assertEquals(Duration.ofSeconds(5), TimeSpan.parse("5"));
        assertEquals(Duration.ofMillis(1500), TimeSpan.parse("1.5"));
    }

    @Test
    void unitsAddUp() {
        assertEquals(Duration.ofSeconds(90), TimeSpan.parse("1min 30s"));
        assertEquals(Duration.ofMillis(500), TimeSpan.parse("500ms"));
        assertEquals(Duration.ofHours(2), TimeSpan.parse("2h"));
    }

    @Test
    void whatIsNotASpanIsNull() {
        assertNull(TimeSpan.parse("soon"));
        assertNull(TimeSpan.parse(""));
        assertNull(TimeSpan.parse("5 parsecs"));
        assertNull(TimeSpan.parse("-5"));
    }
}
