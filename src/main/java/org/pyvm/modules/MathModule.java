package org.pyvm.modules;

import java.math.BigInteger;
import org.pyvm.objects.Abstract;
import org.pyvm.objects.PyBool;
import org.pyvm.objects.PyException;
import org.pyvm.objects.PyFloat;
import org.pyvm.objects.PyInt;
import org.pyvm.objects.PyMethodDescr.Fn;
import org.pyvm.objects.PyModule;
import org.pyvm.objects.PyNone;
import org.pyvm.objects.PyObject;
import org.pyvm.objects.PyTuple;

/**
 * {@code math}: CPython 3.12's math module. Float functions follow C99 Annex F for special values and raise
 * ValueError "math domain error" for a NaN from a non-NaN argument and OverflowError "math range error" for an
 * infinite result from a finite argument. Exact where CPython is exact: {@code fsum} (Shewchuk's partials, correctly
 * rounded), {@code isqrt}, {@code comb}, {@code perm}, {@code factorial}, {@code gcd}, {@code lcm}, {@code ldexp},
 * {@code frexp}, {@code hypot}/{@code dist} (exact sum of squares, correctly rounded square root), logarithms of ints
 * of any size. Elementary functions come from {@link StrictMath} (fdlibm, under one ulp).
 */
public final class MathModule {
    private MathModule() {
    }

    private static final double LN2 = 0.6931471805599453;

    /** The function types of the one-argument float functions. */
    private interface D1 {
        double apply(double x);
    }

    public static PyModule create() {
        PyModule m = new PyModule("math");
        m.add("pi", PyFloat.of(Math.PI)).add("e", PyFloat.of(Math.E)).add("tau", PyFloat.of(2 * Math.PI))
                .add("inf", PyFloat.of(Double.POSITIVE_INFINITY)).add("nan", PyFloat.of(Double.NaN));
        unary(m, "acos", StrictMath::acos, false);
        unary(m, "acosh", MathModule::acosh, false);
        unary(m, "asin", StrictMath::asin, false);
        unary(m, "asinh", MathModule::asinh, false);
        unary(m, "atan", StrictMath::atan, false);
        unary(m, "atanh", MathModule::atanh, false);
        unary(m, "cbrt", StrictMath::cbrt, false);
        unary(m, "cos", StrictMath::cos, false);
        unary(m, "cosh", StrictMath::cosh, true);
        unary(m, "erf", MathModule::erf, false);
        unary(m, "erfc", MathModule::erfc, false);
        unary(m, "exp", StrictMath::exp, true);
        unary(m, "exp2", x -> StrictMath.pow(2.0, x), true);
        unary(m, "expm1", StrictMath::expm1, true);
        unary(m, "fabs", Math::abs, false);
        unary(m, "log1p", StrictMath::log1p, false);
        unary(m, "sin", StrictMath::sin, false);
        unary(m, "sinh", StrictMath::sinh, true);
        unary(m, "sqrt", StrictMath::sqrt, false);
        unary(m, "tan", StrictMath::tan, false);
        unary(m, "tanh", StrictMath::tanh, false);
        m.function("gamma", 1, 1, (Fn.F1) (s, x) -> PyFloat.of(gamma(asDouble(x))));
        m.function("lgamma", 1, 1, (Fn.F1) (s, x) -> PyFloat.of(lgamma(asDouble(x))));
        m.function("degrees", 1, 1, (Fn.F1) (s, x) -> PyFloat.of(asDouble(x) * (180.0 / Math.PI)));
        m.function("radians", 1, 1, (Fn.F1) (s, x) -> PyFloat.of(asDouble(x) * (Math.PI / 180.0)));
        m.function("isfinite", 1, 1, (Fn.F1) (s, x) -> PyBool.of(Double.isFinite(asDouble(x))));
        m.function("isinf", 1, 1, (Fn.F1) (s, x) -> PyBool.of(Double.isInfinite(asDouble(x))));
        m.function("isnan", 1, 1, (Fn.F1) (s, x) -> PyBool.of(Double.isNaN(asDouble(x))));
        m.function("atan2", 2, 2, (Fn.F2) (s, y, x) -> PyFloat.of(StrictMath.atan2(asDouble(y),
                asDouble(x))));
        m.function("copysign", 2, 2, (Fn.F2) (s, x, y) -> PyFloat.of(Math.copySign(asDouble(x),
                asDouble(y))));
        m.function("fmod", 2, 2, (Fn.F2) (s, x, y) -> PyFloat.of(fmod(asDouble(x), asDouble(y))));
        m.function("remainder", 2, 2, (Fn.F2) (s, x, y) -> PyFloat.of(remainder(asDouble(x),
                asDouble(y))));
        m.function("pow", 2, 2, (Fn.F2) (s, x, y) -> PyFloat.of(pow(asDouble(x), asDouble(y))));
        m.function("ldexp", 2, 2, (Fn.F2) (s, x, i) -> PyFloat.of(ldexp(asDouble(x), i)));
        m.function("frexp", 1, 1, (Fn.F1) (s, x) -> frexp(asDouble(x)));
        m.function("modf", 1, 1, (Fn.F1) (s, x) -> modf(asDouble(x)));
        m.function("ulp", 1, 1, (Fn.F1) (s, x) -> PyFloat.of(ulp(asDouble(x))));
        m.function("floor", 1, 1, (Fn.F1) (s, x) -> rounding(x, "__floor__", true));
        m.function("ceil", 1, 1, (Fn.F1) (s, x) -> rounding(x, "__ceil__", false));
        m.function("trunc", 1, 1, (Fn.F1) (s, x) -> trunc(x));
        m.function("log", 1, 2, (Fn.FA) (s, a) -> log(a[0], a[1]));
        m.function("log2", 1, 1, (Fn.F1) (s, x) -> PyFloat.of(logHelper(x, MathModule::log2)));
        m.function("log10", 1, 1, (Fn.F1) (s, x) -> PyFloat.of(logHelper(x, StrictMath::log10)));
        m.function("factorial", 1, 1, (Fn.F1) (s, x) -> factorial(x));
        m.function("isqrt", 1, 1, (Fn.F1) (s, x) -> isqrt(x));
        m.function("comb", 2, 2, (Fn.F2) (s, n, k) -> comb(n, k));
        m.function("perm", 1, 2, (Fn.FA) (s, a) -> perm(a[0], a[1]));
        m.function("gcd", 0, Integer.MAX_VALUE, (Fn.Full) (s, a, kw) -> gcd(a, kw));
        m.function("lcm", 0, Integer.MAX_VALUE, (Fn.Full) (s, a, kw) -> lcm(a, kw));
        m.function("fsum", 1, 1, (Fn.F1) (s, x) -> PyFloat.of(fsum(x)));
        m.function("hypot", 0, Integer.MAX_VALUE, (Fn.Full) (s, a, kw) -> hypot(a, kw));
        m.function("dist", 2, 2, (Fn.F2) MathModule::dist);
        m.function("sumprod", 2, 2, (Fn.F2) MathModule::sumprod);
        m.functionWithKeywords("prod", 1, 1, new String[] {"iterable", "start"}, (s, a) -> prod(a[0], a[1]));
        m.functionWithKeywords("isclose", 2, 2, new String[] {"a", "b", "rel_tol", "abs_tol"},
                (s, a) -> isclose(a));
        m.function("nextafter", 0, Integer.MAX_VALUE, (Fn.Full) (s, a, kw) -> nextafter(nextafterArgs(a, kw)));
        return m;
    }

