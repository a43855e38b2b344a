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
    private static final String OBJECT_MANAGER = "org.freedesktop.DBus.ObjectManager";
    private static final Interface OBJECT_MANAGER_INTERFACE = Interface.of(OBJECT_MANAGER)
            .withMethods(List.of(Method.of("GetManagedObjects", Arg.out("objects", "a{oa{sa{sv}}}"))))
            .withSignals(List.of(Signal.of("InterfacesAdded", Arg.out("object_path", "o"),
                    Arg.out("interfaces_and_properties", "a{sa{sv}}")),
                    Signal.of("InterfacesRemoved", Arg.out("object_path", "o"), Arg.out("interfaces", "as"))));
    private static final System.Logger LOG = System.getLogger(ObjectServer.class.getName());

    private final NavigableMap<ObjectPath, ExportedObject> objects = new ConcurrentSkipListMap<>();
    private final java.util.Set<ObjectPath> managers = new java.util.concurrent.ConcurrentSkipListSet<>();
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
        for (ObjectPath manager : managersOf(p)) {
            tell(Message.signal(manager.value(), OBJECT_MANAGER, "InterfacesAdded")
                    .body("oa{sa{sv}}", p, interfacesAndProperties(exported)).build());
        }
        return exported;
    }

    /**
     * Makes {@code path} an {@code org.freedesktop.DBus.ObjectManager}: {@code GetManagedObjects} there lists
     * every object exported below it with its interfaces and readable properties, and exporting or
     * unexporting an object below it emits {@code InterfacesAdded} or {@code InterfacesRemoved} from it.
     */
    public void addObjectManager(String path) {
        managers.add(ObjectPath.of(path));
    }

    void unexport(ExportedObject o) {
        if (objects.remove(o.path(), o)) {
            for (ObjectPath manager : managersOf(o.path())) {
                tell(Message.signal(manager.value(), OBJECT_MANAGER, "InterfacesRemoved").body("oas", o.path(),
                        o.models().stream().map(m -> m.introspection().name().value()).toList()).build());
            }
        }
    }

    private List<ObjectPath> managersOf(ObjectPath p) {
        return managers.stream().filter(m -> !m.equals(p) && p.startsWith(m)).toList();
    }

    private void tell(Message signal) {
        try {
            bus.send(signal);
        } catch (java.io.IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "could not send " + signal, e);
        }
    }

    /** An object's interfaces and their readable properties, as ObjectManager reports them. */
    private static Map<String, Map<String, io.jdbus.types.Variant>> interfacesAndProperties(ExportedObject o) {
        Map<String, Map<String, io.jdbus.types.Variant>> out = new java.util.LinkedHashMap<>();
        for (ServiceModel m : o.models()) {
            Map<String, io.jdbus.types.Variant> props = new java.util.LinkedHashMap<>();
            m.properties().forEach((name, p) -> {
                if (p.getter() != null) {
                    try {
                        props.put(name, io.jdbus.types.Variant.of(p.type(), Dispatch.read(o.target(), p)));
                    } catch (java.io.IOException | RuntimeException e) {
                        LOG.log(System.Logger.Level.DEBUG, "property " + name + " of " + o + " unreadable", e);
                    }
                }
            });
            out.put(m.introspection().name().value(), props);
        }
        return out;
    }

    MessageBus bus() {
        return bus;
    }

    private boolean ours(Message call) {
        if (PEER.equals(call.interfaceName()) || call.path() == null) {
            return false;
        }
        return objects.containsKey(call.path()) || managers.contains(call.path())
                || (INTROSPECTABLE.equals(call.interfaceName()) && hasChildren(call.path()));
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
        if (OBJECT_MANAGER.equals(iface) && "GetManagedObjects".equals(call.member()) && managers.contains(call.path())) {
            Map<ObjectPath, Map<String, Map<String, io.jdbus.types.Variant>>> all = new java.util.TreeMap<>();
            for (ExportedObject o : objects.values()) {
                if (!o.path().equals(call.path()) && o.path().startsWith(call.path())) {
                    all.put(o.path(), interfacesAndProperties(o));
                }
            }
            return Message.methodReturn(call).body("a{oa{sa{sv}}}", all).build();
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
        if (iface != null) {   // as GDBus and sd-bus answer a method of an unknown interface
            throw new DBusErrorException(StandardError.UNKNOWN_METHOD, "object " + call.path() + " has no interface " + iface);
        }
        throw new DBusErrorException(StandardError.UNKNOWN_METHOD, "object " + call.path() + " has no method " + call.member());
    }

    private Node node(ObjectPath path, ExportedObject object) {
        List<Interface> interfaces = new ArrayList<>(STANDARD);
        if (managers.contains(path)) {
            interfaces.add(OBJECT_MANAGER_INTERFACE);
        }
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
