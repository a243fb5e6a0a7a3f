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
            int npos = args.length - (kw == null ? 0 : kw.length);
            PyObject mapping;
            if (kw != null && kw.length == 1 && kw[0].equals("mapping") && npos == 0) {
                mapping = args[0];
            } else if (kw != null && kw.length > 0) {
                throw PyException.typeError("mappingproxy() got an unexpected keyword argument '" + kw[0] + "'");
            } else if (npos != 1) {
                throw PyException.typeError(npos == 0 ? "mappingproxy() missing required argument 'mapping' (pos 1)"
                        : "mappingproxy() takes at most 1 argument (" + npos + " given)");
            } else {
                mapping = args[0];
            }
            if (Abstract.getattrOrNull(mapping, "__getitem__") == null || mapping instanceof PyList
                    || mapping instanceof PyTuple) {
                throw PyException.typeError("mappingproxy() argument must be a mapping, not " + mapping.type().name());
            }
            return new PyMappingProxy(mapping);
        };
    }

    final PyObject mapping;

    public PyMappingProxy(PyObject mapping) {
        super(TYPE);
        this.mapping = mapping;
    }

    private static void define(PyType t) {
        for (String m : new String[] {"keys", "values", "items", "copy", "__reversed__"}) {
            t.define(m, PyMethodDescr.of(t, m, self -> Abstract.callMethod(((PyMappingProxy) self).mapping, m)));
        }
        t.define("get", PyMethodDescr.of(t, "get", 1, 2, (PyMethodDescr.Fn.F2) (self, k, d) ->
                Abstract.callMethod(((PyMappingProxy) self).mapping, "get", k, d == null ? PyNone.None : d)));
    }
}
