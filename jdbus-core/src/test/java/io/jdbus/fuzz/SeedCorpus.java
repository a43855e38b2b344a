package io.jdbus.fuzz;

import io.jdbus.message.Flag;
import io.jdbus.message.Message;
import io.jdbus.message.MessageEncoder;
import io.jdbus.types.Struct;
import io.jdbus.types.UnixFD;
import io.jdbus.types.Variant;
import io.jdbus.wire.Endian;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Valid messages of varied types, header fields and body signatures, in both byte orders: the seeds of the fuzz
 * target and the material of the streaming tests.
 *
 * <p>{@link #main} writes them, one file per message plus a few concatenated streams, into the directory where
 * Jazzer looks for the fuzz target's inputs:
 * {@code java ... io.jdbus.fuzz.SeedCorpus jdbus-core/src/test/resources/fuzz/io/jdbus/fuzz/StreamReaderFuzzTestInputs/streamReader}
 */
final class SeedCorpus {
    private SeedCorpus() {
    }

    /** The seed messages, each in little and in big endian, serials from 1. */
    static List<Message> messages() {
        List<Message> base = new ArrayList<>();
        base.add(Message.methodCall("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "Hello")
                .build());
        base.add(Message.methodCall("com.example.name", "/com/example/sample_object0", "com.example.SampleInterface0",
                "Frobate").body("i", 5).flag(Flag.NO_AUTO_START).build());
        base.add(Message.methodCall(null, "/", null, "Ping").flag(Flag.NO_REPLY_EXPECTED).build());
        base.add(Message.methodCall(":1.42", "/a/b_c/D9", "org.example.All", "Basics")
                .body("ybnqiuxtdsog", 255, true, (short) -2, 65535, -7, 0xFFFF_FFFFL, Long.MIN_VALUE, -1L, 2.5,
                        "h\u00e9llo \ud83d\ude00", "/x/y", "a{sv}(iu)")
                .build());
        Map<String, Variant> props = new LinkedHashMap<>();
        props.put("RSSI", Variant.of("n", (short) -60));
        props.put("Name", Variant.of("s", "speaker"));
        props.put("UUIDs", Variant.of("as", List.of("0000110b", "0000110e")));
        props.put("Nested", Variant.of("v", Variant.of("ay", new byte[] {1, 2, 3})));
        base.add(Message.signal("/org/bluez/hci0/dev_AA", "org.freedesktop.DBus.Properties", "PropertiesChanged")
                .body("sa{sv}as", "org.bluez.Device1", props, List.of("Alias")).sender(":1.7").build());
        Map<String, Map<String, Variant>> ifaces = new LinkedHashMap<>();
        ifaces.put("org.example.I", Map.of("P", Variant.of("u", 1)));
        Map<String, Map<String, Map<String, Variant>>> managed = new LinkedHashMap<>();
        managed.put("/obj/1", ifaces);
        managed.put("/obj/2", Map.of());
        base.add(Message.methodCall("org.example", "/", "org.freedesktop.DBus.ObjectManager", "GetManagedObjects")
                .build());
        Message call = Message.methodCall("org.example", "/", "org.example.I", "Call").build().withSerial(41);
        base.add(Message.methodReturn(call).body("a{oa{sa{sv}}}", managed).build());
        base.add(Message.methodReturn(call).body("(iiu)", Struct.of(1, -2, 3)).build());
        base.add(Message.methodReturn(call).body("(iiav)", Struct.of(5, 5,
                List.of(Variant.of("s", "foo"), Variant.of("(yv)", Struct.of(1, Variant.of("d", 0.5)))))).build());
        base.add(Message.methodReturn(call).body("ayaayad", new byte[] {0, 1, (byte) 0xFF},
                List.of(new byte[0], new byte[] {9}), List.of(1.0, -0.0, Double.NaN)).build());
        base.add(Message.methodReturn(call).body("axatanaqaoag", List.of(), List.of(1L, -1L), List.of((short) 3),
                List.of(), List.of("/a", "/b"), List.of("", "a{is}")).build());
        base.add(Message.methodReturn(call).body("a{ya{si}}a(yv)", Map.of((byte) 1, Map.of("k", 2)),
                List.of(Struct.of((byte) 7, Variant.of("as", List.of("z"))))).build());
        base.add(Message.methodReturn(call).unixFds(2).body("hah", new UnixFD(1), List.of(new UnixFD(0))).build());
        base.add(Message.methodReturn(call).body("vvv", Variant.of("v", Variant.of("v", Variant.of("i", 3))),
                Variant.of("a{ss}", Map.of("a", "b")), Variant.of("g", "")).build());
        base.add(Message.error(call, "org.freedesktop.DBus.Error.InvalidArgs", "foo < 0").build());
        base.add(Message.error(call, "org.example.Error.Empty", null).destination(":1.9").build());
        base.add(Message.builder(io.jdbus.message.MessageType.METHOD_RETURN).replySerial(0xFFFF_FFFF).flags(0xF8)
                .body("(((((y)))))", Struct.of(Struct.of(Struct.of(Struct.of(Struct.of((byte) 1)))))).build());

        List<Message> out = new ArrayList<>();
        int serial = 1;
        for (Message m : base) {
            for (Endian e : Endian.values()) {
                out.add(m.withEndian(e).withSerial(serial++));
            }
        }
        return out;
    }

    /** The seed messages' bytes. */
    static List<byte[]> encoded() {
        return messages().stream().map(MessageEncoder::encode).toList();
    }

    /** Writes each seed message into {@code args[0]}, and a few streams of several messages. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        List<byte[]> all = encoded();
        for (int i = 0; i < all.size(); i++) {
            Files.write(dir.resolve(String.format("seed-%02d", i)), all.get(i));
        }
        for (int s = 0; s < 3; s++) {
            ByteArrayOutputStream stream = new ByteArrayOutputStream();
            for (int i = s; i < all.size(); i += 7) {
                stream.writeBytes(all.get(i));
            }
            Files.write(dir.resolve("stream-" + s), stream.toByteArray());
        }
    }
}
