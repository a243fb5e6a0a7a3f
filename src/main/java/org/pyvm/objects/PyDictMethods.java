package org.pyvm.objects;

/** The methods of {@code dict}, its iterators and its views ({@code dict_keys}, {@code dict_values}, {@code dict_items}). */
final class PyDictMethods {
    private PyDictMethods() {
    }

    static void init(PyObject self, PyObject[] args, String[] kw) {
        PyDict d = (PyDict) self;
        int npos = args.length - (kw == null ? 0 : kw.length);
        if (npos > 1) {
            throw PyException.typeError("dict expected at most 1 argument, got " + npos);
        }
        if (npos == 1) {
            d.updateFrom(args[0]);
        }
        for (int k = 0; kw != null && k < kw.length; k++) {
            d.setStr(kw[k], args[npos + k]);
        }
    }

    static void define(PyType t) {
        t.define("keys", PyMethodDescr.of(t, "keys", self -> new View((PyDict) self, DictIter.KEYS)));
        t.define("values", PyMethodDescr.of(t, "values", self -> new View((PyDict) self, DictIter.VALUES)));
        t.define("items", PyMethodDescr.of(t, "items", self -> new View((PyDict) self, DictIter.ITEMS)));
        t.define("get", PyMethodDescr.of(t, "get", 1, 2, (PyMethodDescr.Fn.F2) (self, k, dflt) -> {
            PyObject v = ((PyDict) self).getItem(k);
            return v != null ? v : dflt == null ? PyNone.None : dflt;
        }));
        t.define("setdefault", PyMethodDescr.of(t, "setdefault", 1, 2, (PyMethodDescr.Fn.F2) (self, k, dflt) -> {
            PyDict d = (PyDict) self;
            PyObject v = d.getItem(k);
            if (v == null) {
                v = dflt == null ? PyNone.None : dflt;
                d.setItem(k, v);
            }
            return v;
        }));
        t.define("pop", PyMethodDescr.of(t, "pop", 1, 2, (PyMethodDescr.Fn.F2) (self, k, dflt) -> {
            PyObject v = ((PyDict) self).delItem(k);
            if (v == null) {
                if (dflt == null) {
                    throw PyException.keyError(k);
                }
                return dflt;
            }
            return v;
        }));
        t.define("popitem", PyMethodDescr.of(t, "popitem", self -> {
            PyDict d = (PyDict) self;
            for (int i = d.entryLimit() - 1; i >= 0; i--) {
                PyObject k = d.keyAt(i);
                if (k != null) {
                    PyObject v = d.valueAt(i);
                    d.delItem(k);
                    return PyTuple.of(k, v);
                }
            }
            throw PyException.of(PyBaseException.KeyError, "popitem(): dictionary is empty");
        }));
        t.define("update", PyMethodDescr.of(t, "update", 0, 0, (PyMethodDescr.Fn.Full) (self, args, kw) -> {
            init(self, args, kw);
            return PyNone.None;
        }));
        t.define("clear", PyMethodDescr.of(t, "clear", self -> {
            ((PyDict) self).clear();
            return PyNone.None;
        }));
        t.define("copy", PyMethodDescr.of(t, "copy", self -> ((PyDict) self).copy()));
        t.define("fromkeys", PyMethodDescr.classMethod(t, "fromkeys", 1, 2, new String[] {"iterable", "value"},
                (cls, a) -> {
                    PyObject d = Abstract.call(cls);
                    PyObject v = a[1] == null ? PyNone.None : a[1];
                    PyObject it = Abstract.iter(a[0]);
                    for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
                        Abstract.setitem(d, k, v);
                    }
                    return d;
                }));
        t.define("__reversed__", PyMethodDescr.of(t, "__reversed__", self -> {
            PyObject[] ks = ((PyDict) self).keysArray();
            PyObject[] rev = new PyObject[ks.length];
            for (int i = 0; i < ks.length; i++) {
                rev[i] = ks[ks.length - 1 - i];
            }
            return new PyList(rev).type.iter.apply(new PyList(rev));
        }));
        t.define("__class_getitem__", PyMethodDescr.classMethod(t, "__class_getitem__", 1, 1, new String[] {"x"},
                (cls, a) -> new PyGenericAlias(cls, a[0])));
    }

    /** {@code dict_keyiterator} / {@code dict_valueiterator} / {@code dict_itemiterator}. */
    static final class DictIter extends PyObject {
        static final int KEYS = 0;
        static final int VALUES = 1;
        static final int ITEMS = 2;
        static final PyType[] TYPES = {
            PyType.builtin("dict_keyiterator", PyType.OBJECT, t -> { }).notSubclassable(),
            PyType.builtin("dict_valueiterator", PyType.OBJECT, t -> { }).notSubclassable(),
            PyType.builtin("dict_itemiterator", PyType.OBJECT, t -> { }).notSubclassable()};

        static {
            for (PyType t : TYPES) {
                t.iter = self -> self;
                t.next = self -> ((DictIter) self).next();
                t.len = self -> {
                    DictIter it = (DictIter) self;
                    return it.dict == null ? 0 : it.dict.used - it.seen;
                };
            }
        }

        PyDict dict;
        final int kind;
        int pos;
        int seen;
        final int startUsed;

        DictIter(PyDict d, int kind) {
            super(TYPES[kind]);
            this.dict = d;
            this.kind = kind;
            this.startUsed = d.used;
        }

        PyObject next() {
            PyDict d = dict;
            if (d == null) {
                return null;
            }
            if (d.used != startUsed) {
                dict = null;
                throw PyException.runtimeError("dictionary changed size during iteration");
            }
            int limit = d.entryLimit();
            while (pos < limit) {
                int i = pos++;
                PyObject k = d.keyAt(i);
                if (k != null) {
                    seen++;
                    return switch (kind) {
                        case KEYS -> k;
                        case VALUES -> d.valueAt(i);
                        default -> PyTuple.of(k, d.valueAt(i));
                    };
                }
            }
            dict = null;
            return null;
        }
    }

    /** {@code dict_keys} / {@code dict_values} / {@code dict_items}: live views. */
    static final class View extends PyObject {
        static final PyType[] TYPES = {
            PyType.builtin("dict_keys", PyType.OBJECT, View::define).notSubclassable(),
            PyType.builtin("dict_values", PyType.OBJECT, View::define).notSubclassable(),
            PyType.builtin("dict_items", PyType.OBJECT, View::define).notSubclassable()};

        private static void define(PyType t) {
            t.define("__reversed__", PyMethodDescr.of(t, "__reversed__", self -> {
                View v = (View) self;
                PyList l = new PyList();
                l.extend(v);
                PyObject[] a = l.toArray();
                for (int i = 0, j = a.length - 1; i < j; i++, j--) {
                    PyObject tmp = a[i];
                    a[i] = a[j];
                    a[j] = tmp;
                }
                return new PyList.ArrayIter(PyList.ArrayIter.LIST_REVERSE_TYPE, a, a.length, null);
            }));
            t.define("mapping", new PyGetSetDescr(t, "mapping", self -> new PyMappingProxy(((View) self).dict), null));
            if (t.name.equals("dict_values")) {
                return;
            }
            t.define("isdisjoint", PyMethodDescr.of(t, "isdisjoint", (self, other) -> {
                PyObject it = Abstract.iter(other);
                for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                    if (Abstract.contains(self, x)) {
                        return PyBool.False;
                    }
                }
                return PyBool.True;
            }));
        }

        static {
            for (PyType t : TYPES) {
                t.iter = self -> new DictIter(((View) self).dict, ((View) self).kind);
                t.len = self -> ((View) self).dict.used;
                t.repr = self -> {
                    View v = (View) self;
                    PyList l = new PyList();
                    l.extend(v);
                    String inner = Abstract.repr(l).value;
                    return PyStr.of(v.type.name + "(" + inner + ")");
                };
            }
            TYPES[0].contains = (self, x) -> ((View) self).dict.getItem(x) != null;
            TYPES[2].contains = (self, x) -> {
                if (!(x instanceof PyTuple t) || t.size() != 2) {
                    return false;
                }
                PyObject v = ((View) self).dict.getItem(t.get(0));
                return v != null && Abstract.eq(v, t.get(1));
            };
            for (PyType t : new PyType[] {TYPES[0], TYPES[2]}) {
                t.hash = Slots.HASH_NOT_IMPLEMENTED;
                t.richcompare = (v, w, op) -> {
                    PyFrozenSet a = PyFrozenSet.from(v);
                    if (w instanceof View || w instanceof PySet) {
                        return a.type.richcompare.compare(a, PyFrozenSet.from(w), op);
                    }
                    return PyNotImplemented.NotImplemented;
                };
                for (int op : new int[] {org.pyvm.bytecode.Operands.NB_AND, org.pyvm.bytecode.Operands.NB_OR,
                    org.pyvm.bytecode.Operands.NB_SUBTRACT, org.pyvm.bytecode.Operands.NB_XOR}) {
                    t.nb[op] = (v, w) -> {
                        PySet a = new PySet();
                        a.update(v);
                        PySet b = new PySet();
                        b.update(w);
                        return PySet.TYPE.nb[op].apply(a, b);
                    };
                }
            }
        }


        final PyDict dict;
        final int kind;

        View(PyDict d, int kind) {
            super(TYPES[kind]);
            this.dict = d;
            this.kind = kind;
        }
    }
}
