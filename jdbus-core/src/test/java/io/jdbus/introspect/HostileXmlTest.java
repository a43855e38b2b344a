package io.jdbus.introspect;

import static io.jdbus.introspect.Rejections.rejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input a hostile peer might send: entity bombs, external entities and DTDs (a local listener proves that nothing
 * is fetched), deep nesting, huge documents, garbage. Each is one clear InvalidIntrospectionException, quickly.
 */
@Timeout(10)
class HostileXmlTest {
    private ServerSocket listener;
    private final AtomicInteger connections = new AtomicInteger();
    private String url;

    @BeforeEach
    void listen() throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        url = "http://127.0.0.1:" + listener.getLocalPort() + "/evil.dtd";
        Thread.ofVirtual().start(() -> {
            while (!listener.isClosed()) {
                try (Socket s = listener.accept()) {
                    connections.incrementAndGet();
                } catch (IOException e) {
                    return;
                }
            }
        });
    }

    @AfterEach
    void nothingWasFetched() throws IOException, InterruptedException {
        Thread.sleep(50);
        listener.close();
        assertEquals(0, connections.get(), "the parser connected to " + url);
    }

    @Test
    void billionLaughsIsRejectedWithoutExpansion() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE node [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        dtd.append("]>\n");
        rejects(dtd + "<node><interface name=\"a.b\"><annotation name=\"x\" value=\"&lol9;\"/></interface></node>",
                "line 13", "\"lol9\"", "not declared");
        rejects(dtd + "<node>&lol9;</node>", "\"lol9\"", "not declared");
    }

    @Test
    void externalEntitiesAreNeverRead(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret");
        Files.writeString(secret, "TOP-SECRET");
        for (String system : new String[] {secret.toUri().toString(), "file:///etc/passwd", url}) {
            var e = rejects("<!DOCTYPE node [ <!ENTITY xxe SYSTEM \"" + system + "\"> ]>\n"
                    + "<node><interface name=\"a.b\"><annotation name=\"x\" value=\"&xxe;\"/></interface></node>",
                    "\"xxe\"", "line 2");
            assertTrue(!e.getMessage().contains("TOP-SECRET") && !e.getMessage().contains("root:"), e.getMessage());
        }
        rejects("<!DOCTYPE node [ <!ENTITY xxe SYSTEM \"" + url + "\"> ]><node>&xxe;</node>", "\"xxe\"");
    }

    @Test
    void parameterEntitiesInTheInternalSubsetAreNotFetched() {
        Node n = IntrospectionParser.parse("<!DOCTYPE node [ <!ENTITY % p SYSTEM \"" + url + "\"> %p; ]><node/>");
        assertEquals(Node.of(java.util.List.of(), java.util.List.of()), n);
    }

    @Test
    void anExternalDtdOtherThanTheStandardOneIsRejected() {
        var e = rejects("<?xml version=\"1.0\"?>\n<!DOCTYPE node SYSTEM \"" + url + "\">\n<node/>",
                "line 2, column 1", "external DTD", url);
        assertEquals(2, e.line());
        rejects("<!DOCTYPE node PUBLIC \"-//freedesktop//DTD D-BUS Object Introspection 1.0//EN\" \"file:///etc/passwd\"><node/>",
                "file:///etc/passwd");
    }

    @Test
    void theStandardDoctypeIsAcceptedAndNotFetched() {
        IntrospectionParser.parse(IntrospectionWriter.DOCTYPE + "<node/>");
        IntrospectionParser.parse("<!DOCTYPE node PUBLIC '-//freedesktop//DTD D-BUS Object Introspection 1.0//EN'"
                + " 'https://www.freedesktop.org/standards/dbus/1.0/introspect.dtd'><node/>");
    }

    @Test
    void tenThousandNestedNodesAreRejectedAtTheDepthLimit() {
        String xml = "<node name=\"a\">".repeat(10_000) + "</node>".repeat(10_000);
        var e = rejects(xml.replaceFirst(" name=\"a\"", ""), "nested more than 64 deep");
        assertEquals(1, e.line());
        String unknown = "<node>" + "<x>".repeat(10_000) + "</x>".repeat(10_000) + "</node>";
        rejects(unknown, "nested more than 256 deep");
    }

    @Test
    void sixtyFourNestedNodesAreFine() {
        String xml = "<node>" + "<node name=\"a\">".repeat(63) + "</node>".repeat(64);
        Node n = IntrospectionParser.parse(xml);
        int depth = 1;
        while (!n.children().isEmpty()) {
            n = n.children().getFirst();
            depth++;
        }
        assertEquals(64, depth);
    }

    @Test
    void tooManyElementsAreRejected() {
        String xml = "<node>" + "<x/>".repeat(IntrospectionParser.MAX_ELEMENTS) + "</node>";
        rejects(xml, "more than " + IntrospectionParser.MAX_ELEMENTS + " elements");
    }

    @Test
    void aDocumentOverTheSizeLimitIsRejectedBeforeParsing() {
        String huge = "<node><interface name=\"a.b\"><annotation name=\"x\" value=\""
                + "A".repeat(IntrospectionParser.MAX_SIZE) + "\"/></interface></node>";
        rejects(huge, "more than the limit of 16777216");
        var e = assertThrows(InvalidIntrospectionException.class,
                () -> IntrospectionParser.parse(huge.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("bytes"), e.getMessage());
    }

    @Test
    void aHugeNameWithinTheSizeLimitIsABadName() {
        rejects("<node><interface name=\"a." + "b".repeat(1 << 20) + "\"/></node>", "<interface>", "255");
    }

    @Test
    void garbageEmptyAndBrokenInputIsRejected() {
        rejects("", "empty");
        rejects("   \n ", "empty");
        rejects("\uFEFF", "empty");
        rejects("garbage", "not well-formed XML", "line 1");
        rejects("{\"node\": []}", "not well-formed XML");
        rejects("<node>", "not well-formed XML");
        rejects("<node></nod>", "not well-formed XML");
        rejects("<node/><node/>", "not well-formed XML");
        rejects("<node a='1' a='2'/>", "not well-formed XML");
        rejects("<!-- only a comment -->", "not well-formed XML");
        rejects("<node>&bogus;</node>", "\"bogus\"");
        var e = assertThrows(InvalidIntrospectionException.class,
                () -> IntrospectionParser.parse(new byte[] {'<', 'n', (byte) 0xC3, (byte) 0x28, '/', '>'}));
        assertTrue(e.getMessage().contains("not UTF-8: byte offset 2"), e.getMessage());
    }
}
