package io.jdbus.message;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.testing.RandomValues;
import io.jdbus.types.Signature;
import io.jdbus.types.Type;
import io.jdbus.types.Values;
import io.jdbus.types.Variant;
import io.jdbus.wire.Endian;
import io.jdbus.wire.WireReader;
import io.jdbus.wire.WireWriter;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Property-based round trips over random signatures and values, in both byte orders. */
class RoundTripProperties {
    @Property(tries = 500)
    void everyValueDecodesToWhatWasEncoded(@ForAll long seed, @ForAll boolean big) throws Exception {
        RandomValues random = new RandomValues(seed, 4);
        Type type = random.type();
        Object value = Values.coerce(type, random.value(type));
        Endian endian = big ? Endian.BIG : Endian.LITTLE;
        WireWriter w = new WireWriter(endian, 64);
        w.write(type, value);
        byte[] bytes = w.toByteArray();
        WireReader r = new WireReader(bytes, 0, 0, bytes.length, endian, 3);
        assertEquals(Variant.of(type, value), Variant.of(type, r.read(type)), "type " + type + " seed " + seed);
        assertEquals(0, r.remaining());
    }

    @Property(tries = 500)
    void everyMessageDecodesToAnEqualMessageAndReencodesToTheSameBytes(@ForAll long seed, @ForAll boolean big)
            throws Exception {
        RandomValues random = new RandomValues(seed, 3);
        Signature sig = random.signature(4);
        List<Object> body = new ArrayList<>();
        for (Type t : sig.types()) {
            body.add(random.value(t));
        }
        Message m = Message.signal("/org/example/Obj", "org.example.Iface", "Changed")
                .endian(big ? Endian.BIG : Endian.LITTLE)
                .sender(":1.7")
                .unixFds(3)
                .body(sig, body)
                .build()
                .withSerial((int) seed | 1);
        byte[] bytes = MessageEncoder.encode(m);
        Message decoded = MessageDecoder.decode(bytes);
        assertEquals(m, decoded, "signature " + sig + " seed " + seed);
        assertArrayEquals(bytes, MessageEncoder.encode(decoded));
    }

    @Property(tries = 200)
    void theSameMessageInTheOtherByteOrderDecodesEqual(@ForAll long seed) throws Exception {
        RandomValues random = new RandomValues(seed, 3);
        Signature sig = random.signature(3);
        List<Object> body = new ArrayList<>();
        for (Type t : sig.types()) {
            body.add(random.value(t));
        }
        Message little = Message.methodCall("org.example.Dest", "/", null, "M").endian(Endian.LITTLE)
                .unixFds(3).body(sig, body).build().withSerial(9);
        Message big = little.withEndian(Endian.BIG);
        Message a = MessageDecoder.decode(MessageEncoder.encode(little));
        Message b = MessageDecoder.decode(MessageEncoder.encode(big));
        assertEquals(Endian.BIG, b.endian());
        assertTrue(Values.deepEquals(a.body(), b.body()), "signature " + sig + " seed " + seed);
        assertEquals(little.toBuilder().endian(Endian.BIG).build().withSerial(9), b);
    }
}
