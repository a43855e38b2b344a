package io.jdbus.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The three messages both libraries encode and decode, described once in plain Java; each library's
 * side ({@link JdbusMessages}, {@link DbusJavaMessages}) turns this description into its own values.
 */
final class Scenarios {

    // (a) BlueZ PropertiesChanged: (sa{sv}as) = ("org.bluez.Device1", {"RSSI": <int16 -60>}, [])
    static final String SIGNAL_PATH = "/org/bluez/hci0/dev_AA_BB_CC_DD_EE_FF";
    static final String PROPERTIES_INTERFACE = "org.freedesktop.DBus.Properties";
    static final String PROPERTIES_CHANGED = "PropertiesChanged";
    static final String PROPERTIES_CHANGED_SIGNATURE = "sa{sv}as";
    static final String DEVICE_INTERFACE = "org.bluez.Device1";
    static final String RSSI = "RSSI";
    static final short RSSI_VALUE = -60;

    // (b) ObjectManager.GetManagedObjects reply: a{oa{sa{sv}}}, 100 objects x 2 interfaces x 5 properties
    static final String BLUEZ = "org.bluez";
    static final String OBJECT_MANAGER_INTERFACE = "org.freedesktop.DBus.ObjectManager";
    static final String GET_MANAGED_OBJECTS = "GetManagedObjects";
    static final String MANAGED_OBJECTS_SIGNATURE = "a{oa{sa{sv}}}";
    static final int OBJECTS = 100;
    static final String SENSOR_INTERFACE = "com.example.Sensor1";

    // (c) a method call whose body is one 1 MiB byte array
    static final String BLOB_DESTINATION = "com.example.Blob";
    static final String BLOB_PATH = "/com/example/Blob";
    static final String BLOB_INTERFACE = "com.example.Blob1";
    static final String BLOB_MEMBER = "Write";
    static final int BLOB_SIZE = 1 << 20;

    private Scenarios() {
    }

    /** One property of (b): its name, the signature of its variant, and its value as plain Java. */
    record Property(String name, String signature, Object value) {
    }

    /**
     * The object tree of (b): path → interface → properties, in insertion order. Values are plain
     * Java: {@code s} String, {@code u}/{@code i} Integer, {@code b} Boolean, {@code as} List of
     * String, {@code o} String (a valid path), {@code x} Long, {@code d} Double, {@code y} Byte.
     */
    static Map<String, Map<String, List<Property>>> managedObjects() {
        Map<String, Map<String, List<Property>>> objects = new LinkedHashMap<>();
        for (int n = 0; n < OBJECTS; n++) {
            String address = "AA:BB:CC:DD:%02X:%02X".formatted(n / 256, n % 256);
            String path = "/org/bluez/hci0/dev_" + address.replace(':', '_');
            Map<String, List<Property>> interfaces = new LinkedHashMap<>();
            interfaces.put(DEVICE_INTERFACE, List.of(
                    new Property("Address", "s", address),
                    new Property("Class", "u", 0x240404 + n),
                    new Property("Paired", "b", n % 2 == 0),
                    new Property("TxPower", "i", -4 - n % 20),
                    new Property("UUIDs", "as", List.of(
                            "0000110b-0000-1000-8000-00805f9b34fb",
                            "0000110e-0000-1000-8000-00805f9b34fb",
                            "0000180f-0000-1000-8000-00805f9b34fb"))));
            interfaces.put(SENSOR_INTERFACE, List.of(
                    new Property("Name", "s", "sensor " + n),
                    new Property("Adapter", "o", "/org/bluez/hci0"),
                    new Property("Timestamp", "x", 1_795_000_000_000L + n),
                    new Property("Temperature", "d", 20.5 + n / 10.0),
                    new Property("Battery", "y", (byte) (n % 101))));
            objects.put(path, interfaces);
        }
        return objects;
    }

    /** The payload of (c): 1 MiB of varied bytes. */
    static byte[] blob() {
        byte[] blob = new byte[BLOB_SIZE];
        for (int i = 0; i < blob.length; i++) {
            blob[i] = (byte) (i * 31 + (i >>> 8));
        }
        return blob;
    }
}
