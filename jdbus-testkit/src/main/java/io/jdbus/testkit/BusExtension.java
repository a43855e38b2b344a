package io.jdbus.testkit;

import io.jdbus.connection.MessageBus;
import io.jdbus.daemon.BusDaemon;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.util.List;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit 5 extension behind {@link BusTest}: one embedded bus per test class, connections injected as
 * parameters, and leak checks after each test.
 *
 * {@snippet :
 * @ExtendWith(BusExtension.class)          // or @BusTest, which also chooses the transport
 * @Timeout(30)
 * class SignalTest {
 *     @Test
 *     void aSubscriberSeesTheSignal(MessageBus sender, MessageBus receiver) throws Exception {
 *         var seen = new LinkedBlockingQueue<Message>();
 *         try (Subscription s = receiver.addMatch(MatchRule.parse("type='signal',interface='com.example.S'"), seen::add)) {
 *             sender.send(Message.signal("/a", "com.example.S", "Ping").build());
 *             assertEquals("Ping", seen.poll(10, TimeUnit.SECONDS).member());
 *         }
 *     }
 * }
 * }
 *
 * <p><b>Parameters.</b> Test methods, {@code @BeforeEach}/{@code @AfterEach} methods, {@code @BeforeAll}/
 * {@code @AfterAll} methods and constructors may declare
 * <ul>
 * <li>{@link MessageBus}: a new connection for each such parameter. One made for a test (its method, its
 *     {@code @BeforeEach} and {@code @AfterEach} methods, and with the default per-method lifecycle the
 *     constructor of its instance) is closed after the test; one made for {@code @BeforeAll} or for the
 *     constructor of a per-class instance is shared by the class's tests and closed after the class.</li>
 * <li>{@link BusDaemon}: the class's bus.</li>
 * <li>{@code @}{@link BusAddress} {@code String}: the bus's address.</li>
 * </ul>
 * Parameterized and repeated tests get fresh connections for each invocation.
 *
 * <p><b>Leak checks</b> (unless {@link BusTest#checkLeaks()} is false). After each test and its
 * {@code @AfterEach} methods, the test fails with an {@link AssertionError} that names each leak:
 * <ul>
 * <li>calls still waiting for their reply on a connection injected for the test, or new since the test began
 *     on a shared one, after a second to settle: {@code test left 1 pending call on :1.3: ...};</li>
 * <li>subscriptions left open in the same way ({@link MessageBus#subscriptionCount()}):
 *     {@code test left 2 subscriptions open on :1.3 ...};</li>
 * <li>then, once the test's connections are closed, platform threads started during the test that are still
 *     running two seconds later, by name: {@code test left 1 thread running ...: "worker-1"}. The JVM's, JUnit's
 *     and the shared pools of the JDK and of jdbus are not counted. The thread check is skipped when JUnit
 *     runs tests in parallel ({@code junit.jupiter.execution.parallel.enabled}), since other tests' threads
 *     would be taken for this one's.</li>
 * </ul>
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-bus">Message bus specification</a>
 */
public final class BusExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BusExtension.class);
    private static final String PARALLEL = "junit.jupiter.execution.parallel.enabled";
    /** The key of the connections shared by a class's tests, in the class's store. */
    private static final String SHARED = "shared connections";

    /** The key of the connections made for the constructor of a test instance, on the thread that builds it. */
    private record Constructed(Thread thread) {
    }

    /** Made by JUnit, for {@code @ExtendWith(BusExtension.class)} or {@link BusTest}. */
    public BusExtension() {
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        classBus(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        List<MessageBus> constructed = takeConstructed(classContext(context));
        TestScope scope = testScope(context);
        constructed.forEach(scope.connections()::add);
    }

    @Override
    public void afterEach(ExtensionContext context) throws InterruptedException {
        TestScope scope = context.getStore(NAMESPACE).remove(TestScope.class, TestScope.class);
        if (scope == null) {
            return;
        }
        List<String> leaks = scope.finish();
        if (!leaks.isEmpty()) {
            throw new AssertionError(String.join("\n", leaks));
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == MessageBus.class || type == BusDaemon.class || parameter.isAnnotated(BusAddress.class);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ClassBus bus = classBus(context);
        Class<?> type = parameter.getParameter().getType();
        if (parameter.isAnnotated(BusAddress.class)) {
            if (type != String.class) {
                throw new ParameterResolutionException("@BusAddress needs a String parameter, but " + describe(parameter)
                        + " is declared " + type.getTypeName());
            }
            return bus.daemon().address();
        }
        if (type == BusDaemon.class) {
            return bus.daemon();
        }
        MessageBus connection;
        try {
            connection = bus.connect();
        } catch (IOException e) {
            throw new ParameterResolutionException("could not connect " + describe(parameter) + " to the test bus at "
                    + bus.daemon().address() + ": " + e.getMessage(), e);
        }
        own(connection, parameter, context);
        return connection;
    }

    /** Puts {@code connection} in the scope that closes it: the test, or the class. */
    private static void own(MessageBus connection, ParameterContext parameter, ExtensionContext context) {
        if (context.getTestMethod().isPresent()) {
            testScope(context).connections().add(connection);
            return;
        }
        shared(context).add(connection);   // closed with the class, unless a test adopts it
        boolean instancePerTest = parameter.getDeclaringExecutable() instanceof Constructor<?>
                && context.getTestInstanceLifecycle().orElse(TestInstance.Lifecycle.PER_METHOD)
                        == TestInstance.Lifecycle.PER_METHOD;
        if (instancePerTest) {
            context.getStore(NAMESPACE).getOrComputeIfAbsent(new Constructed(Thread.currentThread()),
                    k -> new Connections(), Connections.class).add(connection);
        }
    }

    /** The connections made for the instance about to run a test on this thread, moved out of the class's scope. */
    private static List<MessageBus> takeConstructed(ExtensionContext classContext) {
        Connections constructed = classContext.getStore(NAMESPACE)
                .remove(new Constructed(Thread.currentThread()), Connections.class);
        if (constructed == null) {
            return List.of();
        }
        List<MessageBus> list = constructed.list();
        list.forEach(shared(classContext)::remove);
        return list;
    }

    private static TestScope testScope(ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(TestScope.class, k -> new TestScope(
                shared(context).list(), Settings.of(context.getRequiredTestClass()).checkLeaks(), !parallel(context)),
                TestScope.class);
    }

    private static Connections shared(ExtensionContext context) {
        return classContext(context).getStore(NAMESPACE).getOrComputeIfAbsent(SHARED, k -> new Connections(),
                Connections.class);
    }

    private static ClassBus classBus(ExtensionContext context) {
        ExtensionContext classContext = classContext(context);
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(ClassBus.class,
                k -> start(Settings.of(classContext.getRequiredTestClass())), ClassBus.class);
    }

    private static ClassBus start(Settings settings) {
        try {
            return ClassBus.start(settings);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the test bus (" + settings.transport() + "): "
                    + e.getMessage(), e);
        }
    }

    /** The context of the test class: the bus and the shared connections live there. */
    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext c = context;
        while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
            c = c.getParent().get();
        }
        return c;
    }

    private static boolean parallel(ExtensionContext context) {
        return context.getConfigurationParameter(PARALLEL).map(Boolean::parseBoolean).orElse(false);
    }

    private static String describe(ParameterContext parameter) {
        var executable = parameter.getDeclaringExecutable();
        String owner = executable instanceof Constructor<?> ? "the constructor of " + executable.getDeclaringClass().getName()
                : executable.getDeclaringClass().getName() + "." + executable.getName();
        return "parameter " + parameter.getIndex() + " (" + parameter.getParameter().getName() + ") of " + owner;
    }
}
