package io.jdbus.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.binding.DBusInterface;
import io.jdbus.binding.DBusMethod;
import io.jdbus.binding.DBusProperty;
import io.jdbus.binding.DBusSignal;
import io.jdbus.binding.DBusSignature;
import io.jdbus.client.ObjectManagerClient;
import io.jdbus.client.ProxyInterface;
import io.jdbus.connection.DBusErrorException;
import io.jdbus.connection.MessageBus;
import io.jdbus.connection.StandardError;
import io.jdbus.introspect.EmitsChangedSignal;
import io.jdbus.introspect.Interface;
import io.jdbus.introspect.Node;
import io.jdbus.message.Message;
import io.jdbus.names.ObjectPath;
import io.jdbus.testing.PrivateBus;
import io.jdbus.types.Variant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Exported Java objects, called through dbus-daemon by jdbus's own dynamic client. */
@Timeout(60)
class ObjectServerTest {
    @DBusInterface("com.example.Counter")
    public static final class Counter {
        public record Split(String text, @DBusSignature("u") long length) {
        }

        private long count;
        private String label = "start";

        @DBusMethod
        public synchronized long add(int n) {
            count += n;
            return count;
        }

        @DBusMethod
        public Split split(String text) {
            return new Split(text.toUpperCase(java.util.Locale.ROOT), text.length());
        }

        @DBusMethod("Later")
        public CompletableFuture<String> later(String s) {
            return CompletableFuture.supplyAsync(() -> s + "!");
        }

        @DBusMethod
        public void refuse() {
            throw new DBusErrorException("com.example.Error.Refused", "not today");
        }

        @DBusMethod
        public void crash() {
            throw new IllegalStateException("secret internal detail");
        }

        @DBusMethod(noReply = true)
        @Deprecated
        public void poke() {
        }

        @DBusSignal
        public void ticked(long count, String label) {
        }

        @DBusProperty
        public synchronized String getLabel() {
            return label;
        }

        @DBusProperty(emitsChange = EmitsChangedSignal.INVALIDATES)
        public synchronized void setLabel(String label) {
            this.label = label;
        }

        @DBusProperty(emitsChange = EmitsChangedSignal.CONST)
        @DBusSignature("u")
        public long getLimit() {
            return 4_000_000_000L;
        }

        @DBusProperty
        public void setSecret(String secret) {
        }
    }

    private PrivateBus daemon;
    private MessageBus service;
    private MessageBus client;

    @BeforeEach
    void start() throws Exception {
        daemon = PrivateBus.start();
        service = MessageBus.connect(daemon.address());
        client = MessageBus.connect(daemon.address());
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        service.close();
        daemon.close();
    }

    private ProxyInterface counter(String path) throws Exception {
        return client.proxyObject(service.uniqueName(), path, client.introspect(service.uniqueName(), path))
                .getInterface("com.example.Counter");
    }

    @Test
    void methodsPropertiesAndErrorsWorkThroughTheBus() throws Exception {
        ObjectServer.export(service, "/com/example/counter", new Counter());
        ProxyInterface c = counter("/com/example/counter");
        assertEquals(List.of(5L), c.call("Add", 5));
        assertEquals(List.of(7L), c.call("Add", 2));
        assertEquals(List.of("ABC", 3), c.call("Split", "abc"), "a record result is the out arguments");
        assertEquals(List.of("x!"), c.call("Later", "x"));
        DBusErrorException refused = assertThrows(DBusErrorException.class, () -> c.call("Refuse"));
        assertEquals("com.example.Error.Refused", refused.name());
        assertEquals("not today", refused.getMessage());
        DBusErrorException crashed = assertThrows(DBusErrorException.class, () -> c.call("Crash"));
        assertTrue(crashed.is(StandardError.FAILED));
        assertFalse(crashed.getMessage().contains("secret") || crashed.getMessage().contains("IllegalState"),
                crashed.getMessage());
        assertEquals("start", c.get("Label"));
        c.set("Label", "next");
        assertEquals("next", c.get("Label"));
        assertEquals((int) 4_000_000_000L, c.get("Limit"), "a u travels as its unsigned bits");
        assertEquals(Map.of("Label", "next", "Limit", (int) 4_000_000_000L), c.getAll());
        c.set("Secret", "s");
    }

