package org.pyvm.modules;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

import org.pyvm.objects.Abstract;
import org.pyvm.objects.PyBytes;
import org.pyvm.objects.PyDict;
import org.pyvm.objects.PyException;
import org.pyvm.objects.PyFloat;
import org.pyvm.objects.PyInt;
import org.pyvm.objects.PyMethodDescr;
import org.pyvm.objects.PyModule;
import org.pyvm.objects.PyNone;
import org.pyvm.objects.PyObject;
import org.pyvm.objects.PyStr;
import org.pyvm.objects.PyTuple;
import org.pyvm.objects.PyType;

/**
 * {@code _random}: the Mersenne Twister (MT19937, Matsumoto and Nishimura's reference algorithm) behind
 * {@code random.Random}. Seeding follows CPython: an int seed's absolute value, split into 32-bit words (least
 * significant first, at least one), is the key of {@code init_by_array}; {@code None} seeds from the OS; any other
 * object seeds with its hash. {@code random()} makes a 53-bit float from two outputs (27 + 26 bits).
 *
 * <p>Also holds the few math and hashing functions {@code random.py} needs ({@code _log}, {@code _sha512},
 * {@code _urandom}, ...), so that {@code random} does not depend on other modules.
 */
public final class RandomModule {
    private RandomModule() {
    }

    private static final int N = 624;
    private static final int M = 397;
    private static final SecureRandom OS_RANDOM = new SecureRandom();

    /** {@code _random.Random}: one generator's state (624 words and the position in them). */
    public static final class Generator extends PyObject {
        final int[] mt = new int[N];
        int index = N + 1;
        private final PyDict dict;

        Generator(PyType type) {
            super(type);
            dict = type.instancesHaveDict ? new PyDict() : null;
        }

        @Override
        public PyDict dict() {
            return dict;
        }

        void initGenrand(int s) {
            mt[0] = s;
            for (int i = 1; i < N; i++) {
                mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
            }
            index = N;
        }

        void initByArray(int[] key) {
            initGenrand(19650218);
            int i = 1;
            int j = 0;
            for (int k = Math.max(N, key.length); k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
                i++;
                j++;
                if (i >= N) {
                    mt[0] = mt[N - 1];
                    i = 1;
                }
                if (j >= key.length) {
                    j = 0;
                }
            }
            for (int k = N - 1; k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
                i++;
                if (i >= N) {
                    mt[0] = mt[N - 1];
                    i = 1;
                }
            }
            mt[0] = 0x80000000;
        }

