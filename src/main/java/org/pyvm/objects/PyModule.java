package org.pyvm.objects;

/**
 * {@code module}: a namespace with a dict. Attribute lookup is the generic one (type, then the module dict), then
 * the module's own {@code __getattr__} (PEP 562); a missing attribute is CPython's {@code module 'm' has no
 * attribute 'x'}. Native modules ({@code org.pyvm.modules}) fill the dict with {@link #add} and {@link #function}.
 */
public final class PyModule extends PyObject implements PyBuiltinFunction.PyModuleLike {
    public static final PyType TYPE = PyType.builtin("module", PyType.OBJECT, PyModule::define);

    static {
        TYPE.instancesHaveDict = true;
        TYPE.getattr = PyModule::getattr;
        TYPE.repr = self -> PyStr.of(((PyModule) self).reprString());
        TYPE.newSlot = (type, args, kw) -> new PyModule(type, "?");
        TYPE.init = (self, args, kw) -> {
            PyObject[] a = Abstract.parseArgs("module", args, kw, 1, new String[] {"name", "doc"});
            if (!(a[0] instanceof PyStr)) {
                throw PyException.typeError("module.__init__() argument 'name' must be str, not " + a[0].type.name);
            }
            PyDict d = ((PyModule) self).dict;
            d.setStr("__name__", a[0]);
            d.setStr("__doc__", a[1] == null ? PyNone.None : a[1]);
            d.setStr("__package__", PyNone.None);
            d.setStr("__loader__", PyNone.None);
            d.setStr("__spec__", PyNone.None);
        };
    }

    /** The module's namespace ({@code __dict__}, the globals of its code). */
    public final PyDict dict;
    /** A native module: its repr says {@code (built-in)}. */
    public boolean isBuiltin;

    /** A new module named {@code name}, with {@code __name__}, {@code __doc__} and the import attributes set. */
    public PyModule(String name) {
        this(TYPE, name);
    }

    private PyModule(PyType type, String name) {
        super(type);
        dict = new PyDict();
        dict.setStr("__name__", PyStr.of(name));
        dict.setStr("__doc__", PyNone.None);
        dict.setStr("__package__", PyNone.None);
        dict.setStr("__loader__", PyNone.None);
        dict.setStr("__spec__", PyNone.None);
    }

    @Override
    public PyDict dict() {
        return dict;
    }

    /** {@code __name__} if it is a str, else null. */
    public String name() {
        return dict.getStr("__name__") instanceof PyStr s ? s.value : null;
    }

    /** Sets a module attribute. */
    public PyModule add(String name, PyObject value) {
        dict.setStr(name, value);
        return this;
    }

    /** Adds a native function {@code name} taking {@code min..max} positional arguments (missing ones null). */
    public PyModule function(String name, int min, int max, PyMethodDescr.Fn body) {
        dict.setStr(name, new PyBuiltinFunction(new PyMethodDescr(PyType.OBJECT, name, min, max, body), this));
        return this;
    }

    /** Adds a native function whose parameters after the first {@code posOnly} may be passed by keyword. */
    public PyModule functionWithKeywords(String name, int min, int posOnly, String[] params, PyMethodDescr.Fn.FA body) {
        dict.setStr(name, new PyBuiltinFunction(PyMethodDescr.withKeywords(PyType.OBJECT, name, min, posOnly, params,
                body), this));
        return this;
    }

    private static PyObject getattr(PyObject self, String name) {
        PyObject v = PyObjectMethods.genericGetattr(self, name);
        if (v != null) {
            return v;
        }
        PyModule m = (PyModule) self;
        PyObject hook = m.dict.getStr("__getattr__");
        if (hook != null) {
            return Abstract.call(hook, new PyObject[] {PyStr.of(name)}, null);
        }
        String mod = m.name();
        if (mod == null) {
            throw PyException.attributeError("module has no attribute '" + name + "'", self, name);
        }
        throw PyException.attributeError("module '" + mod + "' has no attribute '" + name + "'", self, name);
    }

    String reprString() {
        String name = name();
        String shown = name == null ? "?" : name;
        PyObject file = dict.getStr("__file__");
        if (file instanceof PyStr f) {
            return "<module '" + shown + "' from '" + f.value + "'>";
        }
        return isBuiltin ? "<module '" + shown + "' (built-in)>" : "<module '" + shown + "'>";
    }

    private static void define(PyType t) {
        t.define("__dict__", new PyGetSetDescr(t, "__dict__", self -> ((PyModule) self).dict, null));
        t.define("__dir__", PyMethodDescr.of(t, "__dir__", self -> {
            // module.__dir__: the module's own __dir__ function if it has one, else the names of its dict.
            PyDict d = ((PyModule) self).dict;
            PyObject own = d.getStr("__dir__");
            return own != null ? Abstract.call(own) : new PyList(d.keysArray());
        }));
    }
}
