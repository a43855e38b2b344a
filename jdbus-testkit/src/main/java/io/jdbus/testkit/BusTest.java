package io.jdbus.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a JUnit 5 test class against a fresh embedded message bus ({@link io.jdbus.daemon.BusDaemon}), started
 * before the class's first test and closed after its last. Test methods, constructors and lifecycle methods
 * receive {@link io.jdbus.connection.MessageBus} parameters (a new connection each, closed after the test),
 * the {@link io.jdbus.daemon.BusDaemon} itself, and its address as a {@link BusAddress} {@code String}. After
 * each test the extension checks that the test left no pending call, no open subscription and no running
 * thread behind; see {@link BusExtension}.
 *
 * {@snippet :
 * @BusTest
 * @Timeout(30)
 * class EchoTest {
 *     @Test
 *     void theServiceAnswers(MessageBus service, MessageBus client) throws Exception {
 *         try (Subscription echo = service.handleCalls(c -> "Echo".equals(c.member()),
 *                 c -> Message.methodReturn(c).body("s", c.body().getFirst()).build())) {
 *             Message reply = client.call(Message.methodCall(service.uniqueName(), "/", "com.example.Echo", "Echo")
 *                     .body("s", "hi").build());
 *             assertEquals(List.of("hi"), reply.body());
 *         }
 *     }
 * }
 * }
 *
 * <p>{@code @ExtendWith(BusExtension.class)} alone gives the same with the defaults (a unix socket, leak
 * checks on). {@link org.junit.jupiter.api.Nested} classes share the bus of their enclosing class.
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-bus">Message bus specification</a>
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(BusExtension.class)
public @interface BusTest {
    /** Where the bus listens: a unix socket in the temporary directory (the default), or TCP on 127.0.0.1. */
    Transport transport() default Transport.UNIX;

    /** Whether each test fails when it leaves a pending call, an open subscription or a running thread behind. */
    boolean checkLeaks() default true;
}
