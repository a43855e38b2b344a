package io.jdbus.cli.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jdbus.cli.CliRun;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jdbus decode} against the real busctl: a private dbus-daemon carries busctl calls with
 * bodies of every type while {@code busctl monitor}, {@code busctl --json=short monitor} and
 * {@code busctl capture} watch; decoding the capture must print what the monitors printed, byte
 * for byte, once busctl's receive timestamps are removed.
 */
@Timeout(60)
class BusctlMonitorInteropTest {
    private final List<Process> processes = new ArrayList<>();
    private String address;

    @TempDir
    Path dir;

    @AfterEach
    void stopProcesses() throws InterruptedException {
        for (Process p : processes.reversed()) {
            p.destroy();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    @Test
    void decodeOfACapturePrintsWhatBusctlMonitorPrinted() throws Exception {
        assumeTrue(onPath("busctl"), "busctl (systemd) is not installed: skipping the comparison with busctl");
        assumeTrue(onPath("dbus-daemon"), "dbus-daemon is not installed: skipping the comparison with busctl");
        startBus();
        Path text = dir.resolve("monitor.txt");
        Path json = dir.resolve("monitor.json");
        Path capture = dir.resolve("capture.pcapng");
        start(text, "busctl", "--address=" + address, "monitor");
        start(json, "busctl", "--address=" + address, "--json=short", "monitor");
        start(capture, "busctl", "--address=" + address, "capture");
        awaitMarker("Begin", text, json, capture);

        call("Check1", "ybnqiuxtdsog", "255", "true", "-32768", "65535", "-2147483648", "4294967295",
                "-9223372036854775808", "18446744073709551615", "0.1", "hé\"llo\ttab\u0001", "/a/b", "a{sv}");
        call("Check2", "aya(sa(ii))a{sv}ad", "3", "1", "2", "3", "1", "x", "2", "1", "2", "3", "4",
                "2", "k1", "d", "1e300", "k2", "av", "2", "i", "7", "as", "1", "z",
                "6", "0.1", "-0", "1e-300", "123456.5", "inf", "nan");
        call("Check3", "va{ss}(yv)", "a{sa{sv}}", "1", "outer", "1", "inner", "b", "false", "0", "9", "o", "/x");
        run("busctl", "--address=" + address, "call", "org.freedesktop.DBus", "/org/freedesktop/DBus",
                "org.freedesktop.DBus", "GetConnectionCredentials", "s", "org.freedesktop.DBus");
        awaitMarker("End", text, json, capture);

        byte[] messages = PcapNg.packets(Files.readAllBytes(capture));
        CliRun ours = CliRun.run(messages, "decode");
        CliRun oursJson = CliRun.run(messages, "decode", "--json=short");
        assertEquals(0, ours.status(), ours.err());
        assertEquals(0, oursJson.status(), oursJson.err());

        List<String> busctlBlocks = window(blocks(Files.readString(text).replaceAll("  Timestamp=\"[^\"]*\"", "")),
                "Member=Begin", "Member=End");
        List<String> ourBlocks = window(blocks(ours.out()), "Member=Begin", "Member=End");
        for (String member : List.of("Check1", "Check2", "Check3", "GetConnectionCredentials")) {
            assertTrue(ourBlocks.stream().anyMatch(b -> b.contains("Member=" + member)), member + " not captured: " + ourBlocks);
        }
        assertEquals(String.join("\n", busctlBlocks), String.join("\n", ourBlocks));

        List<String> busctlLines = window(Files.readString(json).replaceAll("\"timestamp-realtime\":\\d+,", "").lines().toList(),
                "\"member\":\"Begin\"", "\"member\":\"End\"");
        List<String> ourLines = window(oursJson.out().lines().toList(), "\"member\":\"Begin\"", "\"member\":\"End\"");
        assertTrue(ourLines.stream().anyMatch(l -> l.contains("\"member\":\"Check2\"")), "Check2 not captured: " + ourLines);
        assertEquals(busctlLines.stream().map(BusctlMonitorInteropTest::payloadAndSerials).toList(),
                ourLines.stream().map(BusctlMonitorInteropTest::payloadAndSerials).toList());
    }

    /** The parts of a JSON line both formats share: the serials (busctl calls them cookies) and the payload, byte for byte. */
    private static String payloadAndSerials(String line) {
        java.util.regex.Matcher serial = java.util.regex.Pattern.compile("\"(?:cookie|serial)\":(\\d+)").matcher(line);
        java.util.regex.Matcher reply = java.util.regex.Pattern.compile("\"(?:reply_cookie|reply_serial)\":(\\d+)").matcher(line);
        return (serial.find() ? serial.group(1) : "-") + " " + (reply.find() ? reply.group(1) : "-") + " "
                + line.substring(line.indexOf("\"payload\":"));
    }

    private static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Arrays.stream(path.split(File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }

    private void startBus() throws IOException {
        Path config = dir.resolve("bus.conf");
        Files.writeString(config, """
                <!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
                 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
                <busconfig>
                  <type>session</type>
                  <listen>unix:path=%s</listen>
                  <auth>EXTERNAL</auth>
                  <policy context="default">
                    <allow send_destination="*" eavesdrop="true"/>
                    <allow eavesdrop="true"/>
                    <allow own="*"/>
                    <allow user="*"/>
                  </policy>
                </busconfig>
                """.formatted(dir.resolve("bus")));
        Process bus = new ProcessBuilder("dbus-daemon", "--config-file=" + config, "--nofork", "--print-address=1")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        processes.add(bus);
        address = new BufferedReader(new InputStreamReader(bus.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assumeTrue(address != null, "dbus-daemon did not start: skipping the comparison with busctl");
    }

    private void start(Path output, String... command) throws IOException {
        processes.add(new ProcessBuilder(command).redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start());
    }

    /** Calls a method dbus-daemon does not have, so that busctl sends a body of {@code signature}. */
    private void call(String member, String... signatureAndArgs) throws Exception {
        List<String> command = new ArrayList<>(List.of("busctl", "--address=" + address, "call",
                "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", member, "--"));
        command.addAll(List.of(signatureAndArgs));
        run(command.toArray(String[]::new));
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor(10, TimeUnit.SECONDS);
    }

    /** Sends {@code member} until each watcher's output shows it, so that no message falls outside a watch. */
    private void awaitMarker(String member, Path... outputs) throws Exception {
        byte[] needle = member.getBytes(StandardCharsets.UTF_8);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            call(member);
            Thread.sleep(200);
            boolean all = true;
            for (Path output : outputs) {
                all &= contains(Files.readAllBytes(output), needle);
            }
            if (all) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("busctl watchers did not see the " + member + " marker");
            }
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** busctl's text output split into messages (each ends with an empty line). */
    private static List<String> blocks(String text) {
        return Arrays.stream(text.split("\n\n")).filter(b -> b.startsWith("‣")).toList();
    }

    /** The items after the last one containing {@code first} and up to the first one after it containing {@code last}. */
    private static List<String> window(List<String> items, String first, String last) {
        int from = lastIndex(items, s -> s.contains(first));
        int to = from;
        while (to < items.size() && !items.get(to).contains(last)) {
            to++;
        }
        return items.subList(from + 1, to);
    }

    private static int lastIndex(List<String> items, Predicate<String> p) {
        for (int i = items.size() - 1; i >= 0; i--) {
            if (p.test(items.get(i))) {
                return i;
            }
        }
        throw new AssertionError("marker not found in " + items);
    }
}
