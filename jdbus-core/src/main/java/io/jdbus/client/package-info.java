/**
 * The high-level client: proxies built from introspection data, as python-dbus-next's, with calls and
 * properties checked against it ({@link io.jdbus.client.ProxyObject}, {@link io.jdbus.client.ProxyInterface}),
 * typed proxies for {@code @DBusInterface} Java interfaces ({@code ProxyObject.as}), a property cache
 * kept current by PropertiesChanged, an ObjectManager client and a name watcher. Sits on
 * {@code io.jdbus.connection}; see {@code docs/CLIENT.md}.
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#introspection-format">Introspection data format</a>
 */
package io.jdbus.client;
