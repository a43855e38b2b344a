package io.jdbus.cli.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.cli.CliRun;
import io.jdbus.cli.demo.SampleService;
import io.jdbus.connection.MessageBus;
import io.jdbus.connection.RequestNameReply;
import io.jdbus.service.ExportedObject;
import io.jdbus.service.ObjectServer;
import io.jdbus.testkit.BusAddress;
import io.jdbus.testkit.BusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code get-property} and {@code set-property} on the embedded bus, against the Java sample service
 * (property {@code Bar}, a {@code y}). How their output compares with busctl's is
 * {@code BusctlObjectVerbsInteropTest}'s subject.
 */
@BusTest
@Timeout(30)
class PropertyVerbsTest {
    private static final String NAME = "org.jdbus.test.Properties";
    private static final String PATH = "/org/jdbus/test/Sample";
    private static final String INTERFACE = "com.example.SampleInterface0";

    private final String address;
    private final SampleService sample = new SampleService();
    private ExportedObject exported;

    PropertyVerbsTest(@BusAddress String address) {
        this.address = address;
    }

    @BeforeEach
    void export(MessageBus service) throws Exception {
        exported = ObjectServer.export(service, PATH, sample);
        sample.attach(exported);
        assertEquals(RequestNameReply.PRIMARY_OWNER, service.requestName(NAME));
    }

    @AfterEach
    void unexport() {
        exported.close();
    }

    private CliRun jdbus(String... args) {
        List<String> all = new ArrayList<>(List.of("--address=" + address));
        all.addAll(List.of(args));
        return CliRun.run(all.toArray(String[]::new));
    }

    @Test
    void getPrintsEachValueOnALineInBusctlsArgumentSyntax() {
        assertEquals(new CliRun(0, "y 0\n", ""), jdbus("get-property", NAME, PATH, INTERFACE, "Bar"));
        assertEquals(new CliRun(0, "y 0\ny 0\n", ""), jdbus("get-property", NAME, PATH, INTERFACE, "Bar", "Bar"));
    }

    @Test
    void getPrintsJsonWhenAsked() {
        assertEquals(new CliRun(0, "{\"type\":\"y\",\"data\":0}\n", ""),
                jdbus("--json=short", "get-property", NAME, PATH, INTERFACE, "Bar"));
    }

    @Test
    void setWritesTheValueThatGetThenReads() {
        assertEquals(new CliRun(0, "", ""), jdbus("set-property", NAME, PATH, INTERFACE, "Bar", "y", "7"));
        assertEquals(7, sample.getBar());
        assertEquals("y 7\n", jdbus("get-property", NAME, PATH, INTERFACE, "Bar").out());
    }

    @Test
    void aValueThatDoesNotParseIsRefusedBeforeAnythingIsSent() {
        assertEquals(new CliRun(1, "", "Failed to parse '300' as byte (unsigned 8bit integer): Numerical result out of range\n"),
                jdbus("set-property", NAME, PATH, INTERFACE, "Bar", "y", "300"));
        assertEquals(0, sample.getBar());
    }

    @Test
    void whatTheServiceRefusesIsReportedWithTheProperty() {
        CliRun wrongType = jdbus("set-property", NAME, PATH, INTERFACE, "Bar", "s", "x");
        assertEquals(1, wrongType.status());
        assertTrue(wrongType.err().startsWith("Failed to set property Bar on interface " + INTERFACE + ": "), wrongType.err());
        CliRun unknown = jdbus("get-property", NAME, PATH, INTERFACE, "Nope");
        assertEquals(1, unknown.status());
        assertTrue(unknown.err().startsWith("Failed to get property Nope on interface " + INTERFACE + ": "), unknown.err());
    }

    @Test
    void invalidOperandsAreNamedAndNothingIsSent() {
        assertEquals(new CliRun(1, "", "Invalid object path: not-a-path\n"),
                jdbus("get-property", NAME, "not-a-path", INTERFACE, "Bar"));
        assertEquals(new CliRun(1, "", "Invalid interface name: bad..iface\n"),
                jdbus("set-property", NAME, PATH, "bad..iface", "Bar", "y", "1"));
        assertEquals(2, jdbus("get-property", NAME, PATH).status());
        assertEquals(2, jdbus("set-property", NAME, PATH, INTERFACE, "Bar", "y").status());
    }
}
