package org.pyvm.modules;

import org.pyvm.objects.Abstract;
import org.pyvm.objects.PyDict;
import org.pyvm.objects.PyException;
import org.pyvm.objects.PyGenericAlias;
import org.pyvm.objects.PyGetSetDescr;
import org.pyvm.objects.PyInt;
import org.pyvm.objects.PyList;
import org.pyvm.objects.PyMethodDescr;
import org.pyvm.objects.PyModule;
import org.pyvm.objects.PyNone;
import org.pyvm.objects.PyNotImplemented;
import org.pyvm.objects.PyObject;
import org.pyvm.objects.PyStr;
import org.pyvm.objects.PyTuple;
import org.pyvm.objects.PyType;

/**
 * {@code _collections}: the parts of {@code collections} CPython writes in C for speed, here {@code deque}; the
 * rest of the package is Python ({@code collections/__init__.py} imports from here).
 */
public final class CollectionsModule {
    private CollectionsModule() {
    }

    public static PyModule create() {
        PyModule m = new PyModule("_collections");
        m.add("deque", PyDeque.TYPE);
        m.add("_deque_iterator", DequeIter.TYPES[0]);
        m.add("_deque_reverse_iterator", DequeIter.TYPES[1]);
        return m;
    }

    /**
     * {@code collections.deque}: a ring buffer ({@code buf}, {@code head}, {@code size}) that doubles when full,
     * with an optional {@code maxlen} (negative when unbounded) that drops items from the opposite end.
     * {@code state} counts mutations so iterators can detect them.
     */
    public static class PyDeque extends PyObject {
        public static final PyType TYPE = PyType.builtin("deque", PyType.OBJECT, PyDeque::define)
                .inModule("collections");

        static {
            PyType t = TYPE;
            t.newSlot = (type, args, kw) -> type == TYPE ? new PyDeque(TYPE) : new Derived(type);
            t.init = (self, args, kw) -> ((PyDeque) self).init(args, kw);
            t.repr = self -> PyStr.of(((PyDeque) self).reprString());
            t.hash = self -> {
                throw PyException.typeError("unhashable type: 'collections.deque'");
            };
            t.len = self -> ((PyDeque) self).size;
            t.getitem = (self, key) -> {
                PyDeque d = (PyDeque) self;
                return d.buf[d.slot(d.checkIndex(key))];
            };
            t.setitem = (self, key, value) -> {
                PyDeque d = (PyDeque) self;
                int i = d.checkIndex(key);
                if (value != null) {
                    d.buf[d.slot(i)] = value;
                } else {
                    d.delete(i);
                }
            };
            t.contains = (self, x) -> ((PyDeque) self).find(x, 0, Integer.MAX_VALUE, true) >= 0;
            t.iter = self -> new DequeIter((PyDeque) self, false);
            t.richcompare = (v, w, op) -> {
                if (!(w instanceof PyDeque b)) {
                    return PyNotImplemented.NotImplemented;
                }
                return Abstract.richCompare(((PyDeque) v).toList(), b.toList(), op);
            };
            t.sqConcat = (v, w) -> {
                if (!(w instanceof PyDeque b)) {
                    throw PyException.typeError("can only concatenate deque (not \"" + w.type().name()
                            + "\") to deque");
                }
                PyDeque r = ((PyDeque) v).copy();
                r.extend(b);
                return r;
            };
            t.sqRepeat = (v, n) -> {
                PyDeque r = ((PyDeque) v).copy();
                r.repeat(Abstract.asClampedIndex(n));
                return r;
            };
            t.sqInplaceConcat = (v, w) -> {
                ((PyDeque) v).extend(w);
                return v;
            };
            t.sqInplaceRepeat = (v, n) -> {
                ((PyDeque) v).repeat(Abstract.asClampedIndex(n));
                return v;
            };
        }

        PyObject[] buf = new PyObject[8];
        int head;
        int size;
        int maxlen = -1;
        long state;

