package io.jdbus.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code String} parameter that receives the address of the test bus of a {@link BusTest}, with its
 * GUID ({@code unix:path=/tmp/dbus-...,guid=...}): for code under test that connects by itself.
 *
 * {@snippet :
 * @BusTest
 * class ClientTest {
 *     @Test
 *     void connectsByAddress(@BusAddress String address) throws IOException {
 *         try (MessageBus bus = MessageBus.connect(address)) {
 *             assertTrue(bus.uniqueName().startsWith(":"));
 *         }
 *     }
 * }
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#addresses">Server addresses</a>
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface BusAddress {
}
