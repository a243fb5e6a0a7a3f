package org.pyvm.objects;

/** The methods of {@code set} and {@code frozenset}. */
final class PySetMethods {
    private PySetMethods() {
    }

    private static PySet asSet(PyObject o) {
        if (o instanceof PySet s) {
            return s;
        }
        return PyFrozenSet.from(o);
    }

    static void defineCommon(PyType t) {
        t.define("copy", PyMethodDescr.of(t, "copy", self -> {
            PySet s = (PySet) self;
            if (s.type == PyFrozenSet.TYPE) {
                return s;
            }
            return s.copyAs(s.resultType());
        }));
        t.define("union", PyMethodDescr.of(t, "union", 0, 0, (PyMethodDescr.Fn.Full) (self, args, kw) -> {
            Abstract.checkNoKeywords("union", kw);
            PySet r = ((PySet) self).copyAs(((PySet) self).resultType());
            for (PyObject a : args) {
                r.update(a);
            }
            return r;
        }));
        t.define("intersection", PyMethodDescr.of(t, "intersection", 0, 0,
                (PyMethodDescr.Fn.Full) (self, args, kw) -> {
                    PySet r = ((PySet) self).copyAs(((PySet) self).resultType());
                    for (PyObject a : args) {
                        r = r.intersection(asSet(a), r.type);
                    }
                    return r;
                }));
        t.define("difference", PyMethodDescr.of(t, "difference", 0, 0, (PyMethodDescr.Fn.Full) (self, args, kw) -> {
            PySet r = ((PySet) self).copyAs(((PySet) self).resultType());
            for (PyObject a : args) {
                r.differenceUpdate(asSet(a));
            }
            return r;
        }));
        t.define("symmetric_difference", PyMethodDescr.of(t, "symmetric_difference", (self, o) -> {
            PySet r = ((PySet) self).copyAs(((PySet) self).resultType());
            r.symmetricDifferenceUpdate(asSet(o));
            return r;
        }));
        t.define("issubset", PyMethodDescr.of(t, "issubset", (self, o) -> PyBool.of(((PySet) self).isSubsetOf(asSet(o)))));
        t.define("issuperset", PyMethodDescr.of(t, "issuperset",
                (self, o) -> PyBool.of(asSet(o).isSubsetOf((PySet) self))));
        t.define("isdisjoint", PyMethodDescr.of(t, "isdisjoint",
                (self, o) -> PyBool.of(((PySet) self).intersection(asSet(o), PySet.TYPE).size() == 0)));
        t.define("__class_getitem__", PyMethodDescr.classMethod(t, "__class_getitem__", 1, 1, new String[] {"x"},
                (cls, a) -> new PyGenericAlias(cls, a[0])));
    }

    static void defineFrozen(PyType t) {
        defineCommon(t);
    }

    static void define(PyType t) {
        defineCommon(t);
        t.define("add", PyMethodDescr.of(t, "add", (self, x) -> {
            ((PySet) self).add(x);
            return PyNone.None;
        }));
        t.define("discard", PyMethodDescr.of(t, "discard", (self, x) -> {
            ((PySet) self).discard(PySet.keyForLookup(x));
            return PyNone.None;
        }));
        t.define("remove", PyMethodDescr.of(t, "remove", (self, x) -> {
            if (!((PySet) self).discard(PySet.keyForLookup(x))) {
                throw PyException.keyError(x);
            }
            return PyNone.None;
        }));
        t.define("pop", PyMethodDescr.of(t, "pop", self -> {
            PySet s = (PySet) self;
            PyObject[] items = s.toArray();
            if (items.length == 0) {
                throw PyException.of(PyBaseException.KeyError, "pop from an empty set");
            }
            s.discard(items[0]);
            return items[0];
        }));
        t.define("clear", PyMethodDescr.of(t, "clear", self -> {
            ((PySet) self).clear();
            return PyNone.None;
        }));
        t.define("update", PyMethodDescr.of(t, "update", 0, 0, (PyMethodDescr.Fn.Full) (self, args, kw) -> {
            Abstract.checkNoKeywords("update", kw);
            for (PyObject a : args) {
                ((PySet) self).update(a);
            }
            return PyNone.None;
        }));
        t.define("intersection_update", PyMethodDescr.of(t, "intersection_update", 0, 0,
                (PyMethodDescr.Fn.Full) (self, args, kw) -> {
                    PySet s = (PySet) self;
                    PySet r = s;
                    for (PyObject a : args) {
                        r = r.intersection(asSet(a), PySet.TYPE);
                    }
                    s.replaceWith(r);
                    return PyNone.None;
                }));
        t.define("difference_update", PyMethodDescr.of(t, "difference_update", 0, 0,
                (PyMethodDescr.Fn.Full) (self, args, kw) -> {
                    for (PyObject a : args) {
                        ((PySet) self).differenceUpdate(asSet(a));
                    }
                    return PyNone.None;
                }));
        t.define("symmetric_difference_update", PyMethodDescr.of(t, "symmetric_difference_update", (self, o) -> {
            ((PySet) self).symmetricDifferenceUpdate(asSet(o));
            return PyNone.None;
        }));
    }
}
