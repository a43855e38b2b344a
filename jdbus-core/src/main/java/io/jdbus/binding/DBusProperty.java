package io.jdbus.binding;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a getter ({@code getFoo()}, {@code isFoo()}, or any no-argument method) or a setter
 * ({@code setFoo(value)}) as access to the D-Bus property {@code Foo}, or to the property named here.
 * {@snippet :
 * @DBusProperty
 * long getBar();             // property Bar, a y widened to long
 * @DBusProperty
 * void setBar(int value);
 * }
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface DBusProperty {
    /** The D-Bus property name; empty for the name derived from the Java method. */
    String value() default "";

    /**
     * For an exported property (on its getter): what {@code PropertiesChanged} says of a change, written into
     * the introspection as {@code org.freedesktop.DBus.Property.EmitsChangedSignal}: {@code TRUE} the new value
     * (the default), {@code INVALIDATES} only the name, {@code CONST} or {@code FALSE} nothing.
     */
    io.jdbus.introspect.EmitsChangedSignal emitsChange() default io.jdbus.introspect.EmitsChangedSignal.TRUE;
}