    /** Methods that return jdbus's own value types, which are records: one value each, not out arguments. */
    @DBusInterface("com.example.Locator")
    public static final class Locator {
        @DBusMethod
        public ObjectPath where() {
            return ObjectPath.of("/here");
        }

        @DBusMethod
        public io.jdbus.types.UnixFD slot() {
            return new io.jdbus.types.UnixFD(0);
        }
    }

    @Test
    void aMethodReturningAnObjectPathPublishesOneObjectPath() throws Exception {
        ObjectServer.export(service, "/loc", new Locator());
        Message reply = client.call(Message.methodCall(service.uniqueName(), "/loc", "com.example.Locator", "Where").build());
        assertEquals("o", reply.signature().toString());
        assertEquals(List.of(ObjectPath.of("/here")), reply.body());
        Node node = client.introspect(service.uniqueName(), "/loc");
        String xml = io.jdbus.introspect.IntrospectionWriter.write(node);
        assertTrue(xml.contains("<arg type=\"o\" direction=\"out\"") || xml.contains("type=\"o\""), xml);
        assertTrue(xml.contains("type=\"h\""), "a UnixFD result is one h: " + xml);
    }

    @Test
    void theWrongSignatureIsInvalidArgsAndTheObjectStaysHealthy() throws Exception {
        ObjectServer.export(service, "/c", new Counter());
        Message wrong = Message.methodCall(service.uniqueName(), "/c", "com.example.Counter", "Add").body("s", "x").build();
        DBusErrorException e = assertThrows(DBusErrorException.class, () -> client.call(wrong));
        assertTrue(e.is(StandardError.INVALID_ARGS), e.toString());
        assertEquals(List.of(1L), counter("/c").call("Add", 1));
        DBusErrorException ro = assertThrows(DBusErrorException.class, () -> client.call(Message.methodCall(
                service.uniqueName(), "/c", "org.freedesktop.DBus.Properties", "Set")
                .body("ssv", "com.example.Counter", "Limit", Variant.of("u", 1)).build()));
        assertTrue(ro.is(StandardError.PROPERTY_READ_ONLY), ro.toString());
        DBusErrorException unknown = assertThrows(DBusErrorException.class, () -> client.call(Message.methodCall(
                service.uniqueName(), "/c", "org.freedesktop.DBus.Properties", "Get")
                .body("ss", "com.example.Counter", "Nope").build()));
        assertTrue(unknown.is(StandardError.UNKNOWN_PROPERTY), unknown.toString());
        DBusErrorException method = assertThrows(DBusErrorException.class, () -> client.call(Message.methodCall(
                service.uniqueName(), "/c", "com.example.Counter", "Nope").build()));
        assertTrue(method.is(StandardError.UNKNOWN_METHOD), method.toString());
    }

    @Test
    void introspectionDescribesTheClassAndListsChildNodes() throws Exception {
        ObjectServer server = ObjectServer.of(service);
        server.export("/a/b", new Counter());
        server.export("/a/b/c", new Counter());
        server.export("/a/d/e", new Counter());
        Node a = client.introspect(service.uniqueName(), "/a");
        assertEquals(List.of("b", "d"), a.children().stream().map(n -> n.name().orElseThrow()).toList());
        Interface counter = client.introspect(service.uniqueName(), "/a/b").findInterface("com.example.Counter").orElseThrow();
        assertEquals("x", counter.findMethod("Add").orElseThrow().outSignature().toString());
        assertEquals("su", counter.findMethod("Split").orElseThrow().outSignature().toString());
        assertTrue(counter.findMethod("Poke").orElseThrow().noReply());
        assertTrue(counter.findMethod("Poke").orElseThrow().isDeprecated());
        assertEquals("xs", counter.findSignal("Ticked").orElseThrow().signature().toString());
        assertEquals(EmitsChangedSignal.CONST, counter.findProperty("Limit").orElseThrow().emitsChangedSignal().orElseThrow());
        assertEquals(io.jdbus.introspect.Access.WRITE, counter.findProperty("Secret").orElseThrow().access());
        assertEquals(List.of("c"), client.introspect(service.uniqueName(), "/a/b").children().stream()
                .map(n -> n.name().orElseThrow()).toList());
    }

