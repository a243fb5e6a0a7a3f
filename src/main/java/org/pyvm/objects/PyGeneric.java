package org.pyvm.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code typing.Generic}: the base of generic classes. {@code Generic[T, U]} is a {@code typing._GenericAlias}
 * whose {@code __mro_entries__} adds {@code Generic} to the bases; {@code class Box[T]} gets it as an implicit
 * base. {@code __init_subclass__} sets the class's {@code __parameters__} from the type variables of its original
 * bases, and {@code __class_getitem__} makes {@code Box[int]} after checking the number of arguments. Instances
 * have the layout of {@code object}.
 */
public final class PyGeneric {
    private PyGeneric() {
    }

    public static final PyType TYPE = PyType.builtinSameLayout("Generic", PyType.OBJECT, PyGeneric::define)
            .inModule("typing");

    /** {@code Generic[params]} (the PEP 695 implicit base): the parameters must be distinct type variables. */
    public static PyObject subscriptGeneric(PyObject params) {
        return classGetitem(TYPE, params);
    }

    /** {@code cls[params]} for {@code Generic} and its subclasses. */
    static PyObject classGetitem(PyType cls, PyObject item) {
        PyObject[] params = item instanceof PyTuple t ? t.toArray() : new PyObject[] {item};
        for (int i = 0; i < params.length; i++) {
            if (params[i] == PyNone.None) {
                params[i] = PyNone.TYPE;
            }
        }
        if (cls == TYPE) {
            if (params.length == 0) {
                throw PyException.typeError("Parameter list to Generic[...] cannot be empty");
            }
            for (int i = 0; i < params.length; i++) {
                if (!TypeParams.isTypeVarLike(params[i])) {
                    throw PyException.typeError("Parameters to Generic[...] must all be type variables "
                            + "or parameter specification variables.");
                }
                for (int j = 0; j < i; j++) {
                    if (params[j] == params[i]) {
                        throw PyException.typeError("Parameters to Generic[...] must all be unique");
                    }
                }
            }
        } else {
            PyObject p = Abstract.getattrOrNull(cls, "__parameters__");
            int expected = p instanceof PyTuple pt ? pt.size() : 0;
            String what = Abstract.str(cls).value;
            if (expected == 0) {
                throw PyException.typeError(what + " is not a generic class");
            }
            TypeParams.checkCount(what, params.length, expected);
        }
        return new PyGenericAlias(PyGenericAlias.TYPING, cls, new PyTuple(params));
    }

    /** Sets {@code cls.__parameters__} (typing's {@code _generic_init_subclass}). */
    static void initSubclass(PyType cls) {
        PyObject orig = cls.dict().getStr("__orig_bases__");
        List<PyObject> tvars = new ArrayList<>();
        if (orig instanceof PyTuple ob) {
            PyTuple gvars = null;
            for (PyObject b : ob.items()) {
                if (b == TYPE) {
                    throw PyException.typeError("Cannot inherit from plain Generic");
                }
                if (b instanceof PyGenericAlias g && g.origin == TYPE) {
                    if (gvars != null) {
                        throw PyException.typeError("Cannot inherit from Generic[...] multiple times.");
                    }
                    gvars = g.parameters();
                }
            }
            tvars.addAll(TypeParams.collect(ob).items());
            if (gvars != null) {
                StringBuilder missing = new StringBuilder();
                for (PyObject v : tvars) {
                    if (!gvars.items().contains(v)) {
                        missing.append(missing.length() > 0 ? ", " : "").append(Abstract.str(v).value);
                    }
                }
                if (missing.length() > 0) {
                    StringBuilder listed = new StringBuilder();
                    for (PyObject g : gvars.items()) {
                        listed.append(listed.length() > 0 ? ", " : "").append(Abstract.str(g).value);
                    }
                    throw PyException.typeError("Some type variables (" + missing + ") are not listed in Generic["
                            + listed + "]");
                }
                tvars = new ArrayList<>(gvars.items());
            }
        } else {
            for (PyType b : cls.bases) {
                if (b == TYPE) {
                    throw PyException.typeError("Cannot inherit from plain Generic");
                }
            }
        }
        cls.setAttribute("__parameters__", tvars.isEmpty() ? PyTuple.EMPTY : new PyTuple(tvars));
    }

    private static void define(PyType t) {
        t.define("__class_getitem__", PyMethodDescr.classMethod(t, "__class_getitem__", 1, 1,
                new String[] {"params"}, (cls, a) -> classGetitem((PyType) cls, a[0])));
        t.define("__init_subclass__", PyMethodDescr.classMethod(t, "__init_subclass__", 0, 0, new String[0],
                (cls, a) -> {
                    initSubclass((PyType) cls);
                    return PyNone.None;
                }));
    }
}
