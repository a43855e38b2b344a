package io.jdbus.introspect;

/**
 * The direction of an {@link Arg}: {@code in} (sent by the caller) or {@code out} (returned, or carried by a signal).
 *
 * {@snippet :
 * Direction.parse("out");   // OUT
 * Direction.IN.text();      // "in"
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#introspection-format">Introspection Data Format</a>
 */
public enum Direction {
    /** An argument the caller sends; the default for methods. */
    IN("in"),
    /** An argument the callee returns, or a signal carries; the default (and the only choice) for signals. */
    OUT("out");

    private final String text;

    Direction(String text) {
        this.text = text;
    }

    /** The attribute value, {@code in} or {@code out}. */
    public String text() {
        return text;
    }

    /**
     * The direction whose attribute value is {@code text}, exactly (lower case, as the DTD has it).
     *
     * @throws InvalidIntrospectionException if {@code text} is neither {@code in} nor {@code out}
     */
    public static Direction parse(String text) {
        for (Direction d : values()) {
            if (d.text.equals(text)) {
                return d;
            }
        }
        throw new InvalidIntrospectionException("direction " + XmlText.quote(text) + " is neither \"in\" nor \"out\"");
    }
}
