package org.pyvm.objects;

/** {@code slice(start, stop, step)}; {@link #indices} is CPython's {@code PySlice_GetIndicesEx}. */
public final class PySlice extends PyObject {
    public static final PyType TYPE = PyType.builtin("slice", PyType.OBJECT, PySlice::define).notSubclassable();

    static {
        TYPE.repr = self -> {
            PySlice s = (PySlice) self;
            return PyStr.of("slice(" + Abstract.repr(s.start).value + ", " + Abstract.repr(s.stop).value + ", "
                    + Abstract.repr(s.step).value + ")");
        };
        TYPE.hash = self -> {
            PySlice s = (PySlice) self;
            return PyTuple.of(s.start, s.stop, s.step).type.hash.hash(PyTuple.of(s.start, s.stop, s.step));
        };
        TYPE.richcompare = (v, w, op) -> {
            if (!(w instanceof PySlice b)) {
                return PyNotImplemented.NotImplemented;
            }
            PySlice a = (PySlice) v;
            PyTuple ta = PyTuple.of(a.start, a.stop, a.step);
            PyTuple tb = PyTuple.of(b.start, b.stop, b.step);
            return Abstract.richCompare(ta, tb, op);
        };
        TYPE.newSlot = (type, args, kw) -> {
            Abstract.checkNoKeywords("slice", kw);
            return switch (args.length) {
                case 1 -> new PySlice(PyNone.None, args[0], PyNone.None);
                case 2 -> new PySlice(args[0], args[1], PyNone.None);
                case 3 -> new PySlice(args[0], args[1], args[2]);
                default -> throw PyException.typeError(args.length == 0 ? "slice expected at least 1 argument, got 0"
                        : "slice expected at most 3 arguments, got " + args.length);
            };
        };
    }

    public final PyObject start;
    public final PyObject stop;
    public final PyObject step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        super(TYPE);
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    /** {start, stop, step, slicelength} for a sequence of length {@code len}, clamped as CPython does. */
    public long[] indices(long len) {
        long st;
        if (step == PyNone.None) {
            st = 1;
        } else {
            st = Abstract.asClampedIndex(step);
            if (st == 0) {
                throw PyException.valueError("slice step cannot be zero");
            }
            if (st < -Long.MAX_VALUE) {
                st = -Long.MAX_VALUE;
            }
        }
        long lo;
        long hi;
        if (start == PyNone.None) {
            lo = st < 0 ? len - 1 : 0;
        } else {
            lo = Abstract.asClampedIndex(start);
            if (lo < 0) {
                lo += len;
                if (lo < 0) {
                    lo = st < 0 ? -1 : 0;
                }
            } else if (lo >= len) {
                lo = st < 0 ? len - 1 : len;
            }
        }
        if (stop == PyNone.None) {
            hi = st < 0 ? -1 : len;
        } else {
            hi = Abstract.asClampedIndex(stop);
            if (hi < 0) {
                hi += len;
                if (hi < 0) {
                    hi = st < 0 ? -1 : 0;
                }
            } else if (hi >= len) {
                hi = st < 0 ? len - 1 : len;
            }
        }
        long n;
        if (st < 0) {
            n = hi < lo ? (lo - hi - 1) / (-st) + 1 : 0;
        } else {
            n = lo < hi ? (hi - lo - 1) / st + 1 : 0;
        }
        return new long[] {lo, hi, st, n};
    }

    private static void define(PyType t) {
        t.define("start", new PyGetSetDescr(t, "start", s -> ((PySlice) s).start, null));
        t.define("stop", new PyGetSetDescr(t, "stop", s -> ((PySlice) s).stop, null));
        t.define("step", new PyGetSetDescr(t, "step", s -> ((PySlice) s).step, null));
        t.define("indices", PyMethodDescr.of(t, "indices", (self, n) -> {
            long len = Abstract.asSize(n);
            if (len < 0) {
                throw PyException.valueError("length should not be negative");
            }
            long[] r = ((PySlice) self).indices(len);
            return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]), PyInt.of(r[2]));
        }));
    }
}
