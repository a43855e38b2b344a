package io.jdbus.cli.args;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jdbus.names.ObjectPath;
import io.jdbus.types.Signature;
import io.jdbus.types.Struct;
import io.jdbus.types.Variant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BusctlArgumentsTest {

    private static List<Object> parse(String signature, String... words) throws ArgumentException {
        return BusctlArguments.parse(signature, List.of(words));
    }

    private static String error(String signature, String... words) {
        return assertThrows(ArgumentException.class, () -> parse(signature, words)).getMessage();
    }

    @Test
    void basicTypesBecomeTheValuesOfTheTypeTable() throws ArgumentException {
        List<Object> v = parse("ybnqiuxtdsog", "255", "yes", "-32768", "65535", "-2147483648", "4294967295",
                "-9223372036854775808", "18446744073709551615", "0.5", "hi", "/a/b", "a{sv}");
        assertEquals(List.of((byte) -1, true, (short) -32768, (short) -1, Integer.MIN_VALUE, -1, Long.MIN_VALUE, -1L,
                0.5, "hi", ObjectPath.of("/a/b"), Signature.of("a{sv}")), v);
    }

    @Test
    void anArrayIsItsCountThenItsElements() throws ArgumentException {
        assertEquals(List.of(List.of("a", "b")), parse("as", "2", "a", "b"));
        assertEquals(List.of(List.of()), parse("as", "0"));
        assertArrayEquals(new byte[] {1, 2, (byte) 255}, (byte[]) parse("ay", "3", "1", "2", "255").getFirst());
    }

    @Test
    void aDictIsItsCountThenKeysAndValues() throws ArgumentException {
        assertEquals(List.of(Map.of("key", Variant.of("s", "value"))), parse("a{sv}", "1", "key", "s", "value"));
    }

    @Test
    void aVariantIsItsSignatureThenItsValue() throws ArgumentException {
        assertEquals(List.of(Variant.of("s", "hello")), parse("v", "s", "hello"));
        assertEquals(List.of(Variant.of("(si)", Struct.of("x", 1))), parse("v", "(si)", "x", "1"));
    }

    @Test
    void structFieldsAreInline() throws ArgumentException {
        assertEquals(List.of(Struct.of("x", 1), List.of(Struct.of("a", 1), Struct.of("b", 2))),
                parse("(si)a(si)", "x", "1", "2", "a", "1", "b", "2"));
    }

    @Test
    void nestedContainersReadDepthFirst() throws ArgumentException {
        Object v = parse("a{sa{sv}}", "1", "outer", "1", "inner", "b", "false").getFirst();
        assertEquals(Map.of("outer", Map.of("inner", Variant.of("b", false))), v);
    }

    @ParameterizedTest
    @CsvSource({"1,true", "yes,true", "y,true", "TRUE,true", "t,true", "On,true",
                "0,false", "no,false", "n,false", "false,false", "F,false", "off,false"})
    void booleansAreSystemdsWords(String word, boolean expected) throws ArgumentException {
        assertEquals(List.of(expected), parse("b", word));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "n| 0x10| 16", "n|010|8", "i|0b11|3", "i|0o7|7", "i|+5|5", "i| -5|-5", "n|-0x10|-16", "u|-0|0"})
    void integersTakeCsPrefixesAndLeadingSpace(String type, String word, long expected) throws ArgumentException {
        assertEquals(expected, ((Number) parse(type, word).getFirst()).longValue());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0x1p3|8", "0x10|16", ".5|0.5", "5.|5", "1e5|100000", "-0|-0.0", "INFINITY|Infinity"})
    void doublesAreReadAsStrtodReadsThem(String word, double expected) throws ArgumentException {
        assertEquals(expected, (Double) parse("d", word).getFirst());
    }

    @Test
    void nanIsADouble() throws ArgumentException {
        assertEquals(Double.NaN, (Double) parse("d", "nan").getFirst());
    }

    @Test
    void tooFewParametersIsAnError() {
        assertEquals("Too few parameters for signature.", error("ss", "a"));
        assertEquals("Too few parameters for signature.", error("as", "3", "a"));
        assertEquals("Too few parameters for signature.", error("ay", "4000000000"));
        assertEquals("Too few parameters for signature.", error("a{sv}", "1", "k"));
        assertEquals("Too few parameters for signature.", error("v"));
    }

    @Test
    void trailingParametersAreAnError() {
        assertEquals("Too many parameters for signature.", error("ss", "a", "b", "c"));
        assertEquals("Too many parameters for signature.", error("", "x"));
    }

    @Test
    void badNumbersAreErrorsNamingTheWordAndTheType() {
        assertEquals("Failed to parse 'x' as unsigned 32bit integer: Invalid argument", error("u", "x"));
        assertEquals("Failed to parse '5x' as signed 32bit integer: Invalid argument", error("i", "5x"));
        assertEquals("Failed to parse '08' as signed 32bit integer: Invalid argument", error("i", "08"));
        assertEquals("Failed to parse '' as signed 32bit integer: Invalid argument", error("i", ""));
        assertEquals("Failed to parse '3 ' as byte (unsigned 8bit integer): Invalid argument", error("y", "3 "));
        assertEquals("Failed to parse '0x' as byte (unsigned 8bit integer): Invalid argument", error("y", "0x"));
        assertEquals("Failed to parse '1.0' as unsigned 32bit integer: Invalid argument", error("u", "1.0"));
        assertEquals("Failed to parse '1,5' as double precision floating point: Invalid argument", error("d", "1,5"));
        assertEquals("Failed to parse 'x' number of array entries: Invalid argument", error("as", "x"));
    }

    @Test
    void outOfRangeNumbersAreErrors() {
        assertEquals("Failed to parse '256' as byte (unsigned 8bit integer): Numerical result out of range", error("y", "256"));
        assertEquals("Failed to parse '-1' as unsigned 32bit integer: Numerical result out of range", error("u", "-1"));
        assertEquals("Failed to parse '4294967296' as unsigned 32bit integer: Numerical result out of range", error("u", "4294967296"));
        assertEquals("Failed to parse '-32769' as signed 16bit integer: Numerical result out of range", error("n", "-32769"));
        assertEquals("Failed to parse '65536' as unsigned 16bit integer: Numerical result out of range", error("q", "65536"));
        assertEquals("Failed to parse '9223372036854775808' as signed 64bit integer: Numerical result out of range",
                error("x", "9223372036854775808"));
        assertEquals("Failed to parse '-1' as unsigned 64bit integer: Numerical result out of range", error("t", "-1"));
        assertEquals("Failed to parse '1e400' as double precision floating point: Numerical result out of range", error("d", "1e400"));
        assertEquals("Failed to parse '4e-320' as double precision floating point: Numerical result out of range", error("d", "4e-320"));
    }

    @Test
    void badBooleansAreErrors() {
        assertEquals("Failed to parse 'maybe' as boolean: Invalid argument", error("b", "maybe"));
        assertEquals("Failed to parse ' yes' as boolean: Invalid argument", error("b", " yes"));
    }

    @Test
    void badSignaturesPathsAndDescriptorsAreErrors() {
        assertEquals("UNIX file descriptor not supported as type.", error("h", "3"));
        assertEquals(true, error("(si", "x", "1").startsWith("Invalid signature '(si': "));
        assertEquals(true, error("v", "ii", "1", "2").startsWith("Invalid variant signature 'ii'"));
        assertEquals(true, error("v", "", "1").startsWith("Invalid variant signature ''"));
        assertEquals(true, error("o", "notapath").startsWith("Failed to parse 'notapath' as object path"));
        assertEquals(true, error("g", "a{").startsWith("Invalid signature 'a{': "));
    }
}
