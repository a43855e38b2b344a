/**
 * Byte streams to a bus or a peer: unix-domain and TCP sockets, connecting and listening.
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#transports">Transports</a>
 */
package io.jdbus.transport;
