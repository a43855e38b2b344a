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
    /** One server per open connection; a connection's entry goes when it closes (the server holds the bus). */
    private static final Map<MessageBus, ObjectServer> SERVERS = new java.util.HashMap<>();
    private static final String INTROSPECTABLE = "org.freedesktop.DBus.Introspectable";
    private static final String PEER = "org.freedesktop.DBus.Peer";
    /** Peer is answered by the connection for every path; this describes it in the introspection. */
    private static final Interface PEER_INTERFACE = Interface.of(PEER).withMethods(List.of(Method.of("Ping"),
            Method.of("GetMachineId", Arg.out("machine_uuid", "s"))));
    private static final System.Logger LOG = System.getLogger(ObjectServer.class.getName());

    /** What answers a call: an instance and the model of the one interface it answers for. */
    private record Target(Object instance, ServiceModel model) {
        String name() {
            return model.introspection().name().value();
        }
    }

    private final MessageBus bus;
    private final NavigableMap<ObjectPath, ExportedObject> objects = new ConcurrentSkipListMap<>();
    private final java.util.Set<ObjectPath> managers = new java.util.concurrent.ConcurrentSkipListSet<>();
    private final Subscription calls;

    private ObjectServer(MessageBus bus) {
        this.bus = bus;
        this.calls = io.jdbus.internal.LibraryCalls.handleCalls(bus, this::ours, this::dispatch);
    }

    /** The server of {@code bus}, made on first use. */
    public static ObjectServer of(MessageBus bus) {
        synchronized (SERVERS) {
            ObjectServer server = SERVERS.get(bus);
            if (server == null) {
                server = new ObjectServer(bus);
                SERVERS.put(bus, server);
                bus.closed().whenComplete((v, e) -> {
                    synchronized (SERVERS) {
                        SERVERS.remove(bus);
                    }
                });
            }
            return server;
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
            tell(Message.signal(manager.value(), ObjectManagerInterface.NAME, "InterfacesAdded")
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
                tell(Message.signal(manager.value(), ObjectManagerInterface.NAME, "InterfacesRemoved").body("oas", o.path(),
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
        ObjectPath path = call.path();
        List<Target> targets = targets(path);
        String iface = call.interfaceName();
        for (Target t : targets) {
            if (iface == null || iface.equals(t.name())) {
                ServiceModel.Call method = t.model().methods().get(call.member());
                if (method != null) {
                    return Dispatch.method(t.instance(), method, call);
                }
                if (iface != null) {
                    throw new DBusErrorException(StandardError.UNKNOWN_METHOD, "interface " + iface + " has no method "
                            + call.member());
                }
            }
        }
        if (!objects.containsKey(path) && !managers.contains(path)) {
            throw new DBusErrorException(StandardError.UNKNOWN_OBJECT, "no object at " + path);
        }
        if (iface != null) {   // as GDBus and sd-bus answer a method of an unknown interface
            throw new DBusErrorException(StandardError.UNKNOWN_METHOD, "object " + path + " has no interface " + iface);
        }
        throw new DBusErrorException(StandardError.UNKNOWN_METHOD, "object " + path + " has no method " + call.member());
    }

    /** What answers at {@code path}: Introspectable always, then Properties and the object's own interfaces, then ObjectManager. */
    private List<Target> targets(ObjectPath path) {
        List<Target> targets = new ArrayList<>();
        targets.add(standard(new IntrospectableInterface(this, path)));
        ExportedObject object = objects.get(path);
        if (object != null) {
            targets.add(standard(new PropertiesInterface(object)));
            for (ServiceModel m : object.models()) {
                targets.add(new Target(object.target(), m));
            }
        }
        if (managers.contains(path)) {
            targets.add(standard(new ObjectManagerInterface(this, path)));
        }
        return targets;
    }

    private static Target standard(Object instance) {
        return new Target(instance, ServiceModel.of(instance.getClass()).getFirst());
    }

    /** The introspection XML of {@code path}: its interfaces, Peer, and the child nodes below it. */
    String introspect(ObjectPath path) {
        List<Interface> interfaces = new ArrayList<>();
        for (Target t : targets(path)) {
            interfaces.add(t.model().introspection());
        }
        interfaces.add(PEER_INTERFACE);
        TreeSet<String> children = new TreeSet<>();
        String prefix = path.isRoot() ? "/" : path.value() + "/";
        for (ObjectPath p : objects.keySet()) {
            if (p.value().startsWith(prefix) && !p.equals(path)) {
                children.add(p.value().substring(prefix.length()).split("/")[0]);
            }
        }
        return IntrospectionWriter.write(Node.of(interfaces, children.stream().map(Node::child).toList()));
    }

    /** GetManagedObjects of the manager at {@code manager}: every object below it. */
    Map<ObjectPath, Map<String, Map<String, io.jdbus.types.Variant>>> managedObjects(ObjectPath manager) {
        Map<ObjectPath, Map<String, Map<String, io.jdbus.types.Variant>>> all = new java.util.TreeMap<>();
        for (ExportedObject o : objects.values()) {
            if (!o.path().equals(manager) && o.path().startsWith(manager)) {
                all.put(o.path(), interfacesAndProperties(o));
            }
        }
        return all;
    }

    /** Stops answering for every object of this connection. */
    void close() {
        calls.close();
        objects.clear();
    }
}
