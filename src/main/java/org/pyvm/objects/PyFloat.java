package org.pyvm.objects;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.pyvm.bytecode.Operands;

/**
 * {@code float}: an IEEE double. Arithmetic with ints converts the int first (OverflowError if it does not fit),
 * as CPython does; comparisons with ints are exact ({@code 2**53 + 1 == float(2**53)} is False). Division by
 * zero, {@code %} and {@code //} signs, and the special cases of {@code **} follow CPython's {@code floatobject.c};
 * repr is {@link FloatRepr}.
 */
public class PyFloat extends PyObject {
    public static final PyType TYPE = PyType.builtin("float", PyType.OBJECT, PyFloat::define);

    private static final PyFloat ZERO = new PyFloat(TYPE, 0.0);
    private static final PyFloat ONE = new PyFloat(TYPE, 1.0);

    static {
        PyType t = TYPE;
        t.nb[Operands.NB_ADD] = (v, w) -> binary(v, w, Operands.NB_ADD);
        t.nb[Operands.NB_SUBTRACT] = (v, w) -> binary(v, w, Operands.NB_SUBTRACT);
        t.nb[Operands.NB_MULTIPLY] = (v, w) -> binary(v, w, Operands.NB_MULTIPLY);
        t.nb[Operands.NB_TRUE_DIVIDE] = (v, w) -> binary(v, w, Operands.NB_TRUE_DIVIDE);
        t.nb[Operands.NB_FLOOR_DIVIDE] = (v, w) -> binary(v, w, Operands.NB_FLOOR_DIVIDE);
        t.nb[Operands.NB_REMAINDER] = (v, w) -> binary(v, w, Operands.NB_REMAINDER);
        t.nb[Operands.NB_POWER] = (v, w) -> binary(v, w, Operands.NB_POWER);
        t.pow3 = (v, w, z) -> {
            if (z != PyNone.None) {
                throw PyException.typeError("pow() 3rd argument not allowed unless all arguments are integers");
            }
            return binary(v, w, Operands.NB_POWER);
        };
        t.neg = self -> of(-((PyFloat) self).value);
        t.pos = self -> self.type == TYPE ? self : of(((PyFloat) self).value);
        t.abs = self -> of(Math.abs(((PyFloat) self).value));
        t.bool = self -> ((PyFloat) self).value != 0.0;
        t.toInt = self -> PyInt.fromDouble(((PyFloat) self).value);
        t.toFloat = self -> self.type == TYPE ? self : of(((PyFloat) self).value);
        t.hash = self -> hash(((PyFloat) self).value, self);
        t.richcompare = PyFloat::richCompare;
        t.repr = self -> PyStr.of(FloatRepr.repr(((PyFloat) self).value));
        t.newSlot = PyFloat::floatNew;
        t.init = (self, args, kw) -> { };
    }

    public final double value;

    PyFloat(PyType type, double value) {
        super(type);
        this.value = value;
    }

    public static PyFloat of(double v) {
        return new PyFloat(TYPE, v);
    }

    /** A Python subclass of float. */
    public static final class Derived extends PyFloat {
        private PyDict dict;

        Derived(PyType type, double v) {
            super(type, v);
            if (type.instancesHaveDict) {
                dict = new PyDict();
            }
        }

        @Override
        public PyDict dict() {
            return dict;
        }
    }

    /** The double of a float or int operand, or NaN-free sentinel null via the boolean; see {@link #binary}. */
    private static PyObject binary(PyObject v, PyObject w, int op) {
        double a;
        double b;
        if (v instanceof PyFloat f) {
            a = f.value;
        } else if (v instanceof PyInt i) {
            a = i.toDouble();
        } else {
            return PyNotImplemented.NotImplemented;
        }
        if (w instanceof PyFloat f) {
            b = f.value;
        } else if (w instanceof PyInt i) {
            b = i.toDouble();
        } else {
            return PyNotImplemented.NotImplemented;
        }
        return switch (op) {
            case Operands.NB_ADD -> of(a + b);
            case Operands.NB_SUBTRACT -> of(a - b);
            case Operands.NB_MULTIPLY -> of(a * b);
            case Operands.NB_TRUE_DIVIDE -> of(div(a, b));
            case Operands.NB_FLOOR_DIVIDE -> of(floorDiv(a, b));
            case Operands.NB_REMAINDER -> of(mod(a, b));
            default -> powObject(a, b);
        };
    }

