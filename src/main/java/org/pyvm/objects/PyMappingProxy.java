package org.pyvm.objects;

/** {@code mappingproxy}: the read-only view of a type dict ({@code C.__dict__}). */
public final class PyMappingProxy extends PyObject {
    public static final PyType TYPE = PyType.builtin("mappingproxy", PyType.OBJECT, PyMappingProxy::define)
            .notSubclassable();

    static {
        TYPE.getitem = (self, k) -> Abstract.getitem(((PyMappingProxy) self).mapping, k);
        TYPE.len = self -> Abstract.len(((PyMappingProxy) self).mapping);
        TYPE.contains = (self, k) -> Abstract.contains(((PyMappingProxy) self).mapping, k);
        TYPE.iter = self -> Abstract.iter(((PyMappingProxy) self).mapping);
        TYPE.repr = self -> PyStr.of("mappingproxy(" + Abstract.repr(((PyMappingProxy) self).mapping).value + ")");
        TYPE.str = self -> Abstract.str(((PyMappingProxy) self).mapping);
        TYPE.newSlot = (type, args, kw) -> {
            Abstract.checkNoKeywords("mappingproxy", kw);
            if (args.length != 1) {
                throw PyException.typeError("mappingproxy() takes exactly one argument (" + args.length + " given)");
            }
            PyObject m = args[0];
            if (m instanceof PyList || m instanceof PyTuple || m.type.lookup("__getitem__") == null) {
                throw PyException.typeError("mappingproxy() argument must be a mapping, not " + m.type.qualname());
            }
            return new PyMappingProxy(m);
        };
    }

    final PyObject mapping;

    public PyMappingProxy(PyObject mapping) {
        super(TYPE);
        this.mapping = mapping;
    }

    private static void define(PyType t) {
        for (String m : new String[] {"keys", "values", "items", "copy"}) {
            t.define(m, PyMethodDescr.of(t, m, self -> Abstract.callMethod(((PyMappingProxy) self).mapping, m)));
        }
        t.define("get", PyMethodDescr.of(t, "get", 1, 2, (PyMethodDescr.Fn.F2) (self, k, d) ->
                Abstract.callMethod(((PyMappingProxy) self).mapping, "get", k, d == null ? PyNone.None : d)));
    }
}
