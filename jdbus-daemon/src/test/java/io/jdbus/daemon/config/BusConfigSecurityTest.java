package io.jdbus.daemon.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files start with a DOCTYPE naming a remote DTD: it is never fetched, nor is any external entity, and entity
 * expansion is bounded. A local server stands in for the remote one and must never see a connection.
 */
class BusConfigSecurityTest {
    private static final Path FILE = Path.of("test.conf");
    private ServerSocket server;
    private String url;

    @TempDir
    Path dir;

    @BeforeEach
    void startAServerThatMustNotBeCalled() throws IOException {
        server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        url = "http://127.0.0.1:" + server.getLocalPort() + "/busconfig.dtd";
    }

    @AfterEach
    void checkNothingWasFetched() throws IOException {
        server.setSoTimeout(100);
        try {
            server.accept().close();
            throw new AssertionError("the parser connected to " + url);
        } catch (SocketTimeoutException expected) {
            // no connection: nothing was fetched
        } finally {
            server.close();
        }
    }

    @Test
    void theStandardDoctypeWithAnUnreachableDtdParsesOffline() throws Exception {
        String xml = "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n \"" + url
                + "\">\n<busconfig><listen>unix:tmpdir=/tmp</listen></busconfig>";
        assertEquals(List.of("unix:tmpdir=/tmp"), BusConfigParser.parse(xml, FILE).listen());
        String unresolvable = xml.replace(url, "http://dtd.invalid/busconfig.dtd");
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> BusConfigParser.parse(unresolvable, FILE));
    }

    @Test
    void anExternalEntityIsNeverReadEvenFromALocalFile() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret"), "unix:path=/secret");
        for (String system : List.of(secret.toUri().toString(), url)) {
            String xml = "<!DOCTYPE busconfig [<!ENTITY e SYSTEM \"" + system + "\">]>\n<busconfig>\n<listen>&e;</listen>"
                    + "</busconfig>";
            InvalidConfigException e = assertThrows(InvalidConfigException.class, () -> BusConfigParser.parse(xml, FILE));
            assertTrue(e.getMessage().startsWith("test.conf:3: the entity &e; is external"), e.getMessage());
            assertTrue(!e.getMessage().contains("secret"), e.getMessage());
        }
    }

    @Test
    void anExternalParameterEntityIsNotLoaded() throws Exception {
        String xml = "<!DOCTYPE busconfig [<!ENTITY % p SYSTEM \"" + url + "\"> %p;]>\n<busconfig><listen>unix:tmpdir=/tmp"
                + "</listen></busconfig>";
        assertEquals(List.of("unix:tmpdir=/tmp"), BusConfigParser.parse(xml, FILE).listen());
    }

    @Test
    void anInternalEntityIsExpandedAsExpatWouldDo() throws Exception {
        String xml = "<!DOCTYPE busconfig [<!ENTITY tmp \"unix:tmpdir=/tmp\">]><busconfig><listen>&tmp;</listen>"
                + "</busconfig>";
        assertEquals(List.of("unix:tmpdir=/tmp"), BusConfigParser.parse(xml, FILE).listen());
    }

    @Test
    void billionLaughsStopsAtTheExpansionLimit() {
        StringBuilder xml = new StringBuilder("<!DOCTYPE busconfig [<!ENTITY l0 \"lollollollollollollollol\">");
        for (int i = 1; i < 10; i++) {
            xml.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        xml.append("]>\n<busconfig><listen>&l9;</listen></busconfig>");
        InvalidConfigException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(InvalidConfigException.class, () -> BusConfigParser.parse(xml.toString(), FILE)));
        assertTrue(e.getMessage().matches("test\\.conf:[12]: malformed XML: .*entity expansions.*"), e.getMessage());
    }
}
