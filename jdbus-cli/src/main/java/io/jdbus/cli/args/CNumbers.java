package io.jdbus.cli.args;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Numbers as systemd's {@code safe_ato*} and {@code safe_atod} read them, which is what busctl accepts:
 * leading white space, a sign, {@code 0x} hex, {@code 0b} binary, {@code 0o} or a leading {@code 0} octal;
 * doubles as C's {@code strtod} ({@code inf}, {@code nan}, hex floats), refusing overflow and underflow.
 * Failures name C's {@code errno} text, as busctl prints it.
 *
 * {@snippet :
 * CNumbers.integer(" 0x10", -32768, 32767);   // 16
 * CNumbers.integer("08", 0, 255);             // throws NumberFormatException("Invalid argument")
 * CNumbers.integer("-1", 0, 255);             // throws NumberFormatException("Numerical result out of range")
 * CNumbers.decimal("1e400");                  // throws NumberFormatException("Numerical result out of range")
 * }
 */
final class CNumbers {
    static final String EINVAL = "Invalid argument";
    static final String ERANGE = "Numerical result out of range";

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern HEX = Pattern.compile("([+-]?)0[xX]([0-9a-fA-F]+\\.?[0-9a-fA-F]*|\\.[0-9a-fA-F]+)([pP][+-]?\\d+)?");
    private static final Pattern SPECIAL = Pattern.compile("[+-]?(inf|infinity|nan(\\([0-9a-z_]*\\))?)");

    private CNumbers() {
    }

    /** Parses an integer in {@code [min, max]} (as a {@code BigInteger} when {@code max} is {@code -1}: 2⁶⁴−1). */
    static BigInteger integer(String text, BigInteger min, BigInteger max) {
        String s = stripLeadingSpace(text);
        boolean negative = false;
        int radix = 10;
        // systemd turns Python's 0b and 0o prefixes into a base before strtol sees the text
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("0b")) {
            radix = 2;
            s = s.substring(2);
        } else if (lower.startsWith("0o")) {
            radix = 8;
            s = s.substring(2);
        }
        // strtol itself: white space, a sign, then for base 0 a 0x or 0 prefix
        s = stripLeadingSpace(s);
        if (s.startsWith("+") || s.startsWith("-")) {
            negative = s.charAt(0) == '-';
            s = s.substring(1);
        }
        if (radix == 10) {
            String l = s.toLowerCase(Locale.ROOT);
            if (l.startsWith("0x") && l.length() > 2 && Character.digit(l.charAt(2), 16) >= 0) {
                radix = 16;
                s = s.substring(2);
            } else if (l.startsWith("0") && l.length() > 1) {
                radix = 8;
                s = s.substring(1);
            }
        }
        if (s.isEmpty()) {
            throw new NumberFormatException(EINVAL);
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.digit(s.charAt(i), radix) < 0) {
                throw new NumberFormatException(EINVAL);
            }
        }
        BigInteger value = new BigInteger(s, radix);
        if (negative) {
            value = value.negate();
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new NumberFormatException(ERANGE);
        }
        return value;
    }

    /** Parses a double as {@code strtod} in the C locale does, refusing what would set {@code ERANGE}. */
    static double decimal(String text) {
        String s = stripLeadingSpace(text);
        String lower = s.toLowerCase(Locale.ROOT);
        if (SPECIAL.matcher(lower).matches()) {
            boolean negative = lower.startsWith("-");
            if (lower.contains("nan")) {
                return Double.NaN;
            }
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        double value;
        var hex = HEX.matcher(s);
        if (hex.matches()) {
            value = Double.parseDouble(hex.group(1) + "0x" + hex.group(2) + (hex.group(3) == null ? "p0" : hex.group(3)));
        } else if (DECIMAL.matcher(s).matches()) {
            value = Double.parseDouble(s);
        } else {
            throw new NumberFormatException(EINVAL);
        }
        if (Double.isInfinite(value)) {
            throw new NumberFormatException(ERANGE);
        }
        if (value != 0 && Math.abs(value) < Double.MIN_NORMAL || value == 0 && hasNonZeroDigit(s)) {
            throw new NumberFormatException(ERANGE);   // underflow: strtod sets ERANGE for subnormal results
        }
        return value;
    }

    private static boolean hasNonZeroDigit(String s) {
        String lower = s.toLowerCase(Locale.ROOT).replaceFirst("^[+-]?", "");
        String mantissa = lower.startsWith("0x") ? lower.substring(2).split("p")[0] : lower.split("e")[0];
        return mantissa.chars().anyMatch(c -> c != '0' && c != '.');
    }

    /** Skips what C's {@code isspace} calls space: space, tab, newline, vertical tab, form feed, return. */
    private static String stripLeadingSpace(String s) {
        int i = 0;
        while (i < s.length() && " \t\n\u000b\f\r".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return s.substring(i);
    }
}
