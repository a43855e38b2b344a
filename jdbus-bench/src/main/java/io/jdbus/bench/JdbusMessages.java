package io.jdbus.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.jdbus.message.Message;
import io.jdbus.names.ObjectPath;
import io.jdbus.types.Variant;

/**
 * The three {@link Scenarios} as jdbus values. The Java values are built once; building a message
 * from them (the measured part, with {@code MessageEncoder.encode}) checks the header fields and
 * coerces the body against its signature, as every message a jdbus user sends is built.
 */
final class JdbusMessages {

    private final Map<String, Variant> changed;
    private final Map<ObjectPath, Map<String, Map<String, Variant>>> managedObjects;
    private final Message getManagedObjects;
    private final byte[] blob;

    JdbusMessages() {
        changed = new LinkedHashMap<>();
        changed.put(Scenarios.RSSI, Variant.of("n", Scenarios.RSSI_VALUE));
        managedObjects = toJdbus(Scenarios.managedObjects());
        getManagedObjects = Message.methodCall(Scenarios.BLUEZ, "/", Scenarios.OBJECT_MANAGER_INTERFACE,
                Scenarios.GET_MANAGED_OBJECTS).serial(1).build();
        blob = Scenarios.blob();
    }

    /** (a) */
    Message propertiesChanged(int serial) {
        return Message.signal(Scenarios.SIGNAL_PATH, Scenarios.PROPERTIES_INTERFACE, Scenarios.PROPERTIES_CHANGED)
                .serial(serial)
                .body(Scenarios.PROPERTIES_CHANGED_SIGNATURE, Scenarios.DEVICE_INTERFACE, changed, List.of())
                .build();
    }

    /** (b) */
    Message managedObjectsReply(int serial) {
        return Message.methodReturn(getManagedObjects)
                .serial(serial)
                .body(Scenarios.MANAGED_OBJECTS_SIGNATURE, managedObjects)
                .build();
    }

    /** (c) */
    Message blobCall(int serial) {
        return Message.methodCall(Scenarios.BLOB_DESTINATION, Scenarios.BLOB_PATH, Scenarios.BLOB_INTERFACE,
                        Scenarios.BLOB_MEMBER)
                .serial(serial)
                .body("ay", (Object) blob)
                .build();
    }

    private static Map<ObjectPath, Map<String, Map<String, Variant>>> toJdbus(
            Map<String, Map<String, List<Scenarios.Property>>> objects) {
        Map<ObjectPath, Map<String, Map<String, Variant>>> result = new LinkedHashMap<>();
        objects.forEach((path, interfaces) -> {
            Map<String, Map<String, Variant>> byInterface = new LinkedHashMap<>();
            interfaces.forEach((name, properties) -> {
                Map<String, Variant> values = new LinkedHashMap<>();
                properties.forEach(p -> values.put(p.name(), Variant.of(p.signature(), p.value())));
                byInterface.put(name, values);
            });
            result.put(ObjectPath.of(path), byInterface);
        });
        return result;
    }
}
