package io.jdbus.interop;

import io.jdbus.types.Struct;
import io.jdbus.types.UnixFD;
import io.jdbus.types.Variant;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Bodies chosen by hand: type edges, every alignment of empty arrays, deep nesting, the faults found. */
final class CornerCases {
    /** A signature and its values, in any form {@code Values.coerceArguments} accepts. */
    record Body(String signature, List<?> values) {}

    private CornerCases() {}

    static List<Body> all() {
        List<Body> out = new ArrayList<>();
        // every basic type at its edges
        out.add(body("yyy", 0, 255, 0x7f));
        out.add(body("bb", true, false));
        out.add(body("nnn", Short.MIN_VALUE, Short.MAX_VALUE, -1));
        out.add(body("qqq", 0, 65535, 32768));
        out.add(body("iii", Integer.MIN_VALUE, Integer.MAX_VALUE, -1));
        out.add(body("uuu", 0, 0xFFFF_FFFFL, 0x8000_0000L));
        out.add(body("xxx", Long.MIN_VALUE, Long.MAX_VALUE, -1L));
        out.add(body("ttt", 0L, new BigInteger("18446744073709551615"), new BigInteger("9223372036854775808")));
        out.add(body("ddddddddd", 0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Double.MIN_VALUE, Double.MAX_VALUE, Double.MIN_NORMAL, -1.0 / 3));
        out.add(body("sss", "", "héllo wörld 中文 😀 \uD834\uDD1E", "\u0001\u007f\uFFFF\uFDD0\u2028"));
        out.add(body("ooo", "/", "/a", "/org/freedesktop/DBus_1/x"));
        out.add(body("ggg", "", "a{sv}", "(ybnqiuxtdsogh)av"));
        out.add(body("hhh", new UnixFD(0), new UnixFD(3), new UnixFD(1)));
        // empty arrays of every alignment, after a byte so that each needs its own padding
        for (String element : List.of("y", "b", "n", "q", "i", "u", "x", "t", "d", "s", "o", "g", "h", "v",
                "(y)", "(x)", "{sv}", "{yy}", "ay", "ax", "a{sv}", "aay", "a(x)")) {
            Object empty = element.startsWith("{") ? Map.of() : List.of();
            out.add(body("ya" + element + "y", 7, empty, 9));
            out.add(body("a" + element, empty));
        }
        out.add(body("a{sv}", Map.of()));
        // GlibFaults.SHORT_LAST_ELEMENT_OF_PADDED_ARRAY, and its neighbours that GLib reads right
        out.add(body("a(ay)", List.of(List.of(bytes(1, 2, 3, 4)), List.of(bytes()))));
        out.add(body("a(ay)u", List.of(List.of(bytes(1, 2, 3, 4)), List.of(bytes())), 5));
        out.add(body("ua(ay)", 5, List.of(List.of(bytes(1, 2, 3, 4)), List.of(bytes()))));
        out.add(body("a(ay)", List.of(List.of(bytes(1)), List.of(bytes()))));
        out.add(body("a(ai)", List.of(List.of(List.of(1)), List.of(List.of()))));
        out.add(body("av", List.of(Variant.of("x", 1L), Variant.of("y", 2))));
        out.add(body("a{yv}", dict(1, Variant.of("x", 1L), 2, Variant.of("y", 2))));
        // dicts with every basic key type
        out.add(body("a{yv}a{bv}a{nv}a{qv}", dict(0, Variant.of("s", "y"), 255, Variant.of("y", 1)),
                dict(true, Variant.of("b", false), false, Variant.of("b", true)),
                dict(-1, Variant.of("n", 1)), dict(65535, Variant.of("q", 2))));
        out.add(body("a{iv}a{uv}a{xv}a{tv}", dict(Integer.MIN_VALUE, Variant.of("i", 0)),
                dict(0xFFFF_FFFFL, Variant.of("u", 0)), dict(Long.MIN_VALUE, Variant.of("x", 0)),
                dict(new BigInteger("18446744073709551615"), Variant.of("t", 0))));
        out.add(body("a{dv}a{sv}a{ov}a{gv}a{hv}", dict(Double.NEGATIVE_INFINITY, Variant.of("d", 0.5), 1.5, Variant.of("ad", List.of())),
                dict("", Variant.of("as", List.of("x")), "é", Variant.of("g", "")),
                dict("/", Variant.of("o", "/a")), dict("a{sv}", Variant.of("a{sv}", Map.of())),
                dict(new UnixFD(2), Variant.of("h", new UnixFD(1)))));
        // variants within variants, structs within arrays
        out.add(body("v", Variant.of("v", Variant.of("v", Variant.of("v", Variant.of("i", 42))))));
        Variant inner = Variant.of("a{sv}", Map.of("k", Variant.of("s", "v")));
        out.add(body("av", List.of(Variant.of("v", Variant.of("ay", bytes())),
                Variant.of("(yv)", Struct.of((byte) 1, inner)))));
        out.add(body("a(yx)a(ii)a(sv)", List.of(List.of(1, 2L), List.of(3, 4L)), List.of(List.of(1, 2)),
                List.of(List.of("a", Variant.of("u", 7)))));
        // the seeds' signatures
        out.add(body("ia{us}", 5, dict(5L, "hello")));
        out.add(body("(iiav)", List.of(5, 5, List.of(Variant.of("s", "foo")))));
        // limits: a 255-byte signature, 32 nested arrays, 32 nested structs, a 300 KiB byte array
        Object[] bytes255 = new Object[255];
        Arrays.fill(bytes255, 1);
        out.add(body("y".repeat(255), bytes255));
        Object nested = List.of(bytes(1, 2, 3));
        for (int i = 0; i < 30; i++) {
            nested = List.of(nested);
        }
        out.add(body("a".repeat(32) + "y", nested));
        Object struct = List.of(1);
        for (int i = 0; i < 31; i++) {
            struct = List.of(struct);
        }
        out.add(body("(".repeat(32) + "y" + ")".repeat(32), struct));
        byte[] big = new byte[300 * 1024];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 31);
        }
        out.add(body("ay", (Object) big));
        return out;
    }

    private static Body body(String signature, Object... values) {
        return new Body(signature, Arrays.asList(values));
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static Map<Object, Object> dict(Object... keysAndValues) {
        Map<Object, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