    public static double div(double a, double b) {
        if (b == 0.0) {
            throw PyException.zeroDivisionError("float division by zero");
        }
        return a / b;
    }

    /** Python's float {@code %}: the result has the sign of the divisor. */
    public static double mod(double a, double b) {
        if (b == 0.0) {
            throw PyException.zeroDivisionError("float modulo");
        }
        double m = a % b;
        if (m != 0.0) {
            if ((b < 0) != (m < 0)) {
                m += b;
            }
        } else {
            m = Math.copySign(0.0, b);
        }
        return m;
    }

    public static double floorDiv(double a, double b) {
        if (b == 0.0) {
            throw PyException.zeroDivisionError("float floor division by zero");
        }
        return divmod(a, b)[0];
    }

    /** CPython's {@code _float_div_mod}: {floor quotient, modulo}. */
    static double[] divmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    /** {@code divmod(a, b)} for floats. */
    public static PyTuple divmodTuple(double a, double b) {
        if (b == 0.0) {
            throw PyException.zeroDivisionError("float divmod()");
        }
        double[] r = divmod(a, b);
        return PyTuple.of(of(r[0]), of(r[1]));
    }

    private static PyObject powObject(double a, double b) {
        if (a < 0 && b != Math.floor(b) && Double.isFinite(a) && Double.isFinite(b)) {
            return PyComplex.TYPE.nb[Operands.NB_POWER].apply(new PyComplex(a, 0), new PyComplex(b, 0));
        }
        return of(powDouble(a, b));
    }

    /** CPython's {@code float_pow} for a real result (negative base with fractional exponent excluded). */
    public static PyObject powAny(double a, double b) {
        return powObject(a, b);
    }

    static PyFloat pow(double iv, double iw) {
        return of(powDouble(iv, iw));
    }

    static double powDouble(double iv, double iw) {
        if (iw == 0) {
            return 1.0;
        }
        if (Double.isNaN(iv)) {
            return iv;
        }
        if (Double.isNaN(iw)) {
            return iv == 1.0 ? 1.0 : iw;
        }
        if (Double.isInfinite(iw)) {
            double av = Math.abs(iv);
            if (av == 1.0) {
                return 1.0;
            } else if ((iw > 0) == (av > 1.0)) {
                return Math.abs(iw);
            } else {
                return 0.0;
            }
        }
        boolean iwIsOdd = Math.abs(iw % 2.0) == 1.0;
        if (Double.isInfinite(iv)) {
            if (iw > 0) {
                return iwIsOdd ? iv : Math.abs(iv);
            }
            return iwIsOdd ? Math.copySign(0.0, iv) : 0.0;
        }
        if (iv == 0.0) {
            if (iw < 0) {
                throw PyException.zeroDivisionError("0.0 cannot be raised to a negative power");
            }
            return iwIsOdd ? iv : 0.0;
        }
        if (iv == 1.0) {
            return 1.0;
        }
        double r = Math.pow(iv, iw);
        if (Double.isInfinite(r)) {
            throw PyException.of(PyBaseException.OverflowError, PyInt.of(34),
                    PyStr.of("Numerical result out of range"));
        }
        return r;
    }

    // ------------------------------------------------------------------ comparison, hash

    private static PyObject richCompare(PyObject v, PyObject w, int op) {
        double a = ((PyFloat) v).value;
        if (w instanceof PyFloat f) {
            return PyBool.of(cmpDoubles(a, f.value, op));
        }
        if (w instanceof PyInt i) {
            return PyBool.of(compareWithInt(a, i, op));
        }
        return PyNotImplemented.NotImplemented;
    }

    private static boolean cmpDoubles(double a, double b, int op) {
        return switch (op) {
            case Abstract.LT -> a < b;
            case Abstract.LE -> a <= b;
            case Abstract.EQ -> a == b;
            case Abstract.NE -> a != b;
            case Abstract.GT -> a > b;
            default -> a >= b;
        };
    }

    /** {@code a OP i}, exactly. */
    static boolean compareWithInt(double a, PyInt i, int op) {
        if (Double.isNaN(a)) {
            return op == Abstract.NE;
        }
        if (Double.isInfinite(a)) {
            return PyInt.cmpResult(a > 0 ? 1 : -1, op);
        }
        if (i.isSmall() && Math.abs(i.longValue()) <= (1L << 53)) {
            return cmpDoubles(a, (double) i.longValue(), op);
        }
        int c = new BigDecimal(a).compareTo(new BigDecimal(i.bigValue()));
        return PyInt.cmpResult(c, op);
    }

