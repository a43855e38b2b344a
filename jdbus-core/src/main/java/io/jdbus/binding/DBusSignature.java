package io.jdbus.binding;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The D-Bus type of an exported method's parameter, result or property where inference from the Java type
 * would choose another: a Java {@code long} sent as {@code u}, an {@code int} as {@code y}.
 * {@snippet :
 * @DBusProperty
 * @DBusSignature("y")
 * public int getBar() { return bar; }
 * }
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.PARAMETER})
public @interface DBusSignature {
    /** One complete D-Bus type (for a method result with several out arguments: their concatenation). */
    String value();
}