        /** The next 32-bit output (as an unsigned value in an int). */
        int next32() {
            if (index >= N) {
                int k;
                for (k = 0; k < N - M; k++) {
                    int y = (mt[k] & 0x80000000) | (mt[k + 1] & 0x7fffffff);
                    mt[k] = mt[k + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                }
                for (; k < N - 1; k++) {
                    int y = (mt[k] & 0x80000000) | (mt[k + 1] & 0x7fffffff);
                    mt[k] = mt[k + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                }
                int y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
                mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                index = 0;
            }
            int y = mt[index++];
            y ^= y >>> 11;
            y ^= (y << 7) & 0x9d2c5680;
            y ^= (y << 15) & 0xefc60000;
            y ^= y >>> 18;
            return y;
        }

        double random() {
            long a = (next32() & 0xffffffffL) >>> 5;
            long b = (next32() & 0xffffffffL) >>> 6;
            return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
        }

        void seed(PyObject arg) {
            if (arg == null || arg == PyNone.None) {
                int[] key = new int[N];
                for (int k = 0; k < N; k++) {
                    key[k] = OS_RANDOM.nextInt();
                }
                initByArray(key);
                return;
            }
            BigInteger n;
            if (arg instanceof PyInt i) {
                n = i.bigValue().abs();
            } else {
                n = BigInteger.valueOf(Abstract.hash(arg)).abs();
            }
            int words = Math.max(1, (n.bitLength() + 31) / 32);
            int[] key = new int[words];
            for (int k = 0; k < words; k++) {
                key[k] = n.shiftRight(32 * k).intValue();
            }
            initByArray(key);
        }

        PyInt getrandbits(long k) {
            if (k < 0) {
                throw PyException.valueError("number of bits must be non-negative");
            }
            if (k == 0) {
                return PyInt.of(0);
            }
            if (k <= 32) {
                return PyInt.of((next32() & 0xffffffffL) >>> (32 - k));
            }
            if (k <= 63) {
                long lo = next32() & 0xffffffffL;
                long hi = (next32() & 0xffffffffL) >>> (64 - k);
                return PyInt.of(hi << 32 | lo);
            }
            if (k > Integer.MAX_VALUE - 64) {
                throw PyException.of(org.pyvm.objects.PyBaseException.OverflowError,
                        "Python int too large to convert to C int");
            }
            int words = (int) ((k - 1) / 32 + 1);
            byte[] big = new byte[words * 4];  // big-endian for BigInteger
            long left = k;
            for (int w = 0; w < words; w++, left -= 32) {
                int r = next32();
                if (left < 32) {
                    r >>>= (32 - left);
                }
                int at = big.length - 4 * (w + 1);
                big[at] = (byte) (r >>> 24);
                big[at + 1] = (byte) (r >>> 16);
                big[at + 2] = (byte) (r >>> 8);
                big[at + 3] = (byte) r;
            }
            return PyInt.of(new BigInteger(1, big));
        }
    }

    public static final PyType RANDOM = PyType.builtin("Random", PyType.OBJECT, RandomModule::define)
            .inModule("_random");

    static {
        RANDOM.newSlot = (type, args, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            if (type == RANDOM && nkw > 0) {
                throw PyException.typeError("Random() takes no keyword arguments");
            }
            if (type == RANDOM && args.length > 1) {
                throw PyException.typeError("Random() expected at most 1 argument, got " + args.length);
            }
            Generator g = new Generator(type);
            g.seed(null);
            return g;
        };
        RANDOM.init = (self, args, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            if (self.type() == RANDOM && nkw > 0) {
                throw PyException.typeError("Random() takes no keyword arguments");
            }
            if (args.length - nkw > 1) {
                throw PyException.typeError("Random() expected at most 1 argument, got " + (args.length - nkw));
            }
            ((Generator) self).seed(args.length - nkw == 1 ? args[0] : null);
        };
    }

    private static Generator gen(PyObject self) {
        return (Generator) self;
    }

    private static void define(PyType t) {
        t.define("random", PyMethodDescr.of(t, "random", (PyMethodDescr.Fn.F0) self ->
                PyFloat.of(gen(self).random())));
        t.define("seed", PyMethodDescr.of(t, "seed", 0, 1, (PyMethodDescr.Fn.FA) (self, a) -> {
            gen(self).seed(a[0]);
            return PyNone.None;
        }));
        t.define("getrandbits", PyMethodDescr.of(t, "getrandbits", (PyMethodDescr.Fn.F1) (self, k) -> {
            PyInt n = Abstract.index(k);
            if (!n.isSmall()) {
                if (n.signum() < 0) {
                    throw PyException.valueError("number of bits must be non-negative");
                }
                throw PyException.overflowError("Python int too large to convert to C int");
            }
            return gen(self).getrandbits(n.longValue());
        }));
        t.define("getstate", PyMethodDescr.of(t, "getstate", (PyMethodDescr.Fn.F0) self -> {
            Generator g = gen(self);
            PyObject[] items = new PyObject[N + 1];
            for (int k = 0; k < N; k++) {
                items[k] = PyInt.of(g.mt[k] & 0xffffffffL);
            }
            items[N] = PyInt.of(g.index);
            return new PyTuple(items);
        }));
        t.define("setstate", PyMethodDescr.of(t, "setstate", (PyMethodDescr.Fn.F1) (self, state) -> {
            if (!(state instanceof PyTuple tup)) {
                throw PyException.typeError("state vector must be a tuple");
            }
            if (tup.size() != N + 1) {
                throw PyException.valueError("state vector is the wrong size");
            }
            int[] words = new int[N];
            for (int k = 0; k < N; k++) {
                PyObject w = tup.get(k);
                if (!(w instanceof PyInt i)) {
                    throw PyException.typeError("an integer is required");
                }
                if (i.signum() < 0 || i.bitLength() > 32) {
                    throw PyException.overflowError(i.signum() < 0
                            ? "can't convert negative value to unsigned int"
                            : "Python int too large to convert to C unsigned long");
                }
                words[k] = (int) i.longValue();
            }
            PyObject ix = tup.get(N);
            long index = Abstract.asLong(Abstract.index(ix));
            if (index < 0 || index > N) {
                throw PyException.valueError("invalid state");
            }
            Generator g = gen(self);
            System.arraycopy(words, 0, g.mt, 0, N);
            g.index = (int) index;
            return PyNone.None;
        }));
    }

    public static PyModule create() {
        PyModule m = new PyModule("_random");
        m.add("Random", RANDOM);
        mathHelper(m, "_log", Math::log);
        mathHelper(m, "_exp", ExactMath::exp);
        mathHelper(m, "_sqrt", Math::sqrt);
        mathHelper(m, "_cos", ExactMath::cos);
        mathHelper(m, "_sin", ExactMath::sin);
        mathHelper(m, "_acos", ExactMath::acos);
        mathHelper(m, "_fabs", Math::abs);
        mathHelper(m, "_lgamma", RandomModule::lgamma);
        mathHelper(m, "_log2", x -> {
            if (x <= 0) {
                throw PyException.valueError("math domain error");
            }
            // log2 of a power of two is exact; elsewhere the quotient is correctly rounded often enough
            long bits = Double.doubleToRawLongBits(x);
            if ((bits & 0x000fffffffffffffL) == 0 && x >= Double.MIN_NORMAL) {
                return Math.getExponent(x);
            }
            return Math.log(x) / Math.log(2.0);
        });
        m.function("_floor", 1, 1, (PyMethodDescr.Fn.F1) (self, x) -> {
            if (x instanceof PyInt) {
                return x;
            }
            double d = Abstract.asDouble(x);
            if (Double.isInfinite(d)) {
                throw PyException.overflowError("cannot convert float infinity to integer");
            }
            if (Double.isNaN(d)) {
                throw PyException.valueError("cannot convert float NaN to integer");
            }
            return PyInt.fromDouble(Math.floor(d));
        });
        m.function("_ceil", 1, 1, (PyMethodDescr.Fn.F1) (self, x) -> {
            if (x instanceof PyInt) {
                return x;
            }
            return PyInt.fromDouble(Math.ceil(Abstract.asDouble(x)));
        });
        m.function("_isfinite", 1, 1, (PyMethodDescr.Fn.F1) (self, x) ->
                org.pyvm.objects.PyBool.of(Double.isFinite(Abstract.asDouble(x))));
        m.function("_sha512", 1, 1, (PyMethodDescr.Fn.F1) (self, b) -> {
            try {
                return new PyBytes(MessageDigest.getInstance("SHA-512").digest(((PyBytes) b).toByteArray()));
            } catch (NoSuchAlgorithmException e) {
                throw PyException.runtimeError("SHA-512 is not available");
            }
        });
        m.function("_urandom", 1, 1, (PyMethodDescr.Fn.F1) (self, n) -> {
            long size = Abstract.asLong(Abstract.index(n));
            if (size < 0) {
                throw PyException.valueError("negative argument not allowed");
            }
            byte[] out = new byte[(int) size];
            OS_RANDOM.nextBytes(out);
            return new PyBytes(out);
        });
        return m;
    }

    private static void mathHelper(PyModule m, String name, java.util.function.DoubleUnaryOperator f) {
        m.function(name, 1, 1, (PyMethodDescr.Fn.F1) (self, x) -> {
            double d = Abstract.asDouble(x);
            double r = f.applyAsDouble(d);
            if (Double.isNaN(r) && !Double.isNaN(d)) {
                throw PyException.valueError("math domain error");
            }
            if (Double.isInfinite(r) && Double.isFinite(d)) {
                if (name.equals("_log") || name.equals("_lgamma")) {
                    throw PyException.valueError("math domain error");
                }
                throw PyException.overflowError("math range error");
            }
            return PyFloat.of(r);
        });
    }

    /**
     * log|Gamma(x)|: Stirling's series for x >= 15, the recurrence Gamma(x) = Gamma(x + k) / (x (x+1) ... (x+k-1))
     * below, the reflection formula for negative x. Accurate to a few ulps (CPython's own Lanczos sum may differ in
     * the last bits).
     */
    static double lgamma(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return Double.POSITIVE_INFINITY;
        }
        if (x == Math.floor(x) && x <= 2) {
            return x <= 0 ? Double.POSITIVE_INFINITY : 0.0;
        }
        if (x < 0) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1 - x);
        }
        double shift = 0.0;
        double prod = 1.0;
        while (x < 15) {
            prod *= x;
            x += 1;
            if (prod > 1e280) {
                shift += Math.log(prod);
                prod = 1.0;
            }
        }
        shift += Math.log(prod);
        double inv = 1.0 / x;
        double inv2 = inv * inv;
        double series = inv * (1.0 / 12 + inv2 * (-1.0 / 360 + inv2 * (1.0 / 1260 + inv2 * (-1.0 / 1680
                + inv2 * (1.0 / 1188 + inv2 * (-691.0 / 360360))))));
        return (x - 0.5) * Math.log(x) - x + 0.91893853320467274178 + series - shift;
    }
}