        PyDeque(PyType type) {
            super(type);
        }

        /** A Python subclass of deque. */
        public static final class Derived extends PyDeque {
            private final PyDict dict;

            Derived(PyType type) {
                super(type);
                dict = type.instancesHaveDict ? new PyDict() : null;
            }

            @Override
            public PyDict dict() {
                return dict;
            }
        }

        private static void define(PyType t) {
            t.define("__hash__", PyNone.None);
            t.define("append", PyMethodDescr.of(t, "append", (self, x) -> {
                ((PyDeque) self).append(x);
                return PyNone.None;
            }));
            t.define("appendleft", PyMethodDescr.of(t, "appendleft", (self, x) -> {
                ((PyDeque) self).appendLeft(x);
                return PyNone.None;
            }));
            t.define("pop", PyMethodDescr.of(t, "pop", self -> ((PyDeque) self).pop()));
            t.define("popleft", PyMethodDescr.of(t, "popleft", self -> ((PyDeque) self).popLeft()));
            t.define("extend", PyMethodDescr.of(t, "extend", (self, it) -> {
                ((PyDeque) self).extend(it);
                return PyNone.None;
            }));
            t.define("extendleft", PyMethodDescr.of(t, "extendleft", (self, it) -> {
                PyDeque d = (PyDeque) self;
                for (PyObject x : snapshotIfSelf(d, it)) {
                    d.appendLeft(x);
                }
                return PyNone.None;
            }));
            t.define("clear", PyMethodDescr.of(t, "clear", self -> {
                ((PyDeque) self).clear();
                return PyNone.None;
            }));
            t.define("copy", PyMethodDescr.of(t, "copy", self -> ((PyDeque) self).copyAny()));
            t.define("__copy__", PyMethodDescr.of(t, "__copy__", self -> ((PyDeque) self).copyAny()));
            t.define("count", PyMethodDescr.of(t, "count", (self, x) -> {
                PyDeque d = (PyDeque) self;
                long start = d.state;
                int n = 0;
                for (int i = 0; i < d.size; i++) {
                    if (Abstract.eq(d.buf[d.slot(i)], x)) {
                        n++;
                    }
                    if (d.state != start) {
                        throw PyException.runtimeError("deque mutated during iteration");
                    }
                }
                return PyInt.of(n);
            }));
            t.define("index", PyMethodDescr.of(t, "index", 1, 3, (PyMethodDescr.Fn.FA) (self, a) -> {
                PyDeque d = (PyDeque) self;
                int start = a[1] == null ? 0 : clampIndex(a[1], d.size);
                int stop = a[2] == null ? d.size : clampIndex(a[2], d.size);
                int i = d.find(a[0], start, stop, false);
                if (i < 0) {
                    throw PyException.valueError(Abstract.repr(a[0]).value + " is not in deque");
                }
                return PyInt.of(i);
            }));
            t.define("insert", PyMethodDescr.of(t, "insert", 2, 2, (PyMethodDescr.Fn.F2) (self, idx, x) -> {
                ((PyDeque) self).insert(Abstract.asClampedIndex(idx), x);
                return PyNone.None;
            }));
            t.define("remove", PyMethodDescr.of(t, "remove", (self, x) -> {
                PyDeque d = (PyDeque) self;
                int i = d.find(x, 0, d.size, true);
                if (i < 0) {
                    throw PyException.valueError(Abstract.repr(x).value + " is not in deque");
                }
                d.delete(i);
                return PyNone.None;
            }));
            t.define("reverse", PyMethodDescr.of(t, "reverse", self -> {
                PyDeque d = (PyDeque) self;
                for (int i = 0, j = d.size - 1; i < j; i++, j--) {
                    PyObject x = d.buf[d.slot(i)];
                    d.buf[d.slot(i)] = d.buf[d.slot(j)];
                    d.buf[d.slot(j)] = x;
                }
                d.state++;
                return PyNone.None;
            }));
            t.define("rotate", PyMethodDescr.of(t, "rotate", 0, 1, (PyMethodDescr.Fn.FA) (self, a) -> {
                ((PyDeque) self).rotate(a[0] == null ? 1 : Abstract.asLong(a[0]));
                return PyNone.None;
            }));
            t.define("__reversed__", PyMethodDescr.of(t, "__reversed__", self -> new DequeIter((PyDeque) self, true)));
            t.define("maxlen", new PyGetSetDescr(t, "maxlen",
                    self -> ((PyDeque) self).maxlen < 0 ? PyNone.None : PyInt.of(((PyDeque) self).maxlen), null));
            t.define("__reduce__", PyMethodDescr.of(t, "__reduce__", self -> {
                PyDeque d = (PyDeque) self;
                PyObject state = d.dict() == null || d.dict().size() == 0 ? PyNone.None : d.dict();
                PyObject ml = d.maxlen < 0 ? PyNone.None : PyInt.of(d.maxlen);
                return PyTuple.of(d.type(), PyTuple.of(PyTuple.EMPTY, ml), state, Abstract.iter(d.toList()));
            }));
            t.define("__class_getitem__", PyMethodDescr.classMethod(t, "__class_getitem__", 1, 1,
                    new String[] {"item"}, (cls, a) -> new PyGenericAlias(cls, a[0])));
        }

