package io.jdbus.cli.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Expected strings are what glibc's printf (through busctl) prints for the same doubles. */
class CDoubleFormatTest {

    @Test
    void percentGUsesSixSignificantDigitsAndDropsTrailingZeros() {
        assertEquals("1.23457e+06", CDoubleFormat.g(1234567));
        assertEquals("0.0001", CDoubleFormat.g(0.0001));
        assertEquals("1e-05", CDoubleFormat.g(1e-5));
        assertEquals("-2.5e-07", CDoubleFormat.g(-2.5e-7));
        assertEquals("3.5", CDoubleFormat.g(3.5));
        assertEquals("100000", CDoubleFormat.g(100000));
        assertEquals("1e+06", CDoubleFormat.g(1000000));
        assertEquals("0.1", CDoubleFormat.g(0.1));
        assertEquals("1e+300", CDoubleFormat.g(1e300));
    }

    @Test
    void percentGRoundsTheExactBinaryValueHalfToEven() {
        assertEquals("123456", CDoubleFormat.g(123456.5));
        assertEquals("123458", CDoubleFormat.g(123457.5));
        assertEquals("1e+06", CDoubleFormat.g(999999.5));
    }

    @Test
    void percentGPrintsSpecialValuesAsC() {
        assertEquals("0", CDoubleFormat.g(0.0));
        assertEquals("-0", CDoubleFormat.g(-0.0));
        assertEquals("inf", CDoubleFormat.g(Double.POSITIVE_INFINITY));
        assertEquals("-inf", CDoubleFormat.g(Double.NEGATIVE_INFINITY));
        assertEquals("nan", CDoubleFormat.g(Double.NaN));
    }

    @Test
    void percentEExpandsTheExactBinaryValue() {
        assertEquals("1.000000000000000000000e+00", CDoubleFormat.e(1.0, 21));
        assertEquals("1.000000000000000055511e-01", CDoubleFormat.e(0.1, 21));
        assertEquals("1.000000000000000052505e+300", CDoubleFormat.e(1e300, 21));
        assertEquals("-2.500000000000000000000e+00", CDoubleFormat.e(-2.5, 21));
        assertEquals("0.000000000000000000000e+00", CDoubleFormat.e(0.0, 21));
        assertEquals("4.940656458412465441766e-324", CDoubleFormat.e(Double.MIN_VALUE, 21));
        assertEquals("1.5e+00", CDoubleFormat.e(1.5, 1));
        assertEquals("2e+00", CDoubleFormat.e(2.5, 0));
    }
}
