package org.pyvm.objects;

/**
 * {@code property(fget=None, fset=None, fdel=None, doc=None)}: a data descriptor calling its accessors. The
 * {@code __doc__} defaults to the getter's; {@code __set_name__} records the attribute name used in CPython's
 * messages ("property 'x' of 'C' object has no setter"). {@code getter}/{@code setter}/{@code deleter} return a
 * copy made by calling {@code type(self)}, so subclasses keep their type.
 */
public final class PyProperty extends PyObject {
    public static final PyType TYPE = PyType.builtin("property", PyType.OBJECT, PyProperty::define);

    private static final String[] PARAMS = {"fget", "fset", "fdel", "doc"};

    static {
        TYPE.descrGet = (d, obj, type) -> {
            PyProperty p = (PyProperty) d;
            if (obj == null) {
                return p;
            }
            if (p.fget == PyNone.None) {
                throw p.missing(obj, "getter");
            }
            return Abstract.call(p.fget, obj);
        };
        TYPE.descrSet = (d, obj, value) -> {
            PyProperty p = (PyProperty) d;
            if (value == null) {
                if (p.fdel == PyNone.None) {
                    throw p.missing(obj, "deleter");
                }
                Abstract.call(p.fdel, obj);
            } else {
                if (p.fset == PyNone.None) {
                    throw p.missing(obj, "setter");
                }
                Abstract.call(p.fset, obj, value);
            }
        };
        TYPE.newSlot = (type, args, kw) -> new PyProperty(type);
        TYPE.init = (self, args, kw) -> {
            int npos = args.length - (kw == null ? 0 : kw.length);
            if (npos > 4) {
                throw PyException.typeError("property() takes at most 4 arguments (" + npos + " given)");
            }
            PyObject[] a = new PyObject[4];
            System.arraycopy(args, 0, a, 0, npos);
            for (int k = 0; kw != null && k < kw.length; k++) {
                int i = java.util.Arrays.asList(PARAMS).indexOf(kw[k]);
                if (i < 0) {
                    throw PyException.typeError("'" + kw[k] + "' is an invalid keyword argument for property()");
                }
                if (a[i] != null) {
                    throw PyException.typeError("argument for property() given by name ('" + kw[k]
                            + "') and position (" + (i + 1) + ")");
                }
                a[i] = args[npos + k];
            }
            PyProperty p = (PyProperty) self;
            p.fget = a[0] == null ? PyNone.None : a[0];
            p.fset = a[1] == null ? PyNone.None : a[1];
            p.fdel = a[2] == null ? PyNone.None : a[2];
            PyObject doc = a[3] == null ? PyNone.None : a[3];
            p.getterDoc = false;
            if (doc == PyNone.None && p.fget != PyNone.None) {
                PyObject d = Abstract.getattrOrNull(p.fget, "__doc__");
                if (d != null) {
                    doc = d;
                    p.getterDoc = true;
                }
            }
            if (p.dict != null) {
                // A subclass instance keeps its doc in its own dict (CPython: so a subclass's __doc__ shows).
                p.dict.setStr("__doc__", doc);
            }
            p.doc = doc;
        };
    }

    public PyObject fget = PyNone.None;
    public PyObject fset = PyNone.None;
    public PyObject fdel = PyNone.None;
    PyObject doc = PyNone.None;
    /** The doc came from the getter (a copy then takes the new getter's doc). */
    boolean getterDoc;
    /** The name given by {@code __set_name__}, or null. */
    PyObject name;
    private final PyDict dict;

    PyProperty(PyType type) {
        super(type);
        dict = type.instancesHaveDict ? new PyDict() : null;
    }

    /** {@code property(fget, fset, fdel, doc)}. */
    public PyProperty(PyObject fget, PyObject fset, PyObject fdel, PyObject doc) {
        this(TYPE);
        TYPE.init.init(this, new PyObject[] {fget, fset, fdel, doc}, null);
    }

    @Override
    public PyDict dict() {
        return dict;
    }

    private PyException missing(PyObject obj, String what) {
        String owner = obj.type.qualname;
        if (name != null) {
            return PyException.attributeError("property " + Abstract.repr(name).value + " of '" + owner
                    + "' object has no " + what, obj, name instanceof PyStr s ? s.value : null);
        }
        return PyException.attributeError("property of '" + owner + "' object has no " + what, obj, null);
    }

    /** A copy with one accessor replaced (None keeps the old one), made by calling {@code type(self)}. */
    private PyObject copy(PyObject get, PyObject set, PyObject del) {
        if (get == PyNone.None) {
            get = fget;
        }
        if (set == PyNone.None) {
            set = fset;
        }
        if (del == PyNone.None) {
            del = fdel;
        }
        PyObject newDoc = getterDoc && get != PyNone.None ? PyNone.None : doc;
        PyObject r = Abstract.call(type, get, set, del, newDoc);
        if (r instanceof PyProperty p) {
            p.name = name;
        }
        return r;
    }

    private static void define(PyType t) {
        t.define("fget", new PyGetSetDescr(t, "fget", s -> ((PyProperty) s).fget, null));
        t.define("fset", new PyGetSetDescr(t, "fset", s -> ((PyProperty) s).fset, null));
        t.define("fdel", new PyGetSetDescr(t, "fdel", s -> ((PyProperty) s).fdel, null));
        t.define("__doc__", new PyGetSetDescr(t, "__doc__", s -> ((PyProperty) s).doc, null));
        t.define("__isabstractmethod__", new PyGetSetDescr(t, "__isabstractmethod__", s -> {
            PyProperty p = (PyProperty) s;
            for (PyObject f : new PyObject[] {p.fget, p.fset, p.fdel}) {
                PyObject v = Abstract.getattrOrNull(f, "__isabstractmethod__");
                if (v != null && Abstract.isTrue(v)) {
                    return PyBool.True;
                }
            }
            return PyBool.False;
        }, null));
        t.define("getter", PyMethodDescr.of(t, "getter", (self, f) -> ((PyProperty) self).copy(f, PyNone.None,
                PyNone.None)));
        t.define("setter", PyMethodDescr.of(t, "setter", (self, f) -> ((PyProperty) self).copy(PyNone.None, f,
                PyNone.None)));
        t.define("deleter", PyMethodDescr.of(t, "deleter", (self, f) -> ((PyProperty) self).copy(PyNone.None,
                PyNone.None, f)));
        t.define("__set_name__", PyMethodDescr.of(t, "__set_name__", 2, 2, (PyMethodDescr.Fn.F2) (self, owner,
                n) -> {
            ((PyProperty) self).name = n;
            return PyNone.None;
        }));
    }
}
