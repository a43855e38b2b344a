package io.jdbus.client;

import io.jdbus.connection.MessageBus;
import io.jdbus.connection.Subscription;
import io.jdbus.introspect.Interface;
import io.jdbus.introspect.IntrospectionParser;
import io.jdbus.introspect.Node;
import io.jdbus.match.MatchRule;
import io.jdbus.message.Message;
import io.jdbus.message.MessageType;
import io.jdbus.names.BusName;
import io.jdbus.names.ObjectPath;
import io.jdbus.names.WellKnownName;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A remote object as its introspection describes it: a bus name, a path, and the interfaces and child
 * nodes of its introspection data, as python-dbus-next's {@code ProxyObject}.
 *
 * <p>A proxy on a well-known name delivers signals from whoever owns the name at the time, following
 * NameOwnerChanged; one on a unique name, from that connection only. Thread-safe.
 * {@snippet :
 * Node node = bus.introspect("com.example.name", "/com/example/sample_object0");
 * ProxyObject obj = bus.proxyObject("com.example.name", "/com/example/sample_object0", node);
 * ProxyInterface iface = obj.getInterface("com.example.SampleInterface0");
 * for (ObjectPath child : obj.children()) {
 *     System.out.println(child);
 * }
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#introspection-format">Introspection data format</a>
 */
public final class ProxyObject {
    private final MessageBus bus;
    private final String busName;
    private final ObjectPath path;
    private final Node node;
    private final Map<String, ProxyInterface> interfaces = new HashMap<>();
    private final SignalRouting signals;

    private ProxyObject(MessageBus bus, String busName, ObjectPath path, Node node) {
        this.bus = Objects.requireNonNull(bus, "bus");
        this.busName = BusName.of(busName).value();
        this.path = path;
        this.node = Objects.requireNonNull(node, "node");
        this.signals = new SignalRouting(bus, this.busName, BusName.of(busName) instanceof WellKnownName);
    }

    /** A proxy for {@code path} on {@code busName}, described by {@code node}. */
    public static ProxyObject of(MessageBus bus, String busName, String path, Node node) {
        return new ProxyObject(bus, busName, ObjectPath.of(path), node);
    }

    /** A proxy described by introspection XML ({@link IntrospectionParser} rules apply). */
    public static ProxyObject of(MessageBus bus, String busName, String path, String xml) {
        return of(bus, busName, path, IntrospectionParser.parse(xml));
    }

    /** Calls {@code org.freedesktop.DBus.Introspectable.Introspect} on the object and parses the answer. */
    public static Node introspect(MessageBus bus, String busName, String path) throws IOException {
        Message reply = bus.call(Message.methodCall(BusName.of(busName).value(), ObjectPath.of(path).value(),
                "org.freedesktop.DBus.Introspectable", "Introspect").build());
        if (!reply.signature().toString().equals("s")) {
            throw new UnexpectedReplyException("Introspect of " + path + " on " + busName + " returned \""
                    + reply.signature() + "\", not \"s\"");
        }
        return IntrospectionParser.parse((String) reply.body().getFirst());
    }

    /** The connection the proxy calls through. */
    public MessageBus bus() {
        return bus;
    }

    /** The bus name the proxy calls (unique or well-known). */
    public String busName() {
        return busName;
    }

    /** The object's path. */
    public ObjectPath path() {
        return path;
    }

    /** The introspection data the proxy was built from. */
    public Node introspection() {
        return node;
    }

    /** The names of the interfaces in the introspection, in document order. */
    public List<String> interfaceNames() {
        return node.interfaces().stream().map(i -> i.name().value()).toList();
    }

    /**
     * The interface named {@code name}.
     *
     * @throws IllegalArgumentException when the introspection has no such interface (the message lists those it has)
     */
    public ProxyInterface getInterface(String name) {
        synchronized (interfaces) {
            ProxyInterface existing = interfaces.get(name);
            if (existing != null) {
                return existing;
            }
            Interface i = node.findInterface(name).orElseThrow(() -> new IllegalArgumentException(
                    path + " on " + busName + " has no interface " + name + " in its introspection; it has "
                            + interfaceNames()));
            ProxyInterface proxy = new ProxyInterface(this, i);
            interfaces.put(name, proxy);
            return proxy;
        }
    }

    /** The paths of the child nodes the introspection lists. */
    public List<ObjectPath> children() {
        List<ObjectPath> out = new ArrayList<>();
        for (Node child : node.children()) {
            child.name().ifPresent(n -> out.add(ObjectPath.of(path.isRoot() ? "/" + n : path.value() + "/" + n)));
        }
        return out;
    }

    /** A proxy for the child node {@code name} (relative, as the introspection lists it), introspected now. */
    public ProxyObject child(String name) throws IOException {
        if (node.findChild(name).isEmpty()) {
            throw new IllegalArgumentException(path + " on " + busName + " has no child node " + name + "; it has "
                    + children());
        }
        String childPath = path.isRoot() ? "/" + name : path.value() + "/" + name;
        return of(bus, busName, childPath, introspect(bus, busName, childPath));
    }

    /**
     * A typed proxy: {@code type} is a Java interface annotated {@link io.jdbus.binding.DBusInterface} with
     * the name of one of this object's interfaces; each of its methods is checked against the introspection
     * now (see {@code docs/BINDING.md}).
     * {@snippet :
     * Sample sample = obj.as(Sample.class);
     * Sample.Frobated f = sample.frobate(5);
     * }
     *
     * @throws IllegalArgumentException naming the Java method that does not fit, and why
     */
    public <T> T as(Class<T> type) {
        return TypedProxy.create(type, this);
    }

    Subscription subscribe(String iface, String member, Consumer<Message> deliver, Object key) throws IOException {
        MatchRule rule = MatchRule.builder().type(MessageType.SIGNAL).sender(busName).path(path)
                .interfaceName(iface).member(member).build();
        return signals.subscribe(rule, iface + "." + member, deliver, key);
    }

    void unsubscribe(String iface, String member, Object key) {
        signals.unsubscribe(iface + "." + member, key);
    }

    @Override
    public String toString() {
        return busName + " " + path;
    }
}
