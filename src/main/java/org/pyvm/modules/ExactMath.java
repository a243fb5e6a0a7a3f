package org.pyvm.modules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Correctly rounded {@code exp}, {@code log}, {@code sin}, {@code cos} and {@code acos}: each is evaluated to about
 * 45 significant digits with {@link BigDecimal} series and rounded once to the nearest double. The C library
 * CPython uses is correctly rounded (acos) or nearly so (the others), whereas Java's functions may be off by an
 * ulp; {@code random}'s distributions must reproduce CPython's floats bit for bit. Slow (tens of microseconds a
 * call): for the generator's few calls per sample, not for general math.
 */
final class ExactMath {
    private ExactMath() {
    }

    private static final MathContext MC = new MathContext(48, RoundingMode.HALF_EVEN);
    private static final MathContext WIDE = new MathContext(80, RoundingMode.HALF_EVEN);
    private static final BigDecimal PI = new BigDecimal(
            "3.14159265358979323846264338327950288419716939937510582097494459230781640628620899863");
    private static final BigDecimal HALF_PI = PI.divide(BigDecimal.valueOf(2), WIDE);
    private static final BigDecimal LN2 = new BigDecimal(
            "0.69314718055994530941723212145817656807550013436025525412068000949339362196969471560586");
    private static final BigDecimal EPS = new BigDecimal("1e-52");
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    static double exp(double x) {
        if (!Double.isFinite(x) || x > 709.0 || x < -708.0) {
            return Math.exp(x);
        }
        if (x == 0) {
            return 1.0;
        }
        long k = Math.round(x / Math.log(2.0));
        BigDecimal r = new BigDecimal(x).subtract(LN2.multiply(BigDecimal.valueOf(k)), WIDE);
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        for (int n = 1; n < 200; n++) {
            term = term.multiply(r, MC).divide(BigDecimal.valueOf(n), MC);
            sum = sum.add(term, MC);
            if (term.abs().compareTo(EPS) < 0) {
                break;
            }
        }
        return Math.scalb(sum.doubleValue(), (int) k);  // exact: the result is a normal number
    }

    static double log(double x) {
        if (!(x > 0) || !Double.isFinite(x)) {
            return Math.log(x);
        }
        if (x == 1.0) {
            return 0.0;
        }
        int extra = 0;
        if (x < Double.MIN_NORMAL) {
            x = Math.scalb(x, 64);
            extra = -64;
        }
        int e = Math.getExponent(x);
        double m = Math.scalb(x, -e);  // in [1, 2)
        if (m > Math.sqrt(2.0)) {
            m /= 2;
            e++;
        }
        BigDecimal bm = new BigDecimal(m);
        BigDecimal t = bm.subtract(BigDecimal.ONE).divide(bm.add(BigDecimal.ONE), MC);
        BigDecimal t2 = t.multiply(t, MC);
        BigDecimal power = t;
        BigDecimal sum = t;
        for (int n = 3; n < 400; n += 2) {
            power = power.multiply(t2, MC);
            BigDecimal term = power.divide(BigDecimal.valueOf(n), MC);
            sum = sum.add(term, MC);
            if (term.abs().compareTo(EPS) < 0) {
                break;
            }
        }
        BigDecimal result = sum.multiply(TWO).add(LN2.multiply(BigDecimal.valueOf(e + extra)), MC);
        return result.doubleValue();
    }

    static double sin(double x) {
        return trig(x, false);
    }

    static double cos(double x) {
        return trig(x, true);
    }

    private static double trig(double x, boolean cosine) {
        if (!Double.isFinite(x) || Math.abs(x) > 1e9) {
            return cosine ? Math.cos(x) : Math.sin(x);
        }
        if (x == 0) {
            return cosine ? 1.0 : x;
        }
        BigDecimal bx = new BigDecimal(x);
        long k = Math.round(x / (Math.PI / 2));
        BigDecimal r = bx.subtract(HALF_PI.multiply(BigDecimal.valueOf(k)), WIDE);
        int quadrant = (int) Math.floorMod(k + (cosine ? 1 : 0), 4L);
        BigDecimal v = switch (quadrant) {
            case 0 -> sinSeries(r);
            case 1 -> cosSeries(r);
            case 2 -> sinSeries(r).negate();
            default -> cosSeries(r).negate();
        };
        return v.doubleValue();
    }

    static BigDecimal sinSeries(BigDecimal r) {
        BigDecimal r2 = r.multiply(r, WIDE);
        BigDecimal term = r;
        BigDecimal sum = r;
        for (int n = 1; n < 200; n++) {
            term = term.multiply(r2, WIDE).divide(BigDecimal.valueOf((2L * n) * (2L * n + 1)), WIDE).negate();
            sum = sum.add(term, WIDE);
            if (term.abs().compareTo(EPS.multiply(sum.abs()).movePointLeft(10)) < 0) {
                break;
            }
        }
        return sum;
    }

    static BigDecimal cosSeries(BigDecimal r) {
        BigDecimal r2 = r.multiply(r, WIDE);
        BigDecimal term = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ONE;
        for (int n = 1; n < 200; n++) {
            term = term.multiply(r2, WIDE).divide(BigDecimal.valueOf((2L * n - 1) * (2L * n)), WIDE).negate();
            sum = sum.add(term, WIDE);
            if (term.abs().compareTo(EPS.multiply(sum.abs()).movePointLeft(10)) < 0) {
                break;
            }
        }
        return sum;
    }

    static double acos(double x) {
        if (!(Math.abs(x) < 1.0)) {
            return Math.acos(x);  // 0, pi, or NaN
        }
        if (x == 0) {
            return Math.PI / 2;
        }
        // Newton's method on cos(y) = x from Java's estimate; y stays in (0, pi)
        BigDecimal bx = new BigDecimal(x);
        BigDecimal y = new BigDecimal(Math.acos(x));
        for (int i = 0; i < 3; i++) {
            BigDecimal c = cosSeries(y);
            BigDecimal s = sinSeries(y);
            if (s.signum() == 0) {
                break;
            }
            y = y.add(c.subtract(bx, WIDE).divide(s, WIDE), WIDE);
        }
        return y.doubleValue();
    }
}
