package io.jdbus.cli.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PcapNgWriterTest {
    @Test
    void headerIsASectionThenOneDbusInterface() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PcapNgWriter(out).header("Some OS", "jdbus 1");
        ByteBuffer b = ByteBuffer.wrap(out.toByteArray()).order(ByteOrder.nativeOrder());
        assertEquals(0x0A0D0D0A, b.getInt(0));
        int shb = b.getInt(4);
        assertEquals(0, shb % 4);
        assertEquals(shb, b.getInt(shb - 4), "block length repeated at its end");
        assertEquals(0x1A2B3C4D, b.getInt(8));
        assertEquals(1, b.getInt(shb));
        assertEquals(PcapNgWriter.DLT_DBUS, b.getShort(shb + 8));
        assertEquals(shb + 20, out.size());
    }

    @Test
    void packetIsPaddedToFourBytesWithItsLengthsAndMicrosecondTime() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] message = {1, 2, 3, 4, 5};
        new PcapNgWriter(out).packet(Instant.ofEpochSecond(1, 2_000), message);
        ByteBuffer b = ByteBuffer.wrap(out.toByteArray()).order(ByteOrder.nativeOrder());
        assertEquals(6, b.getInt(0));
        assertEquals(40, b.getInt(4));
        assertEquals(40, out.size());
        long micros = (Integer.toUnsignedLong(b.getInt(12)) << 32) | Integer.toUnsignedLong(b.getInt(16));
        assertEquals(1_000_002, micros);
        assertEquals(5, b.getInt(20));
        assertEquals(5, b.getInt(24));
        assertArrayEquals(message, Arrays.copyOfRange(out.toByteArray(), 28, 33));
        assertEquals(40, b.getInt(36));
    }
}
