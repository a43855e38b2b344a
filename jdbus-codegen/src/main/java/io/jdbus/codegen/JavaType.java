package io.jdbus.codegen;

import io.jdbus.types.Type;

/**
 * The Java declaration chosen for a D-Bus type: as written where a primitive may stand ({@code long}) and
 * boxed for type arguments ({@code Long}), and whether the service layer, inferring a D-Bus type back from the
 * Java type, would get another one (so the declaration needs {@code @DBusSignature}).
 *
 * @param text      the declaration in a parameter, result or record component: {@code long}, {@code List<Long>}
 * @param boxed     the declaration as a type argument: {@code Long}, {@code List<Long>}
 * @param dbus      the D-Bus type
 * @param ambiguous whether inference from {@code text} would not give {@code dbus}
 */
record JavaType(String text, String boxed, Type dbus, boolean ambiguous) {

    /** {@code @DBusSignature("au") } when ambiguous, else nothing. */
    String signatureAnnotation() {
        return ambiguous ? "@DBusSignature(\"" + dbus.signature() + "\") " : "";
    }
}
