package io.jdbus.bench;

import static io.jdbus.bench.DbusJavaWire.FACTORY;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.messages.DBusSignal;
import org.freedesktop.dbus.messages.MethodCall;
import org.freedesktop.dbus.messages.MethodReturn;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

/**
 * The three {@link Scenarios} as dbus-java 5.2.0 values. The Java values are built once; creating a
 * message from them (the measured part) marshals header and body, as dbus-java does before sending.
 */
final class DbusJavaMessages {

    private final Map<String, Variant<?>> changed;
    private final Map<DBusPath, Map<String, Map<String, Variant<?>>>> managedObjects;
    private final MethodCall getManagedObjects;
    private final byte[] blob;

    DbusJavaMessages() throws DBusException {
        changed = new LinkedHashMap<>();
        changed.put(Scenarios.RSSI, new Variant<>(Scenarios.RSSI_VALUE));
        managedObjects = toDbusJava(Scenarios.managedObjects());
        getManagedObjects = FACTORY.createMethodCall(Scenarios.BLUEZ, "/", Scenarios.OBJECT_MANAGER_INTERFACE,
                Scenarios.GET_MANAGED_OBJECTS, (byte) 0, null);
        blob = Scenarios.blob();
    }

    /** (a) */
    DBusSignal propertiesChanged() throws DBusException {
        return FACTORY.createSignal(null, Scenarios.SIGNAL_PATH, Scenarios.PROPERTIES_INTERFACE,
                Scenarios.PROPERTIES_CHANGED, Scenarios.PROPERTIES_CHANGED_SIGNATURE,
                Scenarios.DEVICE_INTERFACE, changed, List.of());
    }

    /** (b) */
    MethodReturn managedObjectsReply() throws DBusException {
        return FACTORY.createMethodReturn(getManagedObjects, Scenarios.MANAGED_OBJECTS_SIGNATURE, managedObjects);
    }

    /** (c) */
    MethodCall blobCall() throws DBusException {
        return FACTORY.createMethodCall(Scenarios.BLOB_DESTINATION, Scenarios.BLOB_PATH, Scenarios.BLOB_INTERFACE,
                Scenarios.BLOB_MEMBER, (byte) 0, "ay", blob);
    }

    private static Map<DBusPath, Map<String, Map<String, Variant<?>>>> toDbusJava(
            Map<String, Map<String, List<Scenarios.Property>>> objects) {
        Map<DBusPath, Map<String, Map<String, Variant<?>>>> result = new LinkedHashMap<>();
        objects.forEach((path, interfaces) -> {
            Map<String, Map<String, Variant<?>>> byInterface = new LinkedHashMap<>();
            interfaces.forEach((name, properties) -> {
                Map<String, Variant<?>> values = new LinkedHashMap<>();
                properties.forEach(p -> values.put(p.name(), variant(p)));
                byInterface.put(name, values);
            });
            result.put(new DBusPath(path), byInterface);
        });
        return result;
    }

    private static Variant<?> variant(Scenarios.Property property) {
        Object value = property.value();
        return switch (property.signature()) {
            case "u" -> new Variant<>(new UInt32(Integer.toUnsignedLong((Integer) value)));
            case "o" -> new Variant<>(new DBusPath((String) value));
            case "as" -> new Variant<>(value, "as");
            default -> new Variant<>(value);
        };
    }
}
