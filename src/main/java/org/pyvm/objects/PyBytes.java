package org.pyvm.objects;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * {@code bytes}: an immutable byte array with CPython's repr ({@code b'\x00abc'}). The methods shared with
 * {@code bytearray} are in {@link BytesMethods}; {@code %} is {@link PrintfFormat}. The hash equals that of the
 * str with the same Latin-1 characters, as in CPython.
 */
public class PyBytes extends PyObject {
    public static final PyType TYPE = PyType.builtin("bytes", PyType.OBJECT, PyBytes::define);
    public static final PyBytes EMPTY = new PyBytes(new byte[0]);

    static {
        PyType t = TYPE;
        t.repr = self -> PyStr.of(((PyBytes) self).reprString());
        t.str = t.repr;
        t.hash = self -> {
            long h = ((PyBytes) self).asLatin1().hashCode();
            return h == -1 ? -2 : h;
        };
        t.len = self -> ((PyBytes) self).value.length;
        t.richcompare = (v, w, op) -> {
            if (!(w instanceof PyBytes b)) {
                return PyNotImplemented.NotImplemented;
            }
            return PyBool.of(PyInt.cmpResult(Arrays.compareUnsigned(((PyBytes) v).value, b.value), op));
        };
        t.getitem = (self, key) -> {
            PyBytes b = (PyBytes) self;
            if (key instanceof PySlice s) {
                long[] r = s.indices(b.value.length);
                return new PyBytes(sliceOf(b.value, b.value.length, r));
            }
            if (!(key instanceof PyInt) && key.type.index == null) {
                throw PyException.typeError("byte indices must be integers or slices, not " + key.type.name);
            }
            long i = Abstract.asClampedIndex(key);
            if (i < 0) {
                i += b.value.length;
            }
            if (i < 0 || i >= b.value.length) {
                throw PyException.indexError("index out of range");
            }
            return PyInt.of(b.value[(int) i] & 0xff);
        };
        t.contains = (self, x) -> contains(((PyBytes) self).value, ((PyBytes) self).value.length, x);
        t.iter = self -> {
            byte[] v = ((PyBytes) self).value;
            PyObject[] items = new PyObject[v.length];
            for (int i = 0; i < v.length; i++) {
                items[i] = PyInt.of(v[i] & 0xff);
            }
            return new PyList.ArrayIter(PyList.ArrayIter.TUPLE_TYPE, items, items.length, null);
        };
        t.sqConcat = (v, w) -> {
            byte[] b = BytesMethods.bytesOrNull(w);
            if (b == null) {
                throw PyException.typeError("can't concat " + w.type.name + " to bytes");
            }
            byte[] a = ((PyBytes) v).value;
            byte[] r = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, r, a.length, b.length);
            return new PyBytes(r);
        };
        t.sqRepeat = (v, n) -> new PyBytes(repeat(((PyBytes) v).value, ((PyBytes) v).value.length, n));
        t.nb[org.pyvm.bytecode.Operands.NB_REMAINDER] = (v, w) -> v instanceof PyBytes b
                ? new PyBytes(PrintfFormat.formatBytes(b.value, w)) : PyNotImplemented.NotImplemented;
        t.newSlot = (type, args, kw) -> {
            byte[] v = fromSource("bytes", args, kw);
            if (type != TYPE) {
                return new Derived(type, v);
            }
            return v.length == 0 ? EMPTY : new PyBytes(type, v);
        };
    }

    /** The bytes at normalized slice {@code r} (see {@link PySlice#indices}) of {@code v[0:n]}. */
    static byte[] sliceOf(byte[] v, int n, long[] r) {
        byte[] out = new byte[(int) Math.max(0, r[3])];
        for (int k = 0, i = (int) r[0]; k < out.length; k++, i += (int) r[2]) {
            out[k] = v[i];
        }
        return out;
    }

    /** {@code v[0:n] * count}. */
    static byte[] repeat(byte[] v, int n, PyObject count) {
        long k = Math.max(0, Abstract.asClampedIndex(count));
        if (n > 0 && k > (Integer.MAX_VALUE - 8) / n) {
            throw PyException.of(PyBaseException.MemoryError, (String) null);
        }
        byte[] r = new byte[(int) (n * k)];
        for (int i = 0; i < k; i++) {
            System.arraycopy(v, 0, r, i * n, n);
        }
        return r;
    }

    /** {@code x in v[0:n]}: an int byte or a bytes-like subsequence. */
    static boolean contains(byte[] v, int n, PyObject x) {
        if (x instanceof PyInt || (x.type.index != null && BytesMethods.bytesOrNull(x) == null)) {
            long c = Abstract.asLong(x);
            if (c < 0 || c > 255) {
                throw PyException.valueError("byte must be in range(0, 256)");
            }
            for (int i = 0; i < n; i++) {
                if ((v[i] & 0xff) == c) {
                    return true;
                }
            }
            return false;
        }
        byte[] sub = BytesMethods.bytesOrNull(x);
        if (sub == null) {
            throw PyException.typeError("a bytes-like object is required, not '" + x.type.name + "'");
        }
        return indexOf(n == v.length ? v : Arrays.copyOf(v, n), sub) >= 0;
    }

    /**
     * The initial contents of {@code bytes(...)} / {@code bytearray(...)}: (source, encoding, errors) with CPython's
     * rules and messages; {@code what} names the type.
     */
    static byte[] fromSource(String what, PyObject[] args, String[] kw) {
        PyObject[] a = Abstract.parseArgs(what, args, kw, 0, new String[] {"source", "encoding", "errors"});
        PyObject src = a[0];
        if (src == null) {
            if (a[1] != null) {
                throw PyException.typeError("encoding without a string argument");
            }
            if (a[2] != null) {
                throw PyException.typeError("errors without a string argument");
            }
            return new byte[0];
        }
        if (src instanceof PyStr s) {
            if (a[1] == null) {
                throw PyException.typeError("string argument without an encoding");
            }
            return Codecs.encode(s.value, Abstract.str(a[1]).value, a[2] == null ? "strict" : Abstract.str(a[2]).value);
        }
        if (a[1] != null) {
            throw PyException.typeError("encoding without a string argument");
        }
        if (a[2] != null) {
            throw PyException.typeError("errors without a string argument");
        }
        if (what.equals("bytes") && !(src instanceof PyBytes)) {
            PyObject r = Abstract.lookupAndCall(src, "__bytes__");
            if (r != null) {
                if (!(r instanceof PyBytes rb)) {
                    throw PyException.typeError("__bytes__ returned non-bytes (type " + r.type.name + ")");
                }
                return rb.value;
            }
        }
        if (src instanceof PyInt || src.type.index != null) {
            long len = Abstract.asSize(src);
            if (len < 0) {
                throw PyException.valueError("negative count");
            }
            if (len > Integer.MAX_VALUE - 8) {
                throw PyException.of(PyBaseException.MemoryError, (String) null);
            }
            return new byte[(int) len];
        }
        byte[] b = BytesMethods.bytesOrNull(src);
        if (b != null) {
            return b == (src instanceof PyBytes pb ? pb.value : null) ? b : b.clone();
        }
        if (src.type.iter == null && src.type.getitem == null) {
            throw PyException.typeError("cannot convert '" + src.type.name + "' object to " + what);
        }
        PyObject[] items = Abstract.toArray(src);
        byte[] v = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            long c = Abstract.asSize(items[i]);
            if (c < 0 || c > 255) {
                throw PyException.valueError(what.equals("bytes") ? "bytes must be in range(0, 256)"
                        : "byte must be in range(0, 256)");
            }
            v[i] = (byte) c;
        }
        return v;
    }

    /** A Python subclass of bytes. */
    public static final class Derived extends PyBytes {
        private PyDict dict;

        Derived(PyType type, byte[] v) {
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

    final byte[] value;

    /** Takes ownership of {@code value}. */
    public PyBytes(byte[] value) {
        this(TYPE, value);
    }

    PyBytes(PyType type, byte[] value) {
        super(type);
        this.value = value;
    }

    public final int size() {
        return value.length;
    }

    public final byte byteAt(int i) {
        return value[i];
    }

    public final byte[] toByteArray() {
        return value.clone();
    }

    /** The bytes as a string of chars 0..255. */
    public final String asLatin1() {
        return new String(value, StandardCharsets.ISO_8859_1);
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** {@code repr(b)}: quote choice and escapes as CPython. */
    public final String reprString() {
        return org.pyvm.bytecode.Constants.bytesRepr(value);
    }

    /** {@code str.encode(encoding, errors)}. */
    static PyObject encode(String s, String encoding, String errors) {
        return new PyBytes(Codecs.encode(s, encoding, errors));
    }

    private static void define(PyType t) {
        BytesMethods.define(t);
        t.define("__getnewargs__", PyMethodDescr.of(t, "__getnewargs__",
                self -> PyTuple.of(new PyBytes(((PyBytes) self).value))));
        t.define("__bytes__", PyMethodDescr.of(t, "__bytes__",
                self -> self.type == TYPE ? self : new PyBytes(((PyBytes) self).value)));
    }
}
