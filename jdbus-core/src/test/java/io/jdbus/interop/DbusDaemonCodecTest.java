package io.jdbus.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.message.Message;
import io.jdbus.message.MessageType;
import io.jdbus.testing.PrivateBus;
import io.jdbus.testing.RawBusConnection;
import io.jdbus.testing.RandomValues;
import io.jdbus.types.Signature;
import io.jdbus.types.Struct;
import io.jdbus.types.UnixFD;
import io.jdbus.types.Variant;
import io.jdbus.types.Type;
import io.jdbus.types.Values;
import io.jdbus.wire.Endian;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The codec against a real dbus-daemon: the daemon parses what jdbus encodes (and would drop the connection
 * on anything malformed), re-routes it with its own header changes, and jdbus decodes what arrives.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DbusDaemonCodecTest {
    private static Message busCall(String member) {
        return Message.methodCall("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", member)
                .build();
    }

    private static boolean containsFd(Object value) {
        return switch (value) {
            case UnixFD fd -> true;
            case Variant v -> containsFd(v.value());
            case Struct st -> containsFd(st.fields());
            case List<?> l -> l.stream().anyMatch(DbusDaemonCodecTest::containsFd);
            case Map<?, ?> m -> containsFd(List.copyOf(m.keySet())) || containsFd(List.copyOf(m.values()));
            default -> false;
        };
    }

    @Test
    void helloGivesAUniqueNameAndGetIdA32HexDigitId() throws Exception {
        try (PrivateBus bus = PrivateBus.start(); RawBusConnection c = new RawBusConnection(bus.socket())) {
            Message hello = c.call(busCall("Hello"));
            assertEquals(MessageType.METHOD_RETURN, hello.type());
            String unique = (String) hello.body().get(0);
            assertTrue(unique.startsWith(":"), unique);
            Message id = c.call(busCall("GetId"));
            assertTrue(((String) id.body().get(0)).matches("[0-9a-f]{32}"), id.toString());
            Message names = c.call(busCall("ListNames"));
            assertTrue(((List<?>) names.body().get(0)).contains(unique), names.toString());
        }
    }

    @Test
    void randomSignalBodiesArriveThroughTheDaemonUnchangedInBothByteOrders() throws Exception {
        try (PrivateBus bus = PrivateBus.start();
                RawBusConnection sender = new RawBusConnection(bus.socket());
                RawBusConnection receiver = new RawBusConnection(bus.socket())) {
            String senderName = (String) sender.call(busCall("Hello")).body().get(0);
            receiver.call(busCall("Hello"));
            Message addMatch = Message.methodCall("org.freedesktop.DBus", "/org/freedesktop/DBus",
                    "org.freedesktop.DBus", "AddMatch").body("s", "type='signal',interface='com.example.Codec'").build();
            assertEquals(MessageType.METHOD_RETURN, receiver.call(addMatch).type());
            RandomValues random = new RandomValues(20261122L, 3);
            int delivered = 0;
            for (int i = 0; i < 200; i++) {
                Signature sig = random.signature(3);
                List<Object> body = new ArrayList<>();
                for (Type t : sig.types()) {
                    body.add(random.value(t));
                }
                if (containsFd(body)) {
                    continue;   // fds need a transport that passes them
                }
                Message signal = Message.signal("/com/example/Codec", "com.example.Codec", "Case" + i)
                        .endian(i % 2 == 0 ? Endian.LITTLE : Endian.BIG).body(sig, body).build();
                sender.send(signal);
                Message got = receiver.receive();
                while (got.type() != MessageType.SIGNAL || !"com.example.Codec".equals(got.interfaceName())) {
                    got = receiver.receive();
                }
                assertEquals("Case" + i, got.member());
                assertEquals(senderName, got.sender());
                assertEquals(sig, got.signature());
                assertTrue(Values.deepEquals(signal.body(), got.body()), "case " + i + " signature " + sig);
                delivered++;
            }
            assertTrue(delivered >= 100, "only " + delivered + " cases without fds");
        }
    }
}
