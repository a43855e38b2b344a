package io.jdbus.binding;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Java interface as a D-Bus interface and gives its name: what a typed proxy calls
 * ({@code proxyObject.as(Sample.class)}).
 * {@snippet :
 * @DBusInterface("com.example.SampleInterface0")
 * interface Sample {
 *     Frobated frobate(int foo);                   // Frobate(i) -> (s, a{us})
 *     record Frobated(String bar, Map<Integer, String> baz) { }
 * }
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-protocol-names-interface">Interface names</a>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DBusInterface {
    /** The D-Bus interface name, such as {@code org.freedesktop.NetworkManager}. */
    String value();
}