    /** CPython's {@code _Py_HashDouble}: equal to the int hash for integral values; NaN hashes by identity. */
    public static long hash(double v, PyObject owner) {
        if (!Double.isFinite(v)) {
            if (Double.isInfinite(v)) {
                return v > 0 ? 314159 : -314159;
            }
            return Abstract.identityHash(owner);
        }
        if (v == Math.rint(v) && Math.abs(v) < 9.2e18) {
            long l = (long) v;
            long h = l % PyInt.HASH_MODULUS;
            return h == -1 ? -2 : h;
        }
        int e = Math.getExponent(v);
        double m;
        if (v == 0.0) {
            return 0;
        }
        // frexp: v = m * 2^e with 0.5 <= |m| < 1
        if (e == Double.MIN_EXPONENT - 1) {
            // subnormal
            double scaled = v * 0x1p54;
            e = Math.getExponent(scaled) + 1 - 54;
            m = scaled / Math.scalb(1.0, Math.getExponent(scaled) + 1);
        } else {
            e = e + 1;
            m = v / Math.scalb(1.0, e);
        }
        int sign = 1;
        if (m < 0) {
            sign = -1;
            m = -m;
        }
        long x = 0;
        final long mod = PyInt.HASH_MODULUS;
        while (m != 0) {
            x = ((x << 28) & mod) | x >>> (61 - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= mod) {
                x -= mod;
            }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & mod) | x >>> (61 - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    // ------------------------------------------------------------------ float(x)

    static PyObject floatNew(PyType cls, PyObject[] args, String[] kw) {
        Abstract.checkNoKeywords("float", kw);
        if (args.length > 1) {
            throw PyException.typeError("float expected at most 1 argument, got " + args.length);
        }
        double d;
        if (args.length == 0) {
            d = 0.0;
        } else {
            PyObject x = args[0];
            if (x.type == TYPE && cls == TYPE) {
                return x;
            }
            if (x instanceof PyStr s) {
                d = parse(s.value);
            } else if (x instanceof PyBytes b) {
                d = parse(b.asLatin1());
            } else if (x.type.toFloat != null || x.type.index != null) {
                d = Abstract.asDouble(x);
            } else {
                throw PyException.typeError("float() argument must be a string or a real number, not '"
                        + x.type.name + "'");
            }
        }
        return cls == TYPE ? of(d) : new Derived(cls, d);
    }

    /** {@code float(s)}: Python's syntax (underscores between digits, inf/nan words), nothing Java-specific. */
    public static double parse(String str) {
        String s = str.strip();
        int i = 0;
        int n = s.length();
        StringBuilder clean = new StringBuilder(n);
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            clean.append(s.charAt(i));
            i++;
        }
        String rest = s.substring(i).toLowerCase();
        if (rest.equals("inf") || rest.equals("infinity")) {
            return clean.length() > 0 && clean.charAt(0) == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equals("nan")) {
            return Double.NaN;
        }
        boolean digitsBefore = false;
        boolean digitsAfter = false;
        int state = 0;  // 0 int part, 1 fraction, 2 exponent
        boolean expDigits = false;
        char prev = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            int dv = Character.digit(c, 10);
            if (c >= '0' && c <= '9' || (c > 127 && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER)) {
                clean.append((char) ('0' + dv));
                if (state == 0) {
                    digitsBefore = true;
                } else if (state == 1) {
                    digitsAfter = true;
                } else {
                    expDigits = true;
                }
            } else if (c == '_') {
                if (!(prev >= '0' && prev <= '9') || i + 1 >= n || !Character.isDigit(s.charAt(i + 1))) {
                    throw cannotConvert(str);
                }
                c = prev;
            } else if (c == '.' && state == 0) {
                state = 1;
                clean.append('.');
            } else if ((c == 'e' || c == 'E') && state < 2 && (digitsBefore || digitsAfter)) {
                state = 2;
                clean.append('e');
                if (i + 1 < n && (s.charAt(i + 1) == '+' || s.charAt(i + 1) == '-')) {
                    clean.append(s.charAt(++i));
                }
            } else {
                throw cannotConvert(str);
            }
            prev = Character.isDigit(c) ? '0' : c;
        }
        if (!(digitsBefore || digitsAfter) || (state == 2 && !expDigits)) {
            throw cannotConvert(str);
        }
        return Double.parseDouble(clean.toString());
    }