        private void init(PyObject[] args, String[] kw) {
            int nkw = kw == null ? 0 : kw.length;
            int npos = args.length - nkw;
            PyObject iterable = null;
            PyObject ml = null;
            if (npos > 2) {
                throw PyException.typeError("deque() takes at most 2 arguments (" + args.length + " given)");
            }
            if (npos >= 1) {
                iterable = args[0];
            }
            if (npos == 2) {
                ml = args[1];
            }
            for (int k = 0; k < nkw; k++) {
                PyObject v = args[npos + k];
                switch (kw[k]) {
                    case "iterable" -> {
                        if (iterable != null) {
                            throw PyException.typeError("argument for deque() given by name ('iterable') and "
                                    + "position (1)");
                        }
                        iterable = v;
                    }
                    case "maxlen" -> {
                        if (ml != null) {
                            throw PyException.typeError("argument for deque() given by name ('maxlen') and "
                                    + "position (2)");
                        }
                        ml = v;
                    }
                    default -> throw PyException.typeError("'" + kw[k]
                            + "' is an invalid keyword argument for deque()");
                }
            }
            int newMax = -1;
            if (ml != null && ml != PyNone.None) {
                if (!(ml instanceof PyInt)) {
                    throw PyException.typeError("an integer is required");
                }
                long v = Abstract.asLong(ml);
                if (v < 0) {
                    throw PyException.valueError("maxlen must be non-negative");
                }
                newMax = (int) Math.min(v, Integer.MAX_VALUE);
            }
            maxlen = newMax;
            if (size > 0) {
                clear();
            }
            if (iterable != null) {
                extend(iterable);
            }
        }

        final int slot(int i) {
            return (head + i) & (buf.length - 1);
        }

        private void grow() {
            PyObject[] nb = new PyObject[buf.length * 2];
            for (int i = 0; i < size; i++) {
                nb[i] = buf[slot(i)];
            }
            buf = nb;
            head = 0;
        }

        final void append(PyObject x) {
            state++;
            if (maxlen == 0) {
                return;
            }
            if (size == maxlen) {
                popLeft();
            }
            if (size == buf.length) {
                grow();
            }
            buf[slot(size)] = x;
            size++;
        }

        final void appendLeft(PyObject x) {
            state++;
            if (maxlen == 0) {
                return;
            }
            if (size == maxlen) {
                pop();
            }
            if (size == buf.length) {
                grow();
            }
            head = (head - 1) & (buf.length - 1);
            buf[head] = x;
            size++;
        }

