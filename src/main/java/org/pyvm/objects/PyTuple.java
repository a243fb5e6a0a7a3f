package org.pyvm.objects;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** {@code tuple}: an immutable array. The empty tuple is shared. Hash: CPython's xxHash-based tuple hash. */
public class PyTuple extends PyObject {
    public static final PyType TYPE = PyType.builtin("tuple", PyType.OBJECT, PyTuple::define);
    public static final PyTuple EMPTY = new PyTuple(TYPE, new PyObject[0]);

    static {
        PyType t = TYPE;
        t.repr = self -> PyStr.of(((PyTuple) self).reprString());
        t.hash = self -> ((PyTuple) self).hash();
        t.len = self -> ((PyTuple) self).items.length;
        t.richcompare = (v, w, op) -> w instanceof PyTuple b
                ? PyList.compareSequences(((PyTuple) v).items, ((PyTuple) v).items.length, b.items, b.items.length, op)
                : PyNotImplemented.NotImplemented;
        t.getitem = (self, key) -> ((PyTuple) self).getItem(key);
        t.contains = (self, x) -> {
            for (PyObject y : ((PyTuple) self).items) {
                if (Abstract.eq(y, x)) {
                    return true;
                }
            }
            return false;
        };
        t.iter = self -> new PyList.ArrayIter(PyList.ArrayIter.TUPLE_TYPE, ((PyTuple) self).items,
                ((PyTuple) self).items.length, null);
        t.sqConcat = (v, w) -> {
            if (!(w instanceof PyTuple b)) {
                throw PyException.typeError("can only concatenate tuple (not \"" + w.type.name + "\") to tuple");
            }
            PyTuple a = (PyTuple) v;
            PyObject[] r = Arrays.copyOf(a.items, a.items.length + b.items.length);
            System.arraycopy(b.items, 0, r, a.items.length, b.items.length);
            return new PyTuple(r);
        };
        t.sqRepeat = (v, n) -> {
            PyTuple a = (PyTuple) v;
            long k = Abstract.asClampedIndex(n);
            if (k <= 0 || a.items.length == 0) {
                return EMPTY;
            }
            if (k == 1 && a.type == TYPE) {
                return a;
            }
            return new PyTuple(PyList.repeatArray(a.items, a.items.length, k));
        };
        t.newSlot = (type, args, kw) -> {
            Abstract.checkNoKeywords("tuple", kw);
            if (args.length > 1) {
                throw PyException.typeError("tuple expected at most 1 argument, got " + args.length);
            }
            PyObject[] items = args.length == 0 ? new PyObject[0] : Abstract.toArray(args[0]);
            if (type == TYPE) {
                return args.length == 1 && args[0].type == TYPE ? args[0] : new PyTuple(items);
            }
            return new Derived(type, items);
        };
    }

    final PyObject[] items;

    /** Takes ownership of {@code items}. */
    public PyTuple(PyObject[] items) {
        this(TYPE, items);
    }

    protected PyTuple(PyType type, PyObject[] items) {
        super(type);
        this.items = items;
    }

    public PyTuple(List<PyObject> items) {
        this(TYPE, items.toArray(new PyObject[0]));
    }

    public static PyTuple of(PyObject... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    /** {@code tuple(iterable)}. */
    public static PyTuple fromIterable(PyObject o) {
        if (o.type == TYPE) {
            return (PyTuple) o;
        }
        return new PyTuple(Abstract.toArray(o));
    }

    /** A Python subclass of tuple. */
    public static final class Derived extends PyTuple {
        private PyDict dict;

        Derived(PyType type, PyObject[] items) {
            super(type, items);
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
        return items.length;
    }

    public final PyObject get(int i) {
        return items[i];
    }

    /** A read-only view. */
    public final List<PyObject> items() {
        return Collections.unmodifiableList(Arrays.asList(items));
    }

    public final PyObject[] toArray() {
        return items.clone();
    }

    /** The backing array itself, for the interpreter's unpacking and calls: callers must never modify it. */
    public final PyObject[] array() {
        return items;
    }

    final PyObject getItem(PyObject key) {
        if (key instanceof PyInt k) {
            long i = k.isSmall() ? k.longValue() : (k.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE);
            if (i < 0) {
                i += items.length;
            }
            if (i < 0 || i >= items.length) {
                throw PyException.indexError("tuple index out of range");
            }
            return items[(int) i];
        }
        if (key instanceof PySlice s) {
            long[] r = s.indices(items.length);
            if (r[2] == 1 && r[3] == items.length && type == TYPE) {
                return this;
            }
            return new PyTuple(PyList.sliceArray(items, r));
        }
        if (key.type.index != null) {
            return getItem(Abstract.index(key));
        }
        throw PyException.typeError("tuple indices must be integers or slices, not " + key.type.name);
    }

    final long hash() {
        final long p1 = -7046029288634856825L;  // 11400714785074694791
        final long p2 = -4417276706812531889L;  // 14029467366897019727
        final long p5 = 2870177450012600261L;
        long acc = p5;
        for (PyObject item : items) {
            long lane = Abstract.hash(item);
            acc += lane * p2;
            acc = Long.rotateLeft(acc, 31);
            acc *= p1;
        }
        acc += items.length ^ (p5 ^ 3527539L);
        return acc == -1 ? 1546275796 : acc;
    }

    final String reprString() {
        if (items.length == 0) {
            return "()";
        }
        if (!Abstract.reprEnter(this)) {
            return "(...)";
        }
        try {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Abstract.repr(items[i]).value);
            }
            if (items.length == 1) {
                sb.append(',');
            }
            return sb.append(')').toString();
        } finally {
            Abstract.reprLeave(this);
        }
    }

    private static void define(PyType t) {
        t.define("index", PyMethodDescr.of(t, "index", 1, 3, (PyMethodDescr.Fn.FA) (self, a) -> {
            PyTuple tu = (PyTuple) self;
            int i = PyList.indexOf(tu.items, tu.items.length, a);
            if (i < 0) {
                throw PyException.valueError("tuple.index(x): x not in tuple");
            }
            return PyInt.of(i);
        }));
        t.define("count", PyMethodDescr.of(t, "count", (self, x) -> {
            int c = 0;
            for (PyObject y : ((PyTuple) self).items) {
                if (Abstract.eq(y, x)) {
                    c++;
                }
            }
            return PyInt.of(c);
        }));
        t.define("__getnewargs__", PyMethodDescr.of(t, "__getnewargs__",
                self -> PyTuple.of(new PyTuple(((PyTuple) self).items))));
        t.define("__class_getitem__", PyMethodDescr.classMethod(t, "__class_getitem__", 1, 1, new String[] {"x"},
                (cls, a) -> new PyGenericAlias(cls, a[0])));
    }
}
