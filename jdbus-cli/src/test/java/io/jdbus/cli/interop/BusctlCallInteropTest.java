package io.jdbus.cli.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.cli.CliRun;
import io.jdbus.cli.testing.EchoService;
import io.jdbus.testing.PrivateBus;
import io.jdbus.testing.Tools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code jdbus call} against {@code busctl call}: the same calls, with a spread of signatures, to a jdbus echo
 * service on a private dbus-daemon; standard output, standard error and the exit status must be the same,
 * byte for byte, in text and in {@code --json=short|pretty}. Then {@code list} against {@code busctl list}.
 */
@Timeout(120)
class BusctlCallInteropTest {
    /** Signatures and arguments; the echo service sends them back, so each is also a reply to print. */
    private static final List<List<String>> BODIES = List.of(
            List.of("s", "hello"),
            List.of("ybnqiuxtdsog", "255", "true", "-32768", "65535", "-2147483648", "4294967295",
                    "-9223372036854775808", "18446744073709551615", "0.1", "hé\"llo\ttab\u0001'", "/a/b", "a{sv}"),
            List.of("as", "2", "a", "b"),
            List.of("as", "0"),
            List.of("a{sv}", "2", "key", "s", "value", "n", "ai", "2", "1", "2"),
            List.of("v", "s", "hello"),
            List.of("(si)a(sd)", "x", "1", "2", "y", "1e300", "z", "-0"),
            List.of("ay", "3", "1", "2", "255"),
            List.of("aay", "2", "2", "1", "2", "0"),
            List.of("a{sa{sv}}", "1", "outer", "1", "inner", "b", "false"),
            List.of("ad", "6", "0.1", "123456789", "1e-300", "123456.5", "inf", "nan"),
            List.of("vv", "(yv)", "9", "o", "/x", "av", "2", "g", "ss", "x", "0x10"),
            List.of("bbbb", "yes", "off", "T", "0"),
            List.of("qn", "0b101", "-0x7f"),
            List.of(""));

    /** Arguments busctl refuses, and with which words. */
    private static final List<List<String>> MALFORMED = List.of(
            List.of("as", "3", "a"), List.of("ss", "a", "b", "c"), List.of("u", "-1"), List.of("y", "256"),
            List.of("i", "5x"), List.of("b", "maybe"), List.of("d", "1e400"), List.of("x", "9223372036854775808"),
            List.of("a{sv}", "1", "k"), List.of("h", "3"), List.of("as", "x"));

    private PrivateBus bus;
    private EchoService echo;
    private Path busctl;

    @BeforeEach
    void start() throws IOException {
        busctl = Tools.require("busctl", "Debian package systemd");
        bus = PrivateBus.start();
        echo = EchoService.start(bus.address());
    }

    @AfterEach
    void stop() throws IOException {
        if (echo != null) {
            echo.close();
        }
        if (bus != null) {
            bus.close();
        }
    }

    @Test
    void repliesPrintAsBusctlPrintsThemInTextAndJson() throws Exception {
        for (List<String> body : BODIES) {
            for (String mode : List.of("--json=short", "--json=pretty", "--verbose", "--quiet")) {
                compareCall(mode, "Echo", body);
            }
            compareCall(null, "Echo", body);
        }
    }

    @Test
    void errorsAndMalformedArgumentsFailAsBusctlFails() throws Exception {
        compareCall(null, "Fail", List.of());
        compareCall("--json=short", "Fail", List.of("s", "x"));
        for (List<String> body : MALFORMED) {
            compareCall(null, "Echo", body);
        }
    }

    @Test
    void listShowsTheSameNamesOwnersAndProcessesAsBusctlList() throws Exception {
        for (String mode : List.of("--json=short", "--json=pretty")) {
            Result theirs = busctl(List.of("--address=" + bus.address(), mode, "list"));
            CliRun ours = CliRun.run("--address=" + bus.address(), mode, "list");
            assertEquals(theirs.status(), ours.status(), ours.err());
            assertEquals(withoutLister(theirs.out()), withoutLister(ours.out()));
            assertTrue(withoutLister(ours.out()).toString().contains("\"name\":\"org.jdbus.Echo\""), ours.out());
        }
    }

    /** The list's objects without the one of the listing connection: a unique name that owns no other name. */
    private static List<String> withoutLister(String json) {
        List<String> objects = new ArrayList<>();
        Matcher m = Pattern.compile("\\{[^{}]*\\}").matcher(json);
        while (m.find()) {
            objects.add(m.group().replaceAll("\\s+", ""));
        }
        Set<String> owners = objects.stream().filter(o -> !o.startsWith("{\"name\":\":"))
                .map(o -> field(o, "connection")).collect(Collectors.toSet());
        return objects.stream().filter(o -> !o.startsWith("{\"name\":\":") || owners.contains(field(o, "name"))).toList();
    }

    private static String field(String object, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(\"[^\"]*\"|null)").matcher(object);
        return m.find() ? m.group(1) : null;
    }

    private void compareCall(String mode, String method, List<String> body) throws Exception {
        List<String> args = new ArrayList<>(List.of("--address=" + bus.address()));
        if (mode != null) {
            args.add(mode);
        }
        args.addAll(List.of("call", EchoService.NAME, EchoService.PATH, EchoService.INTERFACE, method, "--"));
        args.addAll(body);
        Result theirs = busctl(args);
        CliRun ours = CliRun.run(args.toArray(String[]::new));
        String what = "jdbus " + String.join(" ", args);
        assertEquals(theirs.out(), ours.out(), what);
        assertEquals(theirs.err(), ours.err(), what);
        assertEquals(theirs.status(), ours.status(), what);
    }

    private record Result(int status, String out, String err) {
    }

    private Result busctl(List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(busctl.toString()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("SYSTEMD_COLORS", "0");
        pb.environment().put("SYSTEMD_PAGER", "cat");
        Process p = pb.start();
        p.getOutputStream().close();
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("busctl did not finish: " + command);
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
