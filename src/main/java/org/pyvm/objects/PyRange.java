package org.pyvm.objects;

/**
 * {@code range}: start, stop, step as ints. The iterator runs on {@code long} when the bounds fit (the usual
 * case: FOR_ITER over a range never allocates beyond the item ints), on big ints otherwise.
 */
public final class PyRange extends PyObject {
    public static final PyType TYPE = PyType.builtin("range", PyType.OBJECT, PyRange::define).notSubclassable();

    static {
        TYPE.repr = self -> {
            PyRange r = (PyRange) self;
            String s = "range(" + r.start.toDecimalString() + ", " + r.stop.toDecimalString();
            if (!(r.step.isSmall() && r.step.longValue() == 1)) {
                s += ", " + r.step.toDecimalString();
            }
            return PyStr.of(s + ")");
        };
        TYPE.len = self -> {
            PyInt n = ((PyRange) self).length;
            if (!n.isSmall()) {
                throw PyException.overflowError("Python int too large to convert to C ssize_t");
            }
            return n.longValue();
        };
        TYPE.bool = self -> ((PyRange) self).length.signum() != 0;
        TYPE.iter = self -> ((PyRange) self).iterator();
        TYPE.getitem = (self, key) -> ((PyRange) self).getItem(key);
        TYPE.contains = (self, x) -> ((PyRange) self).containsValue(x);
        TYPE.hash = self -> {
            PyRange r = (PyRange) self;
            PyObject n = r.length;
            PyTuple t = r.length.signum() == 0 ? PyTuple.of(n, PyNone.None, PyNone.None)
                    : r.length.isSmall() && r.length.longValue() == 1 ? PyTuple.of(n, r.start, PyNone.None)
                    : PyTuple.of(n, r.start, r.step);
            return Abstract.hash(t);
        };
        TYPE.richcompare = (v, w, op) -> {
            if (!(w instanceof PyRange b) || (op != Abstract.EQ && op != Abstract.NE)) {
                return PyNotImplemented.NotImplemented;
            }
            PyRange a = (PyRange) v;
            boolean eq = PyInt.compare(a.length, b.length, Abstract.EQ) && (a.length.signum() == 0
                    || PyInt.compare(a.start, b.start, Abstract.EQ) && (a.length.isSmall() && a.length.longValue() == 1
                    || PyInt.compare(a.step, b.step, Abstract.EQ)));
            return PyBool.of(op == Abstract.EQ ? eq : !eq);
        };
        TYPE.newSlot = (type, args, kw) -> {
            Abstract.checkNoKeywords("range", kw);
            return switch (args.length) {
                case 1 -> new PyRange(PyInt.of(0), Abstract.index(args[0]), PyInt.of(1));
                case 2 -> new PyRange(Abstract.index(args[0]), Abstract.index(args[1]), PyInt.of(1));
                case 3 -> new PyRange(Abstract.index(args[0]), Abstract.index(args[1]), Abstract.index(args[2]));
                default -> throw PyException.typeError(args.length == 0 ? "range expected at least 1 argument, got 0"
                        : "range expected at most 3 arguments, got " + args.length);
            };
        };
    }

    public final PyInt start;
    public final PyInt stop;
    public final PyInt step;
    final PyInt length;

    public PyRange(PyInt start, PyInt stop, PyInt step) {
        super(TYPE);
        if (step.signum() == 0) {
            throw PyException.valueError("range() arg 3 must not be zero");
        }
        this.start = PyInt.exact(start);
        this.stop = PyInt.exact(stop);
        this.step = PyInt.exact(step);
        this.length = computeLength();
    }

    private PyInt computeLength() {
        PyInt lo;
        PyInt hi;
        PyInt st = step;
        if (step.signum() > 0) {
            lo = start;
            hi = stop;
        } else {
            lo = stop;
            hi = start;
            st = PyInt.negate(step);
        }
        if (PyInt.compare(lo, hi, Abstract.GE)) {
            return PyInt.of(0);
        }
        return PyInt.add(PyInt.floorDiv(PyInt.sub(PyInt.sub(hi, lo), PyInt.of(1)), st), PyInt.of(1));
    }

    private PyObject iterator() {
        if (start.isSmall() && stop.isSmall() && step.isSmall() && length.isSmall()) {
            return new RangeIter(start.longValue(), step.longValue(), length.longValue());
        }
        return new BigRangeIter(this);
    }

