/**
 * Immutable D-Bus messages, their builder, and the codec between messages and bytes, including a
 * streaming reader that takes bytes in chunks of any size.
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-protocol-messages">Message format</a>
 */
package io.jdbus.message;
