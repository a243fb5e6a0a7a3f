package org.pyvm.objects;

/**
 * {@code memoryview}: a one-dimensional view of unsigned bytes (format {@code 'B'}) over a bytes or bytearray
 * object: {@code offset}, {@code step} and {@code length} select the viewed bytes, so slicing makes a new view
 * without copying. A view of a bytearray is writable (item and same-size slice assignment write through) and
 * keeps the array from resizing until released. After {@code release()} every operation but {@code release},
 * {@code ==} and repr raises ValueError.
 */
public final class PyMemoryView extends PyObject {
    public static final PyType TYPE = PyType.builtin("memoryview", PyType.OBJECT, PyMemoryView::define)
            .notSubclassable();

    static {
        PyType t = TYPE;
        t.repr = self -> PyStr.of((((PyMemoryView) self).released ? "<released memory at " : "<memory at ")
                + Abstract.address(self) + ">");
        t.hash = self -> {
            PyMemoryView m = view(self);
            if (!m.readonly) {
                throw PyException.valueError("cannot hash writable memoryview object");
            }
            return Abstract.hash(new PyBytes(m.toByteArray()));
        };
        t.len = self -> view(self).length;
        t.richcompare = (v, w, op) -> {
            if (op != Abstract.EQ && op != Abstract.NE) {
                return PyNotImplemented.NotImplemented;
            }
            PyMemoryView m = (PyMemoryView) v;
            if (v == w) {
                return PyBool.of(op == Abstract.EQ);
            }
            if (m.released || w instanceof PyMemoryView wm && wm.released) {
                return PyBool.of(op == Abstract.NE);
            }
            byte[] b = BytesMethods.bytesOrNull(w);
            if (b == null) {
                return PyNotImplemented.NotImplemented;
            }
            boolean eq = java.util.Arrays.equals(m.toByteArray(), b);
            return PyBool.of(eq == (op == Abstract.EQ));
        };
        t.getitem = (self, key) -> view(self).getItem(key);
        t.setitem = (self, key, value) -> view(self).setItem(key, value);
        t.iter = self -> new PyBytes.Iter(PyBytes.Iter.MEMORY, view(self).toByteArray());
        t.newSlot = (type, args, kw) -> {
            PyObject[] a = Abstract.parseArgs("memoryview", args, kw, 1, new String[] {"object"});
            return of(a[0]);
        };
    }

    /** The exporting object: a bytes or bytearray. */
    final PyObject obj;
    private final int offset;
    private final int step;
    private final int length;
    final boolean readonly;
    private boolean released;

    /** Whether this view holds an export of the bytearray (only a view made directly on it does). */
    private final boolean exporting;

    private PyMemoryView(PyObject obj, int offset, int step, int length, boolean readonly) {
        this(obj, offset, step, length, readonly, false);
    }

    /**
     * Views derived from a view (slices, casts, read-only copies) do not hold exports of their own: CPython frees
     * such temporaries at once by reference counting, which the JVM cannot, so counting them would leave a
     * bytearray unresizable after {@code v[1:].tobytes()}.
     */
    private PyMemoryView(PyObject obj, int offset, int step, int length, boolean readonly, boolean exporting) {
        super(TYPE);
        this.obj = obj;
        this.offset = offset;
        this.step = step;
        this.length = length;
        this.readonly = readonly;
        this.exporting = exporting && obj instanceof PyByteArray;
        if (this.exporting) {
            ((PyByteArray) obj).exports++;
        }
    }

    /** {@code memoryview(o)}. */
    public static PyMemoryView of(PyObject o) {
        if (o instanceof PyMemoryView m) {
            m.check();
            return new PyMemoryView(m.obj, m.offset, m.step, m.length, m.readonly);
        }
        if (o instanceof PyBytes b) {
            return new PyMemoryView(b, 0, 1, b.size(), true);
        }
        if (o instanceof PyByteArray a) {
            return new PyMemoryView(a, 0, 1, a.size, false, true);
        }
        throw PyException.typeError("memoryview: a bytes-like object is required, not '" + o.type.name + "'");
    }

    private static PyMemoryView view(PyObject self) {
        PyMemoryView m = (PyMemoryView) self;
        m.check();
        return m;
    }

    private void check() {
        if (released) {
            throw PyException.valueError("operation forbidden on released memoryview object");
        }
    }

    private byte byteAt(int i) {
        int k = offset + i * step;
        return obj instanceof PyBytes b ? b.value[k] : ((PyByteArray) obj).buf[k];
    }

