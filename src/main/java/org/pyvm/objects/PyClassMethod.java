package org.pyvm.objects;

/**
 * {@code classmethod}: {@code __get__} binds the wrapped callable to the class. Binding goes through the
 * callable's own {@code __get__} with the class as instance (CPython 3.12), so a Python function becomes a
 * bound method of the class.
 */
public final class PyClassMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("classmethod", PyType.OBJECT, PyClassMethod::define);

    static {
        TYPE.descrGet = (d, obj, type) -> {
            PyObject f = ((PyClassMethod) d).callable;
            PyType cls = type != null ? type : obj.type;
            Slots.DescrGet g = f.type.descrGet;
            if (g != null) {
                return g.get(f, cls, cls.type);
            }
            throw PyException.typeError("classmethod of a non-descriptor is not supported");
        };
        TYPE.newSlot = (type, args, kw) -> {
            Abstract.checkNoKeywords("classmethod", kw);
            if (args.length != 1) {
                throw PyException.typeError("classmethod expected 1 argument, got " + args.length);
            }
            return new PyClassMethod(args[0]);
        };
        TYPE.init = (self, args, kw) -> { };
        TYPE.repr = self -> PyStr.of("<classmethod(" + Abstract.repr(((PyClassMethod) self).callable).value + ")>");
    }

    public final PyObject callable;

    public PyClassMethod(PyObject callable) {
        super(TYPE);
        this.callable = callable;
    }

    private static void define(PyType t) {
        t.define("__func__", new PyGetSetDescr(t, "__func__", s -> ((PyClassMethod) s).callable, null));
        t.define("__wrapped__", new PyGetSetDescr(t, "__wrapped__", s -> ((PyClassMethod) s).callable, null));
        t.define("__isabstractmethod__", new PyGetSetDescr(t, "__isabstractmethod__", s -> {
            PyObject v = Abstract.getattrOrNull(((PyClassMethod) s).callable, "__isabstractmethod__");
            return PyBool.of(v != null && Abstract.isTrue(v));
        }, null));
    }
}
