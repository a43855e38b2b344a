package io.jdbus.cli.interop;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Reads the packets out of a pcapng file such as {@code busctl capture} writes: one D-Bus message each. */
final class PcapNg {
    private static final int SECTION_HEADER = 0x0A0D0D0A;
    private static final int ENHANCED_PACKET = 6;

    private PcapNg() {
    }

    /** The captured packets' bytes, concatenated in capture order. */
    static byte[] packets(byte[] file) {
        ByteBuffer buf = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pos = 0;
        while (pos + 12 <= file.length) {
            int type = buf.getInt(pos);
            if (type == SECTION_HEADER) {
                int magic = buf.getInt(pos + 8);
                buf.order(magic == 0x1A2B3C4D ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
            }
            int length = buf.getInt(pos + 4);
            if (length < 12 || pos + length > file.length) {
                break;   // a block still being written when the capture stopped
            }
            if (type == ENHANCED_PACKET) {
                int captured = buf.getInt(pos + 20);
                out.write(file, pos + 28, captured);
            }
            pos += length;
        }
        return out.toByteArray();
    }
}
