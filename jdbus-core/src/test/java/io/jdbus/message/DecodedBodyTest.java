package io.jdbus.message;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.names.ObjectPath;
import io.jdbus.types.Variant;
import io.jdbus.wire.Endian;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A decoded message keeps its validated body bytes and decodes arrays and dicts of containers when they are first
 * used: what its users can rely on (independence from the input buffer, equality, thread safety) and what the
 * encoder does with those bytes.
 */
class DecodedBodyTest {
    private static final Map<ObjectPath, Map<String, Map<String, Variant>>> OBJECTS = objects();

    private static Message reply(Endian endian) {
        Message call = Message.methodCall("org.bluez", "/", "org.freedesktop.DBus.ObjectManager", "GetManagedObjects")
                .build().withSerial(3);
        return Message.methodReturn(call).endian(endian).body("a{oa{sa{sv}}}", OBJECTS).build().withSerial(4);
    }

    @Test
    void largeBodiesKeepTheirContainersAsViewsAndSmallOnesAreDecodedWhole() throws Exception {
        byte[] large = MessageEncoder.encode(reply(Endian.LITTLE));
        assertTrue(large.length > MessageDecoder.VIEW_BODY);
        assertEquals("WireMap", MessageDecoder.decode(large).body().getFirst().getClass().getSimpleName());
        Message small = Message.signal("/x", "com.example.X", "Y").body("a{sv}", Map.of("k", Variant.of("i", 1)))
                .build().withSerial(1);
        assertEquals("CompactMap", MessageDecoder.decode(MessageEncoder.encode(small)).body().getFirst().getClass()
                .getSimpleName());
    }

    @Test
    void theBodyDoesNotDependOnTheBufferItWasDecodedFrom() throws Exception {
        Message built = reply(Endian.LITTLE);
        byte[] bytes = MessageEncoder.encode(built);
        Message decoded = MessageDecoder.decode(bytes);
        Arrays.fill(bytes, (byte) 0xFF);
        assertEquals(built, decoded);
        assertEquals(OBJECTS, decoded.body().getFirst());
    }

    @Test
    void aFrameHandedOverIsReadWhereItIsAndDecodesAsACopyDoes() throws Exception {
        for (Endian endian : Endian.values()) {
            Message built = reply(endian);
            byte[] bytes = MessageEncoder.encode(built);
            Message owned = MessageDecoder.decodeOwned(bytes);
            assertEquals(MessageDecoder.decode(bytes), owned);
            assertEquals(built, owned);
            assertTrue(owned.wireBody.bytes() == bytes, "the body is read from the frame, not a copy");
            assertArrayEquals(bytes, MessageEncoder.encode(owned));
            assertArrayEquals(MessageEncoder.encode(built.withSender(":1.5")),
                    MessageEncoder.encode(owned.withSender(":1.5")));
            assertEquals(OBJECTS, owned.body().getFirst());
        }
        byte[] damaged = MessageEncoder.encode(reply(Endian.LITTLE));
        int name = new String(damaged, java.nio.charset.StandardCharsets.ISO_8859_1).lastIndexOf("sensor");
        damaged[name + 2] = 0;   // a NUL inside the last string "sensor …"
        assertEquals(assertThrows(io.jdbus.wire.MalformedMessageException.class, () -> MessageDecoder.decode(damaged))
                .getMessage(), assertThrows(io.jdbus.wire.MalformedMessageException.class,
                        () -> MessageDecoder.decodeOwned(damaged)).getMessage());
    }

    @Test
    void aStreamReadersBufferMovingOnLeavesEarlierMessagesIntact() throws Exception {
        MessageStreamReader reader = new MessageStreamReader();
        byte[] first = MessageEncoder.encode(reply(Endian.BIG));
        reader.feed(first, 0, first.length);
        Message m = reader.next();
        byte[] other = MessageEncoder.encode(Message.signal("/x", "com.example.X", "Y").body("a{sv}",
                Map.of("k", Variant.of("s", "z".repeat(first.length)))).build().withSerial(9));
        reader.feed(other, 0, other.length);
        reader.next();
        assertEquals(OBJECTS, m.body().getFirst());
    }