    private static PyException cannotConvert(String s) {
        return PyException.valueError("could not convert string to float: " + PyStr.reprOf(s));
    }

    // ------------------------------------------------------------------ methods

    private static void define(PyType t) {
        t.define("__divmod__", PyMethodDescr.of(t, "__divmod__", (self, o) -> o instanceof PyFloat || o instanceof PyInt
                ? divmodTuple(((PyFloat) self).value, Abstract.asDouble(o)) : PyNotImplemented.NotImplemented));
        t.define("__rdivmod__", PyMethodDescr.of(t, "__rdivmod__", (self, o) -> o instanceof PyFloat || o instanceof PyInt
                ? divmodTuple(Abstract.asDouble(o), ((PyFloat) self).value) : PyNotImplemented.NotImplemented));
        t.define("is_integer", PyMethodDescr.of(t, "is_integer", self -> {
            double v = ((PyFloat) self).value;
            return PyBool.of(Double.isFinite(v) && v == Math.floor(v));
        }));
        t.define("as_integer_ratio", PyMethodDescr.of(t, "as_integer_ratio",
                self -> asIntegerRatio(((PyFloat) self).value)));
        t.define("hex", PyMethodDescr.of(t, "hex", self -> PyStr.of(hex(((PyFloat) self).value))));
        t.define("__getformat__", PyMethodDescr.classMethod(t, "__getformat__", 1, 1, new String[] {"typestr"},
                (cls, a) -> {
                    if (!(a[0] instanceof PyStr s)) {
                        throw PyException.typeError("__getformat__() argument must be str, not " + a[0].type.name);
                    }
                    if (!s.value.equals("double") && !s.value.equals("float")) {
                        throw PyException.valueError("__getformat__() argument 1 must be 'double' or 'float'");
                    }
                    return PyStr.of("IEEE, little-endian");
                }));
        t.define("fromhex", PyMethodDescr.classMethod(t, "fromhex", 1, 1, new String[] {"string"}, (cls, a) -> {
            if (!(a[0] instanceof PyStr s)) {
                throw PyException.typeError("must be str, not " + a[0].type.name);
            }
            PyFloat r = of(fromHex(s.value));
            return cls == TYPE ? r : Abstract.call(cls, r);
        }));
        t.define("conjugate", PyMethodDescr.of(t, "conjugate", self -> of(((PyFloat) self).value)));
        t.define("real", new PyGetSetDescr(t, "real", self -> of(((PyFloat) self).value), null));
        t.define("imag", new PyGetSetDescr(t, "imag", self -> ZERO, null));
        t.define("__trunc__", PyMethodDescr.of(t, "__trunc__", self -> PyInt.fromDouble(((PyFloat) self).value)));
        t.define("__floor__", PyMethodDescr.of(t, "__floor__",
                self -> PyInt.fromDouble(Math.floor(((PyFloat) self).value))));
        t.define("__ceil__", PyMethodDescr.of(t, "__ceil__",
                self -> PyInt.fromDouble(Math.ceil(((PyFloat) self).value))));
        t.define("__round__", PyMethodDescr.of(t, "__round__", 0, 1, (PyMethodDescr.Fn.F1) PyFloat::round));
        t.define("__getnewargs__", PyMethodDescr.of(t, "__getnewargs__", self -> PyTuple.of(of(((PyFloat) self).value))));
        t.define("__format__", PyMethodDescr.of(t, "__format__", (self, spec) -> {
            String sp = Abstract.str(spec).value;
            return sp.isEmpty() ? Abstract.str(self) : PyStr.of(NumberFormat.formatFloat(((PyFloat) self).value, sp));
        }));
    }

