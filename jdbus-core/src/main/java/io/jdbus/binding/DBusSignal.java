package io.jdbus.binding;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a subscription method: it takes one handler (a {@code Consumer} of the signal's one argument or
 * of a record of its arguments, or a {@code Runnable} for none) and returns an {@link AutoCloseable} that
 * ends the subscription. The signal is {@code onChanged} → {@code Changed}, or the name given here.
 * {@snippet :
 * @DBusSignal
 * AutoCloseable onChanged(Consumer<Boolean> handler);
 * }
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface DBusSignal {
    /** The D-Bus signal name; empty for the Java name without its {@code on} prefix. */
    String value() default "";
}
