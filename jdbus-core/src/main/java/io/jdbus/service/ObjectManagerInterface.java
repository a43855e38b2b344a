package io.jdbus.service;

import io.jdbus.binding.DBusInterface;
import io.jdbus.binding.DBusMethod;
import io.jdbus.binding.DBusSignal;
import io.jdbus.names.ObjectPath;
import io.jdbus.types.Variant;
import java.util.List;
import java.util.Map;

/**
 * {@code org.freedesktop.DBus.ObjectManager} at a manager's path, exported through the service's own
 * annotations: the objects below it with their interfaces and readable properties.
 */
@DBusInterface(ObjectManagerInterface.NAME)
final class ObjectManagerInterface {
    static final String NAME = "org.freedesktop.DBus.ObjectManager";

    private final ObjectServer server;
    private final ObjectPath path;

    ObjectManagerInterface(ObjectServer server, ObjectPath path) {
        this.server = server;
        this.path = path;
    }

    @DBusMethod
    public Map<ObjectPath, Map<String, Map<String, Variant>>> getManagedObjects() {
        return server.managedObjects(path);
    }

    @DBusSignal
    public void interfacesAdded(ObjectPath objectPath, Map<String, Map<String, Variant>> interfacesAndProperties) {
        // the declaration of the signal; the server sends it on export
    }

    @DBusSignal
    public void interfacesRemoved(ObjectPath objectPath, List<String> interfaces) {
        // the declaration of the signal; the server sends it on unexport
    }
}
