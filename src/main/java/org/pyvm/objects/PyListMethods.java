package org.pyvm.objects;

/** The methods of {@code list}. */
final class PyListMethods {
    private PyListMethods() {
    }

    static void define(PyType t) {
        t.define("append", PyMethodDescr.of(t, "append", (self, x) -> {
            ((PyList) self).append(x);
            return PyNone.None;
        }));
        t.define("extend", PyMethodDescr.of(t, "extend", (self, x) -> {
            ((PyList) self).extend(x);
            return PyNone.None;
        }));
        t.define("insert", PyMethodDescr.of(t, "insert", 2, 2, (PyMethodDescr.Fn.F2) (self, i, x) -> {
            PyList l = (PyList) self;
            long k = Abstract.asClampedIndex(i);
            if (k < 0) {
                k = Math.max(0, k + l.size);
            }
            k = Math.min(k, l.size);
            l.append(x);
            System.arraycopy(l.items, (int) k, l.items, (int) k + 1, l.size - 1 - (int) k);
            l.items[(int) k] = x;
            return PyNone.None;
        }));
        t.define("pop", PyMethodDescr.of(t, "pop", 0, 1, (PyMethodDescr.Fn.F1) (self, i) -> {
            PyList l = (PyList) self;
            if (l.size == 0) {
                throw PyException.indexError("pop from empty list");
            }
            long k = i == null ? l.size - 1 : Abstract.asClampedIndex(i);
            if (k < 0) {
                k += l.size;
            }
            if (k < 0 || k >= l.size) {
                throw PyException.indexError("pop index out of range");
            }
            PyObject r = l.items[(int) k];
            System.arraycopy(l.items, (int) k + 1, l.items, (int) k, l.size - (int) k - 1);
            l.items[--l.size] = null;
            return r;
        }));
        t.define("remove", PyMethodDescr.of(t, "remove", (self, x) -> {
            PyList l = (PyList) self;
            for (int i = 0; i < l.size; i++) {
                if (Abstract.eq(l.items[i], x)) {
                    System.arraycopy(l.items, i + 1, l.items, i, l.size - i - 1);
                    l.items[--l.size] = null;
                    return PyNone.None;
                }
            }
            throw PyException.valueError("list.remove(x): x not in list");
        }));
        t.define("index", PyMethodDescr.of(t, "index", 1, 3, (PyMethodDescr.Fn.FA) (self, a) -> {
            PyList l = (PyList) self;
            int i = PyList.indexOf(l.items, l.size, a);
            if (i < 0) {
                throw PyException.valueError(Abstract.repr(a[0]).value + " is not in list");
            }
            return PyInt.of(i);
        }));
        t.define("count", PyMethodDescr.of(t, "count", (self, x) -> {
            PyList l = (PyList) self;
            int c = 0;
            for (int i = 0; i < l.size; i++) {
                if (Abstract.eq(l.items[i], x)) {
                    c++;
                }
            }
            return PyInt.of(c);
        }));
        t.define("clear", PyMethodDescr.of(t, "clear", self -> {
            ((PyList) self).clear();
            return PyNone.None;
        }));
        t.define("copy", PyMethodDescr.of(t, "copy", self -> new PyList(((PyList) self).toArray())));
        t.define("reverse", PyMethodDescr.of(t, "reverse", self -> {
            PyList l = (PyList) self;
            for (int i = 0, j = l.size - 1; i < j; i++, j--) {
                PyObject tmp = l.items[i];
                l.items[i] = l.items[j];
                l.items[j] = tmp;
            }
            return PyNone.None;
        }));
        PyMethodDescr sort = PyMethodDescr.withKeywords(t, "sort", 0, 0, new String[] {"key", "reverse"},
                (self, a) -> {
                    ((PyList) self).sort(a[0], a[1] != null && Abstract.isTrue(a[1]));
                    return PyNone.None;
                });
        t.define("sort", new PyMethodDescr(PyMethodDescr.TYPE, t, "sort", 0, 0,
                (PyMethodDescr.Fn.Full) (self, args, kw) -> {
                    int npos = args.length - (kw == null ? 0 : kw.length);
                    if (npos > 0) {
                        throw PyException.typeError("sort() takes no positional arguments");
                    }
                    return sort.call(self, args, kw);
                }));
        t.define("__reversed__", PyMethodDescr.of(t, "__reversed__", self -> {
            PyObject[] a = ((PyList) self).toArray();
            for (int i = 0, j = a.length - 1; i < j; i++, j--) {
                PyObject tmp = a[i];
                a[i] = a[j];
                a[j] = tmp;
            }
            return new PyList.ArrayIter(PyList.ArrayIter.LIST_REVERSE_TYPE, a, a.length, null);
        }));
        t.define("__class_getitem__", PyMethodDescr.classMethod(t, "__class_getitem__", 1, 1, new String[] {"x"},
                (cls, a) -> new PyGenericAlias(cls, a[0])));
    }
}
