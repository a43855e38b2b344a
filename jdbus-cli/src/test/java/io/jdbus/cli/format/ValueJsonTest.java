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

/** The expected strings were printed by {@code busctl --json=short call} for the same values. */
class ValueJsonTest {

    private static String json(String signature, Object... args) {
        return json(JsonStyle.SHORT, signature, args);
    }

    private static String json(JsonStyle style, String signature, Object... args) {
        Signature sig = Signature.of(signature);
        JsonWriter w = new JsonWriter(style);
        ValueJson.payload(w, sig, Values.coerceArguments(sig, List.of(args)));
        return w.toString();
    }

    @Test
    void integersAreNumbersAndUnsignedTypesPrintUnsigned() {
        assertEquals("{\"type\":\"ynqiuxt\",\"data\":[255,-32768,65535,-2147483648,4294967295,-9223372036854775808,18446744073709551615]}",
                json("ynqiuxt", (byte) -1, Short.MIN_VALUE, (short) -1, Integer.MIN_VALUE, -1, Long.MIN_VALUE, -1L));
    }

    @Test
    void booleansStringsPathsAndSignatures() {
        assertEquals("{\"type\":\"bbsog\",\"data\":[true,false,\"hé\\\"llo\",\"/a/b\",\"a{sv}\"]}",
                json("bbsog", true, false, "hé\"llo", ObjectPath.of("/a/b"), Signature.of("a{sv}")));
    }

    @Test
    void doublesUseCPercentPoint21eAndNullForNanAndInfinities() {
        assertEquals("{\"type\":\"ad\",\"data\":[[1.000000000000000000000e+00,1.000000000000000055511e-01,"
                        + "1.000000000000000052505e+300,0.000000000000000000000e+00,null,null,null]]}",
                json("ad", List.of(1.0, 0.1, 1e300, -0.0, Double.POSITIVE_INFINITY, Double.NaN, Double.NEGATIVE_INFINITY)));
    }

    @Test
    void stringsEscapeControlCharactersOnly() {
        assertEquals("{\"type\":\"s\",\"data\":[\"a\\u0001b\u007fc\\b\\f\"]}", json("s", "a\u0001b\u007fc\b\f"));
    }

    @Test
    void byteArraysAreArraysOfNumbers() {
        assertEquals("{\"type\":\"ay\",\"data\":[[0,255,7]]}", json("ay", (Object) new byte[] {0, -1, 7}));
    }

    @Test
    void structsAreArraysAndDictsObjectsAndVariantsTypeAndData() {
        Map<String, Variant> dict = new LinkedHashMap<>();
        dict.put("a", Variant.of("y", 5));
        dict.put("b", Variant.of("av", List.of(Variant.of("(ib)", Struct.of(1, true)))));
        assertEquals("{\"type\":\"v\",\"data\":[{\"type\":\"a{sv}\",\"data\":{\"a\":{\"type\":\"y\",\"data\":5},"
                        + "\"b\":{\"type\":\"av\",\"data\":[{\"type\":\"(ib)\",\"data\":[1,true]}]}}}]}",
                json("v", Variant.of("a{sv}", dict)));
        assertEquals("{\"type\":\"(sa(ii))\",\"data\":[[\"x\",[[1,2],[3,4]]]]}",
                json("(sa(ii))", Struct.of("x", List.of(Struct.of(1, 2), Struct.of(3, 4)))));
    }

    @Test
    void emptyContainersAndEmptyBody() {
        assertEquals("{\"type\":\"asa{sv}\",\"data\":[[],{}]}", json("asa{sv}", List.of(), Map.of()));
        assertEquals("{\"type\":\"\",\"data\":[]}", json(""));
    }

    @Test
    void dictKeysThatAreNotStringsAreWrittenAsTheirText() {
        Map<Object, String> byInt = new LinkedHashMap<>();
        byInt.put(5, "five");
        byInt.put(-1, "minus");
        assertEquals("{\"type\":\"a{is}\",\"data\":[{\"5\":\"five\",\"-1\":\"minus\"}]}", json("a{is}", byInt));
        assertEquals("{\"type\":\"a{ts}\",\"data\":[{\"18446744073709551615\":\"max\"}]}",
                json("a{ts}", Map.of(-1L, "max")));
        assertEquals("{\"type\":\"a{bo}\",\"data\":[{\"true\":\"/x\"}]}", json("a{bo}", Map.of(true, ObjectPath.of("/x"))));
        assertEquals("{\"type\":\"a{ds}\",\"data\":[{\"5.000000000000000000000e-01\":\"half\"}]}",
                json("a{ds}", Map.of(0.5, "half")));
    }

    @Test
    void unixFdsAreNullAsBusctlPrintsThem() {
        assertEquals("{\"type\":\"h\",\"data\":[null]}", json("h", new UnixFD(0)));
    }

    @Test
    void prettyPayloadMatchesBusctlPretty() {
        Map<String, Variant> dict = new LinkedHashMap<>();
        dict.put("a", Variant.of("y", 5));
        dict.put("b", Variant.of("av", List.of(Variant.of("(ib)", Struct.of(1, true)), Variant.of("as", List.of()))));
        assertEquals("""
                {
                \t"type" : "v",
                \t"data" : [
                \t\t{
                \t\t\t"type" : "a{sv}",
                \t\t\t"data" : {
                \t\t\t\t"a" : {
                \t\t\t\t\t"type" : "y",
                \t\t\t\t\t"data" : 5
                \t\t\t\t},
                \t\t\t\t"b" : {
                \t\t\t\t\t"type" : "av",
                \t\t\t\t\t"data" : [
                \t\t\t\t\t\t{
                \t\t\t\t\t\t\t"type" : "(ib)",
                \t\t\t\t\t\t\t"data" : [
                \t\t\t\t\t\t\t\t1,
                \t\t\t\t\t\t\t\ttrue
                \t\t\t\t\t\t\t]
                \t\t\t\t\t\t},
                \t\t\t\t\t\t{
                \t\t\t\t\t\t\t"type" : "as",
                \t\t\t\t\t\t\t"data" : []
                \t\t\t\t\t\t}
                \t\t\t\t\t]
                \t\t\t\t}
                \t\t\t}
                \t\t}
                \t]
                }""", json(JsonStyle.PRETTY, "v", Variant.of("a{sv}", dict)));
    }
}
