package io.jdbus.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.names.ObjectPath;
import io.jdbus.types.InvalidValueException;
import io.jdbus.types.Struct;
import io.jdbus.types.Type;
import io.jdbus.types.Values;
import java.lang.reflect.ParameterizedType;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Decoded values into declared Java types: widening, records, collections, and what is refused. */
class JavaValuesTest {
    record Point(int x, long y) {
    }

    @SuppressWarnings("unused")
    private static List<Point> points;
    @SuppressWarnings("unused")
    private static Map<String, List<Long>> lists;
    @SuppressWarnings("unused")
    private static List<Integer> bytes;

    private static java.lang.reflect.Type field(String name) throws Exception {
        return JavaValuesTest.class.getDeclaredField(name).getGenericType();
    }

    private static Object convert(String sig, Object javaValue, java.lang.reflect.Type target) {
        Type t = Type.of(sig);
        return JavaValues.convert(t, Values.coerce(t, javaValue), target);
    }

    @Test
    void unsignedValuesWidenIntoWiderDeclarations() {
        assertEquals(4294967295L, convert("u", 4294967295L, long.class));
        assertEquals(255, convert("y", 255, int.class));
        assertEquals(65535, convert("q", 65535, int.class));
        assertEquals(new BigInteger("18446744073709551615"), convert("t", new BigInteger("18446744073709551615"),
                BigInteger.class));
        assertEquals(-5L, convert("i", -5, long.class));
    }

    @Test
    void aValueTooBigForItsDeclarationIsRefused() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> convert("u", 4294967295L, int.class));
        assertEquals("4294967295 (u) does not fit Integer; declare a wider type", e.getMessage());
        assertThrows(InvalidValueException.class, () -> convert("t", new BigInteger("18446744073709551615"), long.class));
        assertThrows(InvalidValueException.class, () -> convert("y", 200, byte.class));
    }

    @Test
    void structsBecomeRecordsAndCollectionsConvertElementByElement() throws Exception {
        assertEquals(List.of(new Point(1, 2L), new Point(3, 4L)),
                convert("a(ix)", List.of(Struct.of(1, 2L), Struct.of(3, 4L)), field("points")));
        assertEquals(Map.of("a", List.of(4294967295L)), convert("a{sau}", Map.of("a", List.of(4294967295L)), field("lists")));
        assertEquals(List.of(1, 255), convert("ay", new byte[] {1, (byte) 255}, field("bytes")));
        assertArrayEquals(new byte[] {1, 2}, (byte[]) convert("ay", new byte[] {1, 2}, byte[].class));
        assertArrayEquals(new long[] {1, 2}, (long[]) convert("ai", List.of(1, 2), long[].class));
        assertEquals("/a/b", convert("o", ObjectPath.of("/a/b"), String.class));
    }

    @Test
    void positionsNameWhereAMisfitSits() throws Exception {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> convert("a(ux)", List.of(Struct.of(1, 2L), Struct.of(4294967295L, 4L)), (ParameterizedType) field("points")));
        assertEquals("element [1] → field 0: 4294967295 (u) does not fit Integer; declare a wider type", e.getMessage());
    }

    @Test
    void declarationsAreCheckedWhenBinding() throws Exception {
        assertTrue(JavaValues.fits(Type.of("a(ix)"), field("points")));
        assertFalse(JavaValues.fits(Type.of("a(ixs)"), field("points")));
        assertFalse(JavaValues.fits(Type.of("s"), int.class));
        assertFalse(JavaValues.fits(Type.of("x"), int.class), "a narrower declaration could lose the value");
        assertTrue(JavaValues.fits(Type.of("v"), Object.class));
    }
}
