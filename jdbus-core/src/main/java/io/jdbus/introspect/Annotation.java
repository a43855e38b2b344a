package io.jdbus.introspect;

import java.util.Objects;

/**
 * A name–value annotation on an interface, method, signal, property or argument, such as
 * {@code <annotation name="org.freedesktop.DBus.Deprecated" value="true"/>}.
 *
 * <p>The name is any non-empty text (in practice dotted like an interface name, but GDBus and libdbus do not check
 * it, and neither does jdbus); both strings must be representable in XML 1.0. Factories build the standard ones.
 * {@snippet :
 * Annotation deprecated = Annotation.deprecated();             // org.freedesktop.DBus.Deprecated = true
 * Annotation doc = Annotation.docString("Frobates the foo.");  // org.gtk.GDBus.DocString
 * new Annotation("org.gtk.GDBus.C.Name", "frobate");
 * }
 *
 * @param name the annotation name
 * @param value the annotation value
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#introspection-format">Introspection Data Format</a>
 */
public record Annotation(String name, String value) {
    /** {@code org.freedesktop.DBus.Deprecated}: {@code true} when the element is deprecated. */
    public static final String DEPRECATED = "org.freedesktop.DBus.Deprecated";
    /** {@code org.freedesktop.DBus.Method.NoReply}: {@code true} when a method's caller expects no reply. */
    public static final String NO_REPLY = "org.freedesktop.DBus.Method.NoReply";
    /** {@code org.freedesktop.DBus.Property.EmitsChangedSignal}: see {@link EmitsChangedSignal}. */
    public static final String EMITS_CHANGED_SIGNAL = "org.freedesktop.DBus.Property.EmitsChangedSignal";
    /** {@code org.gtk.GDBus.DocString}: documentation text, as gdbus-codegen reads it. */
    public static final String DOC_STRING = "org.gtk.GDBus.DocString";

    /** Validates the annotation; throws {@link InvalidIntrospectionException} for an empty name or unwritable text. */
    public Annotation {
        Objects.requireNonNull(name, "annotation name");
        Objects.requireNonNull(value, "annotation value");
        if (name.isEmpty()) {
            throw new InvalidIntrospectionException("annotation name is empty");
        }
        XmlText.check("annotation name", name);
        XmlText.check("value of annotation " + name, value);
    }

    /** {@code org.freedesktop.DBus.Deprecated = true}. */
    public static Annotation deprecated() {
        return new Annotation(DEPRECATED, "true");
    }

    /** {@code org.freedesktop.DBus.Method.NoReply = true}. */
    public static Annotation noReply() {
        return new Annotation(NO_REPLY, "true");
    }

    /** {@code org.freedesktop.DBus.Property.EmitsChangedSignal} with the value of {@code e}. */
    public static Annotation emitsChangedSignal(EmitsChangedSignal e) {
        return new Annotation(EMITS_CHANGED_SIGNAL, e.text());
    }

    /** {@code org.gtk.GDBus.DocString} with {@code text}. */
    public static Annotation docString(String text) {
        return new Annotation(DOC_STRING, text);
    }
}