    private PyObject getItem(PyObject key) {
        if (key instanceof PySlice s) {
            long[] r = s.indices(length.isSmall() ? length.longValue() : Long.MAX_VALUE);
            PyInt newStart = PyInt.add(start, PyInt.mul(PyInt.of(r[0]), step));
            PyInt newStop = PyInt.add(start, PyInt.mul(PyInt.of(r[1]), step));
            return new PyRange(newStart, newStop, PyInt.mul(step, PyInt.of(r[2])));
        }
        PyInt i = Abstract.index(key);
        if (i.signum() < 0) {
            i = PyInt.add(i, length);
        }
        if (i.signum() < 0 || PyInt.compare(i, length, Abstract.GE)) {
            throw PyException.indexError("range object index out of range");
        }
        return PyInt.add(start, PyInt.mul(i, step));
    }

    private boolean containsValue(PyObject x) {
        if (!(x instanceof PyInt i)) {
            PyObject it = iterator();
            for (PyObject y = Abstract.next(it); y != null; y = Abstract.next(it)) {
                if (Abstract.eq(y, x)) {
                    return true;
                }
            }
            return false;
        }
        if (step.signum() > 0) {
            if (PyInt.compare(i, start, Abstract.LT) || PyInt.compare(i, stop, Abstract.GE)) {
                return false;
            }
        } else if (PyInt.compare(i, start, Abstract.GT) || PyInt.compare(i, stop, Abstract.LE)) {
            return false;
        }
        return PyInt.mod(PyInt.sub(i, start), step).signum() == 0;
    }

    private static void define(PyType t) {
        t.define("__reversed__", PyMethodDescr.of(t, "__reversed__", self -> {
            PyRange r = (PyRange) self;
            // the same values backwards: last = start + (len-1)*step, stepping by -step
            PyInt last = PyInt.add(r.start, PyInt.mul(PyInt.sub(r.length, PyInt.of(1)), r.step));
            PyInt back = PyInt.negate(r.step);
            PyRange rev = new PyRange(last, PyInt.sub(last, PyInt.mul(r.length, r.step)), back);
            return rev.iterator();
        }));
        t.define("start", new PyGetSetDescr(t, "start", s -> ((PyRange) s).start, null));
        t.define("stop", new PyGetSetDescr(t, "stop", s -> ((PyRange) s).stop, null));
        t.define("step", new PyGetSetDescr(t, "step", s -> ((PyRange) s).step, null));
        t.define("count", PyMethodDescr.of(t, "count", (self, x) -> PyInt.of(((PyRange) self).containsValue(x) ? 1 : 0)));
        t.define("index", PyMethodDescr.of(t, "index", (self, x) -> {
            PyRange r = (PyRange) self;
            if (!(x instanceof PyInt i) || !r.containsValue(x)) {
                throw PyException.valueError(Abstract.repr(x).value + " is not in range");
            }
            return PyInt.floorDiv(PyInt.sub(i, r.start), r.step);
        }));
    }

    /** {@code range_iterator} on longs: {@link #nextLong}-style stepping, null at the end. */
    public static final class RangeIter extends PyObject {
        static final PyType TYPE = PyType.builtin("range_iterator", PyType.OBJECT, t -> t.define("__length_hint__",
                PyMethodDescr.of(t, "__length_hint__", self -> PyInt.of(((RangeIter) self).remaining))))
                .notSubclassable();

        static {
            TYPE.iter = self -> self;
            TYPE.next = self -> ((RangeIter) self).next();
        }

        private long next;
        private final long step;
        private long remaining;

        RangeIter(long start, long step, long len) {
            super(TYPE);
            this.next = start;
            this.step = step;
            this.remaining = len;
        }

        /** The next int, or null at the end. */
        public PyObject next() {
            if (remaining <= 0) {
                return null;
            }
            remaining--;
            long v = next;
            next = v + step;
            return PyInt.of(v);
        }
    }

    private static final class BigRangeIter extends PyObject {
        static final PyType TYPE = PyType.builtin("longrange_iterator", PyType.OBJECT, t -> { }).notSubclassable();

        static {
            TYPE.iter = self -> self;
            TYPE.next = self -> {
                BigRangeIter it = (BigRangeIter) self;
                if (it.remaining.signum() <= 0) {
                    return null;
                }
                it.remaining = PyInt.sub(it.remaining, PyInt.of(1));
                PyInt v = it.next;
                it.next = PyInt.add(v, it.step);
                return v;
            };
        }

        private PyInt next;
        private final PyInt step;
        private PyInt remaining;

        BigRangeIter(PyRange r) {
            super(TYPE);
            next = r.start;
            step = r.step;
            remaining = r.length;
        }
    }
}
