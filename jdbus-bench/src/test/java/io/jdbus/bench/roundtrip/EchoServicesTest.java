package io.jdbus.bench.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.connection.DBusErrorException;
import io.jdbus.connection.MessageBus;
import io.jdbus.connection.StandardError;
import io.jdbus.message.Message;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The round-trip harness's echo services answer correctly over a private dbus-daemon, and the jdbus and
 * dbus-java contenders speak the same protocol (each client against the other's service). The benchmark
 * itself never runs here.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class EchoServicesTest {
    private static final String JDBUS_NAME = "com.example.Echo.jdbus";
    private static final String DBUS_JAVA_NAME = "com.example.Echo.dbus_java";

    private PrivateDaemon daemon;

    @BeforeEach
    void startBus() throws IOException {
        if (PrivateDaemon.executable().isEmpty()) {
            String why = "dbus-daemon is not installed (Debian package dbus-daemon)";
            Assertions.assertNull(System.getenv("CI"), why);
            Assumptions.abort(why);
        }
        daemon = PrivateDaemon.start();
    }

    @AfterEach
    void stopBus() throws IOException {
        if (daemon != null) {
            daemon.close();
        }
    }

    private static Message echo(String destination, String signature, Object argument) {
        return Message.methodCall(destination, Echo.PATH, Echo.INTERFACE, Echo.MEMBER).body(signature, argument).build();
    }

    @Test
    void jdbusEchoAnswersWithTheStringItWasSent() throws Exception {
        try (MessageBus _ = JdbusEchoService.connectAndServe(daemon.address(), JDBUS_NAME);
                MessageBus client = MessageBus.connect(daemon.address())) {
            assertEquals(List.of("grüße, world"), client.call(echo(JDBUS_NAME, "s", "grüße, world")).body());
        }
    }

    @Test
    void jdbusEchoOfSomethingElseThanAStringIsInvalidArgs() throws Exception {
        try (MessageBus _ = JdbusEchoService.connectAndServe(daemon.address(), JDBUS_NAME);
                MessageBus client = MessageBus.connect(daemon.address())) {
            DBusErrorException e = assertThrows(DBusErrorException.class, () -> client.call(echo(JDBUS_NAME, "i", 5)));
            assertTrue(e.is(StandardError.INVALID_ARGS), e.toString());
        }
    }

    @Test
    void jdbusClientCompletesEveryCallOneAtATimeAndWithThirtyTwoInFlight() throws Exception {
        try (MessageBus _ = JdbusEchoService.connectAndServe(daemon.address(), JDBUS_NAME);
                JdbusEchoClient client = new JdbusEchoClient(MessageBus.connect(daemon.address()), JDBUS_NAME)) {
            client.calls(1, 100);
            client.calls(32, 1_000);
        }
    }

    @Test
    void dbusJavaClientGetsTheSameAnswersFromTheJdbusService() throws Exception {
        try (MessageBus _ = JdbusEchoService.connectAndServe(daemon.address(), JDBUS_NAME);
                DbusJavaEchoClient client = new DbusJavaEchoClient(dbusJava(), JDBUS_NAME)) {
            client.calls(1, 100);
            client.calls(32, 1_000);
        }
    }

    @Test
    void jdbusClientGetsTheSameAnswersFromTheDbusJavaService() throws Exception {
        try (DBusConnection _ = DbusJavaEchoService.connectAndServe(daemon.address(), DBUS_JAVA_NAME);
                JdbusEchoClient client = new JdbusEchoClient(MessageBus.connect(daemon.address()), DBUS_JAVA_NAME)) {
            client.calls(1, 100);
            client.calls(32, 1_000);
        }
    }

    private DBusConnection dbusJava() throws Exception {
        return DBusConnectionBuilder.forAddress(daemon.address()).withShared(false).build();
    }
}