    @Test
    void signalsAndPropertiesChangedAreEmittedWithOneCall() throws Exception {
        Counter counter = new Counter();
        ExportedObject exported = ObjectServer.export(service, "/c", counter);
        ProxyInterface c = counter("/c");
        BlockingQueue<List<Object>> ticks = new LinkedBlockingQueue<>();
        BlockingQueue<List<String>> invalidated = new LinkedBlockingQueue<>();
        try (var sub = c.on("Ticked", ticks::add); var cache = c.cacheProperties()) {
            cache.onChange((changed, names) -> invalidated.add(names));
            exported.emit("Ticked", 3L, "three");
            assertEquals(List.of(3L, "three"), ticks.poll(10, TimeUnit.SECONDS));
            counter.setLabel("changed");
            exported.propertiesChanged("Label", "Limit");
            assertEquals(List.of("Label"), invalidated.poll(10, TimeUnit.SECONDS),
                    "Label invalidates; Limit is const and sends nothing");
            assertEquals("changed", c.get("Label"));
        }
        assertThrows(IllegalArgumentException.class, () -> exported.emit("Nope"));
    }

    @Test
    void anObjectManagerListsObjectsAndAnnouncesExportAndUnexport() throws Exception {
        ObjectServer server = ObjectServer.of(service);
        server.addObjectManager("/m");
        server.export("/m/one", new Counter());
        try (ObjectManagerClient manager = ObjectManagerClient.open(client, service.uniqueName(), "/m")) {
            assertEquals(Map.of(ObjectPath.of("/m/one"), Map.of("com.example.Counter",
                    Map.of("Label", "start", "Limit", (int) 4_000_000_000L))), manager.objects());
            BlockingQueue<String> events = new LinkedBlockingQueue<>();
            manager.onInterfacesAdded((p, i) -> events.add("added " + p));
            manager.onInterfacesRemoved((p, i) -> events.add("removed " + p + " " + i));
            ExportedObject two = server.export("/m/two", new Counter());
            assertEquals("added /m/two", events.poll(10, TimeUnit.SECONDS));
            two.close();
            assertEquals("removed /m/two [com.example.Counter]", events.poll(10, TimeUnit.SECONDS));
        }
        DBusErrorException gone = assertThrows(DBusErrorException.class, () -> client.call(Message.methodCall(
                service.uniqueName(), "/m/two", "com.example.Counter", "Add").body("i", 1).build()));
        assertTrue(gone.is(StandardError.UNKNOWN_OBJECT), gone.toString());
    }

    @DBusInterface("com.example.Fds")
    public static final class Fds {
        @DBusMethod
        public String read(io.jdbus.transport.UnixFd fd) throws java.io.IOException {
            try (fd) {
                java.nio.ByteBuffer in = java.nio.ByteBuffer.allocate(64);
                fd.channel().read(in);
                return new String(in.array(), 0, in.position(), java.nio.charset.StandardCharsets.US_ASCII);
            }
        }

