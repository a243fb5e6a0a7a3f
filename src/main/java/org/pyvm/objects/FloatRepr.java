package org.pyvm.objects;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's {@code repr(float)} (which is also {@code str(float)}): the shortest decimal string that reads back as
 * the same double, as CPython's {@code float_repr} makes it with David Gay's {@code dtoa} in mode 0.
 *
 * <p>Digits: the fewest significant digits d such that some d-digit decimal rounds (to nearest, ties to even) to
 * the double; of the d-digit decimals that do, the one nearest the double's exact value, and on an exact tie the
 * one whose last digit is even ({@code 562949953421312.25} prints as {@code 562949953421312.2}). JDK 17's
 * {@code Double.toString} is not used: it sometimes gives more digits than needed (JDK-4511638).
 *
 * <p>Layout, with decimal exponent e (the value is d.ddd × 10^e): positional when -4 <= e < 16
 * ({@code 0.0001}, {@code 123.5}, {@code 1e+16} is the first exponent form), always with a fractional part
 * ({@code 1.0}); otherwise {@code d[.ddd]e±XX} with at least two exponent digits ({@code 1e-05},
 * {@code 1.5e+300}). Specials: {@code inf}, {@code -inf}, {@code nan}, {@code -0.0}.
 */
public final class FloatRepr {
    private FloatRepr() {}

    /**
     * The shortest round-tripping significant digits of a finite, non-zero magnitude.
     *
     * @param digits     the significant digits, no leading or trailing zeros ("15" for 1.5 and for 150.0)
     * @param pointPos   where the decimal point goes relative to digits: the value is 0.DIGITS × 10^pointPos
     *                   (1.5 is ("15", 1), 0.001 is ("1", -2)), as Gay's {@code decpt}
     */
    public record Digits(String digits, int pointPos) {}

    /** {@code repr(d)} exactly as CPython 3.12 prints it. */
    public static String repr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (Double.doubleToRawLongBits(d) < 0) ? "-0.0" : "0.0";
        }
        Digits s = shortestDigits(Math.abs(d));
        StringBuilder out = new StringBuilder(24);
        if (d < 0) {
            out.append('-');
        }
        String digits = s.digits();
        int n = digits.length();
        int decpt = s.pointPos();
        if (decpt <= -4 || decpt > 16) {
            // Exponent form: d[.ddd]e±XX.
            out.append(digits.charAt(0));
            if (n > 1) {
                out.append('.').append(digits, 1, n);
            }
            int exp = decpt - 1;
            out.append('e').append(exp < 0 ? '-' : '+');
            int abs = Math.abs(exp);
            if (abs < 10) {
                out.append('0');
            }
            out.append(abs);
        } else if (decpt <= 0) {
            // 0.000ddd
            out.append("0.");
            out.append("0".repeat(-decpt));
            out.append(digits);
        } else if (decpt >= n) {
            // ddd000.0
            out.append(digits);
            out.append("0".repeat(decpt - n));
            out.append(".0");
        } else {
            out.append(digits, 0, decpt).append('.').append(digits, decpt, n);
        }
        return out.toString();
    }

    /**
     * The shortest round-tripping digits of {@code x} (finite, > 0); see the class comment for which digits.
     *
     * <p>For each precision p = 1, 2, ... the only p-digit candidates worth trying are the exact value rounded
     * down and rounded up to p digits: the decimals that read back as x form an interval around x, so if any
     * p-digit decimal lies in it, one of these two does. {@code BigDecimal.doubleValue} reads back correctly
     * rounded. At p = 17 one of them always reads back.
     */
    public static Digits shortestDigits(double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            throw new IllegalArgumentException("not a finite positive double: " + x);
        }
        Digits fast = fastDigits(x);
        return fast != null ? fast : exactDigits(x);
    }

    /**
     * The fast path: the digits {@code Double.toString} gives (always round-tripping, sometimes not the shortest
     * or not the nearest, JDK-4511638), accepted only when verified: no decimal with one digit fewer reads back
     * as x (checked on the candidates around the truncated digits; a shorter one would be one of them, padded),
     * and neither neighbour with the same number of digits reads back (so these digits are the only, hence the
     * nearest, candidate). Otherwise null, and the exact search decides. Reading back uses
     * {@code Double.parseDouble}, which rounds correctly.
     */
    static Digits fastDigits(double x) {
        String s = Double.toString(x);
        int ePos = s.indexOf('E');
        int exp10 = 0;
        int mantEnd = s.length();
        if (ePos >= 0) {
            exp10 = Integer.parseInt(s, ePos + 1, s.length(), 10);
            mantEnd = ePos;
        }
        int dot = s.indexOf('.');
        if (dot < 0 || dot > mantEnd) {
            return null;
        }
        StringBuilder all = new StringBuilder(20);
        all.append(s, 0, dot).append(s, dot + 1, mantEnd);
        int fracLen = mantEnd - dot - 1;
        int lead = 0;
        while (lead < all.length() - 1 && all.charAt(lead) == '0') {
            lead++;
        }
        int end = all.length();
        while (end > lead + 1 && all.charAt(end - 1) == '0') {
            end--;
        }
        int scale = exp10 - fracLen + (all.length() - end);  // x ~ digits * 10^scale
        String digits = all.substring(lead, end);
        int n = digits.length();
        if (n > 17) {
            return null;
        }
        long m = Long.parseLong(digits);
        if (readsBack(m - 1, scale, x) || readsBack(m + 1, scale, x)) {
            return null;
        }
        if (n > 1) {
            long t = m / 10;
            if (readsBack(t, scale + 1, x) || readsBack(t + 1, scale + 1, x) || readsBack(t - 1, scale + 1, x)) {
                return null;
            }
        }
        return new Digits(digits, n + scale);
    }

    private static boolean readsBack(long m, int scale, double x) {
        if (m <= 0) {
            return false;
        }
        return Double.parseDouble(m + "E" + scale) == x;
    }

    /** The exact search (about 0.1 ms); see the class comment for which digits it picks. */
    static Digits exactDigits(double x) {
        BigDecimal exact = new BigDecimal(x);
        for (int p = 1; p <= 17; p++) {
            BigDecimal down = exact.round(new MathContext(p, RoundingMode.FLOOR));
            BigDecimal up = exact.round(new MathContext(p, RoundingMode.CEILING));
            boolean downOk = down.doubleValue() == x;
            boolean upOk = up.doubleValue() == x;
            BigDecimal pick;
            if (downOk && upOk && down.compareTo(up) != 0) {
                int cmp = exact.subtract(down).compareTo(up.subtract(exact));
                if (cmp != 0) {
                    pick = cmp < 0 ? down : up;
                } else {
                    pick = down.unscaledValue().testBit(0) ? up : down;  // exact tie: even last digit
                }
            } else if (downOk) {
                pick = down;
            } else if (upOk) {
                pick = up;
            } else {
                continue;
            }
            return digitsOf(pick);
        }
        throw new AssertionError("no 17-digit decimal reads back as " + x);
    }

    private static Digits digitsOf(BigDecimal v) {
        BigDecimal stripped = v.stripTrailingZeros();
        String digits = stripped.unscaledValue().toString();
        // value = unscaled × 10^-scale = 0.digits × 10^(len - scale)
        return new Digits(digits, digits.length() - stripped.scale());
    }
}
