package io.jdbus.client;

import io.jdbus.connection.MessageBus;
import io.jdbus.connection.Subscription;
import io.jdbus.match.MatchRule;
import io.jdbus.message.Message;
import io.jdbus.message.MessageType;
import io.jdbus.names.BusName;
import io.jdbus.names.ObjectPath;
import io.jdbus.names.WellKnownName;
import io.jdbus.types.Variant;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * The objects below an {@code org.freedesktop.DBus.ObjectManager}, kept current: filled with
 * {@code GetManagedObjects}, then updated by {@code InterfacesAdded} and {@code InterfacesRemoved}, as
 * GDBusObjectManagerClient does. Property values are those the signals carried; follow later changes with
 * a {@link ProxyInterface} per object. Thread-safe.
 * {@snippet :
 * try (ObjectManagerClient manager = ObjectManagerClient.open(bus, "org.bluez", "/")) {
 *     manager.onInterfacesAdded((path, ifaces) -> System.out.println("new " + path + " " + ifaces.keySet()));
 *     manager.objects().forEach((path, ifaces) -> System.out.println(path + " " + ifaces.keySet()));
 * }
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#standard-interfaces-objectmanager">ObjectManager</a>
 */
public final class ObjectManagerClient implements AutoCloseable {
    static final String OBJECT_MANAGER = "org.freedesktop.DBus.ObjectManager";

    private final Map<ObjectPath, Map<String, Map<String, Object>>> objects = new ConcurrentSkipListMap<>();
    private final List<BiConsumer<ObjectPath, Map<String, Map<String, Object>>>> added = new CopyOnWriteArrayList<>();
    private final List<BiConsumer<ObjectPath, List<String>>> removed = new CopyOnWriteArrayList<>();
    private Subscription addedSignals;
    private Subscription removedSignals;

    private ObjectManagerClient() {
    }

    /** Follows the object manager at {@code path} on {@code busName}. */
    public static ObjectManagerClient open(MessageBus bus, String busName, String path) throws IOException {
        ObjectPath at = ObjectPath.of(path);
        SignalRouting routing = new SignalRouting(bus, BusName.of(busName).value(),
                BusName.of(busName) instanceof WellKnownName);
        ObjectManagerClient client = new ObjectManagerClient();
        client.addedSignals = routing.subscribe(rule(busName, at, "InterfacesAdded"), "InterfacesAdded",
                client::interfacesAdded, client);
        try {
            client.removedSignals = routing.subscribe(rule(busName, at, "InterfacesRemoved"), "InterfacesRemoved",
                    client::interfacesRemoved, client);
            Message reply = bus.call(Message.methodCall(busName, path, OBJECT_MANAGER, "GetManagedObjects").build());
            if (!reply.signature().toString().equals("a{oa{sa{sv}}}")) {
                throw new UnexpectedReplyException("GetManagedObjects returned \"" + reply.signature()
                        + "\", not \"a{oa{sa{sv}}}\"");
            }
            ((Map<?, ?>) reply.body().getFirst()).forEach((p, ifaces) ->
                    client.objects.putIfAbsent(path(p), interfaces(ifaces)));
        } catch (IOException | RuntimeException e) {
            client.close();
            throw e;
        }
        return client;
    }

    private static MatchRule rule(String busName, ObjectPath path, String member) {
        return MatchRule.builder().type(MessageType.SIGNAL).sender(busName).path(path).interfaceName(OBJECT_MANAGER)
                .member(member).build();
    }

    private static ObjectPath path(Object decoded) {
        return decoded instanceof ObjectPath p ? p : ObjectPath.of(decoded.toString());
    }

    private static Map<String, Map<String, Object>> interfaces(Object decoded) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        ((Map<?, ?>) decoded).forEach((name, props) -> {
            Map<String, Object> values = new LinkedHashMap<>();
            ((Map<?, ?>) props).forEach((k, v) -> values.put((String) k, ((Variant) v).value()));
            out.put((String) name, java.util.Collections.unmodifiableMap(values));
        });
        return java.util.Collections.unmodifiableMap(out);
    }

    private void interfacesAdded(Message m) {
        if (!m.signature().toString().equals("oa{sa{sv}}")) {
            return;
        }
        ObjectPath p = path(m.body().get(0));
        Map<String, Map<String, Object>> ifaces = interfaces(m.body().get(1));
        objects.merge(p, ifaces, (old, add) -> {
            Map<String, Map<String, Object>> merged = new LinkedHashMap<>(old);
            merged.putAll(add);
            return java.util.Collections.unmodifiableMap(merged);
        });
        added.forEach(l -> l.accept(p, ifaces));
    }

    private void interfacesRemoved(Message m) {
        if (!m.signature().toString().equals("oas")) {
            return;
        }
        ObjectPath p = path(m.body().get(0));
        List<String> names = ((List<?>) m.body().get(1)).stream().map(String.class::cast).toList();
        objects.computeIfPresent(p, (k, old) -> {
            Map<String, Map<String, Object>> left = new LinkedHashMap<>(old);
            names.forEach(left::remove);
            return left.isEmpty() ? null : java.util.Collections.unmodifiableMap(left);
        });
        removed.forEach(l -> l.accept(p, names));
    }

    /** The managed objects now: path → interface name → property name → value. */
    public Map<ObjectPath, Map<String, Map<String, Object>>> objects() {
        return Map.copyOf(objects);
    }

    /** Calls {@code listener} after each InterfacesAdded is applied. */
    public Subscription onInterfacesAdded(BiConsumer<ObjectPath, Map<String, Map<String, Object>>> listener) {
        added.add(listener);
        return () -> added.remove(listener);
    }

    /** Calls {@code listener} after each InterfacesRemoved is applied. */
    public Subscription onInterfacesRemoved(BiConsumer<ObjectPath, List<String>> listener) {
        removed.add(listener);
        return () -> removed.remove(listener);
    }

    /** Stops following the manager. Idempotent. */
    @Override
    public void close() {
        if (addedSignals != null) {
            addedSignals.close();
        }
        if (removedSignals != null) {
            removedSignals.close();
        }
    }
}
