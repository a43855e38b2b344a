/**
 * The D-Bus type system: signatures parsed into a tree of {@link io.jdbus.types.Type}s, the container values
 * {@link io.jdbus.types.Variant} and {@link io.jdbus.types.Struct}, and the conversion of Java values by the
 * type table ({@link io.jdbus.types.Values}).
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#type-system">The type system</a>
 */
package io.jdbus.types;
