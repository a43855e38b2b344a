package io.jdbus.cli.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.cli.Cli;
import io.jdbus.cli.CliRun;
import io.jdbus.connection.DBusErrorException;
import io.jdbus.connection.MessageBus;
import io.jdbus.message.Message;
import io.jdbus.message.MessageBuilder;
import io.jdbus.testing.PrivateBus;
import io.jdbus.testing.Tools;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jdbus capture} on a private dbus-daemon: the pcapng stream it writes has link type DLT_DBUS and holds
 * every message sent while it ran, as read back by our own reader and {@code jdbus decode}, and by tshark.
 */
@Timeout(60)
class CaptureInteropTest {
    private static final List<String> MEMBERS = List.of("GetId", "CaptureCheck", "Ping");

    @TempDir
    Path dir;

    @Test
    void captureHoldsEveryMessageAsDLT_DBUSPackets() throws Exception {
        byte[] file = capture();
        ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0x0A0D0D0A, b.getInt(0), "section header block");
        int interfaceBlock = b.getInt(4);
        assertEquals(1, b.getInt(interfaceBlock), "interface description block");
        assertEquals(231, Short.toUnsignedInt(b.getShort(interfaceBlock + 8)), "link type DLT_DBUS");

        CliRun decoded = CliRun.run(PcapNg.packets(file), "decode", "--json=short");
        assertEquals(0, decoded.status(), decoded.err());
        List<String> members = members(decoded.out(), "\"member\":\"([^\"]+)\"");
        for (String member : MEMBERS) {
            assertTrue(members.contains(member), member + " not captured: " + members);
        }
        assertTrue(decoded.out().contains("\"type\":\"method_return\""), "replies are captured too");
    }

    @Test
    void tsharkReadsTheCapturedMembers() throws Exception {
        Path tshark = Tools.require("tshark", "Debian package tshark");
        Path file = dir.resolve("bus.pcapng");
        Files.write(file, capture());
        Process p = new ProcessBuilder(tshark.toString(), "-r", file.toString(), "-T", "fields", "-e", "dbus.member")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        List<String> members = out.lines().map(String::strip).toList();
        for (String member : MEMBERS) {
            assertTrue(members.contains(member), member + " not in tshark's reading: " + members);
        }
    }

    /** Runs {@code jdbus capture} on a private bus while a client calls and signals, then stops the bus. */
    private static byte[] capture() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();   // synchronized: written by the capture's reader thread
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int[] status = {-1};
        Thread capture;
        try (PrivateBus bus = PrivateBus.start(); MessageBus client = MessageBus.connect(bus.address())) {
            capture = Thread.ofVirtual().start(() -> status[0] = Cli.run(List.of("--address=" + bus.address(), "capture"),
                    InputStream.nullInputStream(), out, err));
            awaitMarker(client, out, "Begin");
            client.call(busCall("GetId").build());
            try {
                client.call(busCall("CaptureCheck").body("sau", "hello", List.of(1, 2, 3)).build());
            } catch (DBusErrorException expected) {
                // the bus has no such method; the call and its error are captured all the same
            }
            client.send(Message.signal("/org/example", "org.example.Capture", "Ping").body("s", "pong").build());
            awaitMarker(client, out, "End");
        }
        capture.join(TimeUnit.SECONDS.toMillis(20));
        assertEquals(0, status[0], err.toString(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** Calls {@code member} until the capture holds it, so that the capture is known to have begun (or caught up). */
    private static void awaitMarker(MessageBus client, ByteArrayOutputStream out, String member) throws Exception {
        byte[] needle = member.getBytes(StandardCharsets.UTF_8);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!contains(out.toByteArray(), needle)) {
            assertTrue(System.nanoTime() < deadline, "the capture never showed " + member);
            try {
                client.call(busCall(member).build());
            } catch (DBusErrorException expected) {
                // UnknownMethod: only the message matters
            }
            Thread.sleep(100);
        }
    }

    private static MessageBuilder busCall(String member) {
        return Message.methodCall("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", member);
    }

    private static List<String> members(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.results().map(r -> r.group(1)).toList();
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
}
