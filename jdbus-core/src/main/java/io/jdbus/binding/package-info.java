/**
 * Annotations that bind Java interfaces to D-Bus interfaces: {@link io.jdbus.binding.DBusInterface},
 * {@link io.jdbus.binding.DBusMethod}, {@link io.jdbus.binding.DBusProperty},
 * {@link io.jdbus.binding.DBusSignal} and {@link io.jdbus.binding.Guidance}. Typed proxies
 * ({@code io.jdbus.client.ProxyObject#as}) read them; see {@code docs/BINDING.md}.
 */
package io.jdbus.binding;
