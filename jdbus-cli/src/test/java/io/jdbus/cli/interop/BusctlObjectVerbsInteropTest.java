package io.jdbus.cli.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.cli.CliRun;
import io.jdbus.testing.ToolRun;
import io.jdbus.testing.Tools;
import io.jdbus.connection.MessageBus;
import io.jdbus.connection.RequestNameReply;
import io.jdbus.connection.Subscription;
import io.jdbus.message.Message;
import io.jdbus.testing.PrivateBus;
import io.jdbus.testing.SampleServicePeer;
import io.jdbus.types.Variant;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code introspect}, {@code tree}, {@code get-property} and {@code set-property} against busctl on the same
 * objects: the python-dbus-next sample service, dbus-daemon's own object, and a service written here whose
 * introspection carries every flag busctl shows. Standard output, standard error and the exit status must
 * be equal byte for byte. {@code wait} is checked on its own: the installed busctl predates it.
 */
@Timeout(120)
class BusctlObjectVerbsInteropTest {
    private static final String ROOT = SampleServicePeer.ROOT;
    private static final String SAMPLE = SampleServicePeer.NAME;
    private static final String FLAGS = "com.example.flags";
    private static final String FLAGS_XML = """
            <node>
              <interface name="com.example.Flags">
                <annotation name="org.freedesktop.DBus.Property.EmitsChangedSignal" value="invalidates"/>
                <method name="Old"><annotation name="org.freedesktop.DBus.Deprecated" value="true"/></method>
                <method name="Fire"><arg type="s" direction="in"/>
                  <annotation name="org.freedesktop.DBus.Method.NoReply" value="true"/></method>
                <method name="Both"><arg type="a{sv}" direction="in"/><arg type="(ii)" direction="out"/>
                  <annotation name="org.freedesktop.DBus.Deprecated" value="true"/>
                  <annotation name="org.freedesktop.DBus.Method.NoReply" value="true"/></method>
                <property name="Fixed" type="s" access="read">
                  <annotation name="org.freedesktop.DBus.Property.EmitsChangedSignal" value="const"/></property>
                <property name="Quiet" type="u" access="readwrite">
                  <annotation name="org.freedesktop.DBus.Property.EmitsChangedSignal" value="false"/></property>
                <property name="Lazy" type="as" access="readwrite"/>
                <property name="Secret" type="s" access="write"/>
                <signal name="Gone"><annotation name="org.freedesktop.DBus.Deprecated" value="true"/></signal>
                <signal name="Moved"><arg type="o"/><arg type="d"/></signal>
              </interface>
              <node name="sub"/>
            </node>
            """;

    private static PrivateBus bus;
    private static SampleServicePeer sample;
    private static MessageBus flags;
    private static Subscription flagsCalls;
    private static Path busctl;

    @BeforeAll
    static void start() throws Exception {
        busctl = Tools.require("busctl", "Debian package systemd");
        bus = PrivateBus.start();
        sample = SampleServicePeer.start(bus.address());
        flags = MessageBus.connect(bus.address());
        assertEquals(RequestNameReply.PRIMARY_OWNER, flags.requestName(FLAGS));
        flagsCalls = flags.handleCalls(m -> true, call -> switch (call.member()) {
            case "Introspect" -> Message.methodReturn(call).body("s", switch (call.path().value()) {
                case "/" -> "<node><node name=\"x\"/></node>";
                case "/x" -> FLAGS_XML;
                default -> "<node/>";
            }).build();
            case "GetAll" -> Message.methodReturn(call).body("a{sv}", Map.of(
                    "Fixed", Variant.of("s", "tab\there \"quoted\""), "Quiet", Variant.of("u", 7),
                    "Lazy", Variant.of("as", List.of("a", "b")))).build();
            default -> Message.error(call, "org.freedesktop.DBus.Error.UnknownMethod", "no " + call.member()).build();
        });
    }

    @AfterAll
    static void stop() throws Exception {
        if (flagsCalls != null) {
            flagsCalls.close();
        }
        if (flags != null) {
            flags.close();
        }
        if (sample != null) {
            sample.close();
        }
        if (bus != null) {
            bus.close();
        }
    }

    @Test
    void introspectPrintsBusctlsTable() throws Exception {
        same("introspect", SAMPLE, ROOT);
        same("introspect", SAMPLE, ROOT, SampleServicePeer.INTERFACE);
        same("introspect", SAMPLE, ROOT + "/child_of_sample_object");
        same("introspect", "org.freedesktop.DBus", "/org/freedesktop/DBus");
        same("introspect", "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus");
        same("introspect", FLAGS, "/x");
        same("introspect", FLAGS, "/x", "com.example.Flags");
        same("introspect", SAMPLE, ROOT, "com.example.NoSuchInterface");
        same("--json=short", "introspect", SAMPLE, ROOT);
    }

    @Test
    void introspectXmlInterfacePrintsTheXmlAsSent() throws Exception {
        same("introspect", "--xml-interface", SAMPLE, ROOT);
        same("introspect", "--xml-interface", FLAGS, "/x");
    }

