package org.pyvm.modules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pyvm.objects.Abstract;
import org.pyvm.objects.PyBaseException;
import org.pyvm.objects.PyBool;
import org.pyvm.objects.PyByteArray;
import org.pyvm.objects.PyBytes;
import org.pyvm.objects.PyDict;
import org.pyvm.objects.PyException;
import org.pyvm.objects.PyFloat;
import org.pyvm.objects.PyGetSetDescr;
import org.pyvm.objects.PyInt;
import org.pyvm.objects.PyMemoryView;
import org.pyvm.objects.PyMethodDescr;
import org.pyvm.objects.PyModule;
import org.pyvm.objects.PyNone;
import org.pyvm.objects.PyObject;
import org.pyvm.objects.PySlice;
import org.pyvm.objects.PyStr;
import org.pyvm.objects.PyTuple;
import org.pyvm.objects.PyType;

/**
 * {@code _struct}: conversion between Python values and C structs packed in bytes ({@code struct} re-exports it).
 * A format is an optional byte-order character ({@code @} native size and alignment, {@code =} native order and
 * standard sizes, {@code <} little-endian, {@code >} and {@code !} big-endian) and a sequence of codes, each with
 * an optional repeat count. The native platform is taken to be x86-64 Linux (little-endian, 8-byte long and
 * pointers). Errors are {@code struct.error} with CPython's messages.
 */
public final class StructModule {
    private StructModule() {
    }

    public static final PyType ERROR;

    static {
        PyDict ns = new PyDict();
        ns.setStr("__module__", PyStr.of("struct"));
        ERROR = PyType.newHeapType(PyType.TYPE, "error", new PyType[] {PyBaseException.Exception}, ns, null, null);
    }

    static PyException error(String msg) {
        PyObject e = Abstract.call(ERROR, new PyObject[] {PyStr.of(msg)}, null);
        return ((PyBaseException) e).toThrowable();
    }

    /** One code of a format with its repeat count and offset in the packed bytes. */
    record Item(char code, int count, int offset, int size) {
    }

    /** A parsed format: its items, total size, number of values, and mode. */
    static final class Layout {
        final String format;
        final List<Item> items = new ArrayList<>();
        boolean little = true;
        boolean nativeMode = true;
        int size;
        int nvalues;

        Layout(String format) {
            this.format = format;
            int n = format.length();
            int i = 0;
            if (n > 0 && "@=<>!".indexOf(format.charAt(0)) >= 0) {
                char order = format.charAt(0);
                nativeMode = order == '@';
                little = order == '@' || order == '=' || order == '<';
                i = 1;
            }
            long offset = 0;
            while (i < n) {
                char c = format.charAt(i);
                if (Character.isWhitespace(c) && c < 128) {
                    i++;
                    continue;
                }
                long count = 1;
                if (c >= '0' && c <= '9') {
                    count = 0;
                    while (i < n && format.charAt(i) >= '0' && format.charAt(i) <= '9') {
                        count = count * 10 + (format.charAt(i) - '0');
                        if (count > Integer.MAX_VALUE) {
                            throw error("total struct size too long");
                        }
                        i++;
                    }
                    if (i >= n) {
                        throw error("repeat count given without format specifier");
                    }
                    c = format.charAt(i);
                }
                int size = codeSize(c, nativeMode);
                if (size < 0) {
                    throw error("bad char in struct format");
                }
                if (nativeMode && size > 1 && c != 's' && c != 'p') {
                    offset = (offset + size - 1) / size * size;
                }
                items.add(new Item(c, (int) count, (int) offset, size));
                offset += count * size;
                if (offset > Integer.MAX_VALUE) {
                    throw error("total struct size too long");
                }
                if (c == 's' || c == 'p') {
                    nvalues++;
                } else if (c != 'x') {
                    nvalues += (int) count;
                }
                i++;
            }
            size = (int) offset;
        }

        byte[] pack(PyObject[] values, int from, String what) {
            byte[] out = new byte[size];
            packInto(out, 0, values, from);
            return out;
        }

