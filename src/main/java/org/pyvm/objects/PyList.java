package org.pyvm.objects;

import java.util.Arrays;
import java.util.List;

/**
 * {@code list}: a growable array ({@link #items}, {@link #size}). The iterator reads the live list, as CPython's
 * does (appending while iterating sees the new items). {@code sort} is a stable merge sort that uses only
 * {@code <}, as CPython's; the list is empty while it sorts ("list modified during sort").
 */
public class PyList extends PyObject {
    public static final PyType TYPE = PyType.builtin("list", PyType.OBJECT, PyListMethods::define);

    static {
        PyType t = TYPE;
        t.repr = self -> PyStr.of(((PyList) self).reprString());
        t.hash = Slots.HASH_NOT_IMPLEMENTED;
        t.len = self -> ((PyList) self).size;
        t.richcompare = (v, w, op) -> w instanceof PyList b
                ? compareSequences(((PyList) v).items, ((PyList) v).size, b.items, b.size, op)
                : PyNotImplemented.NotImplemented;
        t.getitem = (self, key) -> ((PyList) self).getItem(key);
        t.setitem = (self, key, value) -> ((PyList) self).setItem(key, value);
        t.contains = (self, x) -> {
            PyList l = (PyList) self;
            for (int i = 0; i < l.size; i++) {
                if (Abstract.eq(l.items[i], x)) {
                    return true;
                }
            }
            return false;
        };
        t.iter = self -> new ArrayIter(ArrayIter.LIST_TYPE, null, 0, (PyList) self);
        t.sqConcat = (v, w) -> {
            if (!(w instanceof PyList b)) {
                throw PyException.typeError("can only concatenate list (not \"" + w.type.name + "\") to list");
            }
            PyList a = (PyList) v;
            PyObject[] r = Arrays.copyOf(a.items, Math.max(a.size + b.size, 4));
            System.arraycopy(b.items, 0, r, a.size, b.size);
            return new PyList(r, a.size + b.size);
        };
        t.sqRepeat = (v, n) -> {
            PyList a = (PyList) v;
            PyObject[] r = repeatArray(a.items, a.size, Abstract.asClampedIndex(n));
            return new PyList(r, r.length);
        };
        t.sqInplaceConcat = (v, w) -> {
            ((PyList) v).extend(w);
            return v;
        };
        t.sqInplaceRepeat = (v, n) -> {
            PyList a = (PyList) v;
            PyObject[] r = repeatArray(a.items, a.size, Abstract.asClampedIndex(n));
            a.items = r.length == 0 ? new PyObject[4] : r;
            a.size = r.length;
            return a;
        };
        t.newSlot = (type, args, kw) -> type == TYPE ? new PyList() : new Derived(type);
        t.init = (self, args, kw) -> {
            Abstract.checkNoKeywords("list", kw);
            if (args.length > 1) {
                throw PyException.typeError("list expected at most 1 argument, got " + args.length);
            }
            PyList l = (PyList) self;
            l.clear();
            if (args.length == 1) {
                l.extend(args[0]);
            }
        };
    }

    PyObject[] items;
    int size;

    public PyList() {
        this(TYPE);
    }

    PyList(PyType type) {
        super(type);
        items = new PyObject[4];
    }

    /** Takes ownership of the first {@code size} entries of {@code items}. */
    PyList(PyObject[] items, int size) {
        super(TYPE);
        this.items = items.length == 0 ? new PyObject[4] : items;
        this.size = size;
    }

    /** A list of these items (copied). */
    public PyList(PyObject[] items) {
        this(Arrays.copyOf(items, Math.max(items.length, 4)), items.length);
    }

    public PyList(List<PyObject> items) {
        this(items.toArray(new PyObject[0]));
    }

    /** A Python subclass of list. */
    public static final class Derived extends PyList {
        private PyDict dict;

