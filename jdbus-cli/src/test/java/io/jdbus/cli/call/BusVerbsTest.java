package io.jdbus.cli.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.cli.Cli;
import io.jdbus.cli.CliRun;
import io.jdbus.cli.testing.EchoService;
import io.jdbus.connection.MessageBus;
import io.jdbus.connection.Subscription;
import io.jdbus.match.MatchRule;
import io.jdbus.message.Flag;
import io.jdbus.message.Message;
import io.jdbus.testkit.BusAddress;
import io.jdbus.testkit.BusTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** call, emit, list and monitor on the embedded bus, with a jdbus echo service to call. */
@BusTest
@Timeout(30)
class BusVerbsTest {
    private final String address;
    private EchoService echo;

    BusVerbsTest(@BusAddress String address) {
        this.address = address;
    }

    @BeforeEach
    void start(MessageBus service) throws Exception {
        echo = EchoService.on(service);
    }

    @AfterEach
    void stop() {
        echo.close();
    }

    private CliRun jdbus(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "--address=" + address;
        System.arraycopy(args, 0, all, 1, args.length);
        return CliRun.run(all);
    }

    private CliRun callEcho(String... signatureAndArgs) {
        List<String> args = new java.util.ArrayList<>(List.of("call", EchoService.NAME, EchoService.PATH,
                EchoService.INTERFACE, "Echo"));
        args.addAll(List.of(signatureAndArgs));
        return jdbus(args.toArray(String[]::new));
    }

    /** Runs jdbus, which sends one message and exits at once, and returns the message as the bus delivered it. */
    private Message sendAndExit(BlockingQueue<Message> received, String... args) throws InterruptedException {
        assertEquals(new CliRun(0, "", ""), jdbus(args));
        return received.poll(10, TimeUnit.SECONDS);
    }

    @Test
    void aSimpleReplyPrintsOnOneLine() {
        CliRun r = callEcho("s", "hello");
        assertEquals(new CliRun(0, "s \"hello\"\n", ""), r);
    }

    @Test
    void containerRepliesPrintInBusctlsArgumentSyntax() {
        assertEquals("a{sv} 1 \"key\" s \"value\"\n", callEcho("a{sv}", "1", "key", "s", "value").out());
        assertEquals("(si)as \"x\" 1 2 \"a\" \"b\"\n", callEcho("(si)as", "x", "1", "2", "a", "b").out());
    }

    @Test
    void jsonRepliesHaveBusctlsShape() {
        assertEquals("{\"type\":\"asv\",\"data\":[[\"a\",\"b\"],{\"type\":\"s\",\"data\":\"hello\"}]}\n",
                jdbus("--json=short", "call", EchoService.NAME, EchoService.PATH, EchoService.INTERFACE, "Echo",
                        "asv", "2", "a", "b", "s", "hello").out());
        assertEquals("{\n\t\"type\" : \"s\",\n\t\"data\" : [\n\t\t\"x\"\n\t]\n}\n",
                jdbus("call", "--json=pretty", EchoService.NAME, EchoService.PATH, EchoService.INTERFACE, "Echo", "s", "x").out());
    }

    @Test
    void anEmptyReplyPrintsNothing() {
        assertEquals(new CliRun(0, "", ""), callEcho());
    }

    @Test
    void anErrorReplyIsCallFailedAndStatusOne() {
        CliRun r = jdbus("call", EchoService.NAME, EchoService.PATH, EchoService.INTERFACE, "Fail");
        assertEquals(new CliRun(1, "", "Call failed: test error: Fail\n"), r);
    }

    @Test
    void anUnknownDestinationIsCallFailed() {
        CliRun r = jdbus("call", "org.nobody.Here", "/", "org.nobody.Here", "X");
        assertEquals(1, r.status());
        assertTrue(r.err().startsWith("Call failed: "), r.err());
    }

    @Test
    void callsAllowInteractiveAuthorizationAsBusctlsDoAndFlagsFollowTheOptions() throws Exception {
        callEcho("s", "a");
        Message first = echo.calls().poll(5, TimeUnit.SECONDS);
        assertEquals(Flag.ALLOW_INTERACTIVE_AUTH.bit(), first.flags());

        Message second = sendAndExit(echo.calls(), "call", "--expect-reply=no", "--auto-start=no",
                "--allow-interactive-authorization=no", EchoService.NAME, EchoService.PATH, EchoService.INTERFACE, "Echo",
                "s", "b");
        assertEquals(Flag.NO_REPLY_EXPECTED.bit() | Flag.NO_AUTO_START.bit(), second.flags());
        assertEquals(List.of("b"), second.body());
    }