        void packInto(byte[] out, int base, PyObject[] values, int k) {
            for (Item it : items) {
                int at = base + it.offset;
                switch (it.code) {
                    case 'x' -> {
                    }
                    case 's', 'p' -> {
                        PyObject v = values[k++];
                        byte[] b;
                        if (v instanceof PyBytes bs) {
                            b = bs.toByteArray();
                        } else if (v instanceof PyByteArray ba) {
                            b = ba.toByteArray();
                        } else {
                            throw error("argument for '" + it.code + "' must be a bytes object");
                        }
                        if (it.code == 's') {
                            System.arraycopy(b, 0, out, at, Math.min(b.length, it.count));
                        } else if (it.count > 0) {
                            int len = Math.min(Math.min(b.length, it.count - 1), 255);
                            out[at] = (byte) len;
                            System.arraycopy(b, 0, out, at + 1, len);
                        }
                    }
                    default -> {
                        for (int r = 0; r < it.count; r++) {
                            packOne(it.code, it.size, values[k++], out, at + r * it.size);
                        }
                    }
                }
            }
        }

        private void packOne(char code, int size, PyObject v, byte[] out, int at) {
            switch (code) {
                case 'c' -> {
                    byte[] b = v instanceof PyBytes bs ? bs.toByteArray()
                            : v instanceof PyByteArray ba ? ba.toByteArray() : null;
                    if (b == null || b.length != 1) {
                        throw error("char format requires a bytes object of length 1");
                    }
                    out[at] = b[0];
                }
                case '?' -> out[at] = (byte) (Abstract.isTrue(v) ? 1 : 0);
                case 'e' -> putBits(out, at, 2, halfBits(toDouble(v)));
                case 'f' -> {
                    double d = toDouble(v);
                    float f = (float) d;
                    if (!nativeMode && Float.isInfinite(f) && !Double.isInfinite(d)) {
                        throw PyException.overflowError("float too large to pack with f format");
                    }
                    putBits(out, at, 4, Float.floatToRawIntBits(f) & 0xffffffffL);
                }
                case 'd' -> putBits(out, at, 8, Double.doubleToRawLongBits(toDouble(v)));
                default -> packInt(code, size, v, out, at);
            }
        }

        private void putBits(byte[] out, int at, int size, long bits) {
            for (int b = 0; b < size; b++) {
                int shift = 8 * (little ? b : size - 1 - b);
                out[at + b] = (byte) (bits >>> shift);
            }
        }

        private void packInt(char code, int size, PyObject v, byte[] out, int at) {
            PyInt n;
            if (v instanceof PyInt i) {
                n = i;
            } else if (v.type().lookup("__index__") != null) {
                n = Abstract.index(v);
            } else {
                throw error("required argument is not an integer");
            }
            boolean unsigned = Character.isUpperCase(code);
            BigInteger big = n.bigValue();
            BigInteger lo;
            BigInteger hi;
            if (unsigned) {
                lo = BigInteger.ZERO;
                hi = BigInteger.ONE.shiftLeft(8 * size).subtract(BigInteger.ONE);
            } else {
                lo = BigInteger.ONE.shiftLeft(8 * size - 1).negate();
                hi = BigInteger.ONE.shiftLeft(8 * size - 1).subtract(BigInteger.ONE);
            }
            if (code == 'P' && big.signum() < 0 && big.compareTo(BigInteger.ONE.shiftLeft(63).negate()) >= 0) {
                big = big.add(BigInteger.ONE.shiftLeft(64));
            }
            if (big.compareTo(lo) < 0 || big.compareTo(hi) > 0) {
                throw error("'" + code + "' format requires " + lo + " <= number <= " + hi);
            }
            putBits(out, at, size, big.longValue());
        }

        PyTuple unpack(byte[] buf, int base) {
            PyObject[] values = new PyObject[nvalues];
            int k = 0;
            for (Item it : items) {
                int at = base + it.offset;
                switch (it.code) {
                    case 'x' -> {
                    }
                    case 's' -> {
                        byte[] b = new byte[it.count];
                        System.arraycopy(buf, at, b, 0, it.count);
                        values[k++] = new PyBytes(b);
                    }
                    case 'p' -> {
                        int len = it.count == 0 ? 0 : buf[at] & 0xff;
                        if (len >= it.count) {
                            len = Math.max(it.count - 1, 0);
                        }
                        byte[] b = new byte[len];
                        System.arraycopy(buf, at + 1, b, 0, len);
                        values[k++] = new PyBytes(b);
                    }
                    default -> {
                        for (int r = 0; r < it.count; r++) {
                            values[k++] = unpackOne(it.code, it.size, buf, at + r * it.size);
                        }
                    }
                }
            }
            return new PyTuple(values);
        }