        final PyObject pop() {
            if (size == 0) {
                throw PyException.indexError("pop from an empty deque");
            }
            state++;
            int s = slot(size - 1);
            PyObject x = buf[s];
            buf[s] = null;
            size--;
            return x;
        }

        final PyObject popLeft() {
            if (size == 0) {
                throw PyException.indexError("pop from an empty deque");
            }
            state++;
            PyObject x = buf[head];
            buf[head] = null;
            head = (head + 1) & (buf.length - 1);
            size--;
            return x;
        }

        final void clear() {
            state++;
            buf = new PyObject[8];
            head = 0;
            size = 0;
        }

        private static Iterable<PyObject> snapshotIfSelf(PyDeque d, PyObject it) {
            PyList items = new PyList();
            items.extend(it == d ? d.toList() : it);
            return java.util.Arrays.asList(items.toArray());
        }

        final void extend(PyObject it) {
            if (it == this) {
                for (PyObject x : toList().toArray()) {
                    append(x);
                }
                return;
            }
            PyObject iter = Abstract.iter(it);
            for (PyObject x = Abstract.next(iter); x != null; x = Abstract.next(iter)) {
                append(x);
            }
        }

        final PyList toList() {
            PyObject[] a = new PyObject[size];
            for (int i = 0; i < size; i++) {
                a[i] = buf[slot(i)];
            }
            return new PyList(a);
        }

        private void setAll(PyObject[] items) {
            int cap = 8;
            while (cap < items.length) {
                cap <<= 1;
            }
            buf = new PyObject[cap];
            System.arraycopy(items, 0, buf, 0, items.length);
            head = 0;
            size = items.length;
            state++;
        }

        final PyDeque copy() {
            PyDeque r = new PyDeque(TYPE);
            r.maxlen = maxlen;
            r.buf = buf.clone();
            r.head = head;
            r.size = size;
            return r;
        }

        /** {@code d.copy()}: for a subclass, {@code type(d)(d, maxlen)} as CPython does. */
        final PyObject copyAny() {
            if (type() == TYPE) {
                return copy();
            }
            if (maxlen < 0) {
                return Abstract.call(type(), this);
            }
            return Abstract.call(type(), this, PyInt.of(maxlen));
        }

        final void repeat(long n) {
            if (n <= 0 || size == 0) {
                if (n <= 0) {
                    clear();
                }
                return;
            }
            PyObject[] items = toList().toArray();
            long total = (long) items.length * n;
            if (maxlen >= 0 && total > maxlen) {
                total = maxlen;
            }
            if (total > Integer.MAX_VALUE - 8) {
                throw PyException.of(org.pyvm.objects.PyBaseException.MemoryError, "");
            }
            PyObject[] r = new PyObject[(int) total];
            // with a maxlen only the last total items of the repetition survive
            long skip = (long) items.length * n - total;
            for (int i = 0; i < r.length; i++) {
                r[i] = items[(int) ((skip + i) % items.length)];
            }
            setAll(r);
        }

        final int checkIndex(PyObject key) {
            if (!(key instanceof PyInt) && key.type().lookup("__index__") == null) {
                throw PyException.typeError("sequence index must be integer, not '" + key.type().name() + "'");
            }
            long i = Abstract.asSize(key);
            if (i < 0) {
                i += size;
            }
            if (i < 0 || i >= size) {
                throw PyException.indexError("deque index out of range");
            }
            return (int) i;
        }

        private static int clampIndex(PyObject o, int size) {
            long i = Abstract.asClampedIndex(o);
            if (i < 0) {
                i = Math.max(i + size, 0);
            }
            return (int) Math.min(i, size);
        }