    /** The viewed bytes, copied. */
    public byte[] toByteArray() {
        check();
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] = byteAt(i);
        }
        return out;
    }

    /** {@code release()}: idempotent; lets the bytearray resize again. */
    public void release() {
        if (!released) {
            released = true;
            if (exporting) {
                ((PyByteArray) obj).exports--;
            }
        }
    }

    private int index(PyObject key) {
        long i = Abstract.asClampedIndex(key);
        if (i < 0) {
            i += length;
        }
        if (i < 0 || i >= length) {
            throw PyException.indexError("index out of bounds on dimension 1");
        }
        return (int) i;
    }

    private static PyObject unwrapKey(PyObject key) {
        if (key instanceof PyTuple t && t.size() == 1) {
            return t.get(0);
        }
        if (!(key instanceof PyInt) && !(key instanceof PySlice) && key.type.index == null) {
            throw PyException.typeError("memoryview: invalid slice key");
        }
        return key;
    }

    PyObject getItem(PyObject key) {
        key = unwrapKey(key);
        if (key instanceof PySlice s) {
            long[] r = s.indices(length);
            return new PyMemoryView(obj, offset + (int) r[0] * step, step * (int) r[2], (int) r[3], readonly);
        }
        return PyInt.of(byteAt(index(key)) & 0xff);
    }

    void setItem(PyObject key, PyObject value) {
        if (readonly) {
            throw PyException.typeError("cannot modify read-only memory");
        }
        if (value == null) {
            throw PyException.typeError("cannot delete memory");
        }
        key = unwrapKey(key);
        byte[] target = ((PyByteArray) obj).buf;
        if (key instanceof PySlice s) {
            byte[] b = BytesMethods.arg(value);
            long[] r = s.indices(length);
            if (b.length != r[3]) {
                throw PyException.valueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            for (int k = 0; k < b.length; k++) {
                target[offset + ((int) r[0] + k * (int) r[2]) * step] = b[k];
            }
            return;
        }
        int i = index(key);
        if (!(value instanceof PyInt iv)) {
            throw PyException.typeError("memoryview: invalid type for format 'B'");
        }
        if (!iv.isSmall() || iv.longValue() < 0 || iv.longValue() > 255) {
            throw PyException.valueError("memoryview: invalid value for format 'B'");
        }
        target[offset + i * step] = (byte) iv.longValue();
    }

    private static PyGetSetDescr getter(PyType t, String name, Slots.Unary get) {
        return new PyGetSetDescr(t, name, self -> get.apply(view(self)), null);
    }

    private static void define(PyType t) {
        t.define("tobytes", PyMethodDescr.withKeywords(t, "tobytes", 0, 0, new String[] {"order"}, (self, a) -> {
            if (a[0] != null && a[0] != PyNone.None && !(a[0] instanceof PyStr s && s.value.length() == 1
                    && "CFA".contains(s.value))) {
                throw PyException.valueError("order must be 'C', 'F' or 'A'");
            }
            return new PyBytes(view(self).toByteArray());
        }));
        t.define("tolist", PyMethodDescr.of(t, "tolist", self -> {
            byte[] v = view(self).toByteArray();
            PyObject[] items = new PyObject[v.length];
            for (int i = 0; i < v.length; i++) {
                items[i] = PyInt.of(v[i] & 0xff);
            }
            return new PyList(items);
        }));
        t.define("hex", PyMethodDescr.withKeywords(t, "hex", 0, 0, new String[] {"sep", "bytes_per_sep"},
                (self, a) -> PyStr.of(BytesMethods.hex(view(self).toByteArray(), a[0], a[1]))));
        t.define("release", PyMethodDescr.of(t, "release", self -> {
            ((PyMemoryView) self).release();
            return PyNone.None;
        }));
        t.define("toreadonly", PyMethodDescr.of(t, "toreadonly", self -> {
            PyMemoryView m = view(self);
            return new PyMemoryView(m.obj, m.offset, m.step, m.length, true);
        }));
        t.define("cast", PyMethodDescr.of(t, "cast", 1, 2, (PyMethodDescr.Fn.FA) (self, a) -> {
            PyMemoryView m = view(self);
            if (!(a[0] instanceof PyStr f) || !(f.value.equals("B") || f.value.equals("b") || f.value.equals("c"))
                    || a[1] != null) {
                throw PyException.valueError("memoryview: only format 'B' is supported");
            }
            return new PyMemoryView(m.obj, m.offset, m.step, m.length, m.readonly);
        }));
        t.define("__enter__", PyMethodDescr.of(t, "__enter__", self -> view(self)));
        t.define("__exit__", PyMethodDescr.of(t, "__exit__", 0, 3, (PyMethodDescr.Fn.FA) (self, a) -> {
            ((PyMemoryView) self).release();
            return PyNone.None;
        }));
        t.define("obj", getter(t, "obj", self -> ((PyMemoryView) self).obj));
        t.define("readonly", getter(t, "readonly", self -> PyBool.of(((PyMemoryView) self).readonly)));
        t.define("nbytes", getter(t, "nbytes", self -> PyInt.of(((PyMemoryView) self).length)));
        t.define("itemsize", getter(t, "itemsize", self -> PyInt.of(1)));
        t.define("format", getter(t, "format", self -> PyStr.of("B")));
        t.define("ndim", getter(t, "ndim", self -> PyInt.of(1)));
        t.define("shape", getter(t, "shape", self -> PyTuple.of(PyInt.of(((PyMemoryView) self).length))));
        t.define("strides", getter(t, "strides", self -> PyTuple.of(PyInt.of(((PyMemoryView) self).step))));
        t.define("suboffsets", getter(t, "suboffsets", self -> PyTuple.of()));
        t.define("c_contiguous", getter(t, "c_contiguous", self -> PyBool.of(((PyMemoryView) self).contiguous())));
        t.define("f_contiguous", getter(t, "f_contiguous", self -> PyBool.of(((PyMemoryView) self).contiguous())));
        t.define("contiguous", getter(t, "contiguous", self -> PyBool.of(((PyMemoryView) self).contiguous())));
    }

    private boolean contiguous() {
        return step == 1 || length <= 1;
    }
}
