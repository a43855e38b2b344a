package io.jdbus.introspect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The introspection documents kept under {@code src/test/resources/introspect}. */
final class Samples {
    /** org.freedesktop.DBus as dbus-daemon 1.x introspects it; the spec's sample object; a GDBus-style file. */
    static final List<String> NAMES = List.of("org.freedesktop.DBus.xml", "sample_object0.xml", "gdbus-style.xml");

    private Samples() {
    }

    static String text(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/introspect/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource introspect/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Node node(String name) {
        return IntrospectionParser.parse(text(name));
    }
}
