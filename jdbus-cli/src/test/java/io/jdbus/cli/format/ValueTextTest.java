package io.jdbus.cli.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jdbus.names.ObjectPath;
import io.jdbus.types.Signature;
import io.jdbus.types.Struct;
import io.jdbus.types.UnixFD;
import io.jdbus.types.Values;
import io.jdbus.types.Variant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The expected blocks were printed by {@code busctl --verbose call} and {@code busctl monitor}. */
class ValueTextTest {

    private static String text(String signature, Object... args) {
        Signature sig = Signature.of(signature);
        return ValueText.message(sig, Values.coerceArguments(sig, List.of(args)), "");
    }

    @Test
    void basicTypesPrintTheirNameAndUnsignedTypesUnsigned() {
        assertEquals("""
                MESSAGE "ybnqiuxtdsogh" {
                        BYTE 255;
                        BOOLEAN true;
                        INT16 -32768;
                        UINT16 65535;
                        INT32 -2147483648;
                        UINT32 4294967295;
                        INT64 -9223372036854775808;
                        UINT64 18446744073709551615;
                        DOUBLE 0.1;
                        STRING "hé"llo";
                        OBJECT_PATH "/a/b";
                        SIGNATURE "a{sv}";
                        UNIX_FD 3;
                };
                """, text("ybnqiuxtdsogh", (byte) -1, true, Short.MIN_VALUE, (short) -1, Integer.MIN_VALUE, -1,
                Long.MIN_VALUE, -1L, 0.1, "hé\"llo", ObjectPath.of("/a/b"), Signature.of("a{sv}"), new UnixFD(3)));
    }

    @Test
    void containersOpenWithTheirContentsSignature() {
        Map<Integer, String> dict = new LinkedHashMap<>();
        dict.put(5, "five");
        dict.put(-1, "minus");
        assertEquals("""
                MESSAGE "aya{is}(sa(ii))" {
                        ARRAY "y" {
                                BYTE 1;
                                BYTE 2;
                                BYTE 3;
                        };
                        ARRAY "{is}" {
                                DICT_ENTRY "is" {
                                        INT32 5;
                                        STRING "five";
                                };
                                DICT_ENTRY "is" {
                                        INT32 -1;
                                        STRING "minus";
                                };
                        };
                        STRUCT "sa(ii)" {
                                STRING "x";
                                ARRAY "(ii)" {
                                        STRUCT "ii" {
                                                INT32 1;
                                                INT32 2;
                                        };
                                        STRUCT "ii" {
                                                INT32 3;
                                                INT32 4;
                                        };
                                };
                        };
                };
                """, text("aya{is}(sa(ii))", new byte[] {1, 2, 3}, dict,
                Struct.of("x", List.of(Struct.of(1, 2), Struct.of(3, 4)))));
    }

    @Test
    void variantsAndDoublesAsPercentG() {
        assertEquals("""
                MESSAGE "v" {
                        VARIANT "ad" {
                                ARRAY "d" {
                                        DOUBLE 1.23457e+06;
                                        DOUBLE 0.0001;
                                        DOUBLE 1e-05;
                                        DOUBLE 123456;
                                        DOUBLE -2.5e-07;
                                        DOUBLE inf;
                                        DOUBLE nan;
                                };
                        };
                };
                """, text("v", Variant.of("ad", List.of(1234567.0, 0.0001, 1e-5, 123456.5, -2.5e-7,
                Double.POSITIVE_INFINITY, Double.NaN))));
    }

    @Test
    void emptyBodyAndEmptyArrays() {
        assertEquals("MESSAGE \"\" {\n};\n", text(""));
        assertEquals("""
                MESSAGE "asu" {
                        ARRAY "s" {
                        };
                        UINT32 0;
                };
                """, text("asu", List.of(), 0));
    }

    @Test
    void aMarginIndentsEveryLine() {
        Signature sig = Signature.of("s");
        assertEquals("  MESSAGE \"s\" {\n          STRING \":1.3\";\n  };\n", ValueText.message(sig, List.of(":1.3"), "  "));
    }
}
