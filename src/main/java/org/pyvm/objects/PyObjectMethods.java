package org.pyvm.objects;

/**
 * The behaviour of {@code object}, the root of every MRO: generic attribute access
 * ({@code PyObject_GenericGetAttr}/{@code SetAttr}), default repr/str/hash/comparison, {@code object.__new__} and
 * {@code object.__init__} with CPython's excess-argument rules, {@code __class__} and {@code __format__}.
 */
public final class PyObjectMethods {
    private PyObjectMethods() {
    }

    /** object's {@code __init__} and {@code __new__} slots; compared by identity in the excess-argument rules. */
    static final Slots.Init OBJECT_INIT = PyObjectMethods::objectInit;
    static final Slots.New OBJECT_NEW = PyObjectMethods::objectNew;

    static void installSlots(PyType t) {
        t.getattr = PyObjectMethods::genericGetattr;
        t.setattr = PyObjectMethods::genericSetattr;
        t.repr = self -> PyStr.of(defaultRepr(self));
        t.str = self -> Abstract.repr(self);
        t.hash = Abstract::identityHash;
        t.richcompare = PyObjectMethods::objectRichCompare;
        t.init = OBJECT_INIT;
        t.newSlot = OBJECT_NEW;
    }

    /** {@code <__main__.C object at 0x...>}. */
    public static String defaultRepr(PyObject self) {
        PyType t = self.type;
        String mod = t.module();
        String name = mod == null || mod.equals("builtins") ? t.qualname : mod + "." + t.qualname;
        return "<" + name + " object at " + Abstract.address(self) + ">";
    }

    /**
     * {@code PyObject_GenericGetAttr}: data descriptor on the type, then the instance dict, then a non-data
     * descriptor or plain class attribute. Null when none (the caller raises AttributeError).
     */
    public static PyObject genericGetattr(PyObject obj, String name) {
        PyType tp = obj.type;
        PyObject descr = tp.lookup(name);
        Slots.DescrGet f = null;
        if (descr != null) {
            PyType dt = descr.type;
            f = dt.descrGet;
            if (f != null && dt.descrSet != null) {
                return f.get(descr, obj, tp);
            }
        }
        PyDict d = obj.dict();
        if (d != null) {
            PyObject v = d.getStr(name);
            if (v != null) {
                return v;
            }
        }
        if (f != null) {
            return f.get(descr, obj, tp);
        }
        return descr;
    }

    /** {@code PyObject_GenericSetAttr} (value null: delete). */
    public static void genericSetattr(PyObject obj, String name, PyObject value) {
        PyType tp = obj.type;
        PyObject descr = tp.lookup(name);
        if (descr != null) {
            Slots.DescrSet f = descr.type.descrSet;
            if (f != null) {
                f.set(descr, obj, value);
                return;
            }
        }
        PyDict d = obj.dict();
        if (d == null) {
            if (descr == null) {
                throw PyException.attributeError("'" + tp.name + "' object has no attribute '" + name + "'", obj,
                        name);
            }
            throw PyException.attributeError("'" + tp.name + "' object attribute '" + name + "' is read-only", obj,
                    name);
        }
        if (value == null) {
            if (d.delStr(name) == null) {
                throw PyException.attributeError("'" + tp.name + "' object has no attribute '" + name + "'", obj,
                        name);
            }
        } else {
            d.setStr(name, value);
        }
    }

    static PyObject objectRichCompare(PyObject v, PyObject w, int op) {
        switch (op) {
            case Abstract.EQ:
                return v == w ? PyBool.True : PyNotImplemented.NotImplemented;
            case Abstract.NE: {
                Slots.RichCompare eq = v.type.richcompare;
                PyObject r = eq == null ? PyNotImplemented.NotImplemented : eq.compare(v, w, Abstract.EQ);
                if (r == PyNotImplemented.NotImplemented) {
                    return r;
                }
                return PyBool.of(!Abstract.isTrue(r));
            }
            default:
                return PyNotImplemented.NotImplemented;
        }
    }

    private static boolean excessArgs(PyObject[] args) {
        return args.length > 0;
    }

    static PyObject objectNew(PyType type, PyObject[] args, String[] kw) {
        if (excessArgs(args)) {
            if (type.newSlot != OBJECT_NEW) {
                throw PyException.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (type.init == OBJECT_INIT) {
                throw PyException.typeError(type.name + "() takes no arguments");
            }
        }
        PyObject abs = type.isHeapType ? type.lookup("__abstractmethods__") : null;
        if (abs != null && Abstract.isTrue(abs)) {
            throw abstractError(type, abs);
        }
        return new PyInstance(type);
    }

    private static PyException abstractError(PyType type, PyObject abs) {
        PyList names = Abstract.sorted(abs);
        StringBuilder sb = new StringBuilder();
        int n = names.size();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append('\'').append(Abstract.str(names.get(i)).value).append('\'');
        }
        return PyException.typeError("Can't instantiate abstract class " + type.name + " without an implementation "
                + "for abstract method" + (n == 1 ? " " : "s ") + sb);
    }

    static void objectInit(PyObject self, PyObject[] args, String[] kw) {
        if (excessArgs(args)) {
            PyType type = self.type;
            if (type.init != OBJECT_INIT) {
                throw PyException.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (type.newSlot == OBJECT_NEW) {
                throw PyException.typeError(type.name + ".__init__() takes exactly one argument (the instance to "
                        + "initialize)");
            }
        }
    }

    static void define(PyType t) {
        t.define("__class__", new PyGetSetDescr(t, "__class__", PyObject::type, PyObjectMethods::setClass));
        t.define("__format__", PyMethodDescr.of(t, "__format__", (self, spec) -> {
            if (!(spec instanceof PyStr s)) {
                throw PyException.typeError("__format__() argument must be str, not " + spec.type.name);
            }
            if (!s.value.isEmpty()) {
                throw PyException.typeError("unsupported format string passed to " + self.type.name + ".__format__");
            }
            return Abstract.str(self);
        }));
        t.define("__dir__", PyMethodDescr.of(t, "__dir__", self -> Abstract.dirOf(self)));
        t.define("__init_subclass__", PyMethodDescr.classMethod(t, "__init_subclass__", 0, 0, new String[0],
                (self, a) -> PyNone.None));
        t.define("__subclasshook__", PyMethodDescr.classMethod(t, "__subclasshook__", 0, 1, new String[] {"subclass"},
                (self, a) -> PyNotImplemented.NotImplemented));
        t.define("__sizeof__", PyMethodDescr.of(t, "__sizeof__", self -> PyInt.of(16)));
    }

    private static void setClass(PyObject self, PyObject value) {
        if (value == null) {
            throw PyException.typeError("can't delete __class__ attribute");
        }
        if (!(value instanceof PyType nt)) {
            throw PyException.typeError("__class__ must be set to a class, not '" + value.type.name + "' object");
        }
        PyType old = self.type;
        if (!(self instanceof PyInstance) || !nt.isHeapType || !old.isHeapType) {
            throw PyException.typeError("__class__ assignment only supported for mutable types or ModuleType "
                    + "subclasses");
        }
        if (nt.solidBase != old.solidBase || nt.instancesHaveDict != old.instancesHaveDict
                || nt.slotCount != old.slotCount) {
            throw PyException.typeError("__class__ assignment: '" + nt.name + "' object layout differs from '"
                    + old.name + "'");
        }
        self.type = nt;
    }
}
