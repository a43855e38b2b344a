package io.jdbus.cli.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jdbus.names.ObjectPath;
import io.jdbus.types.Signature;
import io.jdbus.types.Struct;
import io.jdbus.types.Variant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected lines are what busctl 252 printed for the same replies. */
class CmdlineTextTest {

    private static String format(String signature, Object... values) {
        return CmdlineText.format(Signature.of(signature), List.of(values));
    }

    @Test
    void aSimpleReplyIsTheSignatureThenTheQuotedValue() {
        assertEquals("s \"hello\"", format("s", "hello"));
    }

    @Test
    void arraysPrintTheirCountFirstAndVariantsTheirSignature() {
        assertEquals("as 2 \"a\" \"b\"", format("as", List.of("a", "b")));
        assertEquals("as 0", format("as", List.of()));
        assertEquals("ay 3 1 2 255", format("ay", (Object) new byte[] {1, 2, (byte) 255}));
        assertEquals("aay 2 2 1 2 0", format("aay", List.of(new byte[] {1, 2}, new byte[0])));
        Map<String, Variant> dict = new LinkedHashMap<>();
        dict.put("ProcessID", Variant.of("u", 21678));
        dict.put("UnixUserID", Variant.of("u", 0));
        assertEquals("a{sv} 2 \"ProcessID\" u 21678 \"UnixUserID\" u 0", format("a{sv}", dict));
    }

    @Test
    void structsAreInline() {
        assertEquals("sv(sy) \"a\" b true \"x\" 1", format("sv(sy)", "a", Variant.of("b", true), Struct.of("x", (byte) 1)));
        assertEquals("a(si) 2 \"x\" 1 \"y\" 2", format("a(si)", List.of(Struct.of("x", 1), Struct.of("y", 2))));
    }

    @Test
    void numbersPrintUnsignedForUnsignedTypesAndDoublesAsPercentG() {
        assertEquals("yqut 255 65535 4294967295 18446744073709551615", format("yqut", (byte) -1, (short) -1, -1, -1L));
        assertEquals("dddd 0.1 1.23457e+08 1e+300 -0", format("dddd", 0.1, 123456789.0, 1e300, -0.0));
        assertEquals("dd inf nan", format("dd", Double.POSITIVE_INFINITY, Double.NaN));
    }

    @Test
    void stringsAreCEscapedByteByByte() {
        assertEquals("s \"tab\\t\\303\\251\\\\\"", format("s", "tab\té\\"));
        assertEquals("s \"he said \\\"hi\\\"\\\\n\"", format("s", "he said \"hi\"\\n"));
        assertEquals("s \"it\\'s\\001\\177\"", format("s", "it's\u0001\u007f"));
        assertEquals("og \"/a\" \"a{sv}\"", format("og", ObjectPath.of("/a"), Signature.of("a{sv}")));
    }
}
