/**
 * The D-Bus marshalling format: values of any type to bytes and back, in both byte orders, with every
 * limit of the specification enforced before memory is allocated.
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-protocol-marshaling">Marshaling</a>
 */
package io.jdbus.wire;