    @Test
    void decodedContainersAreEqualToBuiltOnesBothWaysAndUnmodifiable() throws Exception {
        Message decoded = MessageDecoder.decode(MessageEncoder.encode(reply(Endian.LITTLE)));
        @SuppressWarnings("unchecked")
        Map<Object, Object> map = (Map<Object, Object>) decoded.body().getFirst();
        assertEquals(OBJECTS, map);
        assertEquals(map, OBJECTS);
        assertEquals(OBJECTS.hashCode(), map.hashCode());
        assertEquals(OBJECTS.toString(), map.toString());
        assertThrows(UnsupportedOperationException.class, () -> map.put(ObjectPath.ROOT, Map.of()));
        assertThrows(UnsupportedOperationException.class, () -> map.remove(ObjectPath.of("/org/bluez/hci0/dev_0")));
        @SuppressWarnings("unchecked")
        List<Object> uuids = (List<Object>) ((Variant) device(map, 0).get("UUIDs")).value();
        assertEquals(List.of("0000110b", "0000110e"), uuids);
        assertThrows(UnsupportedOperationException.class, () -> uuids.add("x"));
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void threadsFirstUsingTheSameContainersAtOnceSeeTheSameValues() throws Exception {
        for (int round = 0; round < 50; round++) {
            Message decoded = MessageDecoder.decode(MessageEncoder.encode(reply(Endian.LITTLE)));
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Boolean>> readers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                readers.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return OBJECTS.equals(decoded.body().getFirst());
                }));
            }
            start.countDown();
            for (CompletableFuture<Boolean> r : readers) {
                assertEquals(true, r.get(10, TimeUnit.SECONDS));
            }
        }
    }

    @Test
    void theEncoderReusesTheBodyBytesOnlyWhileTheyFit() throws Exception {
        for (Endian endian : Endian.values()) {
            byte[] bytes = MessageEncoder.encode(reply(endian));
            Message decoded = MessageDecoder.decode(bytes);
            assertArrayEquals(bytes, MessageEncoder.encode(decoded));

            Message redirected = decoded.toBuilder().destination(":1.99").build();
            Message rebuilt = reply(endian).toBuilder().destination(":1.99").build();
            assertArrayEquals(MessageEncoder.encode(rebuilt), MessageEncoder.encode(redirected));

            Message stamped = decoded.withSender(":1.5").withSerial(77);
            assertArrayEquals(MessageEncoder.encode(reply(endian).withSender(":1.5").withSerial(77)),
                    MessageEncoder.encode(stamped));

            Endian other = endian == Endian.LITTLE ? Endian.BIG : Endian.LITTLE;
            Message flipped = decoded.withEndian(other);
            assertArrayEquals(MessageEncoder.encode(reply(other)), MessageEncoder.encode(flipped));
            assertEquals(reply(other), MessageDecoder.decode(MessageEncoder.encode(flipped)));

            Message replaced = decoded.toBuilder().body("a{oa{sa{sv}}}", Map.of()).build();
            byte[] replacedBytes = MessageEncoder.encode(replaced);
            assertNotEquals(bytes.length, replacedBytes.length);
            assertEquals(Map.of(), MessageDecoder.decode(replacedBytes).body().getFirst());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> device(Map<Object, Object> objects, int n) {
        Map<Object, Object> interfaces = (Map<Object, Object>) objects.get(ObjectPath.of("/org/bluez/hci0/dev_" + n));
        return (Map<String, Object>) interfaces.get("org.bluez.Device1");
    }

    private static Map<ObjectPath, Map<String, Map<String, Variant>>> objects() {
        Map<ObjectPath, Map<String, Map<String, Variant>>> objects = new LinkedHashMap<>();
        for (int i = 0; i < 40; i++) {
            Map<String, Variant> device = new LinkedHashMap<>();
            device.put("Name", Variant.of("s", "sensor " + i));
            device.put("Paired", Variant.of("b", i % 2 == 0));
            device.put("RSSI", Variant.of("n", (short) -60));
            device.put("UUIDs", Variant.of("as", List.of("0000110b", "0000110e")));
            device.put("Adapter", Variant.of("o", ObjectPath.of("/org/bluez/hci0")));
            device.put("Nested", Variant.of("v", Variant.of("a{sd}", Map.of("x", 1.5))));
            objects.put(ObjectPath.of("/org/bluez/hci0/dev_" + i), Map.of("org.bluez.Device1", device,
                    "org.freedesktop.DBus.Properties", Map.of()));
        }
        return objects;
    }
}
