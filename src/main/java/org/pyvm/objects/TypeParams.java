package org.pyvm.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * What generic aliases, unions and type aliases share (CPython's {@code _Py_make_parameters},
 * {@code _Py_subs_parameters} and the {@code repr} of an alias argument): collecting the type variables an
 * argument list mentions, and substituting values for them.
 */
public final class TypeParams {
    private TypeParams() {
    }

    /** A TypeVar, ParamSpec or TypeVarTuple: the things {@code __parameters__} lists. */
    public static boolean isTypeVarLike(PyObject o) {
        return o instanceof PyTypeVar || o instanceof PyParamSpec || o instanceof PyTypeVarTuple;
    }

    /**
     * {@code __parameters__} of an alias with these arguments: the type variables among them and in the
     * {@code __parameters__} of the arguments, each once, in order of first appearance.
     */
    public static PyTuple collect(PyTuple args) {
        List<PyObject> out = new ArrayList<>();
        for (PyObject a : args.items()) {
            if (a instanceof PyType) {
                continue;
            }
            if (isTypeVarLike(a)) {
                addUnique(out, a);
            } else if (a instanceof PyTuple t) {
                for (PyObject x : collect(t).items()) {
                    addUnique(out, x);
                }
            } else {
                PyObject p = parametersOf(a);
                if (p instanceof PyTuple t) {
                    for (PyObject x : t.items()) {
                        addUnique(out, x);
                    }
                }
            }
        }
        return out.isEmpty() ? PyTuple.EMPTY : new PyTuple(out);
    }

    private static PyObject parametersOf(PyObject a) {
        if (a instanceof PyGenericAlias g) {
            return g.parameters();
        }
        if (a instanceof PyUnionType u) {
            return u.parameters();
        }
        if (a instanceof PyInstance || a.type.isHeapType) {
            return Abstract.getattrOrNull(a, "__parameters__");
        }
        return null;
    }

    private static void addUnique(List<PyObject> out, PyObject x) {
        for (PyObject y : out) {
            if (y == x) {
                return;
            }
        }
        out.add(x);
    }

    /**
     * {@code alias[item]} for an alias whose arguments are {@code args} and parameters {@code params}: the new
     * argument tuple, each type variable replaced by its value and each argument with parameters subscripted in
     * turn. {@code self} names the alias in errors ("Too many arguments for list[T]; actual 2, expected 1").
     */
    public static PyTuple substitute(PyObject self, PyTuple args, PyTuple params, PyObject item) {
        int n = params.size();
        if (n == 0) {
            throw PyException.typeError(Abstract.str(self).value + " is not a generic class");
        }
        PyTuple values = item instanceof PyTuple t ? t : PyTuple.of(item);
        checkCount(Abstract.str(self).value, values.size(), n);
        PyObject[] out = new PyObject[args.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = substituteOne(args.get(i), params, values);
        }
        return new PyTuple(out);
    }

    /** The arity check of a subscription: "Too few arguments for X; actual 0, expected 1". */
    static void checkCount(String what, int actual, int expected) {
        if (actual != expected) {
            throw PyException.typeError("Too " + (actual > expected ? "many" : "few") + " arguments for " + what
                    + "; actual " + actual + ", expected " + expected);
        }
    }

    private static PyObject substituteOne(PyObject arg, PyTuple params, PyTuple values) {
        if (isTypeVarLike(arg)) {
            for (int k = 0; k < params.size(); k++) {
                if (params.get(k) == arg) {
                    return values.get(k);
                }
            }
            return arg;
        }
        if (arg instanceof PyType) {
            return arg;
        }
        PyObject sub = parametersOf(arg);
        if (!(sub instanceof PyTuple st) || st.size() == 0) {
            return arg;
        }
        PyObject[] subValues = new PyObject[st.size()];
        for (int k = 0; k < subValues.length; k++) {
            subValues[k] = substituteOne(st.get(k), params, values);
        }
        return Abstract.getitem(arg, subValues.length == 1 ? subValues[0] : new PyTuple(subValues));
    }

    /**
     * How an alias shows one of its arguments: {@code ...}, the repr of another alias, {@code module.qualname}
     * of a class or function ({@code qualname} alone for builtins), else the repr.
     */
    static String reprItem(PyObject o) {
        if (o == PyEllipsis.Ellipsis) {
            return "...";
        }
        if (o instanceof PyType t) {
            String m = t.module();
            return m == null || m.equals("builtins") ? t.qualname : m + "." + t.qualname;
        }
        if (o instanceof PyGenericAlias || o instanceof PyUnionType || isTypeVarLike(o)
                || o instanceof PyTypeAliasType || o instanceof PyStr) {
            return Abstract.repr(o).value;
        }
        if (Abstract.getattrOrNull(o, "__origin__") != null && Abstract.getattrOrNull(o, "__args__") != null) {
            return Abstract.repr(o).value;
        }
        PyObject qn = Abstract.getattrOrNull(o, "__qualname__");
        PyObject m = Abstract.getattrOrNull(o, "__module__");
        if (qn instanceof PyStr q && m != null) {
            if (m instanceof PyStr ms && ms.value.equals("builtins")) {
                return q.value;
            }
            return Abstract.str(m).value + "." + q.value;
        }
        return Abstract.repr(o).value;
    }
}
