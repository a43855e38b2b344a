package io.jdbus.introspect;

/**
 * Whether a {@link Property} can be read, written or both, as its {@code access} attribute says.
 *
 * {@snippet :
 * Access a = Access.parse("readwrite");
 * a.readable();   // true
 * a.writable();   // true
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#introspection-format">Introspection Data Format</a>
 */
public enum Access {
    /** {@code read}: {@code Get} only. */
    READ("read"),
    /** {@code write}: {@code Set} only. */
    WRITE("write"),
    /** {@code readwrite}: both. */
    READWRITE("readwrite");

    private final String text;

    Access(String text) {
        this.text = text;
    }

    /** The attribute value: {@code read}, {@code write} or {@code readwrite}. */
    public String text() {
        return text;
    }

    /** Whether the property can be read with {@code org.freedesktop.DBus.Properties.Get}. */
    public boolean readable() {
        return this != WRITE;
    }

    /** Whether the property can be written with {@code org.freedesktop.DBus.Properties.Set}. */
    public boolean writable() {
        return this != READ;
    }

    /**
     * The access whose attribute value is {@code text}, exactly.
     *
     * @throws InvalidIntrospectionException if {@code text} is not {@code read}, {@code write} or {@code readwrite}
     */
    public static Access parse(String text) {
        for (Access a : values()) {
            if (a.text.equals(text)) {
                return a;
            }
        }
        throw new InvalidIntrospectionException("access " + XmlText.quote(text)
                + " is not \"read\", \"write\" or \"readwrite\"");
    }
}
