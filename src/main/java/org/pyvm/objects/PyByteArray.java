package org.pyvm.objects;

import java.util.Arrays;

/**
 * {@code bytearray}: a mutable byte sequence ({@code buf[0:size]}, grown by doubling). Shares its non-mutating
 * methods with bytes ({@link BytesMethods}, returning bytearrays); adds item and slice assignment, deletion,
 * {@code +=}, {@code *=} and the list-like mutators. Compares equal to bytes with the same contents. While a
 * {@link PyMemoryView} exports it ({@link #exports} > 0) its size cannot change (BufferError).
 */
public class PyByteArray extends PyObject {
    public static final PyType TYPE = PyType.builtin("bytearray", PyType.OBJECT, PyByteArray::define);

    static {
        PyType t = TYPE;
        t.repr = self -> PyStr.of(((PyByteArray) self).reprString());
        t.str = t.repr;
        t.hash = Slots.HASH_NOT_IMPLEMENTED;
        t.len = self -> ((PyByteArray) self).size;
        t.richcompare = (v, w, op) -> {
            byte[] b = BytesMethods.bytesOrNull(w);
            if (b == null) {
                return PyNotImplemented.NotImplemented;
            }
            PyByteArray a = (PyByteArray) v;
            return PyBool.of(PyInt.cmpResult(Arrays.compareUnsigned(a.buf, 0, a.size, b, 0, b.length), op));
        };
        t.getitem = (self, key) -> ((PyByteArray) self).getItem(key);
        t.setitem = (self, key, value) -> ((PyByteArray) self).setItem(key, value);
        t.contains = (self, x) -> PyBytes.contains(((PyByteArray) self).buf, ((PyByteArray) self).size, x);
        t.iter = self -> new Iter((PyByteArray) self);
        t.sqConcat = (v, w) -> {
            byte[] b = BytesMethods.bytesOrNull(w);
            if (b == null) {
                throw PyException.typeError("can't concat " + w.type.name + " to bytearray");
            }
            PyByteArray r = new PyByteArray(((PyByteArray) v).toByteArray());
            r.insertBytes(r.size, b);
            return r;
        };
        t.sqInplaceConcat = (v, w) -> {
            byte[] b = BytesMethods.bytesOrNull(w);
            if (b == null) {
                throw PyException.typeError("can't concat " + w.type.name + " to bytearray");
            }
            ((PyByteArray) v).insertBytes(((PyByteArray) v).size, b);
            return v;
        };
        t.sqRepeat = (v, n) -> new PyByteArray(PyBytes.repeat(((PyByteArray) v).buf, ((PyByteArray) v).size, n));
        t.sqInplaceRepeat = (v, n) -> {
            PyByteArray a = (PyByteArray) v;
            byte[] r = PyBytes.repeat(a.buf, a.size, n);
            a.checkResizable(r.length);
            a.buf = r;
            a.size = r.length;
            return a;
        };
        t.nb[org.pyvm.bytecode.Operands.NB_REMAINDER] = (v, w) -> v instanceof PyByteArray b
                ? new PyByteArray(PrintfFormat.formatBytes(b.toByteArray(), w)) : PyNotImplemented.NotImplemented;
        t.newSlot = (type, args, kw) -> type == TYPE ? new PyByteArray(new byte[0]) : new Derived(type);
        t.init = (self, args, kw) -> {
            PyByteArray a = (PyByteArray) self;
            byte[] v = PyBytes.fromSource("bytearray", args, kw);
            a.checkResizable(v.length);
            a.buf = v.clone();
            a.size = v.length;
        };
    }

    byte[] buf;
    int size;
    /** Number of live memoryviews over this array. */
    int exports;

    /** A bytearray holding {@code value} (taken over, not copied). */
    public PyByteArray(byte[] value) {
        this(TYPE, value);
    }

    PyByteArray(PyType type, byte[] value) {
        super(type);
        this.buf = value;
        this.size = value.length;
    }

    /** A Python subclass of bytearray. */
    public static final class Derived extends PyByteArray {
        private PyDict dict;

        Derived(PyType type) {
            super(type, new byte[0]);
            if (type.instancesHaveDict) {
                dict = new PyDict();
            }
        }

        @Override
        public PyDict dict() {
            return dict;
        }
    }

    public final int size() {
        return size;
    }

