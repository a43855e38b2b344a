package io.jdbus.message;

import io.jdbus.names.ObjectPath;
import io.jdbus.types.Variant;
import io.jdbus.wire.Endian;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Messages and streams of them for the stream reader's tests: large replies with views, small signals. */
final class StreamSamples {
    private StreamSamples() {
    }

    /** A GetManagedObjects reply listing {@code devices} objects: about 260 bytes each. */
    static Message reply(Endian endian, int devices, int serial) {
        Message call = Message.methodCall("org.bluez", "/", "org.freedesktop.DBus.ObjectManager", "GetManagedObjects")
                .build().withSerial(3);
        return Message.methodReturn(call).endian(endian).body("a{oa{sa{sv}}}", objects(devices)).build()
                .withSerial(serial);
    }

    static Message small(Endian endian, int serial) {
        return Message.signal("/x", "com.example.X", "Y").endian(endian)
                .body("a{sv}", Map.of("k", Variant.of("i", serial))).build().withSerial(serial);
    }

    /** A signal whose encoding is exactly {@code length} bytes (a multiple of 8), its body an array of bytes. */
    static byte[] exactly(int length) {
        int overhead = MessageEncoder.encode(signal(0)).length;
        byte[] bytes = MessageEncoder.encode(signal(length - overhead));
        if (bytes.length != length) {
            throw new IllegalArgumentException(length + " bytes: got " + bytes.length);
        }
        return bytes;
    }

    private static Message signal(int n) {
        return Message.signal("/x", "com.example.X", "Blob").body("ay", new byte[n]).build().withSerial(7);
    }

    /** The encodings of {@code messages}, one after the other. */
    static byte[] concat(List<byte[]> messages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        messages.forEach(out::writeBytes);
        return out.toByteArray();
    }

    static Map<ObjectPath, Map<String, Map<String, Variant>>> objects(int devices) {
        Map<ObjectPath, Map<String, Map<String, Variant>>> objects = new LinkedHashMap<>();
        for (int i = 0; i < devices; i++) {
            Map<String, Variant> device = new LinkedHashMap<>();
            device.put("Name", Variant.of("s", "sensor " + i));
            device.put("Paired", Variant.of("b", i % 2 == 0));
            device.put("UUIDs", Variant.of("as", List.of("0000110b", "0000110e")));
            device.put("Nested", Variant.of("v", Variant.of("a{sd}", Map.of("x", 1.5))));
            objects.put(ObjectPath.of("/org/bluez/hci0/dev_" + i), Map.of("org.bluez.Device1", device,
                    "org.freedesktop.DBus.Properties", Map.of()));
        }
        return objects;
    }
}
