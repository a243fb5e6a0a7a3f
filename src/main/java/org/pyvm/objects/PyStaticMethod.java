package org.pyvm.objects;

/** {@code staticmethod}: {@code __get__} returns the wrapped callable unchanged. */
public final class PyStaticMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("staticmethod", PyType.OBJECT, PyStaticMethod::define);

    static {
        TYPE.descrGet = (d, obj, type) -> ((PyStaticMethod) d).callable;
        TYPE.call = (self, args, kw) -> Abstract.call(((PyStaticMethod) self).callable, args, kw);
        TYPE.newSlot = (type, args, kw) -> {
            Abstract.checkNoKeywords("staticmethod", kw);
            if (args.length != 1) {
                throw PyException.typeError("staticmethod expected 1 argument, got " + args.length);
            }
            return new PyStaticMethod(args[0]);
        };
        TYPE.init = (self, args, kw) -> { };
        TYPE.repr = self -> PyStr.of("<staticmethod(" + Abstract.repr(((PyStaticMethod) self).callable).value + ")>");
    }

    public final PyObject callable;

    public PyStaticMethod(PyObject callable) {
        super(TYPE);
        this.callable = callable;
    }

    private static void define(PyType t) {
        t.define("__func__", new PyGetSetDescr(t, "__func__", s -> ((PyStaticMethod) s).callable, null));
        t.define("__wrapped__", new PyGetSetDescr(t, "__wrapped__", s -> ((PyStaticMethod) s).callable, null));
        t.define("__isabstractmethod__", new PyGetSetDescr(t, "__isabstractmethod__", s -> {
            PyObject v = Abstract.getattrOrNull(((PyStaticMethod) s).callable, "__isabstractmethod__");
            return PyBool.of(v != null && Abstract.isTrue(v));
        }, null));
    }
}
