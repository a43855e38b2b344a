/**
 * Variant guidance (pydbus's): which types to give plain Java values at the {@code v} positions of a
 * method's signature, tried in order, instead of inferring them; and custom converters per argument.
 * Pure: values in, values ready to encode out. See {@code docs/GUIDANCE.md}.
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#container-types">Variants</a>
 */
package io.jdbus.guidance;
