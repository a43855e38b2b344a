/**
 * The introspection data format of D-Bus as an immutable model: a {@link io.jdbus.introspect.Node} with its
 * {@link io.jdbus.introspect.Interface}s and child nodes, read from XML by
 * {@link io.jdbus.introspect.IntrospectionParser} (the JDK's StAX parser, locked down and bounded: introspection
 * XML comes from peers) and written back by {@link io.jdbus.introspect.IntrospectionWriter}. Pure: no bus, no I/O.
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#introspection-format">Introspection Data Format</a>
 */
package io.jdbus.introspect;
