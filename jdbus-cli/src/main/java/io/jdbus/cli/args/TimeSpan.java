package io.jdbus.cli.args;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time spans as systemd's {@code parse_sec} reads them, as busctl's {@code --timeout=} takes them: a
 * number of seconds ({@code 5}, {@code 0.5}), or numbers with units added up ({@code 1min 30s},
 * {@code 500ms}, {@code 2h}), or {@code infinity}.
 *
 * {@snippet :
 * TimeSpan.parse("1.5");        // PT1.5S
 * TimeSpan.parse("1min 30s");   // PT1M30S
 * TimeSpan.parse("soon");       // null
 * }
 */
public final class TimeSpan {
    private static final Pattern PART = Pattern.compile("\\s*(\\d+(?:\\.\\d*)?|\\.\\d+)\\s*([a-zµ]*)");
    private static final long US = 1_000L;
    /** The longest span, standing for {@code infinity}. */
    private static final Duration FOREVER = Duration.ofNanos(Long.MAX_VALUE);
    private static final Map<String, Long> UNIT_NANOS = Map.ofEntries(
            Map.entry("", 1_000_000_000L),
            Map.entry("ns", 1L), Map.entry("nsec", 1L),
            Map.entry("us", US), Map.entry("usec", US), Map.entry("µs", US),
            Map.entry("ms", US * 1000), Map.entry("msec", US * 1000),
            Map.entry("s", 1_000_000_000L), Map.entry("sec", 1_000_000_000L),
            Map.entry("second", 1_000_000_000L), Map.entry("seconds", 1_000_000_000L),
            Map.entry("m", 60_000_000_000L), Map.entry("min", 60_000_000_000L),
            Map.entry("minute", 60_000_000_000L), Map.entry("minutes", 60_000_000_000L),
            Map.entry("h", 3_600_000_000_000L), Map.entry("hr", 3_600_000_000_000L),
            Map.entry("hour", 3_600_000_000_000L), Map.entry("hours", 3_600_000_000_000L),
            Map.entry("d", 86_400_000_000_000L), Map.entry("day", 86_400_000_000_000L),
            Map.entry("days", 86_400_000_000_000L),
            Map.entry("w", 604_800_000_000_000L), Map.entry("week", 604_800_000_000_000L),
            Map.entry("weeks", 604_800_000_000_000L));

    private TimeSpan() {
    }

    /** The span {@code text} names, or {@code null} when it is not a time span. */
    public static Duration parse(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        if (s.equals("infinity")) {
            return FOREVER;
        }
        if (s.isEmpty()) {
            return null;
        }
        Matcher m = PART.matcher(s);
        BigDecimal nanos = BigDecimal.ZERO;
        int at = 0;
        while (at < s.length()) {
            if (!m.find(at) || m.start() != at) {
                return null;
            }
            Long unit = UNIT_NANOS.get(m.group(2));
            if (unit == null) {
                return null;
            }
            nanos = nanos.add(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unit)));
            at = m.end();
        }
        return Duration.ofNanos(nanos.min(BigDecimal.valueOf(Long.MAX_VALUE)).longValue());
    }
}
