package io.jdbus.cli.capture;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Writes a pcapng stream of D-Bus messages as {@code busctl capture} does: a section header naming the
 * operating system and the application, one interface of link type {@code DLT_DBUS} (231), then one enhanced
 * packet block per message, timestamped in microseconds. Unlike busctl (whose {@code --size=} defaults to
 * 4096 bytes) the snapshot length is 0, "no limit": messages are never cut short.
 *
 * {@snippet :
 * var writer = new PcapNgWriter(out);
 * writer.header("Debian GNU/Linux 12 (bookworm)", "jdbus 0.1.0");
 * writer.packet(Instant.now(), MessageEncoder.encode(message));
 * }
 *
 * @see <a href="https://www.ietf.org/archive/id/draft-ietf-opsawg-pcapng-03.html">PCAP Next Generation Dump File Format</a>
 */
public final class PcapNgWriter {
    /** The link type of D-Bus messages, as registered with tcpdump.org. */
    public static final int DLT_DBUS = 231;
    private static final int SECTION_HEADER = 0x0A0D0D0A;
    private static final int INTERFACE_DESCRIPTION = 1;
    private static final int ENHANCED_PACKET = 6;
    private static final int BYTE_ORDER_MAGIC = 0x1A2B3C4D;
    private static final short OPT_END = 0;
    private static final short SHB_OS = 3;
    private static final short SHB_USERAPPL = 4;

    private final OutputStream out;

    /** A writer to {@code out}, which it neither buffers nor closes. */
    public PcapNgWriter(OutputStream out) {
        this.out = out;
    }

    /** The section header and the one interface; {@code os} may be {@code null}. */
    public void header(String os, String application) throws IOException {
        byte[] osOption = os == null ? new byte[0] : option(SHB_OS, os);
        byte[] appOption = option(SHB_USERAPPL, application);
        int length = 28 + osOption.length + appOption.length + 4;
        ByteBuffer shb = block(length);
        shb.putInt(SECTION_HEADER).putInt(length).putInt(BYTE_ORDER_MAGIC).putShort((short) 1).putShort((short) 0)
                .putLong(-1L).put(osOption).put(appOption).putShort(OPT_END).putShort((short) 0).putInt(length);
        ByteBuffer idb = block(20);
        idb.putInt(INTERFACE_DESCRIPTION).putInt(20).putShort((short) DLT_DBUS).putShort((short) 0).putInt(0).putInt(20);
        out.write(shb.array());
        out.write(idb.array());
        out.flush();
    }

    /** One message, received at {@code time}. */
    public void packet(Instant time, byte[] message) throws IOException {
        int padded = (message.length + 3) & ~3;
        int length = 32 + padded;
        long micros = time.getEpochSecond() * 1_000_000L + time.getNano() / 1_000;
        ByteBuffer epb = block(length);
        epb.putInt(ENHANCED_PACKET).putInt(length).putInt(0).putInt((int) (micros >>> 32)).putInt((int) micros)
                .putInt(message.length).putInt(message.length).put(message).position(28 + padded);
        epb.putInt(length);
        out.write(epb.array());
        out.flush();
    }

    private static byte[] option(short code, String value) {
        byte[] text = value.getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = block(4 + ((text.length + 3) & ~3));
        b.putShort(code).putShort((short) text.length).put(text);
        return b.array();
    }

    private static ByteBuffer block(int length) {
        return ByteBuffer.allocate(length).order(ByteOrder.nativeOrder());
    }
}
