package io.jdbus.cli.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.cli.CliRun;
import io.jdbus.connection.MessageBus;
import io.jdbus.message.Message;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code jdbus daemon}: its command line, its configuration errors, and a bus it starts as a process. */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DaemonCommandTest {
    @Test
    void helpVersionAndIntrospectPrintAndExit() {
        CliRun help = CliRun.run("daemon", "--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("--config-file=FILE") && help.out().contains("--print-address"), help.out());
        assertEquals(0, CliRun.run("daemon", "--version").status());
        CliRun introspect = CliRun.run("daemon", "--introspect");
        assertEquals(0, introspect.status());
        assertTrue(introspect.out().contains("<interface name=\"org.freedesktop.DBus.Monitoring\">"), introspect.out());
    }

    @Test
    void misuseIsAUsageErrorWithTheReason() {
        CliRun unknown = CliRun.run("daemon", "--bogus");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().startsWith("jdbus daemon: "), unknown.err());
        CliRun both = CliRun.run("daemon", "--session", "--system");
        assertEquals(2, both.status());
        assertTrue(both.err().contains("mutually exclusive"), both.err());
        CliRun fork = CliRun.run("daemon", "--fork");
        assertEquals(2, fork.status());
        assertTrue(fork.err().contains("--fork is not supported"), fork.err());
    }

    @Test
    void aBrokenConfigurationFileIsReportedWithItsLine() throws Exception {
        Path conf = Files.createTempFile("jdbus-bad", ".conf");
        try {
            Files.writeString(conf, "<busconfig>\n  <listen>unix:tmpdir=/tmp</listen>\n  <limit name=\"bogus\">1</limit>\n</busconfig>\n");
            CliRun r = CliRun.run("daemon", "--config-file=" + conf);
            assertEquals(1, r.status());
            assertTrue(r.err().contains(conf.getFileName() + ":3:"), r.err());
            Files.writeString(conf, "<busconfig><listen>unix:tmpdir=/tmp</listen>");
            assertEquals(1, CliRun.run("daemon", "--config-file=" + conf).status(), "malformed XML");
        } finally {
            Files.deleteIfExists(conf);
        }
    }

    @Test
    void aDaemonProcessPrintsItsAddressAndServesClients() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process daemon = new ProcessBuilder(java.toString(), "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), "io.jdbus.cli.Main", "daemon", "--print-address", "--print-pid")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            var out = new BufferedReader(new InputStreamReader(daemon.getInputStream(), StandardCharsets.UTF_8));
            String address = out.readLine();
            String pid = out.readLine();
            assertTrue(address != null && address.startsWith("unix:path=") && address.contains(",guid="), address);
            assertEquals(Long.toString(daemon.pid()), pid);
            try (MessageBus a = MessageBus.connect(address)) {
                Message names = a.call(Message.methodCall("org.freedesktop.DBus", "/org/freedesktop/DBus",
                        "org.freedesktop.DBus", "ListNames").build());
                assertEquals(List.of("org.freedesktop.DBus", a.uniqueName()), names.body().getFirst());
            }
        } finally {
            daemon.destroy();   // SIGTERM: the bus closes and removes its socket
            daemon.waitFor();
        }
    }
}
