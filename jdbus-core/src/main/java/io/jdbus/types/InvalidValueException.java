package io.jdbus.types;

/**
 * Thrown when a Java value does not fit a D-Bus signature; the message names the value, the expected
 * signature and where the value sits.
 *
 * {@snippet :
 * try {
 *     Values.coerceArguments(Signature.of("sa{sv}"), List.of("x", Map.of("Rate", Map.of())));
 * } catch (InvalidValueException e) {
 *     // argument 2 (a{sv}) → value for key "Rate": cannot infer a variant type for an empty map
 * }
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#type-system">Type system</a>
 */
public final class InvalidValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String where;
    private final String problem;

    /** An exception for {@code problem} at the innermost position (no position yet). */
    public InvalidValueException(String problem) {
        this("", problem);
    }

    private InvalidValueException(String where, String problem) {
        super(where.isEmpty() ? problem : where + ": " + problem);
        this.where = where;
        this.problem = problem;
    }

    /** The position of the value, outermost first, such as {@code argument 2 → element [3]}; may be empty. */
    public String where() {
        return where;
    }

    /** What was wrong with the value, without its position. */
    public String problem() {
        return problem;
    }

    /** The same problem, one level further out: {@code step} is prepended to the position. */
    public InvalidValueException within(String step) {
        InvalidValueException e = new InvalidValueException(where.isEmpty() ? step : step + " → " + where, problem);
        e.setStackTrace(getStackTrace());
        return e;
    }
}
