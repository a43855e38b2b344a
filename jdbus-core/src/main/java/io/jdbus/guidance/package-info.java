/**
 * Variant guidance (pydbus's): which types to give plain Java values at the {@code v} positions of a
 * method's signature, tried in order, instead of inferring them; and custom converters per argument.
 * {@link io.jdbus.guidance.VariantGuidance} is the parsed guidance text, {@link io.jdbus.guidance.Converters}
 * the converters, and {@link io.jdbus.guidance.GuidedArguments#prepare} the one entry point that turns a
 * method's Java arguments into values ready to encode. Pure: it depends only on {@code io.jdbus.types} and
 * never touches a bus. See {@code docs/GUIDANCE.md}.
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#container-types">Variants</a>
 */
package io.jdbus.guidance;
