/**
 * The D-Bus authentication protocol (SASL) as pure state machines: {@link io.jdbus.auth.AuthClient} and
 * {@link io.jdbus.auth.AuthServer} take the bytes received and return the bytes to send, and never touch a
 * socket. The mechanisms are {@code EXTERNAL}, {@code DBUS_COOKIE_SHA1} and {@code ANONYMOUS}; the only
 * class here that does I/O is {@link io.jdbus.auth.FileCookieKeyring}, the {@code ~/.dbus-keyrings} store
 * behind {@link io.jdbus.auth.CookieKeyring}.
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#auth-protocol">Authentication Protocol</a>
 */
package io.jdbus.auth;
