package io.jdbus.introspect;

import java.util.Optional;

/**
 * The values of the {@code org.freedesktop.DBus.Property.EmitsChangedSignal} annotation: whether, and how, a change
 * of a property is announced by {@code org.freedesktop.DBus.Properties.PropertiesChanged}.
 *
 * {@snippet :
 * EmitsChangedSignal.parse("invalidates");   // Optional[INVALIDATES]
 * EmitsChangedSignal.parse("yes");           // Optional.empty: not a value of the annotation
 * Annotation.emitsChangedSignal(EmitsChangedSignal.CONST);   // the annotation, value "const"
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#introspection-format">Introspection Data Format</a>
 * @see Interface#emitsChangedSignal(Property)
 */
public enum EmitsChangedSignal {
    /** {@code true}: the signal is emitted with the new value (the default). */
    TRUE("true"),
    /** {@code invalidates}: the signal is emitted, naming the property without its value. */
    INVALIDATES("invalidates"),
    /** {@code const}: the value never changes while the object exists. */
    CONST("const"),
    /** {@code false}: no signal; the value may change unannounced. */
    FALSE("false");

    private final String text;

    EmitsChangedSignal(String text) {
        this.text = text;
    }

    /** The annotation value. */
    public String text() {
        return text;
    }

    /** The constant whose annotation value is {@code text}, or empty for any other text (including {@code null}). */
    public static Optional<EmitsChangedSignal> parse(String text) {
        for (EmitsChangedSignal e : values()) {
            if (e.text.equals(text)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