    private static PyObject round(PyObject self, PyObject ndigits) {
        double x = ((PyFloat) self).value;
        if (ndigits == null || ndigits == PyNone.None) {
            double r = Math.rint(x);
            return PyInt.fromDouble(r);
        }
        long nd = Abstract.asClampedIndex(ndigits);
        if (!Double.isFinite(x) || x == 0.0) {
            return of(x);
        }
        if (nd > 323) {
            return of(x);
        }
        if (nd < -308) {
            return of(Math.copySign(0.0, x));
        }
        BigDecimal r = new BigDecimal(x).setScale((int) nd, RoundingMode.HALF_EVEN);
        double d = r.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyException.overflowError("rounded value too large to represent");
        }
        return of(d == 0.0 ? Math.copySign(0.0, x) : d);
    }

    static PyTuple asIntegerRatio(double v) {
        if (Double.isInfinite(v)) {
            throw PyException.overflowError("cannot convert Infinity to integer ratio");
        }
        if (Double.isNaN(v)) {
            throw PyException.valueError("cannot convert NaN to integer ratio");
        }
        if (v == 0) {
            return PyTuple.of(PyInt.of(0), PyInt.of(1));
        }
        long bits = Double.doubleToRawLongBits(v);
        int exp = (int) ((bits >> 52) & 0x7ff);
        long mant = bits & ((1L << 52) - 1);
        if (exp == 0) {
            exp = 1;
        } else {
            mant |= 1L << 52;
        }
        exp -= 1075;
        int tz = Long.numberOfTrailingZeros(mant);
        mant >>= tz;
        exp += tz;
        BigInteger num = BigInteger.valueOf(v < 0 ? -mant : mant);
        BigInteger den = BigInteger.ONE;
        if (exp > 0) {
            num = num.shiftLeft(exp);
        } else {
            den = den.shiftLeft(-exp);
        }
        return PyTuple.of(PyInt.of(num), PyInt.of(den));
    }

    /** {@code float.hex()}: {@code 0x1.8000000000000p+0}. */
    static String hex(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        String sign = (Double.doubleToRawLongBits(v) < 0) ? "-" : "";
        if (v == 0) {
            return sign + "0x0.0p+0";
        }
        long bits = Double.doubleToRawLongBits(v);
        int exp = (int) ((bits >> 52) & 0x7ff);
        long mant = bits & ((1L << 52) - 1);
        String lead;
        int e;
        if (exp == 0) {
            lead = "0";
            e = -1022;
        } else {
            lead = "1";
            e = exp - 1023;
        }
        String frac = String.format("%013x", mant);
        return sign + "0x" + lead + "." + frac + "p" + (e >= 0 ? "+" : "") + e;
    }

    /** {@code float.fromhex(s)}, correctly rounded. */
    static double fromHex(String str) {
        String s = str.strip().toLowerCase();
        boolean neg = false;
        int i = 0;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        String rest = s.substring(i);
        if (rest.equals("inf") || rest.equals("infinity")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equals("nan")) {
            return Double.NaN;
        }
        if (rest.startsWith("0x")) {
            i += 2;
        }
        BigInteger m = BigInteger.ZERO;
        int fracDigits = 0;
        boolean any = false;
        boolean point = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = Character.digit(c, 16);
            if (d >= 0 && c < 128) {
                m = m.shiftLeft(4).or(BigInteger.valueOf(d));
                any = true;
                if (point) {
                    fracDigits++;
                }
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        long e = 0;
        if (i < s.length() && s.charAt(i) == 'p') {
            i++;
            int start = i;
            if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int digitsStart = i;
            while (i < s.length() && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
                i++;
            }
            if (i == digitsStart) {
                throw PyException.valueError("invalid hexadecimal floating-point string");
            }
            String es = s.substring(start, i);
            e = es.length() > 12 ? (es.startsWith("-") ? -100000 : 100000) : Long.parseLong(es);
        }
        if (!any || i != s.length()) {
            throw PyException.valueError("invalid hexadecimal floating-point string");
        }
        e -= 4L * fracDigits;
        double r;
        if (m.signum() == 0) {
            r = 0.0;
        } else if (e >= 0) {
            if (e + m.bitLength() > 1100) {
                throw PyException.overflowError("hexadecimal value too large to represent as a float");
            }
            r = m.shiftLeft((int) e).doubleValue();
        } else if (-e > 1200 + m.bitLength()) {
            r = 0.0;
        } else {
            r = PyInt.ratioToDouble(m, BigInteger.ONE.shiftLeft((int) -e));
        }
        if (Double.isInfinite(r)) {
            throw PyException.overflowError("hexadecimal value too large to represent as a float");
        }
        return neg ? -r : r;
    }
}