    // ------------------------------------------------------------------ errors and conversions

    static PyException domain() {
        return PyException.valueError("math domain error");
    }

    static PyException range() {
        return PyException.overflowError("math range error");
    }

    /** {@code PyFloat_AsDouble}: "must be real number, not str". */
    static double asDouble(PyObject o) {
        return Abstract.asDouble(o);
    }

    /** A one-argument float function with CPython's error rules ({@code canOverflow}: inf is a range error). */
    private static void unary(PyModule m, String name, D1 f, boolean canOverflow) {
        m.function(name, 1, 1, (Fn.F1) (s, xo) -> {
            double x = asDouble(xo);
            double r = f.apply(x);
            if (Double.isNaN(r) && !Double.isNaN(x)) {
                throw domain();
            }
            if (Double.isInfinite(r) && Double.isFinite(x)) {
                throw canOverflow ? range() : domain();
            }
            return PyFloat.of(r);
        });
    }

    // ------------------------------------------------------------------ elementary functions not in StrictMath

    static double acosh(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x < 1) {
            return Double.NaN;
        }
        if (x >= 0x1p28) {
            return Double.isInfinite(x) ? x : StrictMath.log(x) + LN2;
        }
        if (x == 1) {
            return 0.0;
        }
        if (x > 2) {
            return StrictMath.log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
        }
        double t = x - 1;
        return StrictMath.log1p(t + Math.sqrt(2 * t + t * t));
    }

    static double asinh(double x) {
        if (!Double.isFinite(x) || x == 0) {
            return x;
        }
        double a = Math.abs(x);
        double w;
        if (a < 0x1p-28) {
            return x;
        } else if (a > 0x1p28) {
            w = StrictMath.log(a) + LN2;
        } else if (a > 2) {
            w = StrictMath.log(2 * a + 1 / (Math.sqrt(x * x + 1) + a));
        } else {
            double t = x * x;
            w = StrictMath.log1p(a + t / (1 + Math.sqrt(1 + t)));
        }
        return Math.copySign(w, x);
    }

    static double atanh(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        if (a > 1) {
            return Double.NaN;
        }
        if (a == 1) {
            return Math.copySign(Double.POSITIVE_INFINITY, x);
        }
        if (a < 0x1p-28) {
            return x;
        }
        double t;
        if (a < 0.5) {
            t = a + a;
            t = 0.5 * StrictMath.log1p(t + t * a / (1 - a));
        } else {
            t = 0.5 * StrictMath.log1p((a + a) / (1 - a));
        }
        return Math.copySign(t, x);
    }

    static double log2(double x) {
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x < 0) {
            return Double.NaN;
        }
        if (x == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        int e = Math.getExponent(x);
        if (e == Double.MIN_EXPONENT - 1) {
            x *= 0x1p54;
            e = Math.getExponent(x) - 54;
            x = Math.scalb(x, -(e + 54));
        } else {
            x = Math.scalb(x, -e);
        }
        // now x in [1, 2)
        if (x == 1) {
            return e;
        }
        if (x > Math.sqrt(2)) {
            x /= 2;
            e += 1;
        }
        return e + StrictMath.log(x) / LN2;
    }

    /** erf by its power series near 0 and erfc by a continued fraction further out. */
    static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        if (a < 1.5) {
            return erfSeries(x);
        }
        if (a >= 6) {
            return Math.copySign(1.0, x);
        }
        return Math.copySign(1.0 - erfcContfrac(a), x);
    }

    static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        if (a < 1.5) {
            return 1.0 - erfSeries(x);
        }
        if (a >= 30) {
            return x > 0 ? 0.0 : 2.0;
        }
        double cf = erfcContfrac(a);
        return x > 0 ? cf : 2.0 - cf;
    }

    /** exp(-x*x) with the square carried in two parts. */
    private static double expMinusSquare(double x) {
        double hi = x * x;
        double lo = Math.fma(x, x, -hi);
        return StrictMath.exp(-hi) * (1 - lo);
    }

    private static double erfSeries(double x) {
        double x2 = x * x;
        double acc = 0.0;
        double fk = 25 + 0.5;
        for (int i = 0; i < 25; i++) {
            acc = 2.0 + x2 * acc / fk;
            fk -= 1.0;
        }
        return acc * x * expMinusSquare(x) / 1.7724538509055160272981674833;
    }

    private static double erfcContfrac(double x) {
        if (x >= 30) {
            return 0.0;
        }
        double x2 = x * x;
        double a = 0.0;
        double da = 0.5;
        double p = 1.0;
        double pLast = 0.0;
        double q = da + x2;
        double qLast = 1.0;
        for (int i = 0; i < 50; i++) {
            a += da;
            da += 2.0;
            double b = da + x2;
            double t = p;
            p = b * p - a * pLast;
            pLast = t;
            t = q;
            q = b * q - a * qLast;
            qLast = t;
        }
        return p / q * x * expMinusSquare(x) / 1.7724538509055160272981674833;
    }

    /** lgamma for x > 0 large enough for Stirling's series (x >= 10). */
    private static double stirlingLog(double x) {
        double z = 1 / (x * x);
        double series = (1.0 / 12 + z * (-1.0 / 360 + z * (1.0 / 1260 + z * (-1.0 / 1680 + z * (1.0 / 1188
                + z * (-691.0 / 360360 + z * (1.0 / 156 + z * (-3617.0 / 122400)))))))) / x;
        return (x - 0.5) * StrictMath.log(x) - x + 0.91893853320467274178 + series;
    }

    /** Stirling's series for gamma(x), x >= 10: x**(x-1/2) taken in two halves, so no large exponent is rounded. */
    private static double stirlingGamma(double x) {
        double z = 1 / (x * x);
        double series = (1.0 / 12 + z * (-1.0 / 360 + z * (1.0 / 1260 + z * (-1.0 / 1680 + z * (1.0 / 1188
                + z * (-691.0 / 360360 + z * (1.0 / 156 + z * (-3617.0 / 122400)))))))) / x;
        double half = StrictMath.pow(x, (x - 0.5) / 2);
        return half * (half * StrictMath.exp(-x)) * (2.5066282746310002 * StrictMath.exp(series));
    }

    static double gamma(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            if (x > 0) {
                return x;
            }
            throw domain();
        }
        if (x == 0) {
            throw domain();
        }
        if (x == Math.floor(x) && x < 0) {
            throw domain();
        }
        if (x == Math.floor(x) && x <= 23) {
            double r = 1;
            for (int i = 2; i < (int) x; i++) {
                r *= i;
            }
            return r;
        }
        if (x > 171.62) {
            throw range();
        }
        if (x < 0.5) {
            // reflection: gamma(x) = pi / (sin(pi x) gamma(1 - x))
            double s = sinPi(x);
            if (x < -170) {
                // gamma(1 - x) overflows; the result is tiny: pi / (|s| gamma(1-x)) through logarithms.
                double r = StrictMath.exp(StrictMath.log(Math.PI / Math.abs(s)) - lgamma(1 - x));
                return Math.copySign(r, s);
            }
            double g = gamma(1 - x);
            double r = Math.PI / (s * g);
            if (Double.isInfinite(r) || (r == 0 && x > -200)) {
                if (r == 0) {
                    return r;
                }
                throw range();
            }
            return r;
        }
        if (x >= 10) {
            return stirlingGamma(x);
        }
        double shift = 1;
        double y = x;
        while (y < 10) {
            shift *= y;
            y += 1;
        }
        return stirlingGamma(y) / shift;
    }

    /** sin(pi x), exact at the integers and half-integers. */
    private static double sinPi(double x) {
        double r = x % 2.0;
        double y = Math.abs(r);
        int n = (int) Math.round(2 * y);
        double v = switch (n) {
            case 0 -> StrictMath.sin(Math.PI * y);
            case 1 -> StrictMath.cos(Math.PI * (y - 0.5));
            case 2 -> StrictMath.sin(Math.PI * (1 - y));
            case 3 -> -StrictMath.cos(Math.PI * (y - 1.5));
            default -> StrictMath.sin(Math.PI * (y - 2));
        };
        return Math.copySign(1.0, x) * v;
    }

    static double lgamma(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return Double.POSITIVE_INFINITY;
        }
        if (x == Math.floor(x) && x <= 2) {
            if (x <= 0) {
                throw domain();
            }
            return 0.0;
        }
        double a = Math.abs(x);
        double r;
        if (a >= 10) {
            r = stirlingLog(a);
        } else {
            double y = a;
            double shift = 1;
            while (y < 10) {
                shift *= y;
                y += 1;
            }
            r = stirlingLog(y) - StrictMath.log(shift);
        }
        if (x < 0) {
            r = StrictMath.log(Math.PI) - StrictMath.log(Math.abs(sinPi(a))) - StrictMath.log(a) - r;
        }
        if (Double.isInfinite(r)) {
            throw range();
        }
        return r;
    }

    // ------------------------------------------------------------------ float functions with special cases

    static double fmod(double x, double y) {
        if (Double.isInfinite(y) && Double.isFinite(x)) {
            return x;
        }
        double r = x % y;
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw domain();
        }
        return r;
    }

    static double remainder(double x, double y) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isNaN(y)) {
            return y;
        }
        if (Double.isInfinite(x) || y == 0) {
            throw domain();
        }
        if (Double.isInfinite(y)) {
            return x;
        }
        return Math.IEEEremainder(x, y);
    }

    static double pow(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isNaN(x)) {
                return y == 0 ? 1.0 : x;
            }
            if (Double.isNaN(y)) {
                return x == 1 ? 1.0 : y;
            }
            if (Double.isInfinite(x)) {
                boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
                if (x > 0) {
                    return y > 0 ? x : 0.0;
                }
                return y > 0 ? (oddY ? x : -x) : (oddY ? -0.0 : 0.0);
            }
            if (Math.abs(x) == 1) {
                return 1.0;
            }
            if (y > 0 && Math.abs(x) > 1) {
                return y;
            }
            if (y < 0 && Math.abs(x) < 1) {
                return -y;
            }
            return 0.0;
        }
        if (x == 1.0) {
            return 1.0;
        }
        double r = StrictMath.pow(x, y);
        if (Double.isNaN(r)) {
            throw domain();
        }
        if (Double.isInfinite(r)) {
            if (x == 0) {
                throw domain();
            }
            throw range();
        }
        return r;
    }

    /** x * 2**i with one rounding. */
    static double ldexp(double x, PyObject io) {
        if (!(io instanceof PyInt) && io.type().index == null) {
            throw PyException.typeError("Expected an int as second argument to ldexp.");
        }
        PyInt i = Abstract.index(io);
        long e = i.isSmall() ? i.longValue() : (i.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE);
        if (x == 0 || !Double.isFinite(x)) {
            return x;
        }
        if (e > 5000) {
            throw range();
        }
        if (e < -5000) {
            return Math.copySign(0.0, x);
        }
        double r = scaleExact(x, (int) e);
        if (Double.isInfinite(r)) {
            throw range();
        }
        return r;
    }

    /** x * 2**e correctly rounded (half even), for finite non-zero x. */
    static double scaleExact(double x, int e) {
        long bits = Double.doubleToRawLongBits(x);
        boolean neg = bits < 0;
        int be = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & 0xfffffffffffffL;
        int exp; // value = mant * 2**exp
        if (be == 0) {
            exp = -1074;
        } else {
            mant |= 1L << 52;
            exp = be - 1075;
        }
        return Math.copySign(roundToDouble(BigInteger.valueOf(mant), (long) exp + e), neg ? -1.0 : 1.0);
    }

    /** The double nearest n * 2**exp (n >= 0), half to even; infinity beyond the range. */
    static double roundToDouble(BigInteger n, long exp) {
        if (n.signum() == 0) {
            return 0.0;
        }
        int len = n.bitLength();
        // The result's lowest bit weight: max(exp+len-53, -1074).
        long low = Math.max(exp + len - 53, -1074);
        long shift = low - exp;
        BigInteger q;
        if (shift > 0) {
            q = n.shiftRight((int) shift);
            boolean half = n.testBit((int) shift - 1);
            boolean sticky = n.getLowestSetBit() < shift - 1;
            if (half && (sticky || q.testBit(0))) {
                q = q.add(BigInteger.ONE);
            }
        } else {
            q = n.shiftLeft((int) -shift);
        }
        if (low + q.bitLength() > 1024) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.scalb(q.doubleValue(), (int) low);
    }

    static PyTuple frexp(double x) {
        if (x == 0 || !Double.isFinite(x)) {
            return PyTuple.of(PyFloat.of(x), PyInt.of(0));
        }
        int e = Math.getExponent(x);
        if (e == Double.MIN_EXPONENT - 1) {
            double y = x * 0x1p64;
            int e2 = Math.getExponent(y);
            return PyTuple.of(PyFloat.of(Math.scalb(y, -e2 - 1)), PyInt.of(e2 + 1 - 64));
        }
        return PyTuple.of(PyFloat.of(Math.scalb(x, -e - 1)), PyInt.of(e + 1));
    }

    static PyTuple modf(double x) {
        if (Double.isInfinite(x)) {
            return PyTuple.of(PyFloat.of(Math.copySign(0.0, x)), PyFloat.of(x));
        }
        if (Double.isNaN(x)) {
            return PyTuple.of(PyFloat.of(x), PyFloat.of(x));
        }
        double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
        return PyTuple.of(PyFloat.of(Math.copySign(x - ip, x)), PyFloat.of(ip));
    }

    static double ulp(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        x = Math.abs(x);
        if (Double.isInfinite(x)) {
            return x;
        }
        if (x == Double.MAX_VALUE) {
            return x - Math.nextDown(x);
        }
        return Math.nextUp(x) - x;
    }

    // ------------------------------------------------------------------ floor, ceil, trunc

    private static PyObject rounding(PyObject x, String dunder, boolean floor) {
        if (x instanceof PyFloat f) {
            return PyInt.fromDouble(floor ? Math.floor(f.value) : Math.ceil(f.value));
        }
        if (x instanceof PyInt) {
            return Abstract.callMethod(x, dunder);
        }
        PyObject m = x.type().lookup(dunder);
        if (m != null) {
            return Abstract.callBound(m, x, new PyObject[0], null);
        }
        double d = asDouble(x);
        return PyInt.fromDouble(floor ? Math.floor(d) : Math.ceil(d));
    }

    private static PyObject trunc(PyObject x) {
        if (x instanceof PyFloat f) {
            return PyInt.fromDouble(f.value);
        }
        PyObject m = x.type().lookup("__trunc__");
        if (m == null) {
            throw PyException.typeError("type " + x.type().name() + " doesn't define __trunc__ method");
        }
        return Abstract.callBound(m, x, new PyObject[0], null);
    }

    // ------------------------------------------------------------------ logarithms

    /** f(x) for a float or an int of any size (through its binary exponent when too big for a float). */
    private static double logHelper(PyObject x, D1 f) {
        if (x instanceof PyInt i) {
            if (i.signum() <= 0) {
                throw domain();
            }
            if (i.isSmall() || i.bitLength() <= 1000) {
                return f.apply(i.toDouble());
            }
            BigInteger b = i.bigValue();
            int e = b.bitLength() - 60;
            double m = b.shiftRight(e).doubleValue();
            return f.apply(m) + e * f.apply(2.0);
        }
        double d = asDouble(x);
        double r = f.apply(d);
        if (Double.isNaN(r) && !Double.isNaN(d) || Double.isInfinite(r) && Double.isFinite(d)) {
            throw domain();
        }
        return r;
    }

    private static PyObject log(PyObject x, PyObject base) {
        double num = logHelper(x, StrictMath::log);
        if (base == null) {
            return PyFloat.of(num);
        }
        double den = logHelper(base, StrictMath::log);
        if (den == 0) {
            throw PyException.zeroDivisionError("float division by zero");
        }
        return PyFloat.of(num / den);
    }

    // ------------------------------------------------------------------ integer functions

    private static BigInteger big(PyObject o) {
        return Abstract.index(o).bigValue();
    }

    private static PyObject factorial(PyObject x) {
        PyInt n = Abstract.index(x);
        if (n.signum() < 0) {
            throw PyException.valueError("factorial() not defined for negative values");
        }
        if (!n.isSmall()) {
            throw PyException.overflowError("factorial() argument should not exceed " + Long.MAX_VALUE);
        }
        return PyInt.of(rangeProduct(1, n.longValue()));
    }

    /** The product lo * (lo+1) * ... * hi, by binary splitting. */
    private static BigInteger rangeProduct(long lo, long hi) {
        if (lo > hi) {
            return BigInteger.ONE;
        }
        if (hi - lo < 16) {
            BigInteger r = BigInteger.valueOf(lo);
            for (long k = lo + 1; k <= hi; k++) {
                r = r.multiply(BigInteger.valueOf(k));
            }
            return r;
        }
        long mid = (lo + hi) >>> 1;
        return rangeProduct(lo, mid).multiply(rangeProduct(mid + 1, hi));
    }

    private static PyObject isqrt(PyObject x) {
        BigInteger n = big(x);
        if (n.signum() < 0) {
            throw PyException.valueError("isqrt() argument must be nonnegative");
        }
        return PyInt.of(n.sqrt());
    }

    private static PyObject comb(PyObject no, PyObject ko) {
        BigInteger n = big(no);
        BigInteger k = big(ko);
        if (n.signum() < 0) {
            throw PyException.valueError("n must be a non-negative integer");
        }
        if (k.signum() < 0) {
            throw PyException.valueError("k must be a non-negative integer");
        }
        if (k.compareTo(n) > 0) {
            return PyInt.of(0);
        }
        BigInteger nk = n.subtract(k);
        if (nk.compareTo(k) < 0) {
            k = nk;
        }
        if (k.bitLength() > 62) {
            throw PyException.overflowError("min(n - k, k) must not exceed " + Long.MAX_VALUE);
        }
        long kk = k.longValue();
        return PyInt.of(fallingFactorial(n, kk).divide(rangeProduct(1, kk)));
    }

    private static BigInteger fallingFactorial(BigInteger n, long k) {
        if (n.bitLength() < 62) {
            long nn = n.longValue();
            return rangeProduct(nn - k + 1, nn);
        }
        BigInteger r = BigInteger.ONE;
        for (long i = 0; i < k; i++) {
            r = r.multiply(n.subtract(BigInteger.valueOf(i)));
        }
        return r;
    }

    private static PyObject perm(PyObject no, PyObject ko) {
        if (ko == null || ko == PyNone.None) {
            return factorial(no);
        }
        BigInteger n = big(no);
        BigInteger k = big(ko);
        if (n.signum() < 0) {
            throw PyException.valueError("n must be a non-negative integer");
        }
        if (k.signum() < 0) {
            throw PyException.valueError("k must be a non-negative integer");
        }
        if (k.compareTo(n) > 0) {
            return PyInt.of(0);
        }
        if (k.bitLength() > 62) {
            throw PyException.overflowError("k must not exceed " + Long.MAX_VALUE);
        }
        return PyInt.of(fallingFactorial(n, k.longValue()));
    }

    private static void noKeywords(String fn, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyException.typeError(fn + "() takes no keyword arguments");
        }
    }

    private static PyObject gcd(PyObject[] a, String[] kw) {
        noKeywords("gcd", kw);
        if (a.length == 1) {
            return PyInt.of(big(a[0]).abs());
        }
        BigInteger g = BigInteger.ZERO;
        for (PyObject o : a) {
            g = g.gcd(big(o));
        }
        return PyInt.of(g);
    }

    private static PyObject lcm(PyObject[] a, String[] kw) {
        noKeywords("lcm", kw);
        if (a.length == 0) {
            return PyInt.of(1);
        }
        BigInteger l = big(a[0]).abs();
        for (int i = 1; i < a.length; i++) {
            BigInteger b = big(a[i]);
            if (l.signum() == 0 || b.signum() == 0) {
                l = BigInteger.ZERO;
                continue;
            }
            l = l.divide(l.gcd(b)).multiply(b).abs();
        }
        return PyInt.of(l);
    }

    // ------------------------------------------------------------------ sums and norms

    /** fsum: Shewchuk's exact partial sums, rounded once at the end (half even). */
    static double fsum(PyObject iterable) {
        PyObject it = Abstract.iter(iterable);
        double[] p = new double[32];
        int n = 0;
        double specialSum = 0.0;
        double infSum = 0.0;
        for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) {
            double x = asDouble(item);
            double xsave = x;
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = p[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0) {
                    p[i++] = lo;
                }
                x = hi;
            }
            n = i;
            if (x != 0.0) {
                if (!Double.isFinite(x)) {
                    if (Double.isFinite(xsave)) {
                        throw PyException.overflowError("intermediate overflow in fsum");
                    }
                    if (Double.isInfinite(xsave)) {
                        infSum += xsave;
                    }
                    specialSum += xsave;
                    n = 0;
                } else {
                    if (n == p.length) {
                        p = java.util.Arrays.copyOf(p, n * 2);
                    }
                    p[n++] = x;
                }
            }
        }
        if (specialSum != 0.0) {
            if (Double.isNaN(infSum)) {
                throw PyException.valueError("-inf + inf in fsum");
            }
            return specialSum;
        }
        double hi = 0.0;
        if (n > 0) {
            hi = p[--n];
            double lo = 0.0;
            while (n > 0) {
                double x = hi;
                double y = p[--n];
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) {
                    break;
                }
            }
            if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
                double y = lo * 2.0;
                double x = hi + y;
                double yr = x - hi;
                if (y == yr) {
                    hi = x;
                }
            }
        }
        return hi;
    }

    /** sqrt(sum of squares) of finite doubles, correctly rounded; inf if any is inf, else nan if any is nan. */
    static double norm(double[] v) {
        boolean nan = false;
        for (double d : v) {
            if (Double.isInfinite(d)) {
                return Double.POSITIVE_INFINITY;
            }
            nan |= Double.isNaN(d);
        }
        if (nan) {
            return Double.NaN;
        }
        // Each |d| = m * 2**(e), e >= -1074; d*d = m*m * 2**(2e). Sum with common exponent -2148.
        BigInteger sum = BigInteger.ZERO;
        for (double d : v) {
            if (d == 0) {
                continue;
            }
            long bits = Double.doubleToRawLongBits(Math.abs(d));
            int be = (int) (bits >>> 52);
            long mant = bits & 0xfffffffffffffL;
            int e;
            if (be == 0) {
                e = -1074;
            } else {
                mant |= 1L << 52;
                e = be - 1075;
            }
            BigInteger m = BigInteger.valueOf(mant);
            sum = sum.add(m.multiply(m).shiftLeft(2 * (e + 1074)));
        }
        if (sum.signum() == 0) {
            return 0.0;
        }
        // sqrt(sum * 2**-2148) = sqrt(sum * 2**(2s)) * 2**(-1074 - s); choose s so the root has >= 110 bits.
        int s = Math.max(0, (220 - sum.bitLength()) / 2 + 1);
        BigInteger scaled = sum.shiftLeft(2 * s);
        BigInteger r = scaled.sqrt();
        if (!r.multiply(r).equals(scaled)) {
            r = r.shiftLeft(1).or(BigInteger.ONE); // sticky bit below the root's last bit
            return roundToDouble(r, -1074L - s - 1);
        }
        return roundToDouble(r, -1074L - s);
    }

    private static PyObject hypot(PyObject[] a, String[] kw) {
        noKeywords("hypot", kw);
        double[] v = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            v[i] = asDouble(a[i]);
        }
        return PyFloat.of(norm(v));
    }

    private static PyObject[] asTuple(PyObject o, String which) {
        if (o instanceof PyTuple t) {
            return t.toArray();
        }
        return Abstract.toArray(o);
    }

    private static PyObject dist(PyObject self, PyObject p, PyObject q) {
        PyObject[] a = asTuple(p, "p");
        PyObject[] b = asTuple(q, "q");
        if (a.length != b.length) {
            throw PyException.valueError("both points must have the same number of dimensions");
        }
        double[] v = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            double x = asDouble(a[i]);
            double y = asDouble(b[i]);
            v[i] = Math.abs(x - y);
        }
        return PyFloat.of(norm(v));
    }

    private static PyObject prod(PyObject iterable, PyObject start) {
        PyObject r = start == null ? PyInt.of(1) : start;
        PyObject it = Abstract.iter(iterable);
        for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) {
            r = Abstract.mul(r, item);
        }
        return r;
    }

    private static PyObject sumprod(PyObject self, PyObject p, PyObject q) {
        PyObject[] a = Abstract.toArray(p);
        PyObject[] b = Abstract.toArray(q);
        if (a.length != b.length) {
            throw PyException.valueError("Inputs are not the same length");
        }
        boolean allInt = true;
        boolean allNum = true;
        for (int i = 0; i < a.length; i++) {
            allInt &= a[i] instanceof PyInt && b[i] instanceof PyInt;
            allNum &= (a[i].type() == PyFloat.TYPE || a[i] instanceof PyInt)
                    && (b[i].type() == PyFloat.TYPE || b[i] instanceof PyInt);
        }
        if (!allInt && allNum && a.length > 0) {
            double[] x = new double[a.length];
            double[] y = new double[a.length];
            boolean finite = true;
            for (int i = 0; i < a.length; i++) {
                x[i] = asDouble(a[i]);
                y[i] = asDouble(b[i]);
                finite &= Double.isFinite(x[i] * y[i]);
            }
            if (finite) {
                return PyFloat.of(tripleLengthDot(x, y));
            }
            double sum = 0;
            for (int i = 0; i < a.length; i++) {
                sum += x[i] * y[i];
            }
            return PyFloat.of(sum);
        }
        PyObject r = PyInt.of(0);
        for (int i = 0; i < a.length; i++) {
            r = Abstract.add(r, Abstract.mul(a[i], b[i]));
        }
        return r;
    }

    /**
     * The dot product accumulated in triple length (Ogita, Rump and Oishi's error-free transformations: each
     * product split exactly into two doubles with fma, sums carried with their rounding errors), as CPython's
     * sumprod does for floats.
     */
    private static double tripleLengthDot(double[] x, double[] y) {
        double hi = 0.0;
        double lo = 0.0;
        double tiny = 0.0;
        for (int i = 0; i < x.length; i++) {
            double ph = x[i] * y[i];
            double pl = Math.fma(x[i], y[i], -ph);
            double sh = hi + ph;
            double sl = twoSumError(hi, ph, sh);
            double r1h = lo + pl;
            double r1l = twoSumError(lo, pl, r1h);
            double r2h = r1h + sl;
            double r2l = twoSumError(r1h, sl, r2h);
            hi = sh;
            lo = r2h;
            tiny = tiny + r1l + r2l;
        }
        double lastHi = lo + hi;
        double lastLo = twoSumError(lo, hi, lastHi);
        return tiny + lastLo + lastHi;
    }

    /** The rounding error of s = a + b (Knuth's two-sum). */
    private static double twoSumError(double a, double b, double s) {
        double z = s - a;
        return (a - (s - z)) + (b - z);
    }

    /** d * 2**1074 as an exact integer. */
    private static BigInteger scaled(double d) {
        if (d == 0) {
            return BigInteger.ZERO;
        }
        long bits = Double.doubleToRawLongBits(d);
        int be = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & 0xfffffffffffffL;
        int e;
        if (be == 0) {
            e = -1074;
        } else {
            mant |= 1L << 52;
            e = be - 1075;
        }
        BigInteger m = BigInteger.valueOf(mant).shiftLeft(e + 1074);
        return bits < 0 ? m.negate() : m;
    }

    // ------------------------------------------------------------------ comparisons and neighbours

    private static PyObject isclose(PyObject[] a) {
        double x = asDouble(a[0]);
        double y = asDouble(a[1]);
        double rel = a[2] == null ? 1e-9 : asDouble(a[2]);
        double abs = a[3] == null ? 0.0 : asDouble(a[3]);
        if (rel < 0.0 || abs < 0.0) {
            throw PyException.valueError("tolerances must be non-negative");
        }
        if (x == y) {
            return PyBool.True;
        }
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return PyBool.False;
        }
        double diff = Math.abs(y - x);
        return PyBool.of(diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs);
    }

    /** nextafter(x, y, /, *, steps=None): argument clinic's wording for a function with keyword-only params. */
    private static PyObject[] nextafterArgs(PyObject[] a, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = a.length - nkw;
        if (npos != 2) {
            throw PyException.typeError("nextafter() takes exactly 2 positional arguments (" + npos + " given)");
        }
        PyObject steps = null;
        for (int i = 0; i < nkw; i++) {
            if (!kw[i].equals("steps")) {
                throw PyException.typeError("nextafter() got an unexpected keyword argument '" + kw[i] + "'");
            }
            steps = a[npos + i];
        }
        return new PyObject[] {a[0], a[1], steps};
    }

    private static PyObject nextafter(PyObject[] a) {
        double x = asDouble(a[0]);
        double y = asDouble(a[1]);
        if (a[2] == null || a[2] == PyNone.None) {
            return PyFloat.of(Math.nextAfter(x, y));
        }
        PyInt steps = Abstract.index(a[2]);
        if (steps.signum() < 0) {
            throw PyException.valueError("steps must be a non-negative integer");
        }
        if (steps.signum() == 0) {
            return PyFloat.of(x);
        }
        if (Double.isNaN(x)) {
            return PyFloat.of(x);
        }
        if (Double.isNaN(y)) {
            return PyFloat.of(y);
        }
        long n = steps.isSmall() ? steps.longValue() : 0; // big steps always reach y (checked below)
        // Walk on the ordered integer line of doubles (-0.0 and 0.0 both map to 0).
        long ox = ordered(x);
        long oy = ordered(y);
        if (ox == oy) {
            return PyFloat.of(y);
        }
        // The distance fits in 64 unsigned bits.
        long dist = oy > ox ? oy - ox : ox - oy;
        BigInteger distance = new BigInteger(Long.toUnsignedString(dist));
        if (steps.bigValue().compareTo(distance) >= 0) {
            return PyFloat.of(y);
        }
        long r = oy > ox ? ox + n : ox - n;
        return PyFloat.of(r == oy ? y : unordered(r));
    }

    private static long ordered(double d) {
        long b = Double.doubleToRawLongBits(d);
        return b < 0 ? -(b & Long.MAX_VALUE) : b;
    }

    private static double unordered(long o) {
        return o < 0 ? Double.longBitsToDouble((-o) | Long.MIN_VALUE) : Double.longBitsToDouble(o);
    }
}
