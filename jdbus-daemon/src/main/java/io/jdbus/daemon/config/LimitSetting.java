package io.jdbus.daemon.config;

import io.jdbus.daemon.BusLimits;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One {@code <limit name="...">N</limit>}, checked as dbus-daemon checks it: the name must be one of {@link
 * BusLimits#NAMES}, the value a decimal number, not negative, and at most 2<sup>31</sup>-1 for the counts and
 * timeouts that dbus-daemon keeps in an {@code int} (byte and descriptor limits may be larger).
 *
 * @param name the limit's name
 * @param value its value: bytes, a count, or milliseconds for the timeouts
 */
record LimitSetting(String name, long value) {
    /** The limits dbus-daemon keeps in a {@code long}; the others must fit an {@code int}. */
    private static final Set<String> WIDE = Set.of("max_incoming_bytes", "max_incoming_unix_fds",
            "max_outgoing_bytes", "max_outgoing_unix_fds", "max_message_size", "max_message_unix_fds");
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");

    /** Checks the name and the range. */
    LimitSetting {
        if (!BusLimits.NAMES.contains(name)) {
            throw unknown(name);
        }
        if (value < 0) {
            throw new IllegalArgumentException(element(name) + " cannot be negative, got " + value);
        }
        if (!WIDE.contains(name) && value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(element(name) + " is too large: " + value + " (at most "
                    + Integer.MAX_VALUE + ")");
        }
    }

    /**
     * The setting {@code <limit name="name">text</limit>} makes; whitespace around the number is allowed.
     *
     * @throws IllegalArgumentException for an unknown name, a text that is not a number, or a value out of range
     */
    static LimitSetting parse(String name, String text) {
        if (!BusLimits.NAMES.contains(name)) {
            throw unknown(name);
        }
        String digits = text.strip();
        if (!INTEGER.matcher(digits).matches()) {
            throw new IllegalArgumentException(element(name) + " needs a number, got \"" + digits + "\"");
        }
        try {
            return new LimitSetting(name, Long.parseLong(digits));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(element(name) + " is too large: " + digits);
        }
    }

    /** The limits with this one set. */
    BusLimits applyTo(BusLimits limits) {
        return limits.with(name, value);
    }

    private static IllegalArgumentException unknown(String name) {
        return new IllegalArgumentException("there is no limit called \"" + name + "\"; the limits are "
                + String.join(", ", BusLimits.NAMES));
    }

    private static String element(String name) {
        return "<limit name=\"" + name + "\">";
    }
}