        private long getBits(byte[] buf, int at, int size) {
            long bits = 0;
            for (int b = 0; b < size; b++) {
                int shift = 8 * (little ? b : size - 1 - b);
                bits |= (buf[at + b] & 0xffL) << shift;
            }
            return bits;
        }

        private PyObject unpackOne(char code, int size, byte[] buf, int at) {
            switch (code) {
                case 'c':
                    return new PyBytes(new byte[] {buf[at]});
                case '?':
                    return PyBool.of(buf[at] != 0);
                case 'e':
                    return PyFloat.of(halfValue((int) getBits(buf, at, 2)));
                case 'f':
                    return PyFloat.of(Float.intBitsToFloat((int) getBits(buf, at, 4)));
                case 'd':
                    return PyFloat.of(Double.longBitsToDouble(getBits(buf, at, 8)));
                default:
                    long bits = getBits(buf, at, size);
                    if (Character.isUpperCase(code)) {
                        if (size == 8 && bits < 0) {
                            return PyInt.of(new BigInteger(Long.toUnsignedString(bits)));
                        }
                        return PyInt.of(bits);
                    }
                    int unused = 64 - 8 * size;
                    return PyInt.of(bits << unused >> unused);
            }
        }
    }

    private static double toDouble(PyObject v) {
        try {
            return Abstract.asDouble(v);
        } catch (PyException e) {
            if (e.matches(PyBaseException.TypeError) || e.matches(PyBaseException.OverflowError)) {
                throw error("required argument is not a float");
            }
            throw e;
        }
    }

    /** IEEE 754 binary16 bits of d, rounding half to even (OverflowError beyond the largest half). */
    static long halfBits(double d) {
        long sign = Double.doubleToRawLongBits(d) < 0 ? 0x8000 : 0;
        if (Double.isNaN(d)) {
            return sign | 0x7e00;
        }
        if (Double.isInfinite(d)) {
            return sign | 0x7c00;
        }
        double x = Math.abs(d);
        if (x == 0) {
            return sign;
        }
        if (x < 0x1p-14) {
            return sign | (long) Math.rint(x * 0x1p24);  // 1024 becomes the smallest normal by itself
        }
        int e = Math.getExponent(x);
        double m = Math.rint((Math.scalb(x, -e) - 1.0) * 1024);
        if (m == 1024) {
            m = 0;
            e++;
        }
        if (e > 15) {
            throw PyException.overflowError("float too large to pack with e format");
        }
        return sign | ((long) (e + 15) << 10) | (long) m;
    }

    static double halfValue(int bits) {
        int sign = bits & 0x8000;
        int exp = (bits >> 10) & 0x1f;
        int mant = bits & 0x3ff;
        double v;
        if (exp == 0) {
            v = mant * 0x1p-24;
        } else if (exp == 31) {
            v = mant == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        } else {
            v = Math.scalb((double) (1024 + mant), exp - 25);
        }
        return sign != 0 ? -v : v;
    }

    /** The size of one item of code c, or -1 if c is not a code of this mode. */
    static int codeSize(char c, boolean nativeMode) {
        return switch (c) {
            case 'x', 'c', 'b', 'B', '?', 's', 'p' -> 1;
            case 'h', 'H', 'e' -> 2;
            case 'i', 'I', 'f' -> 4;
            case 'l', 'L' -> nativeMode ? 8 : 4;
            case 'q', 'Q', 'd' -> 8;
            case 'n', 'N', 'P' -> nativeMode ? 8 : -1;
            default -> -1;
        };
    }

    private static final Map<String, Layout> CACHE = new HashMap<>();

    static Layout layout(PyObject fmt) {
        String s;
        if (fmt instanceof PyStr str) {
            s = str.value;
        } else if (fmt instanceof PyBytes b) {
            s = b.asLatin1();
        } else {
            throw PyException.typeError("Struct() argument 1 must be a str or bytes object, not "
                    + fmt.type().name());
        }
        synchronized (CACHE) {
            Layout l = CACHE.get(s);
            if (l == null) {
                l = new Layout(s);
                if (CACHE.size() > 100) {
                    CACHE.clear();
                }
                CACHE.put(s, l);
            }
            return l;
        }
    }

