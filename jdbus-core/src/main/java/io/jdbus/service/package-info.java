/**
 * Exporting annotated Java objects on a connection: dispatch of method calls on virtual threads, the
 * standard interfaces (Introspectable, Properties, Peer, ObjectManager), signals and PropertiesChanged.
 * See {@code docs/SERVICE.md}.
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#standard-interfaces">Standard interfaces</a>
 */
package io.jdbus.service;