    /** A copy of the contents. */
    public final byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    final String reprString() {
        String name = type == TYPE ? "bytearray" : type.name;
        boolean single = false;
        boolean dbl = false;
        for (int i = 0; i < size; i++) {
            single |= buf[i] == '\'';
            dbl |= buf[i] == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder(name).append("(b").append(quote);
        for (int i = 0; i < size; i++) {
            int c = buf[i] & 0xff;
            switch (c) {
                case '\'', '\\' -> sb.append('\\').append((char) c);
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 32 || c >= 127) {
                        sb.append(String.format("\\x%02x", c));
                    } else {
                        sb.append((char) c);
                    }
                }
            }
        }
        return sb.append(quote).append(')').toString();
    }

    private void checkResizable(int newSize) {
        if (exports > 0 && newSize != size) {
            throw PyException.of(PyBaseException.BufferError, "Existing exports of data: object cannot be re-sized");
        }
    }

    private void ensure(int n) {
        if (n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(n, Math.max(16, buf.length * 2)));
        }
    }

    /** Replaces {@code buf[lo:hi]} by {@code b}. */
    private void replace(int lo, int hi, byte[] b) {
        int newSize = size - (hi - lo) + b.length;
        checkResizable(newSize);
        ensure(newSize);
        System.arraycopy(buf, hi, buf, lo + b.length, size - hi);
        System.arraycopy(b, 0, buf, lo, b.length);
        size = newSize;
    }

    final void insertBytes(int at, byte[] b) {
        replace(at, at, b);
    }

    private static int byteValue(PyObject v) {
        long c = Abstract.asSize(v);
        if (c < 0 || c > 255) {
            throw PyException.valueError("byte must be in range(0, 256)");
        }
        return (int) c;
    }

    private int index(PyObject key) {
        long i = Abstract.asClampedIndex(key);
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw PyException.indexError("bytearray index out of range");
        }
        return (int) i;
    }

    private static void checkKey(PyObject key) {
        if (!(key instanceof PyInt) && !(key instanceof PySlice) && key.type.index == null) {
            throw PyException.typeError("bytearray indices must be integers or slices, not " + key.type.name);
        }
    }

    PyObject getItem(PyObject key) {
        checkKey(key);
        if (key instanceof PySlice s) {
            return new PyByteArray(PyBytes.sliceOf(buf, size, s.indices(size)));
        }
        return PyInt.of(buf[index(key)] & 0xff);
    }

    /** The bytes of a slice-assignment value. */
    private static byte[] assignable(PyObject v) {
        byte[] b = BytesMethods.bytesOrNull(v);
        if (b != null) {
            return b;
        }
        if (v instanceof PyInt || v instanceof PyStr || (v.type.iter == null && v.type.getitem == null)) {
            throw PyException.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        }
        PyObject[] items = Abstract.toArray(v);
        byte[] r = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            r[i] = (byte) byteValue(items[i]);
        }
        return r;
    }

    void setItem(PyObject key, PyObject value) {
        checkKey(key);
        if (!(key instanceof PySlice s)) {
            int i = index(key);
            if (value == null) {
                replace(i, i + 1, new byte[0]);
            } else {
                buf[i] = (byte) byteValue(value);
            }
            return;
        }
        long[] r = s.indices(size);
        int start = (int) r[0];
        int step = (int) r[2];
        int len = (int) r[3];
        byte[] b = value == null ? null : value == this ? toByteArray() : assignable(value);
        if (b == null || b.length == 0) {
            // CPython deletes on an empty value, even for an extended slice.
            if (step == 1) {
                replace(start, start + len, new byte[0]);
                return;
            }
            if (len == 0) {
                return;
            }
            boolean[] drop = new boolean[size];
            for (int k = 0, i = start; k < len; k++, i += step) {
                drop[i] = true;
            }
            byte[] out = new byte[size - len];
            int j = 0;
            for (int i = 0; i < size; i++) {
                if (!drop[i]) {
                    out[j++] = buf[i];
                }
            }
            checkResizable(out.length);
            buf = out;
            size = out.length;
            return;
        }
        if (step == 1) {
            int stop = Math.max(start, (int) r[1]);
            replace(start, stop, b);
            return;
        }
        if (b.length != len) {
            throw PyException.valueError("attempt to assign bytes of size " + b.length + " to extended slice of size "
                    + len);
        }
        for (int k = 0, i = start; k < len; k++, i += step) {
            buf[i] = b[k];
        }
    }

    private static PyByteArray self(PyObject o) {
        return (PyByteArray) o;
    }

    private static void define(PyType t) {
        BytesMethods.define(t);
        t.define("append", PyMethodDescr.of(t, "append", (self, x) -> {
            PyByteArray a = self(self);
            a.insertBytes(a.size, new byte[] {(byte) byteValue(x)});
            return PyNone.None;
        }));
        t.define("extend", PyMethodDescr.of(t, "extend", (self, x) -> {
            PyByteArray a = self(self);
            byte[] b = BytesMethods.bytesOrNull(x);
            if (b == null) {
                if (x.type.iter == null && x.type.getitem == null) {
                    throw PyException.typeError("can't extend bytearray with " + x.type.name);
                }
                PyObject[] items = Abstract.toArray(x);
                b = new byte[items.length];
                for (int i = 0; i < items.length; i++) {
                    b[i] = (byte) byteValue(items[i]);
                }
            }
            a.insertBytes(a.size, b);
            return PyNone.None;
        }));
        t.define("insert", PyMethodDescr.of(t, "insert", 2, 2, (PyMethodDescr.Fn.FA) (self, a) -> {
            PyByteArray ba = self(self);
            long i = Abstract.asSize(a[0]);
            int v = byteValue(a[1]);
            if (i < 0) {
                i = Math.max(0, i + ba.size);
            }
            ba.insertBytes((int) Math.min(i, ba.size), new byte[] {(byte) v});
            return PyNone.None;
        }));
        t.define("pop", PyMethodDescr.of(t, "pop", 0, 1, (PyMethodDescr.Fn.F1) (self, idx) -> {
            PyByteArray a = self(self);
            if (a.size == 0) {
                throw PyException.indexError("pop from empty bytearray");
            }
            long i = idx == null ? -1 : Abstract.asSize(idx);
            if (i < 0) {
                i += a.size;
            }
            if (i < 0 || i >= a.size) {
                throw PyException.indexError("pop index out of range");
            }
            int v = a.buf[(int) i] & 0xff;
            a.replace((int) i, (int) i + 1, new byte[0]);
            return PyInt.of(v);
        }));
        t.define("remove", PyMethodDescr.of(t, "remove", (self, x) -> {
            PyByteArray a = self(self);
            int v = byteValue(x);
            for (int i = 0; i < a.size; i++) {
                if ((a.buf[i] & 0xff) == v) {
                    a.replace(i, i + 1, new byte[0]);
                    return PyNone.None;
                }
            }
            throw PyException.valueError("value not found in bytearray");
        }));
        t.define("clear", PyMethodDescr.of(t, "clear", self -> {
            PyByteArray a = self(self);
            a.replace(0, a.size, new byte[0]);
            return PyNone.None;
        }));
        t.define("copy", PyMethodDescr.of(t, "copy", self -> new PyByteArray(self(self).toByteArray())));
        t.define("reverse", PyMethodDescr.of(t, "reverse", self -> {
            PyByteArray a = self(self);
            for (int i = 0, j = a.size - 1; i < j; i++, j--) {
                byte x = a.buf[i];
                a.buf[i] = a.buf[j];
                a.buf[j] = x;
            }
            return PyNone.None;
        }));
        t.define("__alloc__", PyMethodDescr.of(t, "__alloc__",
                self -> PyInt.of(self(self).buf.length == 0 ? 0 : self(self).buf.length + 1)));
    }

    /** The bytearray iterator: reads the live array, so it sees changes made while iterating. */
    static final class Iter extends PyObject {
        static final PyType TYPE = PyType.builtin("bytearray_iterator", PyType.OBJECT, t -> { }).notSubclassable();

        static {
            TYPE.iter = self -> self;
            TYPE.next = self -> {
                Iter it = (Iter) self;
                if (it.array == null || it.pos >= it.array.size) {
                    it.array = null;
                    return null;
                }
                return PyInt.of(it.array.buf[it.pos++] & 0xff);
            };
        }

        private PyByteArray array;
        private int pos;

        Iter(PyByteArray a) {
            super(TYPE);
            this.array = a;
        }
    }
}
