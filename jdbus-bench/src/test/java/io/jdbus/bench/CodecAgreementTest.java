package io.jdbus.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.jdbus.message.Message;
import io.jdbus.message.MessageDecoder;
import io.jdbus.message.MessageEncoder;
import io.jdbus.types.Values;
import io.jdbus.types.Variant;

/** The benchmarks compare like with like: both libraries' encodings carry the same values. */
class CodecAgreementTest {

    private final JdbusMessages jdbus = new JdbusMessages();
    private final DbusJavaMessages dbusJava = new DbusJavaMessages();

    CodecAgreementTest() throws Exception {
    }

    @Test
    void propertiesChangedFromDbusJavaDecodesInJdbusToTheValuesJdbusSends() throws Exception {
        Message sent = jdbus.propertiesChanged(1);
        Message received = MessageDecoder.decode(DbusJavaWire.toBytes(dbusJava.propertiesChanged()));

        assertEquals(Scenarios.SIGNAL_PATH, received.path().value());
        assertEquals(Scenarios.PROPERTIES_INTERFACE, received.interfaceName().toString());
        assertEquals(Scenarios.PROPERTIES_CHANGED, received.member().toString());
        assertEquals(Scenarios.PROPERTIES_CHANGED_SIGNATURE, received.signature().toString());
        assertEquals(List.of(Scenarios.DEVICE_INTERFACE, Map.of(Scenarios.RSSI, Variant.of("n", (short) -60)), List.of()),
                received.body());
        assertTrue(Values.deepEquals(sent.body(), received.body()));
    }

    @Test
    void propertiesChangedFromJdbusDecodesInDbusJavaToTheValuesDbusJavaSends() throws Exception {
        Object[] fromJdbus = dbusJavaDecode(MessageEncoder.encode(jdbus.propertiesChanged(1)));
        Object[] fromDbusJava = dbusJavaDecode(DbusJavaWire.toBytes(dbusJava.propertiesChanged()));

        assertEquals(Scenarios.DEVICE_INTERFACE, fromJdbus[0]);
        var changed = (Map<?, ?>) fromJdbus[1];
        var rssi = (org.freedesktop.dbus.types.Variant<?>) changed.get(Scenarios.RSSI);
        assertEquals("n", rssi.getSig());
        assertEquals(Scenarios.RSSI_VALUE, rssi.getValue());
        assertEquals(List.of(), fromJdbus[2]);
        assertEquals(Arrays.deepToString(fromDbusJava), Arrays.deepToString(fromJdbus));
    }

    @Test
    void managedObjectsDecodeToTheSameValuesWhoeverEncodedThem() throws Exception {
        byte[] byJdbus = MessageEncoder.encode(jdbus.managedObjectsReply(2));
        byte[] byDbusJava = DbusJavaWire.toBytes(dbusJava.managedObjectsReply());

        List<Object> jdbusBody = MessageDecoder.decode(byJdbus).body();
        assertTrue(Values.deepEquals(jdbusBody, MessageDecoder.decode(byDbusJava).body()));
        assertEquals(Scenarios.OBJECTS, ((Map<?, ?>) jdbusBody.get(0)).size());
        assertEquals(Arrays.deepToString(dbusJavaDecode(byDbusJava)), Arrays.deepToString(dbusJavaDecode(byJdbus)));
    }

    @Test
    void byteArrayDecodesToTheSamePayloadWhoeverEncodedIt() throws Exception {
        byte[] byJdbus = MessageEncoder.encode(jdbus.blobCall(3));
        byte[] byDbusJava = DbusJavaWire.toBytes(dbusJava.blobCall());

        assertArrayEquals(Scenarios.blob(), (byte[]) MessageDecoder.decode(byJdbus).body().get(0));
        assertArrayEquals(Scenarios.blob(), (byte[]) MessageDecoder.decode(byDbusJava).body().get(0));
        assertArrayEquals(Scenarios.blob(),
                (byte[]) DbusJavaWire.Frame.split(byJdbus).decode(byte[].class).getParameters()[0]);
    }

    private static Object[] dbusJavaDecode(byte[] wire) throws Exception {
        return DbusJavaWire.Frame.split(wire).decode().getParameters();
    }
}