        Derived(PyType type) {
            super(type);
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

    public final PyObject get(int i) {
        return items[i];
    }

    public final PyObject[] toArray() {
        return Arrays.copyOf(items, size);
    }

    public final void append(PyObject x) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size + (size >> 1) + 4);
        }
        items[size++] = x;
    }

    public final void clear() {
        items = new PyObject[4];
        size = 0;
    }

    /** {@code list.extend(iterable)}. */
    public final void extend(PyObject iterable) {
        if (iterable instanceof PyList l) {
            PyObject[] src = l.items;
            int n = l.size;
            ensure(size + n);
            System.arraycopy(src, 0, items, size, n);
            size += n;
            return;
        }
        if (iterable instanceof PyTuple t) {
            ensure(size + t.items.length);
            System.arraycopy(t.items, 0, items, size, t.items.length);
            size += t.items.length;
            return;
        }
        PyObject it = Abstract.iter(iterable);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            append(x);
        }
    }

    private void ensure(int n) {
        if (n > items.length) {
            items = Arrays.copyOf(items, Math.max(n, size + (size >> 1) + 4));
        }
    }

    final PyObject getItem(PyObject key) {
        if (key instanceof PyInt k) {
            return items[index(k, "list index out of range")];
        }
        if (key instanceof PySlice s) {
            long[] r = s.indices(size);
            PyObject[] a = sliceArray(items, r);
            return new PyList(a, a.length);
        }
        if (key.type.index != null) {
            return getItem(Abstract.index(key));
        }
        throw PyException.typeError("list indices must be integers or slices, not " + key.type.name);
    }

    private int index(PyInt k, String msg) {
        long i = k.isSmall() ? k.longValue() : (k.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE);
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw PyException.indexError(msg);
        }
        return (int) i;
    }

    final void setItem(PyObject key, PyObject value) {
        if (key instanceof PyInt k) {
            if (value == null) {
                int i = index(k, "list assignment index out of range");
                System.arraycopy(items, i + 1, items, i, size - i - 1);
                items[--size] = null;
            } else {
                items[index(k, "list assignment index out of range")] = value;
            }
            return;
        }
        if (key instanceof PySlice s) {
            setSlice(s, value);
            return;
        }
        if (key.type.index != null) {
            setItem(Abstract.index(key), value);
            return;
        }
        throw PyException.typeError("list indices must be integers or slices, not " + key.type.name);
    }

    private void setSlice(PySlice s, PyObject value) {
        long[] r = s.indices(size);
        int start = (int) r[0];
        int step = (int) r[2];
        int n = (int) r[3];
        if (value == null) {
            if (step < 0) {
                start = start + step * (n - 1);
                step = -step;
            }
            if (n == 0) {
                return;
            }
            PyObject[] out = new PyObject[Math.max(size - n, 4)];
            int j = 0;
            int next = start;
            int removed = 0;
            for (int i = 0; i < size; i++) {
                if (removed < n && i == next) {
                    removed++;
                    next += step;
                } else {
                    out[j++] = items[i];
                }
            }
            items = out;
            size = j;
            return;
        }
        PyObject[] src = value == this ? toArray() : Abstract.toArray(value);
        if (step == 1) {
            int stop = Math.max(start, (int) r[1]);
            int newSize = size - (stop - start) + src.length;
            PyObject[] out = new PyObject[Math.max(newSize, 4)];
            System.arraycopy(items, 0, out, 0, start);
            System.arraycopy(src, 0, out, start, src.length);
            System.arraycopy(items, stop, out, start + src.length, size - stop);
            items = out;
            size = newSize;
            return;
        }
        if (src.length != n) {
            throw PyException.valueError("attempt to assign sequence of size " + src.length
                    + " to extended slice of size " + n);
        }
        for (int k = 0, i = start; k < n; k++, i += step) {
            items[i] = src[k];
        }
    }

    static PyObject[] sliceArray(PyObject[] items, long[] r) {
        int start = (int) r[0];
        int step = (int) r[2];
        int n = (int) r[3];
        if (step == 1) {
            return Arrays.copyOfRange(items, start, start + n);
        }
        PyObject[] out = new PyObject[n];
        for (int k = 0, i = start; k < n; k++, i += step) {
            out[k] = items[i];
        }
        return out;
    }

    static PyObject[] repeatArray(PyObject[] items, int size, long n) {
        if (n <= 0 || size == 0) {
            return new PyObject[0];
        }
        if ((long) size * n > Integer.MAX_VALUE - 8) {
            throw PyException.of(PyBaseException.MemoryError, (String) null);
        }
        PyObject[] out = new PyObject[(int) (size * n)];
        for (int k = 0; k < n; k++) {
            System.arraycopy(items, 0, out, k * size, size);
        }
        return out;
    }

    /** Lexicographic comparison of two sequences (CPython's list_richcompare / tuplerichcompare). */
    static PyObject compareSequences(PyObject[] a, int na, PyObject[] b, int nb, int op) {
        if ((op == Abstract.EQ || op == Abstract.NE) && na != nb) {
            return PyBool.of(op == Abstract.NE);
        }
        int i = 0;
        for (; i < na && i < nb; i++) {
            if (!Abstract.eq(a[i], b[i])) {
                break;
            }
        }
        if (i >= na || i >= nb) {
            return PyBool.of(PyInt.cmpResult(Integer.compare(na, nb), op));
        }
        if (op == Abstract.EQ) {
            return PyBool.False;
        }
        if (op == Abstract.NE) {
            return PyBool.True;
        }
        return Abstract.richCompare(a[i], b[i], op);
    }

    static int indexOf(PyObject[] items, int size, PyObject[] a) {
        long start = a[1] == null ? 0 : Abstract.asClampedIndex(a[1]);
        long stop = a[2] == null ? size : Abstract.asClampedIndex(a[2]);
        if (start < 0) {
            start = Math.max(0, start + size);
        }
        if (stop < 0) {
            stop = Math.max(0, stop + size);
        }
        for (long i = start; i < Math.min(stop, size); i++) {
            if (Abstract.eq(items[(int) i], a[0])) {
                return (int) i;
            }
        }
        return -1;
    }

    final String reprString() {
        if (size == 0) {
            return "[]";
        }
        if (!Abstract.reprEnter(this)) {
            return "[...]";
        }
        try {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < size; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Abstract.repr(items[i]).value);
            }
            return sb.append(']').toString();
        } finally {
            Abstract.reprLeave(this);
        }
    }

    /** {@code list.sort(key=None, reverse=False)}. */
    public final void sort(PyObject key, boolean reverse) {
        PyObject[] a = toArray();
        int n = a.length;
        PyObject[] saved = items;
        items = new PyObject[4];
        size = 0;
        try {
            PyObject[] keys = a;
            if (key != null && key != PyNone.None) {
                keys = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = Abstract.call(key, a[i]);
                }
            }
            if (reverse) {
                reverse(a);
                if (keys != a) {
                    reverse(keys);
                }
            }
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            mergeSort(order, keys, new Integer[n], 0, n);
            PyObject[] sorted = new PyObject[Math.max(n, 4)];
            for (int i = 0; i < n; i++) {
                sorted[i] = a[order[i]];
            }
            if (reverse) {
                reverse(sorted, n);
            }
            saved = sorted;
        } finally {
            boolean modified = size != 0;
            items = saved;
            size = n;
            if (modified) {
                throw PyException.valueError("list modified during sort");
            }
        }
    }

    private static void reverse(PyObject[] a) {
        reverse(a, a.length);
    }

    private static void reverse(PyObject[] a, int n) {
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            PyObject t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static boolean lt(PyObject x, PyObject y) {
        if (x.type == PyInt.TYPE && y.type == PyInt.TYPE) {
            return PyInt.compare((PyInt) x, (PyInt) y, Abstract.LT);
        }
        if (x.type == PyFloat.TYPE && y.type == PyFloat.TYPE) {
            return ((PyFloat) x).value < ((PyFloat) y).value;
        }
        if (x.type == PyStr.TYPE && y.type == PyStr.TYPE) {
            return PyStr.compareCodePoints(((PyStr) x).value, ((PyStr) y).value) < 0;
        }
        return Abstract.compare(x, y, Abstract.LT);
    }

    /** Stable merge sort of the index array {@code order[lo, hi)} by {@code keys}, using only {@code <}. */
    private static void mergeSort(Integer[] order, PyObject[] keys, Integer[] tmp, int lo, int hi) {
        if (hi - lo < 12) {
            for (int i = lo + 1; i < hi; i++) {
                Integer x = order[i];
                int j = i;
                while (j > lo && lt(keys[x], keys[order[j - 1]])) {
                    order[j] = order[j - 1];
                    j--;
                }
                order[j] = x;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(order, keys, tmp, lo, mid);
        mergeSort(order, keys, tmp, mid, hi);
        if (!lt(keys[order[mid]], keys[order[mid - 1]])) {
            return;
        }
        System.arraycopy(order, lo, tmp, lo, hi - lo);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
            if (lt(keys[tmp[j]], keys[tmp[i]])) {
                order[k++] = tmp[j++];
            } else {
                order[k++] = tmp[i++];
            }
        }
        while (i < mid) {
            order[k++] = tmp[i++];
        }
        while (j < hi) {
            order[k++] = tmp[j++];
        }
    }

    /** {@code list_iterator} / {@code tuple_iterator}: exhaustion returns null, never throws. */
    static final class ArrayIter extends PyObject {
        static final PyType LIST_TYPE = PyType.builtin("list_iterator", PyType.OBJECT, ArrayIter::define)
                .notSubclassable();
        static final PyType LIST_REVERSE_TYPE = PyType.builtin("list_reverseiterator", PyType.OBJECT,
                ArrayIter::define).notSubclassable();
        static final PyType TUPLE_TYPE = PyType.builtin("tuple_iterator", PyType.OBJECT, ArrayIter::define)
                .notSubclassable();

        static {
            for (PyType t : new PyType[] {LIST_TYPE, LIST_REVERSE_TYPE, TUPLE_TYPE}) {
                t.iter = self -> self;
                t.next = self -> ((ArrayIter) self).next();
            }
        }

        /** Iterators have no len(); {@code __length_hint__} says how many items are left. */
        private static void define(PyType t) {
            t.define("__length_hint__", PyMethodDescr.of(t, "__length_hint__", self -> {
                ArrayIter it = (ArrayIter) self;
                int n = it.list != null ? it.list.size : it.limit;
                return PyInt.of(Math.max(0, n - it.pos));
            }));
        }

        private final PyObject[] array;
        private final int limit;
        private PyList list;
        private int pos;

        ArrayIter(PyType type, PyObject[] array, int limit, PyList list) {
            super(type);
            this.array = array;
            this.limit = limit;
            this.list = list;
        }

        /** The next item or null. */
        public PyObject next() {
            PyList l = list;
            if (l != null) {
                if (pos < l.size) {
                    return l.items[pos++];
                }
                list = null;
                pos = Integer.MAX_VALUE;
                return null;
            }
            if (pos < limit) {
                return array[pos++];
            }
            return null;
        }
    }
}
