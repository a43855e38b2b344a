package io.jdbus.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jdbus.names.ObjectPath;
import io.jdbus.types.Type;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The string check reads eight bytes at a time and the path check works on bytes: every length from 0 to 40,
 * with a NUL, an invalid byte or a valid two-byte character at every position, must give what a byte-by-byte
 * check gives, through {@link WireReader#read}, {@link WireReader#skip} and {@link WireCheck} alike; and the
 * byte-level path rule, with or without {@link KnownPaths} remembering paths, must agree with {@link ObjectPath#isValid}.
 */
class TextAndPathCheckTest {
    private static final Type STRING = Type.of("s");

    @Test
    void everyLengthAndPositionOfAFaultIsFoundWhereItIs() throws Exception {
        for (int length = 0; length <= 40; length++) {
            for (int at = 0; at < length; at++) {
                assertFault(text(length, at, (byte) 0), 4 + at, "string contains a NUL byte");
                assertFault(text(length, at, (byte) 0xFF), 4 + at, "string is not valid UTF-8");
                if (at + 1 < length) {
                    byte[] e = text(length, at, (byte) 0xC3);
                    e[4 + at + 1] = (byte) 0xA9;   // é
                    String expected = new String(e, 4, length, StandardCharsets.UTF_8);
                    assertEquals(expected, new WireReader(e, 0, 0, e.length, Endian.LITTLE, 0).read(STRING));
                    WireReader skipper = new WireReader(e, 0, 0, e.length, Endian.LITTLE, 0);
                    skipper.skip(STRING);
                    assertEquals(4 + length + 1, skipper.position(), "skip stops after the NUL");
                    assertEquals(4 + length + 1, new WireCheck(e, 0, Endian.LITTLE, 0).value(STRING, 0, e.length, 0));
                }
            }
            byte[] plain = text(length, -1, (byte) 0);
            assertEquals("a".repeat(length), new WireReader(plain, 0, 0, plain.length, Endian.LITTLE, 0).read(STRING));
            assertEquals(4 + length + 1, new WireCheck(plain, 0, Endian.LITTLE, 0).value(STRING, 0, plain.length, 0));
        }
    }

    @Test
    void theBytePathRuleAgreesWithObjectPath() {
        char[] alphabet = {'/', '/', 'a', 'Z', '0', '_', '-', '.', ' ', 'é'};
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                sb.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = sb.toString();
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            assertEquals(ObjectPath.isValid(s), ObjectPathBytes.isValid(b, 0, b.length), "\"" + s + "\"");
        }
    }

    @Test
    void knownPathsAnswerAsTheRulesDoWhateverWasSeenBefore() {
        char[] alphabet = {'/', '/', 'a', 'Z', '0', '_', '_', '-', 'é'};
        SplittableRandom random = new SplittableRandom(11);
        String[] seen = new String[64];
        for (int i = 0; i < 40_000; i++) {
            String s;
            if (i % 3 == 0 && seen[i % seen.length] != null) {
                s = seen[i % seen.length];   // again, as the same objects come back
            } else {
                StringBuilder sb = new StringBuilder("/");
                for (int n = random.nextInt(60); n > 0; n--) {
                    sb.append(alphabet[random.nextInt(alphabet.length)]);
                }
                s = sb.toString();
                seen[i % seen.length] = s;
            }
            byte[] b = ("xx" + s + "yyyyyyyy").getBytes(StandardCharsets.UTF_8);
            int end = b.length - 8;
            assertEquals(ObjectPath.isValid(s), KnownPaths.isValid(b, 2, end), "\"" + s + "\"");
        }
    }

    @Test
    void aKnownPathDoesNotVouchForAnotherWithTheSameEnds() {
        String valid = "/org/bluez/hci0/dev_AA_BB_CC_DD_EE_FF";
        byte[] v = valid.getBytes(StandardCharsets.US_ASCII);
        for (int round = 0; round < 3; round++) {
            assertEquals(true, KnownPaths.isValid(v, 0, v.length));
            for (int at = 8; at < v.length - 8; at++) {
                for (byte bad : new byte[] {'/', '-', 0, (byte) 0xC3}) {
                    byte[] other = v.clone();
                    other[at] = bad;
                    String text = new String(other, StandardCharsets.ISO_8859_1);
                    boolean expected = bad == '/' && ObjectPath.isValid(text);
                    assertEquals(expected, KnownPaths.isValid(other, 0, other.length), text);
                }
            }
        }
    }

    /** A string value of {@code length} 'a's with {@code fault} at {@code at} (none when negative), then padding room. */
    private static byte[] text(int length, int at, byte fault) {
        byte[] b = new byte[4 + length + 1 + 8];   // bytes past the NUL: the eight-byte reads must not look at them
        b[0] = (byte) length;
        for (int i = 0; i < length; i++) {
            b[4 + i] = 'a';
        }
        if (at >= 0) {
            b[4 + at] = fault;
        }
        for (int i = 4 + length + 1; i < b.length; i++) {
            b[i] = (byte) 0xFF;
        }
        return b;
    }

    private static void assertFault(byte[] b, int offset, String reason) {
        for (boolean skip : new boolean[] {false, true}) {
            WireReader r = new WireReader(b, 0, 0, b.length, Endian.LITTLE, 0);
            MalformedMessageException e = assertThrows(MalformedMessageException.class, () -> {
                if (skip) {
                    r.skip(STRING);
                } else {
                    r.read(STRING);
                }
            });
            assertEquals(reason, e.reason(), (skip ? "skip" : "read") + " of " + java.util.HexFormat.of().formatHex(b));
            assertEquals(offset, e.offset(), (skip ? "skip" : "read") + " of " + java.util.HexFormat.of().formatHex(b));
        }
        assertEquals(WireCheck.INVALID, new WireCheck(b, 0, Endian.LITTLE, 0).value(STRING, 0, b.length, 0));
    }
}