    @Test
    void malformedArgumentsFailWithStatusOneBeforeAnythingIsSent() {
        assertEquals(new CliRun(1, "", "Too few parameters for signature.\n"), callEcho("as", "2", "a"));
        assertEquals(new CliRun(1, "", "Too many parameters for signature.\n"), callEcho("s", "a", "b"));
        assertEquals(new CliRun(1, "", "Failed to parse 'x' as signed 32bit integer: Invalid argument\n"), callEcho("i", "x"));
        assertEquals(new CliRun(1, "", "Failed to parse 'maybe' as boolean: Invalid argument\n"), callEcho("b", "maybe"));
        assertEquals(new CliRun(1, "", "Failed to parse '300' as byte (unsigned 8bit integer): Numerical result out of range\n"),
                callEcho("y", "300"));
        assertTrue(echo.calls().isEmpty(), "nothing may be sent: " + echo.calls());
    }

    @Test
    void malformedNamesFailWithStatusOne() {
        CliRun r = jdbus("call", EchoService.NAME, "not/a/path", EchoService.INTERFACE, "Echo");
        assertEquals(1, r.status());
        assertTrue(r.err().startsWith("Failed to create bus message: "), r.err());
    }

    @Test
    void tooFewOperandsIsAUsageError() {
        CliRun r = jdbus("call", EchoService.NAME, EchoService.PATH);
        assertEquals(2, r.status());
        assertTrue(r.err().contains("call needs DEST PATH IFACE METHOD"), r.err());
    }

    @Test
    void anUnreachableBusIsFailedToConnect() {
        CliRun r = CliRun.run("--address=unix:path=/nonexistent/jdbus-test-socket", "call", "a.b", "/", "a.b", "C");
        assertEquals(1, r.status());
        assertTrue(r.err().startsWith("Failed to connect to bus: "), r.err());
    }

    @Test
    void anEmittedSignalReachesASubscriber(MessageBus subscriber) throws Exception {
        BlockingQueue<Message> seen = new LinkedBlockingQueue<>();
        try (Subscription _ = subscriber.addMatch(MatchRule.parse("type='signal',interface='org.jdbus.Test'"), seen::add)) {
            Message signal = sendAndExit(seen, "emit", "/org/jdbus/Test", "org.jdbus.Test", "Changed", "a{sv}", "1",
                    "Volume", "u", "7");
            assertEquals("Changed", signal.member());
            assertEquals("/org/jdbus/Test", signal.path().toString());
            assertEquals("a{sv} 1 \"Volume\" u 7", io.jdbus.cli.format.CmdlineText.format(signal.signature(), signal.body()));
        }
    }

    @Test
    void listShowsTheNamesWithTheirOwners() {
        CliRun r = jdbus("list");
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.getFirst().matches("NAME +PID PROCESS +USER +CONNECTION UNIT SESSION DESCRIPTION"), lines.getFirst());
        String echoLine = lines.stream().filter(l -> l.startsWith(EchoService.NAME + " ")).findFirst().orElseThrow();
        long pid = ProcessHandle.current().pid();
        assertTrue(echoLine.matches("org\\.jdbus\\.Echo +" + pid + " \\S+ +\\S+ +" + java.util.regex.Pattern.quote(echo.uniqueName()) + " +- +- +-"),
                echoLine);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("org.freedesktop.DBus ")), r.out());

        CliRun json = jdbus("list", "--json=short", "--acquired");
        assertTrue(json.out().startsWith("[{\"name\":\"org.freedesktop.DBus\",\"pid\":"), json.out());
        assertTrue(json.out().contains("{\"name\":\"org.jdbus.Echo\",\"pid\":" + pid + ","), json.out());
        assertTrue(!json.out().contains("\"name\":\":"), "--acquired shows no unique names: " + json.out());
    }

    @Test
    void monitorPrintsACallAndItsReplyUntilInterrupted() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int[] status = {-1};
        Thread monitor = Thread.ofPlatform().start(() -> status[0] = Cli.run(
                List.of("--address=" + address, "monitor", EchoService.NAME),
                new ByteArrayInputStream(new byte[0]), out, err));
        await(() -> err.toString(StandardCharsets.UTF_8).contains("Monitoring bus message stream."), "the monitor to start");

        assertEquals(0, callEcho("s", "watched").status());
        await(() -> out.toString(StandardCharsets.UTF_8).contains("Type=method_return"), "the reply to be printed");
        monitor.interrupt();
        monitor.join(5000);
        assertEquals(0, status[0]);

        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("Destination=org.jdbus.Echo  Path=/org/jdbus/Echo  Interface=org.jdbus.Echo  Member=Echo\n"), text);
        assertTrue(text.contains("  MESSAGE \"s\" {\n          STRING \"watched\";\n  };\n"), text);
        assertTrue(text.matches("(?s)‣ Type=method_call .* Timestamp=\"\\w{3} \\d{4}-\\d\\d-\\d\\d [\\d:.]+ UTC\"\n.*"), text);
        assertTrue(!text.contains("NameLost"), text);
    }

    @Test
    void monitorRefusesAnInvalidServiceName() {
        assertEquals(new CliRun(1, "", "Invalid service name 'not a name'\n"), jdbus("monitor", "not a name"));
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }
}
