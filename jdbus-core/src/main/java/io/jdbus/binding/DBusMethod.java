package io.jdbus.binding;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the D-Bus method a Java method calls, where the default mapping (camelCase to PascalCase:
 * {@code getDevices} → {@code GetDevices}) does not give it. Unannotated abstract methods are methods too.
 * {@snippet :
 * @DBusMethod("GetAllDevices")
 * List<ObjectPath> everyDevice();
 * }
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface DBusMethod {
    /** The D-Bus member name; empty for the mapped Java name. */
    String value() default "";

    /**
     * For an exported method: callers need not wait for a reply ({@code org.freedesktop.DBus.Method.NoReply}
     * in the introspection). The method still answers callers that ask for a reply.
     */
    boolean noReply() default false;
}
