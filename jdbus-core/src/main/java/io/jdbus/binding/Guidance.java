package io.jdbus.binding;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Variant guidance for one parameter of a typed proxy method: the grammar of {@code docs/GUIDANCE.md},
 * counted over the {@code v}s of this parameter only.
 * {@snippet :
 * void mogrify(@Guidance("s") Mogrification bar);   // Mogrify((iiav)): every element of av a string
 * }
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Guidance {
    /** The guidance text, such as {@code "u/s"}. */
    String value();
}