        @DBusMethod
        public io.jdbus.transport.UnixFd pipe(String text) throws java.io.IOException {
            io.jdbus.transport.UnixFd.Pipe p = io.jdbus.transport.UnixFd.pipe();
            p.writeEnd().channel().write(java.nio.ByteBuffer.wrap(text.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
            p.writeEnd().close();
            return p.readEnd();   // sent with the reply; a real service would close it after sending
        }
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void unixFdsGoInAndOutOfExportedMethods() throws Exception {
        try (MessageBus fdService = MessageBus.builder().address(daemon.address()).negotiateUnixFds(true).build();
                MessageBus fdClient = MessageBus.builder().address(daemon.address()).negotiateUnixFds(true).build();
                io.jdbus.transport.UnixFd.Pipe pipe = io.jdbus.transport.UnixFd.pipe()) {
            ObjectServer.export(fdService, "/fds", new Fds());
            assertEquals("h", client.introspect(fdService.uniqueName(), "/fds").findInterface("com.example.Fds")
                    .orElseThrow().findMethod("Read").orElseThrow().inSignature().toString());
            pipe.writeEnd().channel().write(java.nio.ByteBuffer.wrap("to the service".getBytes()));
            pipe.writeEnd().close();
            Message read = fdClient.call(Message.methodCall(fdService.uniqueName(), "/fds", "com.example.Fds", "Read")
                    .body("h", new io.jdbus.types.UnixFD(0)).build().withFds(List.of(pipe.readEnd())));
            assertEquals(List.of("to the service"), read.body());
            Message made = fdClient.call(Message.methodCall(fdService.uniqueName(), "/fds", "com.example.Fds", "Pipe")
                    .body("s", "from the service").build());
            try (io.jdbus.transport.UnixFd fd = io.jdbus.transport.UnixFd.in(made, (io.jdbus.types.UnixFD) made.body().getFirst())) {
                java.nio.ByteBuffer in = java.nio.ByteBuffer.allocate(64);
                fd.channel().read(in);
                assertEquals("from the service", new String(in.array(), 0, in.position()));
            }
        }
    }

    @DBusInterface("com.example.Named")
    public interface Named {
        String describe();
    }

    @DBusInterface("com.example.Both")
    public static final class Both implements Named {
        @Override
        public String describe() {
            return "both";
        }

        @DBusMethod
        public int one() {
            return 1;
        }
    }

    @Test
    void anObjectExportsItsClassInterfaceAndTheInterfacesItImplements() throws Exception {
        ObjectServer.export(service, "/both", new Both());
        var node = client.introspect(service.uniqueName(), "/both");
        assertTrue(node.findInterface("com.example.Both").isPresent() && node.findInterface("com.example.Named").isPresent(),
                node.toString());
        var obj = client.proxyObject(service.uniqueName(), "/both", node);
        assertEquals(List.of("both"), obj.getInterface("com.example.Named").call("Describe"));
        assertEquals(List.of(1), obj.getInterface("com.example.Both").call("One"));
        Message noInterface = client.call(Message.methodCall(service.uniqueName(), "/both", null, "Describe").build());
        assertEquals(List.of("both"), noInterface.body(), "a call without an interface finds the member");
    }

    @Test
    void aClosedConnectionsServerIsForgotten() throws Exception {
        MessageBus shortLived = MessageBus.connect(daemon.address());
        ObjectServer first = ObjectServer.of(shortLived);
        assertTrue(first == ObjectServer.of(shortLived), "one server per connection");
        shortLived.close();
        shortLived.closed().get(10, TimeUnit.SECONDS);
        assertFalse(first == ObjectServer.of(shortLived), "the closed connection's server was dropped");
    }

    @Test
    void aClassThatCannotBeExportedIsRefusedNamingTheMember() {
        @DBusInterface("com.example.Bad")
        final class Bad {
            @DBusMethod
            public Thread thread() {
                return null;
            }
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ObjectServer.export(service, "/bad", new Bad()));
        assertEquals("Bad.thread cannot be exported: no D-Bus type for java.lang.Thread", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ObjectServer.export(service, "/x", new Object()));
    }
}