        /** The first index in [start, stop) holding x (identity or ==), or -1; checks for mutation. */
        final int find(PyObject x, int start, int stop, boolean mutationIsError) {
            long st = state;
            int end = Math.min(stop, size);
            for (int i = start; i < end; i++) {
                PyObject item = buf[slot(i)];
                boolean hit = item == x || Abstract.eq(item, x);
                if (state != st) {
                    throw PyException.runtimeError("deque mutated during iteration");
                }
                if (hit) {
                    return i;
                }
            }
            return -1;
        }

        final void insert(long index, PyObject x) {
            if (maxlen >= 0 && size >= maxlen) {
                throw PyException.indexError("deque already at its maximum size");
            }
            if (index < 0) {
                index = Math.max(index + size, 0);
            }
            index = Math.min(index, size);
            PyObject[] items = toList().toArray();
            PyObject[] r = new PyObject[items.length + 1];
            System.arraycopy(items, 0, r, 0, (int) index);
            r[(int) index] = x;
            System.arraycopy(items, (int) index, r, (int) index + 1, items.length - (int) index);
            setAll(r);
        }

        final void delete(int i) {
            PyObject[] items = toList().toArray();
            PyObject[] r = new PyObject[items.length - 1];
            System.arraycopy(items, 0, r, 0, i);
            System.arraycopy(items, i + 1, r, i, items.length - i - 1);
            setAll(r);
        }

        final void rotate(long n) {
            if (size <= 1) {
                return;
            }
            int k = (int) Math.floorMod(n, (long) size);
            if (k == 0) {
                return;
            }
            if (k <= size / 2) {
                for (int i = 0; i < k; i++) {
                    appendLeftRaw(popRaw());
                }
            } else {
                for (int i = 0; i < size - k; i++) {
                    appendRaw(popLeftRaw());
                }
            }
            state++;
        }

        private PyObject popRaw() {
            int s = slot(size - 1);
            PyObject x = buf[s];
            buf[s] = null;
            size--;
            return x;
        }

        private PyObject popLeftRaw() {
            PyObject x = buf[head];
            buf[head] = null;
            head = (head + 1) & (buf.length - 1);
            size--;
            return x;
        }

        private void appendRaw(PyObject x) {
            buf[slot(size)] = x;
            size++;
        }

        private void appendLeftRaw(PyObject x) {
            head = (head - 1) & (buf.length - 1);
            buf[head] = x;
            size++;
        }

        private String reprString() {
            String name = type().name();
            if (!Abstract.reprEnter(this)) {
                return "[...]";
            }
            try {
                String items = Abstract.repr(toList()).value;
                return maxlen < 0 ? name + "(" + items + ")" : name + "(" + items + ", maxlen=" + maxlen + ")";
            } finally {
                Abstract.reprLeave(this);
            }
        }
    }

    /** {@code _collections._deque_iterator} and {@code _deque_reverse_iterator}. */
    static final class DequeIter extends PyObject {
        static final PyType[] TYPES = {
            PyType.builtin("_deque_iterator", PyType.OBJECT, t -> { }).inModule("_collections").notSubclassable(),
            PyType.builtin("_deque_reverse_iterator", PyType.OBJECT, t -> { }).inModule("_collections")
                    .notSubclassable()};

        static {
            for (PyType t : TYPES) {
                t.iter = self -> self;
                t.next = self -> ((DequeIter) self).next();
                t.len = self -> {
                    DequeIter it = (DequeIter) self;
                    return Math.max(0, it.deque.size - it.pos);
                };
            }
        }

        private final PyDeque deque;
        private final boolean reverse;
        private final long state;
        private int pos;

        DequeIter(PyDeque d, boolean reverse) {
            super(TYPES[reverse ? 1 : 0]);
            this.deque = d;
            this.reverse = reverse;
            this.state = d.state;
        }

        PyObject next() {
            if (deque.state != state) {
                throw PyException.runtimeError("deque mutated during iteration");
            }
            if (pos >= deque.size) {
                return null;
            }
            int i = reverse ? deque.size - 1 - pos : pos;
            pos++;
            return deque.buf[deque.slot(i)];
        }
    }
}
