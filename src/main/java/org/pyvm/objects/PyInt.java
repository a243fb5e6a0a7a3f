package org.pyvm.objects;

import java.math.BigInteger;
import org.pyvm.bytecode.Operands;

/**
 * {@code int}: arbitrary precision. Invariant: {@code big == null} exactly when the value fits in a {@code long}
 * (then {@link #value} holds it); otherwise {@code big} holds it and {@code value} is unused. Values in
 * [{@value #SMALL_MIN}, {@value #SMALL_MAX}] are cached ({@link #of(long)}).
 *
 * <p>Arithmetic stays on {@code long} and checks overflow the way {@code Math.addExact} does, but with a branch
 * instead of an exception, so code that overflows often (big-number loops) never pays for a throw; on overflow
 * the operation is redone with {@link BigInteger} and the result normalized back to {@code long} when it fits.
 * Floor division and modulo follow Python (the result of {@code %} has the divisor's sign).
 */
public class PyInt extends PyObject {
    public static final PyType TYPE = PyType.builtin("int", PyType.OBJECT, PyInt::define);

    static final int SMALL_MIN = -5;
    static final int SMALL_MAX = 1024;
    private static final PyInt[] SMALL = new PyInt[SMALL_MAX - SMALL_MIN + 1];
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    /** {@code sys.get_int_max_str_digits()}; 0 means no limit. */
    public static int maxStrDigits = 4300;

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = new PyInt(TYPE, SMALL_MIN + i, null);
        }
        PyType t = TYPE;
        t.nb[Operands.NB_ADD] = (v, w) -> v instanceof PyInt a && w instanceof PyInt b ? add(a, b) : ni();
        t.nb[Operands.NB_SUBTRACT] = (v, w) -> v instanceof PyInt a && w instanceof PyInt b ? sub(a, b) : ni();
        t.nb[Operands.NB_MULTIPLY] = (v, w) -> v instanceof PyInt a && w instanceof PyInt b ? mul(a, b) : ni();
        t.nb[Operands.NB_FLOOR_DIVIDE] = (v, w) -> v instanceof PyInt a && w instanceof PyInt b ? floorDiv(a, b)
                : ni();
        t.nb[Operands.NB_REMAINDER] = (v, w) -> v instanceof PyInt a && w instanceof PyInt b ? mod(a, b) : ni();
        t.nb[Operands.NB_TRUE_DIVIDE] = (v, w) -> v instanceof PyInt a && w instanceof PyInt b ? trueDiv(a, b)
                : ni();
        t.nb[Operands.NB_POWER] = (v, w) -> v instanceof PyInt a && w instanceof PyInt b ? pow(a, b) : ni();
        t.nb[Operands.NB_LSHIFT] = (v, w) -> v instanceof PyInt a && w instanceof PyInt b ? lshift(a, b) : ni();
        t.nb[Operands.NB_RSHIFT] = (v, w) -> v instanceof PyInt a && w instanceof PyInt b ? rshift(a, b) : ni();
        t.nb[Operands.NB_AND] = (v, w) -> v instanceof PyInt a && w instanceof PyInt b ? and(a, b) : ni();
        t.nb[Operands.NB_OR] = (v, w) -> v instanceof PyInt a && w instanceof PyInt b ? or(a, b) : ni();
        t.nb[Operands.NB_XOR] = (v, w) -> v instanceof PyInt a && w instanceof PyInt b ? xor(a, b) : ni();
        t.pow3 = (v, w, z) -> v instanceof PyInt a && w instanceof PyInt b && z instanceof PyInt c
                ? modPow(a, b, c) : ni();
        t.neg = self -> negate((PyInt) self);
        t.pos = self -> exact((PyInt) self);
        t.abs = self -> ((PyInt) self).signum() < 0 ? negate((PyInt) self) : exact((PyInt) self);
        t.invert = self -> sub(negate((PyInt) self), of(1));
        t.index = self -> exact((PyInt) self);
        t.toInt = self -> exact((PyInt) self);
        t.toFloat = self -> PyFloat.of(((PyInt) self).toDouble());
        t.bool = self -> ((PyInt) self).signum() != 0;
        t.hash = self -> hash((PyInt) self);
        t.richcompare = (v, w, op) -> v instanceof PyInt a && w instanceof PyInt b ? PyBool.of(compare(a, b, op))
                : ni();
        t.repr = self -> PyStr.of(((PyInt) self).toDecimalString());
        t.newSlot = PyInt::intNew;
        t.init = (self, args, kw) -> { };
    }

    private static PyObject ni() {
        return PyNotImplemented.NotImplemented;
    }

    final long value;
    final BigInteger big;

    PyInt(PyType type, long value, BigInteger big) {
        super(type);
        this.value = value;
        this.big = big;
    }

    /** The int {@code v} (cached for small values). */
    public static PyInt of(long v) {
        if (v >= SMALL_MIN && v <= SMALL_MAX) {
            return SMALL[(int) v - SMALL_MIN];
        }
        return new PyInt(TYPE, v, null);
    }

    /** The int {@code v}, normalized to the long representation when it fits. */
    public static PyInt of(BigInteger v) {
        if (v.bitLength() < 64) {
            return of(v.longValue());
        }
        return new PyInt(TYPE, 0, v);
    }

    /** A Python subclass of int: the value plus an instance dict. */
    public static final class Derived extends PyInt {
        private PyDict dict;

        Derived(PyType type, PyInt v) {
            super(type, v.value, v.big);
            if (type.instancesHaveDict) {
                dict = new PyDict();
            }
        }

        @Override
        public PyDict dict() {
            return dict;
        }
    }

    /** True when the value fits in a long ({@link #longValue} is exact). */
    public final boolean isSmall() {
        return big == null;
    }

    public final long longValue() {
        return big == null ? value : big.longValue();
    }

    public final BigInteger bigValue() {
        return big == null ? BigInteger.valueOf(value) : big;
    }

    public final int signum() {
        return big == null ? Long.signum(value) : big.signum();
    }

    /** The value as an int if it fits, else {@code onOverflow}. */
    public final int intValueOr(int onOverflow) {
        return big == null && value == (int) value ? (int) value : onOverflow;
    }

    /** {@code float(self)}, correctly rounded; OverflowError "int too large to convert to float". */
    public final double toDouble() {
        if (big == null) {
            return (double) value;
        }
        double d = big.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyException.overflowError("int too large to convert to float");
        }
        return d;
    }

    /** An exact {@code int} with this value (self if it already is one). */
    static PyInt exact(PyInt i) {
        if (i.type == TYPE) {
            return i;
        }
        return i.big == null ? of(i.value) : of(i.big);
    }

    // ------------------------------------------------------------------ arithmetic

    public static PyInt add(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long x = a.value;
            long y = b.value;
            long r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0) {
                return of(r);
            }
        }
        return of(a.bigValue().add(b.bigValue()));
    }

    public static PyInt sub(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long x = a.value;
            long y = b.value;
            long r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0) {
                return of(r);
            }
        }
        return of(a.bigValue().subtract(b.bigValue()));
    }

    public static PyInt mul(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long x = a.value;
            long y = b.value;
            long r = x * y;
            if (Math.multiplyHigh(x, y) == (r >> 63)) {
                return of(r);
            }
        }
        return of(a.bigValue().multiply(b.bigValue()));
    }

    public static PyInt negate(PyInt a) {
        if (a.big == null && a.value != Long.MIN_VALUE) {
            return of(-a.value);
        }
        return of(a.bigValue().negate());
    }

    private static void checkZero(PyInt b, String msg) {
        if (b.signum() == 0) {
            throw PyException.zeroDivisionError(msg);
        }
    }

    public static PyInt floorDiv(PyInt a, PyInt b) {
        checkZero(b, "integer division or modulo by zero");
        if (a.big == null && b.big == null && !(a.value == Long.MIN_VALUE && b.value == -1)) {
            return of(Math.floorDiv(a.value, b.value));
        }
        BigInteger[] qr = a.bigValue().divideAndRemainder(b.bigValue());
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            q = q.subtract(BigInteger.ONE);
        }
        return of(q);
    }

    public static PyInt mod(PyInt a, PyInt b) {
        checkZero(b, "integer modulo by zero");
        if (a.big == null && b.big == null) {
            return of(b.value == -1 ? 0 : Math.floorMod(a.value, b.value));
        }
        BigInteger r = a.bigValue().remainder(b.bigValue());
        if (r.signum() != 0 && r.signum() != b.signum()) {
            r = r.add(b.bigValue());
        }
        return of(r);
    }

    /** {@code divmod(a, b)}. */
    public static PyTuple divmod(PyInt a, PyInt b) {
        checkZero(b, "integer division or modulo by zero");
        return PyTuple.of(floorDiv(a, b), mod(a, b));
    }

    /** {@code a / b}: correctly rounded, even when the operands do not fit in a double. */
    public static PyFloat trueDiv(PyInt a, PyInt b) {
        checkZero(b, "division by zero");
        if (a.big == null && b.big == null) {
            long x = a.value;
            long y = b.value;
            if (Math.abs(x) <= (1L << 53) && Math.abs(y) <= (1L << 53)) {
                return PyFloat.of((double) x / (double) y);
            }
        }
        BigInteger n = a.bigValue();
        BigInteger d = b.bigValue();
        boolean negative = n.signum() * d.signum() < 0;
        double r = ratioToDouble(n.abs(), d.abs());
        return PyFloat.of(negative ? -r : r);
    }

    /** n / d (both > 0 or n == 0) correctly rounded (half to even); OverflowError when too large. */
    static double ratioToDouble(BigInteger n, BigInteger d) {
        if (n.signum() == 0) {
            return 0.0;
        }
        int e = n.bitLength() - d.bitLength();  // n/d in [2^(e-1), 2^(e+1))
        if (e > 1025) {
            throw PyException.overflowError("integer division result too large for a float");
        }
        // Scale so the quotient carries 55+ significant bits, or exactly the bits a subnormal result keeps.
        int shift = Math.max(55 - e, 0);
        boolean subnormal = e < -1021;
        if (subnormal) {
            shift = 1074;
        }
        BigInteger num = shift >= 0 ? n.shiftLeft(shift) : n;
        BigInteger[] qr = num.divideAndRemainder(d);
        BigInteger q = qr[0];
        boolean inexact = qr[1].signum() != 0;
        if (subnormal) {
            // q counts units of 2^-1074; round the quotient to an integer, half to even.
            int cmp = qr[1].shiftLeft(1).compareTo(d);
            if (cmp > 0 || (cmp == 0 && q.testBit(0))) {
                q = q.add(BigInteger.ONE);
            }
            return q.doubleValue() * Double.MIN_VALUE;
        }
        int extra = q.bitLength() - 62;
        if (extra > 0) {
            inexact |= q.getLowestSetBit() < extra;
            q = q.shiftRight(extra);
            shift -= extra;
        }
        long m = q.longValue() | (inexact ? 1 : 0);
        double r = Math.scalb((double) m, -shift);
        if (Double.isInfinite(r)) {
            throw PyException.overflowError("integer division result too large for a float");
        }
        return r;
    }

    /** {@code a ** b}; a negative exponent gives a float. */
    public static PyObject pow(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            return PyFloat.pow(a.toDouble(), b.toDouble());
        }
        if (a.big == null) {
            long x = a.value;
            if (x == 1 || x == 0) {
                return b.signum() == 0 ? of(1) : of(x);
            }
            if (x == -1) {
                return b.bigValue().testBit(0) ? of(-1) : of(1);
            }
        }
        if (!b.isSmall() || b.value > Integer.MAX_VALUE) {
            throw PyException.overflowError("exponent too large");  // would exhaust memory
        }
        int n = (int) b.value;
        if (a.big == null) {
            long base = a.value;
            long result = 1;
            int k = n;
            boolean overflow = false;
            while (k > 0) {
                if ((k & 1) != 0) {
                    long r = result * base;
                    if (Math.multiplyHigh(result, base) != (r >> 63)) {
                        overflow = true;
                        break;
                    }
                    result = r;
                }
                k >>= 1;
                if (k > 0) {
                    long sq = base * base;
                    if (Math.multiplyHigh(base, base) != (sq >> 63)) {
                        overflow = true;
                        break;
                    }
                    base = sq;
                }
            }
            if (!overflow) {
                return of(result);
            }
        }
        return of(a.bigValue().pow(n));
    }

    /** {@code pow(a, b, m)}, negative b by modular inverse; the result has the sign of m. */
    public static PyInt modPow(PyInt a, PyInt b, PyInt m) {
        if (m.signum() == 0) {
            throw PyException.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger mod = m.bigValue();
        BigInteger am = mod.abs();
        BigInteger base = a.bigValue();
        BigInteger exp = b.bigValue();
        if (exp.signum() < 0) {
            try {
                base = base.mod(am).modInverse(am);
            } catch (ArithmeticException e) {
                throw PyException.valueError("base is not invertible for the given modulus");
            }
            exp = exp.negate();
        }
        BigInteger r = am.equals(BigInteger.ONE) ? BigInteger.ZERO : base.mod(am).modPow(exp, am);
        if (mod.signum() < 0 && r.signum() != 0) {
            r = r.add(mod);
        }
        return of(r);
    }

    public static PyInt lshift(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            throw PyException.valueError("negative shift count");
        }
        if (a.signum() == 0) {
            return of(0);
        }
        if (!b.isSmall() || b.value > Integer.MAX_VALUE) {
            throw PyException.overflowError("too many digits in integer");
        }
        int n = (int) b.value;
        if (a.big == null && n < 63) {
            long r = a.value << n;
            if ((r >> n) == a.value) {
                return of(r);
            }
        }
        return of(a.bigValue().shiftLeft(n));
    }

    public static PyInt rshift(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            throw PyException.valueError("negative shift count");
        }
        if (!b.isSmall() || b.value > Integer.MAX_VALUE) {
            return of(a.signum() < 0 ? -1 : 0);
        }
        int n = (int) b.value;
        if (a.big == null) {
            return of(a.value >> Math.min(n, 63));
        }
        return of(a.big.shiftRight(n));
    }

    public static PyInt and(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return of(a.value & b.value);
        }
        return of(a.bigValue().and(b.bigValue()));
    }

    public static PyInt or(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return of(a.value | b.value);
        }
        return of(a.bigValue().or(b.bigValue()));
    }

    public static PyInt xor(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return of(a.value ^ b.value);
        }
        return of(a.bigValue().xor(b.bigValue()));
    }

    /** {@code a OP b} for {@link Abstract#LT}..{@link Abstract#GE}. */
    public static boolean compare(PyInt a, PyInt b, int op) {
        int c = (a.big == null && b.big == null) ? Long.compare(a.value, b.value) : a.bigValue().compareTo(b.bigValue());
        return cmpResult(c, op);
    }

    static boolean cmpResult(int c, int op) {
        return switch (op) {
            case Abstract.LT -> c < 0;
            case Abstract.LE -> c <= 0;
            case Abstract.EQ -> c == 0;
            case Abstract.NE -> c != 0;
            case Abstract.GT -> c > 0;
            default -> c >= 0;
        };
    }

    // ------------------------------------------------------------------ hash, str

    static final long HASH_MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(HASH_MODULUS);

    /** CPython's numeric hash: the value modulo 2**61 - 1, sign kept, -1 mapped to -2. */
    public static long hash(PyInt i) {
        long h;
        if (i.big == null) {
            long v = i.value;
            if (v > -HASH_MODULUS && v < HASH_MODULUS) {
                h = v;
            } else {
                h = v % HASH_MODULUS;
            }
        } else {
            BigInteger a = i.big.abs().mod(BIG_MODULUS);
            h = i.big.signum() < 0 ? -a.longValue() : a.longValue();
        }
        return h == -1 ? -2 : h;
    }

    /** {@code str(self)} in decimal, with the int max str digits limit. */
    public final String toDecimalString() {
        if (big == null) {
            return Long.toString(value);
        }
        if (maxStrDigits > 0 && big.bitLength() > 14000) {
            // log10(2) * bits > limit for sure when bits * 0.30103 > 4300 + 1
            double digits = big.bitLength() * 0.30102999566398120;
            if (digits > maxStrDigits + 1) {
                throw PyException.valueError("Exceeds the limit (" + maxStrDigits + " digits) for integer string "
                        + "conversion; use sys.set_int_max_str_digits() to increase the limit");
            }
        }
        String s = big.toString();
        int n = s.length() - (big.signum() < 0 ? 1 : 0);
        if (maxStrDigits > 0 && n > maxStrDigits) {
            throw PyException.valueError("Exceeds the limit (" + maxStrDigits + " digits) for integer string "
                    + "conversion; use sys.set_int_max_str_digits() to increase the limit");
        }
        return s;
    }

    // ------------------------------------------------------------------ int(x, base)

    /** {@code int(s, base)} for str arguments: CPython's grammar (signs, prefixes, underscores, Unicode digits). */
    public static PyInt parse(String s, int base) {
        if (base != 0 && (base < 2 || base > 36)) {
            throw PyException.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        PyInt r = tryParse(s, base);
        if (r == null) {
            throw PyException.valueError("invalid literal for int() with base " + base + ": "
                    + PyStr.reprOf(s.length() > 200 ? s.substring(0, 200) : s));
        }
        return r;
    }

    private static PyInt tryParse(String s, int base) {
        int i = 0;
        int n = s.length();
        while (i < n && PyStr.isSpace(s.charAt(i))) {
            i++;
        }
        while (n > i && PyStr.isSpace(s.charAt(n - 1))) {
            n--;
        }
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        boolean prefixed = false;
        if (i + 1 < n && s.charAt(i) == '0') {
            char c = Character.toLowerCase(s.charAt(i + 1));
            int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
            if (pb != 0 && (base == 0 || base == pb)) {
                base = pb;
                i += 2;
                prefixed = true;
            }
        }
        boolean base0 = base == 0;
        if (base0) {
            base = 10;
        }
        StringBuilder digits = new StringBuilder(n - i);
        boolean lastUnderscore = prefixed;  // "0x_1" is allowed: an underscore may follow the prefix
        boolean allowUnderscore = prefixed;
        if (i >= n) {
            return null;
        }
        while (i < n) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '_') {
                if (!allowUnderscore) {
                    return null;
                }
                allowUnderscore = false;
                lastUnderscore = true;
                continue;
            }
            int dv = digitValue(cp);
            if (dv < 0 || dv >= base) {
                return null;
            }
            digits.append(Character.forDigit(dv, base));
            allowUnderscore = true;
            lastUnderscore = false;
        }
        if (lastUnderscore || digits.length() == 0) {
            return null;
        }
        if (base0 && !prefixed && digits.length() > 1 && digits.charAt(0) == '0') {
            for (int k = 0; k < digits.length(); k++) {
                if (digits.charAt(k) != '0') {
                    return null;
                }
            }
        }
        if (maxStrDigits > 0 && Integer.bitCount(base) != 1 && digits.length() > maxStrDigits) {
            throw PyException.valueError("Exceeds the limit (" + maxStrDigits + " digits) for integer string "
                    + "conversion: value has " + digits.length() + " digits; use sys.set_int_max_str_digits() to "
                    + "increase the limit");
        }
        String d = digits.toString();
        if (d.length() <= 12 || (base == 10 && d.length() <= 18)) {
            long v = Long.parseLong(d, base);
            return of(negative ? -v : v);
        }
        BigInteger v = new BigInteger(d, base);
        return of(negative ? v.negate() : v);
    }

    private static int digitValue(int cp) {
        if (cp < 128) {
            if (cp >= '0' && cp <= '9') {
                return cp - '0';
            }
            if (cp >= 'a' && cp <= 'z') {
                return cp - 'a' + 10;
            }
            if (cp >= 'A' && cp <= 'Z') {
                return cp - 'A' + 10;
            }
            return -1;
        }
        if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
            return Character.digit(cp, 10);
        }
        return -1;
    }

    /** {@code int.__new__(cls, x=0, base=10)}. */
    static PyObject intNew(PyType cls, PyObject[] args, String[] kw) {
        PyObject x = null;
        PyObject base = null;
        int npos = args.length - (kw == null ? 0 : kw.length);
        if (npos > 2) {
            throw PyException.typeError("int() takes at most 2 arguments (" + npos + " given)");
        }
        if (npos > 0) {
            x = args[0];
        }
        if (npos > 1) {
            base = args[1];
        }
        for (int k = 0; kw != null && k < kw.length; k++) {
            if (kw[k].equals("base")) {
                base = args[npos + k];
            } else {
                throw PyException.typeError("'" + kw[k] + "' is an invalid keyword argument for int()");
            }
        }
        PyInt r = construct(x, base);
        return cls == TYPE ? r : new Derived(cls, r);
    }

    private static PyInt construct(PyObject x, PyObject base) {
        if (x == null) {
            if (base != null) {
                throw PyException.typeError("int() missing string argument");
            }
            return of(0);
        }
        if (base != null) {
            long b = Abstract.asLong(base);
            int bi = (b < 0 || b > 36) ? -1 : (int) b;
            if (bi == -1 || bi == 1) {
                throw PyException.valueError("int() base must be >= 2 and <= 36, or 0");
            }
            if (x instanceof PyStr s) {
                return parse(s.value, bi);
            }
            if (x instanceof PyBytes by) {
                return parseBytes(by, bi);
            }
            throw PyException.typeError("int() can't convert non-string with explicit base");
        }
        if (x.type == TYPE) {
            return (PyInt) x;
        }
        if (x.type.toInt != null) {
            PyObject r = x.type.toInt.apply(x);
            if (!(r instanceof PyInt i)) {
                throw PyException.typeError("__int__ returned non-int (type " + r.type.name + ")");
            }
            return exact(i);
        }
        if (x.type.index != null) {
            return exact(Abstract.index(x));
        }
        PyObject trunc = x.type.lookup("__trunc__");
        if (trunc != null) {
            PyObject r = Abstract.callBound(trunc, x, new PyObject[0], null);
            if (r instanceof PyInt i) {
                return exact(i);
            }
            return Abstract.index(r);
        }
        if (x instanceof PyStr s) {
            return parse(s.value, 10);
        }
        if (x instanceof PyBytes b) {
            return parseBytes(b, 10);
        }
        throw PyException.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + x.type.name + "'");
    }

    private static PyInt parseBytes(PyBytes b, int base) {
        String s = b.asLatin1();
        PyInt r = tryParse(s, base);
        if (r == null) {
            throw PyException.valueError("invalid literal for int() with base " + base + ": " + b.reprString());
        }
        return r;
    }

    /** {@code int(f)} for a float: truncation toward zero. */
    public static PyInt fromDouble(double d) {
        if (Double.isNaN(d)) {
            throw PyException.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw PyException.overflowError("cannot convert float infinity to integer");
        }
        if (d > -9.2e18 && d < 9.2e18) {
            return of((long) d);
        }
        return of(new java.math.BigDecimal(d).toBigInteger());
    }

    // ------------------------------------------------------------------ methods

    /** {@code bit_length()}. */
    public final int bitLength() {
        if (big == null) {
            return 64 - Long.numberOfLeadingZeros(value < 0 ? (value == Long.MIN_VALUE ? value : -value) : value);
        }
        return big.abs().bitLength();
    }

    private static void define(PyType t) {
        t.define("__divmod__", PyMethodDescr.of(t, "__divmod__", (self, o) -> o instanceof PyInt b
                ? divmod((PyInt) self, b) : PyNotImplemented.NotImplemented));
        t.define("__rdivmod__", PyMethodDescr.of(t, "__rdivmod__", (self, o) -> o instanceof PyInt b
                ? divmod(b, (PyInt) self) : PyNotImplemented.NotImplemented));
        t.define("bit_length", PyMethodDescr.of(t, "bit_length", self -> of(((PyInt) self).bitLength())));
        t.define("bit_count", PyMethodDescr.of(t, "bit_count", self -> {
            PyInt i = (PyInt) self;
            return of(i.big == null ? (i.value == Long.MIN_VALUE ? 1 : Long.bitCount(Math.abs(i.value)))
                    : i.big.abs().bitCount());
        }));
        t.define("conjugate", PyMethodDescr.of(t, "conjugate", self -> exact((PyInt) self)));
        t.define("is_integer", PyMethodDescr.of(t, "is_integer", self -> PyBool.True));
        t.define("as_integer_ratio", PyMethodDescr.of(t, "as_integer_ratio",
                self -> PyTuple.of(exact((PyInt) self), of(1))));
        t.define("__trunc__", PyMethodDescr.of(t, "__trunc__", self -> exact((PyInt) self)));
        t.define("__floor__", PyMethodDescr.of(t, "__floor__", self -> exact((PyInt) self)));
        t.define("__ceil__", PyMethodDescr.of(t, "__ceil__", self -> exact((PyInt) self)));
        t.define("__round__", PyMethodDescr.of(t, "__round__", 0, 1, (PyMethodDescr.Fn.F1) PyInt::round));
        t.define("__getnewargs__", PyMethodDescr.of(t, "__getnewargs__", self -> PyTuple.of(exact((PyInt) self))));
        t.define("__format__", PyMethodDescr.of(t, "__format__", (self, spec) -> {
            String sp = Abstract.str(spec).value;
            // an empty spec is str(self): format(True, "") is 'True'
            return sp.isEmpty() ? Abstract.str(self) : PyStr.of(NumberFormat.formatInt((PyInt) self, sp));
        }));
        t.define("real", new PyGetSetDescr(t, "real", self -> exact((PyInt) self), null));
        t.define("imag", new PyGetSetDescr(t, "imag", self -> of(0), null));
        t.define("numerator", new PyGetSetDescr(t, "numerator", self -> exact((PyInt) self), null));
        t.define("denominator", new PyGetSetDescr(t, "denominator", self -> of(1), null));
        t.define("to_bytes", PyMethodDescr.withKeywords(t, "to_bytes", 0, 0,
                new String[] {"length", "byteorder", "signed"}, PyInt::toBytes));
        t.define("from_bytes", PyMethodDescr.classMethod(t, "from_bytes", 1, 0,
                new String[] {"bytes", "byteorder", "signed"}, PyInt::fromBytes));
    }

    private static PyObject round(PyObject self, PyObject ndigits) {
        PyInt i = exact((PyInt) self);
        if (ndigits == null || ndigits == PyNone.None) {
            return i;
        }
        PyInt nd = Abstract.index(ndigits);
        if (nd.signum() >= 0) {
            return i;
        }
        if (!nd.isSmall() || nd.value < -4000) {
            return of(0);
        }
        // round half to even to a multiple of 10**-nd
        PyInt pow10 = (PyInt) pow(of(10), negate(nd));
        PyInt q = floorDiv(i, pow10);
        PyInt r = sub(i, mul(q, pow10));
        int c = mul(r, of(2)).bigValue().compareTo(pow10.bigValue());
        if (c > 0 || (c == 0 && q.bigValue().testBit(0))) {
            q = add(q, of(1));
        }
        return mul(q, pow10);
    }

    private static PyObject toBytes(PyObject self, PyObject[] a) {
        PyInt i = (PyInt) self;
        long length = a[0] == null ? 1 : Abstract.asLong(a[0]);
        String order = a[1] == null ? "big" : byteorder(a[1]);
        boolean signed = a[2] != null && Abstract.isTrue(a[2]);
        if (length < 0) {
            throw PyException.valueError("length argument must be non-negative");
        }
        BigInteger v = i.bigValue();
        if (!signed && v.signum() < 0) {
            throw PyException.overflowError("can't convert negative int to unsigned");
        }
        int needBits = signed ? v.bitLength() + 1 : v.bitLength();
        if (needBits > length * 8) {
            throw PyException.overflowError("int too big to convert");
        }
        byte[] out = new byte[(int) length];
        byte[] raw = v.toByteArray();  // big-endian two's complement, minimal
        byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
        for (int k = 0; k < length; k++) {
            int src = raw.length - 1 - k;
            out[(int) length - 1 - k] = src >= 0 ? raw[src] : fill;
        }
        if (order.equals("little")) {
            for (int k = 0, j = out.length - 1; k < j; k++, j--) {
                byte tmp = out[k];
                out[k] = out[j];
                out[j] = tmp;
            }
        }
        return new PyBytes(out);
    }

    private static String byteorder(PyObject o) {
        if (!(o instanceof PyStr s)) {
            throw PyException.typeError("to_bytes() argument 'byteorder' must be str, not " + o.type.name);
        }
        if (!s.value.equals("big") && !s.value.equals("little")) {
            throw PyException.valueError("byteorder must be either 'little' or 'big'");
        }
        return s.value;
    }

    private static PyObject fromBytes(PyObject cls, PyObject[] a) {
        byte[] bytes;
        if (a[0] instanceof PyBytes b) {
            bytes = b.toByteArray();
        } else {
            PyObject[] items = Abstract.toArray(a[0]);
            bytes = new byte[items.length];
            for (int k = 0; k < items.length; k++) {
                long v = Abstract.asLong(items[k]);
                if (v < 0 || v > 255) {
                    throw PyException.valueError("bytes must be in range(0, 256)");
                }
                bytes[k] = (byte) v;
            }
        }
        String order = a[1] == null ? "big" : byteorder(a[1]);
        boolean signed = a[2] != null && Abstract.isTrue(a[2]);
        byte[] be = bytes.clone();
        if (order.equals("little")) {
            for (int k = 0, j = be.length - 1; k < j; k++, j--) {
                byte tmp = be[k];
                be[k] = be[j];
                be[j] = tmp;
            }
        }
        BigInteger v = be.length == 0 ? BigInteger.ZERO : signed ? new BigInteger(be) : new BigInteger(1, be);
        PyInt r = of(v);
        if (cls != TYPE) {
            return Abstract.call(cls, r);
        }
        return r;
    }
}
