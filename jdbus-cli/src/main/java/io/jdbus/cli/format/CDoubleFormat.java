package io.jdbus.cli.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * C's {@code printf} renderings of a {@code double}, as busctl prints them: {@code %g} in text
 * output and {@code %.21e} in JSON.
 *
 * <p>Java's own {@code %e} pads the shortest decimal representation with zeros; C expands the
 * exact binary value ({@code 0.1} is {@code 1.000000000000000055511e-01}), which is what this
 * class does, rounding half to even as glibc does.
 *
 * {@snippet :
 * CDoubleFormat.g(1234567.0);     // "1.23457e+06"
 * CDoubleFormat.e(0.1, 21);       // "1.000000000000000055511e-01"
 * }
 */
public final class CDoubleFormat {
    private CDoubleFormat() {
    }

    /** {@code printf("%g", d)}: six significant digits, trailing zeros removed. */
    public static String g(double d) {
        return g(d, 6);
    }

    /** {@code printf("%.<precision>g", d)}. */
    public static String g(double d, int precision) {
        if (Double.isNaN(d) || Double.isInfinite(d) || d == 0) {
            return special(d, "0");
        }
        int p = Math.max(precision, 1);
        BigDecimal rounded = new BigDecimal(Math.abs(d)).round(new MathContext(p, RoundingMode.HALF_EVEN));
        int exponent = rounded.precision() - rounded.scale() - 1;
        String sign = d < 0 ? "-" : "";
        if (exponent < -4 || exponent >= p) {
            return sign + scientific(rounded, p - 1, true);
        }
        String fixed = rounded.setScale(Math.max(p - 1 - exponent, 0), RoundingMode.HALF_EVEN).toPlainString();
        return sign + stripZeros(fixed);
    }

    /** {@code printf("%.<precision>e", d)}; NaN and infinities as C prints them. */
    public static String e(double d, int precision) {
        if (Double.isNaN(d) || Double.isInfinite(d) || d == 0) {
            return special(d, "0" + (precision > 0 ? "." + "0".repeat(precision) : "") + "e+00");
        }
        BigDecimal rounded = new BigDecimal(Math.abs(d)).round(new MathContext(precision + 1, RoundingMode.HALF_EVEN));
        return (d < 0 ? "-" : "") + scientific(rounded, precision, false);
    }

    private static String special(double d, String zero) {
        boolean negative = Double.doubleToRawLongBits(d) < 0;
        String body = Double.isNaN(d) ? "nan" : Double.isInfinite(d) ? "inf" : zero;
        return negative ? "-" + body : body;
    }

    /** Mantissa with {@code fraction} digits after the point, then {@code e±XX}. */
    private static String scientific(BigDecimal rounded, int fraction, boolean strip) {
        String digits = rounded.unscaledValue().toString();
        int exponent = digits.length() - 1 - rounded.scale();
        if (digits.length() < fraction + 1) {
            digits = digits + "0".repeat(fraction + 1 - digits.length());
        }
        String mantissa = fraction == 0 ? digits.substring(0, 1) : digits.charAt(0) + "." + digits.substring(1, fraction + 1);
        if (strip) {
            mantissa = stripZeros(mantissa);
        }
        int abs = Math.abs(exponent);
        return mantissa + "e" + (exponent < 0 ? "-" : "+") + (abs < 10 ? "0" : "") + abs;
    }

    private static String stripZeros(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end);
    }
}
