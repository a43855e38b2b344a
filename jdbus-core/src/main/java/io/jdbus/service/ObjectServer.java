package io.jdbus.service;

import io.jdbus.connection.DBusErrorException;
import io.jdbus.connection.MessageBus;
import io.jdbus.connection.StandardError;
import io.jdbus.connection.Subscription;
import io.jdbus.introspect.Arg;
import io.jdbus.introspect.Interface;
import io.jdbus.introspect.IntrospectionWriter;
import io.jdbus.introspect.Method;
import io.jdbus.introspect.Node;
import io.jdbus.introspect.Signal;
import io.jdbus.message.Message;
import io.jdbus.names.ObjectPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeSet;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Exports annotated Java objects on a connection, as python-dbus-next's {@code bus.export} and GDBus's
 * object registration do: calls to an exported path are dispatched to the object's methods (each on its own
 * virtual thread), {@code org.freedesktop.DBus.Introspectable} describes it and lists child nodes (also for
 * the paths above it), {@code org.freedesktop.DBus.Properties} reads and writes its properties, and
 * {@code org.freedesktop.DBus.Peer} is answered by the connection. The annotations are those of
 * {@code io.jdbus.binding}; see {@code docs/SERVICE.md}. One server per connection; thread-safe.
 * {@snippet :
 * try (ExportedObject o = ObjectServer.export(bus, "/com/example/sample_object0", new SampleService())) {
 *     bus.requestName("com.example.name");
 *     bus.closed().join();
 * }
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#standard-interfaces">Standard interfaces</a>
 */
public final class ObjectServer {
    private static final Map<MessageBus, ObjectServer> SERVERS = new WeakHashMap<>();
    private static final String INTROSPECTABLE = "org.freedesktop.DBus.Introspectable";
    private static final String PEER = "org.freedesktop.DBus.Peer";
    private static final List<Interface> STANDARD = List.of(
            Interface.of(INTROSPECTABLE).withMethods(List.of(Method.of("Introspect", Arg.out("xml_data", "s")))),
            Interface.of(PEER).withMethods(List.of(Method.of("Ping"), Method.of("GetMachineId", Arg.out("machine_uuid", "s")))),
            Interface.of(Dispatch.PROPERTIES).withMethods(List.of(
                    Method.of("Get", Arg.in("interface_name", "s"), Arg.in("property_name", "s"), Arg.out("value", "v")),
                    Method.of("GetAll", Arg.in("interface_name", "s"), Arg.out("properties", "a{sv}")),
                    Method.of("Set", Arg.in("interface_name", "s"), Arg.in("property_name", "s"), Arg.in("value", "v"))))
                    .withSignals(List.of(Signal.of("PropertiesChanged", Arg.out("interface_name", "s"),
                            Arg.out("changed_properties", "a{sv}"), Arg.out("invalidated_properties", "as")))));

    private final MessageBus bus;
    private final NavigableMap<ObjectPath, ExportedObject> objects = new ConcurrentSkipListMap<>();
    private final Subscription calls;

    private ObjectServer(MessageBus bus) {
        this.bus = bus;
        this.calls = bus.handleCalls(this::ours, this::dispatch);
    }

    /** The server of {@code bus}, made on first use. */
    public static ObjectServer of(MessageBus bus) {
        synchronized (SERVERS) {
            return SERVERS.computeIfAbsent(bus, ObjectServer::new);
        }
    }

    /** Exports {@code object} at {@code path} on {@code bus}: shorthand for {@code of(bus).export(path, object)}. */
    public static ExportedObject export(MessageBus bus, String path, Object object) {
        return of(bus).export(path, object);
    }

    /**
     * Exports {@code object} at {@code path}: its class (or an interface it implements) must be annotated
     * {@code @DBusInterface}; it is scanned now, and a class that cannot be exported is refused with the member
     * and the reason.
     *
     * @throws IllegalArgumentException when the path is taken or the class cannot be exported
     */
    public ExportedObject export(String path, Object object) {
        ObjectPath p = ObjectPath.of(path);
        ExportedObject exported = new ExportedObject(this, p, object, ServiceModel.of(object.getClass()));
        if (objects.putIfAbsent(p, exported) != null) {
            throw new IllegalArgumentException("an object is already exported at " + path);
        }
        return exported;
    }

    void unexport(ExportedObject o) {
        objects.remove(o.path(), o);
    }

    MessageBus bus() {
        return bus;
    }

    private boolean ours(Message call) {
        if (PEER.equals(call.interfaceName()) || call.path() == null) {
            return false;
        }
        return objects.containsKey(call.path()) || (INTROSPECTABLE.equals(call.interfaceName()) && hasChildren(call.path()));
    }

    private boolean hasChildren(ObjectPath path) {
        return objects.keySet().stream().anyMatch(p -> !p.equals(path) && p.startsWith(path));
    }

    private Message dispatch(Message call) throws Exception {
        ExportedObject object = objects.get(call.path());
        String iface = call.interfaceName();
        if (INTROSPECTABLE.equals(iface) && "Introspect".equals(call.member())) {
            return Message.methodReturn(call).body("s", IntrospectionWriter.write(node(call.path(), object))).build();
        }
        if (object == null) {
            throw new DBusErrorException(StandardError.UNKNOWN_OBJECT, "no object at " + call.path());
        }
        if (Dispatch.PROPERTIES.equals(iface)) {
            return Dispatch.properties(object, call);
        }
        for (ServiceModel model : object.models()) {
            if (iface == null || iface.equals(model.introspection().name().value())) {
                ServiceModel.Call method = model.methods().get(call.member());
                if (method != null) {
                    return Dispatch.method(object, model, method, call);
                }
                if (iface != null) {
                    throw new DBusErrorException(StandardError.UNKNOWN_METHOD, "interface " + iface + " has no method "
                            + call.member());
                }
            }
        }
        if (iface != null) {
            throw new DBusErrorException(StandardError.UNKNOWN_INTERFACE, "object " + call.path() + " has no interface " + iface);
        }
        throw new DBusErrorException(StandardError.UNKNOWN_METHOD, "object " + call.path() + " has no method " + call.member());
    }

    private Node node(ObjectPath path, ExportedObject object) {
        List<Interface> interfaces = new ArrayList<>(STANDARD);
        if (object != null) {
            object.models().forEach(m -> interfaces.add(m.introspection()));
        }
        TreeSet<String> children = new TreeSet<>();
        String prefix = path.isRoot() ? "/" : path.value() + "/";
        for (ObjectPath p : objects.keySet()) {
            if (p.value().startsWith(prefix) && !p.equals(path)) {
                children.add(p.value().substring(prefix.length()).split("/")[0]);
            }
        }
        return Node.of(interfaces, children.stream().map(Node::child).toList());
    }

    /** Stops answering for every object of this connection. */
    void close() {
        calls.close();
        objects.clear();
    }
}