    /** The bytes of a bytes-like object for reading. */
    static byte[] readable(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.toByteArray();
        }
        if (o instanceof PyByteArray a) {
            return a.toByteArray();
        }
        if (o instanceof PyMemoryView m) {
            return m.toByteArray();
        }
        PyObject hook = o.type().lookup("tobytes");
        if (hook != null && o.type().lookup("typecode") != null) {  // array.array (written in Python)
            return ((PyBytes) Abstract.callBound(hook, o, new PyObject[0], null)).toByteArray();
        }
        throw PyException.typeError("a bytes-like object is required, not '" + o.type().name() + "'");
    }

    /** {@code _struct.Struct}: a compiled format. */
    public static final class StructObject extends PyObject {
        Layout layout;
        private final PyDict dict;

        StructObject(PyType type) {
            super(type);
            dict = type.instancesHaveDict ? new PyDict() : null;
        }

        @Override
        public PyDict dict() {
            return dict;
        }
    }

    public static final PyType STRUCT = PyType.builtin("Struct", PyType.OBJECT, StructModule::defineStruct)
            .inModule("_struct");
    public static final PyType UNPACK_ITERATOR = PyType.builtin("unpack_iterator", PyType.OBJECT, t -> {
    }).inModule("_struct").notSubclassable();

    /** The iterator of {@code iter_unpack}. */
    static final class UnpackIterator extends PyObject {
        final Layout layout;
        final byte[] buf;
        int pos;

        UnpackIterator(Layout layout, byte[] buf) {
            super(UNPACK_ITERATOR);
            this.layout = layout;
            this.buf = buf;
        }
    }

    static {
        STRUCT.newSlot = (type, args, kw) -> {
            StructObject s = new StructObject(type);
            s.layout = new Layout("");
            return s;
        };
        STRUCT.init = (self, args, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            PyObject fmt;
            if (args.length == 1 && (nkw == 0 || kw[0].equals("format"))) {
                fmt = args[0];
            } else if (args.length == 0) {
                throw PyException.typeError("Struct() missing required argument 'format' (pos 1)");
            } else {
                throw PyException.typeError("Struct() takes at most 1 argument (" + args.length + " given)");
            }
            ((StructObject) self).layout = layout(fmt);
        };
        UNPACK_ITERATOR.iter = self -> self;
        UNPACK_ITERATOR.next = self -> {
            UnpackIterator it = (UnpackIterator) self;
            if (it.pos + it.layout.size > it.buf.length) {
                return null;
            }
            PyTuple t = it.layout.unpack(it.buf, it.pos);
            it.pos += it.layout.size;
            return t;
        };
    }

    private static void defineStruct(PyType t) {
        t.define("format", new PyGetSetDescr(t, "format", self -> PyStr.of(((StructObject) self).layout.format),
                null));
        t.define("size", new PyGetSetDescr(t, "size", self -> PyInt.of(((StructObject) self).layout.size), null));
        t.define("pack", PyMethodDescr.of(t, "pack", 0, -1, (PyMethodDescr.Fn.Full) (self, args, kw) ->
                pack(((StructObject) self).layout, args, 0)));
        t.define("pack_into", PyMethodDescr.of(t, "pack_into", 0, -1, (PyMethodDescr.Fn.Full) (self, args, kw) ->
                packInto(((StructObject) self).layout, args, 0)));
        t.define("unpack", PyMethodDescr.of(t, "unpack", (PyMethodDescr.Fn.F1) (self, buf) ->
                unpack(((StructObject) self).layout, buf)));
        t.define("unpack_from", PyMethodDescr.withKeywords(t, "unpack_from", 1, 0, new String[] {"buffer",
            "offset"}, (self, a) -> unpackFrom(((StructObject) self).layout, a[0], a[1])));
        t.define("iter_unpack", PyMethodDescr.of(t, "iter_unpack", (PyMethodDescr.Fn.F1) (self, buf) ->
                iterUnpack(((StructObject) self).layout, buf)));
        t.define("__sizeof__", PyMethodDescr.of(t, "__sizeof__", (PyMethodDescr.Fn.F0) self ->
                PyInt.of(72 + 32 * ((StructObject) self).layout.items.size())));
    }

    static PyObject pack(Layout l, PyObject[] args, int from) {
        int given = args.length - from;
        if (given != l.nvalues) {
            throw error("pack expected " + l.nvalues + " items for packing (got " + given + ")");
        }
        return new PyBytes(l.pack(args, from, "pack"));
    }

    static PyObject packInto(Layout l, PyObject[] args, int from) {
        int given = args.length - from;
        if (given != l.nvalues + 2) {
            if (given == 0) {
                throw error("pack_into expected buffer argument");
            }
            if (given == 1) {
                throw error("pack_into expected offset argument");
            }
            throw error("pack_into expected " + l.nvalues + " items for packing (got " + (given - 2) + ")");
        }
        PyObject buffer = args[from];
        int length;
        if (buffer instanceof PyByteArray a) {
            length = a.size();
        } else if (buffer instanceof PyMemoryView m && !Abstract.isTrue(Abstract.getattr(m, "readonly"))) {
            length = m.toByteArray().length;
        } else {
            throw PyException.typeError("argument must be read-write bytes-like object, not "
                    + buffer.type().name());
        }
        long offset = Abstract.asLong(args[from + 1]);
        long given0 = offset;
        if (offset < 0) {
            if (offset + l.size > 0) {
                throw error("no space to pack " + l.size + " bytes at offset " + offset);
            }
            if (offset + length < 0) {
                throw error("offset " + offset + " out of range for " + length + "-byte buffer");
            }
            offset += length;
        }
        if (length - offset < l.size) {
            throw error("pack_into requires a buffer of at least " + (l.size + given0) + " bytes for packing "
                    + l.size + " bytes at offset " + given0 + " (actual buffer size is " + length + ")");
        }
        byte[] packed = new byte[l.size];
        l.packInto(packed, 0, args, from + 2);
        Abstract.setitem(buffer, new PySlice(PyInt.of(offset), PyInt.of(offset + l.size), PyNone.None),
                new PyBytes(packed));
        return PyNone.None;
    }

    static PyObject unpack(Layout l, PyObject buffer) {
        byte[] b = readable(buffer);
        if (b.length != l.size) {
            throw error("unpack requires a buffer of " + l.size + " bytes");
        }
        return l.unpack(b, 0);
    }

    static PyObject unpackFrom(Layout l, PyObject buffer, PyObject offsetObj) {
        byte[] b = readable(buffer);
        long offset = offsetObj == null ? 0 : Abstract.asLong(offsetObj);
        long given = offset;
        if (offset < 0) {
            if (offset + b.length < 0) {
                throw error("offset " + offset + " out of range for " + b.length + "-byte buffer");
            }
            offset += b.length;
        }
        if (b.length - offset < l.size) {
            if (given < 0) {
                throw error("not enough data to unpack " + l.size + " bytes at offset " + given);
            }
            throw error("unpack_from requires a buffer of at least " + (l.size + given) + " bytes for unpacking "
                    + l.size + " bytes at offset " + given + " (actual buffer size is " + b.length + ")");
        }
        return l.unpack(b, (int) offset);
    }

    static PyObject iterUnpack(Layout l, PyObject buffer) {
        byte[] b = readable(buffer);
        if (l.size == 0) {
            throw error("cannot iteratively unpack with a struct of length 0");
        }
        if (b.length % l.size != 0) {
            throw error("iterative unpacking requires a buffer of a multiple of " + l.size + " bytes");
        }
        return new UnpackIterator(l, b);
    }

    public static PyModule create() {
        PyModule m = new PyModule("_struct");
        m.add("error", ERROR);
        m.add("Struct", STRUCT);
        m.function("pack", 0, -1, (PyMethodDescr.Fn.Full) (self, args, kw) -> {
            if (args.length == 0) {
                throw PyException.typeError("pack expected at least 1 argument, got 0");
            }
            return pack(layout(args[0]), args, 1);
        });
        m.function("pack_into", 0, -1, (PyMethodDescr.Fn.Full) (self, args, kw) -> {
            if (args.length == 0) {
                throw PyException.typeError("pack_into expected at least 1 argument, got 0");
            }
            return packInto(layout(args[0]), args, 1);
        });
        m.function("unpack", 2, 2, (PyMethodDescr.Fn.FA) (self, a) -> unpack(layout(a[0]), a[1]));
        m.functionWithKeywords("unpack_from", 2, 1, new String[] {"format", "buffer", "offset"}, (self, a) ->
                unpackFrom(layout(a[0]), a[1], a[2]));
        m.function("iter_unpack", 2, 2, (PyMethodDescr.Fn.FA) (self, a) -> iterUnpack(layout(a[0]), a[1]));
        m.function("calcsize", 1, 1, (PyMethodDescr.Fn.F1) (self, f) -> PyInt.of(layout(f).size));
        m.function("_clearcache", 0, 0, (PyMethodDescr.Fn.F0) self -> {
            synchronized (CACHE) {
                CACHE.clear();
            }
            return PyNone.None;
        });
        return m;
    }
}
