package io.jdbus.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.connection.MessageBus;
import io.jdbus.daemon.BusDaemon;
import io.jdbus.message.Message;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every kind of parameter the extension resolves, in every place JUnit lets a parameter be declared. */
@BusTest
@Timeout(30)
class ParameterInjectionTest {
    private static BusDaemon firstDaemon;
    private static MessageBus fromBeforeAll;
    private static final Set<String> namesSeen = ConcurrentHashMap.newKeySet();

    private final MessageBus fromConstructor;
    private final String address;
    private MessageBus fromBeforeEach;

    ParameterInjectionTest(MessageBus bus, @BusAddress String address) {
        this.fromConstructor = bus;
        this.address = address;
    }

    @BeforeAll
    static void beforeAll(MessageBus bus, BusDaemon daemon) {
        fromBeforeAll = bus;
        firstDaemon = daemon;
    }

    @BeforeEach
    void beforeEach(MessageBus bus) {
        fromBeforeEach = bus;
    }

    @Test
    void everyMessageBusParameterIsANewOpenConnectionToTheClassBus(MessageBus a, MessageBus b, BusDaemon daemon) {
        List<MessageBus> all = List.of(fromBeforeAll, fromConstructor, fromBeforeEach, a, b);
        assertEquals(5, all.stream().map(MessageBus::uniqueName).distinct().count(), all.toString());
        for (MessageBus bus : all) {
            assertTrue(bus.isOpen(), bus.uniqueName());
            assertTrue(daemon.uniqueNames().contains(bus.uniqueName()), daemon.uniqueNames().toString());
        }
    }

    @Test
    void theBusAndItsAddressAreTheClasss(BusDaemon daemon, @BusAddress String address) {
        assertSame(firstDaemon, daemon);
        assertEquals(daemon.address(), address);
        assertEquals(this.address, address);
    }

    @RepeatedTest(3)
    void eachRepetitionGetsItsOwnConnection(RepetitionInfo repetition, MessageBus bus) {
        assertTrue(namesSeen.add(bus.uniqueName()), "reused " + bus.uniqueName() + " in repetition "
                + repetition.getCurrentRepetition());
    }

    @ParameterizedTest
    @ValueSource(strings = {"one", "two"})
    void parameterizedTestsTakeTheirArgumentsFirst(String word, MessageBus bus) throws Exception {
        assertTrue(namesSeen.add(bus.uniqueName()), "reused " + bus.uniqueName());
        Message reply = bus.call(Message.methodCall("org.freedesktop.DBus", "/org/freedesktop/DBus",
                "org.freedesktop.DBus", "NameHasOwner").body("s", bus.uniqueName()).build());
        assertEquals(List.of(true), reply.body(), word);
    }

    @Nested
    class NestedClasses {
        @Test
        void shareTheBusOfTheirEnclosingClass(BusDaemon daemon, MessageBus bus) {
            assertSame(firstDaemon, daemon);
            assertTrue(daemon.uniqueNames().contains(bus.uniqueName()));
        }
    }

    @ExamplesOnly
    @ExtendWith(BusExtension.class)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    @Timeout(10)
    static class Scopes {
        static BusDaemon daemon;
        static MessageBus shared;
        static MessageBus firstTest;
        static MessageBus firstConstructed;
        static volatile boolean firstClosedBySecond;
        static volatile boolean firstConstructedClosedBySecond;

        private final MessageBus constructed;

        Scopes(MessageBus constructed) {
            this.constructed = constructed;
        }

        @BeforeAll
        static void start(MessageBus bus, BusDaemon daemon) {
            shared = bus;
            Scopes.daemon = daemon;
        }

        @Test
        @Order(1)
        void first(MessageBus bus) {
            firstTest = bus;
            firstConstructed = constructed;
        }

        @Test
        @Order(2)
        void second() {
            firstClosedBySecond = !firstTest.isOpen();
            firstConstructedClosedBySecond = !firstConstructed.isOpen();
            assertTrue(shared.isOpen());
        }
    }

    @Test
    void testConnectionsCloseAfterTheirTestAndSharedOnesAndTheBusAfterTheClass() {
        Examples.run(Scopes.class).testEvents().assertStatistics(s -> s.started(2).succeeded(2));
        assertTrue(Scopes.firstClosedBySecond, "a test's parameter is closed after the test");
        assertTrue(Scopes.firstConstructedClosedBySecond, "a constructor's parameter is closed after its instance's test");
        assertFalse(Scopes.shared.isOpen(), "a @BeforeAll parameter is closed after the class");
        assertTrue(Scopes.daemon.address().startsWith("unix:path="), "@ExtendWith alone means the defaults");
        String socket = Scopes.daemon.addresses().getFirst();
        assertFalse(Files.exists(Path.of(socket.substring("unix:path=".length(),
                socket.indexOf(',')))), "the bus is closed and its socket removed after the class");
    }

    @ExamplesOnly
    @BusTest
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @Timeout(10)
    static class PerClassInstance {
        static final Set<String> names = ConcurrentHashMap.newKeySet();
        static MessageBus constructed;

        PerClassInstance(MessageBus bus) {
            constructed = bus;
        }

        @RepeatedTest(2)
        void usesTheConnectionOfItsOnlyInstance() {
            assertTrue(constructed.isOpen());
            names.add(constructed.uniqueName());
        }
    }

    @Test
    void aPerClassInstanceKeepsItsConstructorsConnectionForEveryTest() {
        Examples.run(PerClassInstance.class).testEvents().assertStatistics(s -> s.started(2).succeeded(2));
        assertEquals(1, PerClassInstance.names.size(), PerClassInstance.names.toString());
        assertFalse(PerClassInstance.constructed.isOpen(), "closed after the class");
    }

    @ExamplesOnly
    @BusTest
    @Timeout(10)
    static class WrongType {
        @Test
        void wantsTheAddressAsANumber(@BusAddress int address) {
            assertNotEquals(0, address);
        }
    }

    @Test
    void busAddressOnANonStringParameterSaysWhatIsWrong() {
        String failure = Examples.onlyFailure(Examples.run(WrongType.class));
        assertTrue(failure.startsWith("ParameterResolutionException: @BusAddress needs a String parameter, but parameter 0"),
                failure);
        assertTrue(failure.endsWith("WrongType.wantsTheAddressAsANumber is declared int"), failure);
    }

    @Test
    void differentClassesGetDifferentBuses(BusDaemon daemon) {
        Examples.run(Scopes.class);
        assertNotEquals(daemon.guid(), Scopes.daemon.guid());
    }
}
