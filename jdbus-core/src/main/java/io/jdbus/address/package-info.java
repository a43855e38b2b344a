/**
 * D-Bus server addresses: parsing, validation and formatting of address lists such as
 * {@code unix:path=/run/user/1000/bus;tcp:host=localhost,port=4711}, one record per transport, and the
 * session and system bus defaults. Pure: nothing here opens a socket, reads a file or the environment.
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#addresses">Server Addresses</a>
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#transports">Transports</a>
 */
package io.jdbus.address;