    @Test
    void introspectFailuresAreReportedAsBusctlReportsThem() throws Exception {
        same("introspect", "com.example.nobody", "/x");
        same("introspect", FLAGS, "not-a-path");
    }

    @Test
    void treeDrawsTheSameTree() throws Exception {
        same("tree", SAMPLE);
        same("tree", "--list", SAMPLE);
        same("tree", SAMPLE, "org.freedesktop.DBus");
        same("tree", "org.freedesktop.DBus");
        same("tree", FLAGS);
        same("tree", "com.example.nobody");
        same("tree", "bad..name");
    }

    @Test
    void getPropertyPrintsValuesAsBusctlDoes() throws Exception {
        for (String mode : List.of("--json=short", "--json=pretty", "--verbose", "")) {
            same(mode, "get-property", "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                    "Features", "Interfaces");
            same(mode, "get-property", SAMPLE, ROOT + "/another_child_of_sample_object", SampleServicePeer.INTERFACE, "Bar");
        }
        same("get-property", SAMPLE, ROOT, SampleServicePeer.INTERFACE, "Nope");
        same("get-property", "com.example.nobody", "/x", "com.example.X", "P");
        same("get-property", "bad..name", "/x", "com.example.X", "P");
        same("get-property", SAMPLE, "not-a-path", "bad..iface", "P");
        same("get-property", SAMPLE, ROOT, "bad..iface", "P");
    }

    @Test
    void setPropertyWritesAndRefusesAsBusctlDoes() throws Exception {
        String child = ROOT + "/child_of_sample_object";
        same("set-property", SAMPLE, child, SampleServicePeer.INTERFACE, "Bar", "y", "7");
        same("get-property", SAMPLE, child, SampleServicePeer.INTERFACE, "Bar");
        assertEquals("y 7\n", CliRun.run("--address=" + bus.address(), "get-property", SAMPLE, child,
                SampleServicePeer.INTERFACE, "Bar").out());
        same("set-property", SAMPLE, child, SampleServicePeer.INTERFACE, "Bar", "y", "300");
        same("set-property", SAMPLE, child, SampleServicePeer.INTERFACE, "Bar", "s", "x");
        same("set-property", SAMPLE, child, SampleServicePeer.INTERFACE, "Nope", "y", "1");
        same("set-property", SAMPLE, "not-a-path", SampleServicePeer.INTERFACE, "Bar", "y", "1");
    }

    @Test
    void waitPrintsTheSignalItWaitedFor() throws Exception {
        String[] args = {"--address=" + bus.address(), "wait", SAMPLE, ROOT, SampleServicePeer.INTERFACE, "Changed"};
        CompletableFuture<CliRun> waiting = CompletableFuture.supplyAsync(() -> CliRun.run(args));
        CompletableFuture<CliRun> json = CompletableFuture.supplyAsync(() -> CliRun.run("--address=" + bus.address(),
                "--json=short", "wait", ROOT, SampleServicePeer.INTERFACE, "Changed"));
        for (int i = 0; i < 50 && !(waiting.isDone() && json.isDone()); i++) {
            Thread.sleep(100);   // until both have subscribed: writing Bar emits Changed again each time
            CliRun.run("--address=" + bus.address(), "set-property", SAMPLE, ROOT, SampleServicePeer.INTERFACE,
                    "Bar", "y", Integer.toString(100 + i));
        }
        CliRun text = waiting.get(10, TimeUnit.SECONDS);
        assertEquals(0, text.status(), text.err());
        assertEquals("b true\n", text.out());
        assertEquals("{\"type\":\"b\",\"data\":[true]}\n", json.get(10, TimeUnit.SECONDS).out());
        CliRun timedOut = CliRun.run("--address=" + bus.address(), "--timeout=0.3", "wait", ROOT,
                SampleServicePeer.INTERFACE, "Changed");
        assertEquals(1, timedOut.status());
        assertEquals("Timed out waiting for signal.\n", timedOut.err());
    }

    @Test
    void malformedOperandsAreUsageErrors() {
        assertEquals(2, CliRun.run("--address=" + bus.address(), "introspect", SAMPLE).status());
        assertEquals(2, CliRun.run("--address=" + bus.address(), "get-property", SAMPLE, ROOT).status());
        assertEquals(2, CliRun.run("--address=" + bus.address(), "set-property", SAMPLE, ROOT, "a.b", "P", "y").status());
        CliRun badPath = CliRun.run("--address=" + bus.address(), "wait", "not-a-path", "a.b", "C");
        assertEquals(2, badPath.status());
        assertTrue(badPath.err().contains("not-a-path"), badPath.err());
    }

    /** Runs busctl and jdbus with the same arguments and compares everything they print. */
    private static void same(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--address=" + bus.address()));
        for (String a : args) {
            if (!a.isEmpty()) {
                all.add(a);
            }
        }
        ToolRun theirs = ToolRun.of(busctl, all.toArray(String[]::new));
        CliRun ours = CliRun.run(all.toArray(String[]::new));
        String what = "jdbus " + String.join(" ", all);
        assertEquals(theirs.out(), ours.out(), what);
        assertEquals(theirs.err(), ours.err(), what);
        assertEquals(theirs.status(), ours.status(), what);
    }
}
