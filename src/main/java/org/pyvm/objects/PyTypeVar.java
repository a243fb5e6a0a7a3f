package org.pyvm.objects;

import org.pyvm.bytecode.Operands;

/**
 * {@code typing.TypeVar}: a type variable. Made by {@code TypeVar(name, *constraints, bound=..., covariant=...,
 * contravariant=..., infer_variance=...)} or by a PEP 695 type parameter list ({@code def f[T: int]}), where the
 * bound or constraints are a function evaluated on first access ({@code __bound__} raises what the function
 * raises, and is not cached until it succeeds). The repr shows the variance: {@code ~T} invariant, {@code +T}
 * covariant, {@code -T} contravariant, {@code T} inferred (every PEP 695 parameter). Compared by identity.
 */
public final class PyTypeVar extends PyObject {
    public static final PyType TYPE = PyType.builtin("TypeVar", PyType.OBJECT, PyTypeVar::define)
            .inModule("typing").notSubclassable();

    static {
        TYPE.repr = self -> PyStr.of(((PyTypeVar) self).reprString());
        TYPE.nb[Operands.NB_OR] = PyTypeVar::or;
    }

    final String name;
    private final Lazy bound;
    private final Lazy constraints;
    final boolean covariant;
    final boolean contravariant;
    final boolean inferVariance;
    private final PyDict dict = new PyDict();

    /**
     * A type variable; {@code bound} and {@code constraints} are either values ({@code None} / a tuple) or, when
     * {@code lazy}, functions of no arguments computing them (PEP 695).
     */
    public PyTypeVar(String name, PyObject bound, PyObject constraints, boolean lazy, boolean covariant,
            boolean contravariant, boolean inferVariance, PyObject module) {
        super(TYPE);
        this.name = name;
        this.bound = new Lazy(bound, lazy);
        this.constraints = new Lazy(constraints, lazy);
        this.covariant = covariant;
        this.contravariant = contravariant;
        this.inferVariance = inferVariance;
        dict.setStr("__module__", module);
    }

    /** A PEP 695 type parameter {@code T}, {@code T: bound} or {@code T: (constraints)}. */
    public static PyTypeVar pep695(String name, PyObject evaluateBound, PyObject evaluateConstraints) {
        return new PyTypeVar(name, evaluateBound, evaluateConstraints, true, false, false, true,
                PyStr.of("typing"));
    }

    /** {@code TypeVar(...)} called from a module named {@code module}. */
    public static PyTypeVar construct(PyObject[] args, String[] kwnames, PyObject module) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos < 1) {
            throw PyException.typeError("typevar() missing required argument 'name' (pos 1)");
        }
        PyObject bound = PyNone.None;
        boolean[] flags = new boolean[3];
        for (int k = 0; k < nkw; k++) {
            PyObject v = args[npos + k];
            switch (kwnames[k]) {
                case "bound" -> bound = v;
                case "covariant" -> flags[0] = Abstract.isTrue(v);
                case "contravariant" -> flags[1] = Abstract.isTrue(v);
                case "infer_variance" -> flags[2] = Abstract.isTrue(v);
                case "name" -> throw PyException.typeError(
                        "argument for typevar() given by name ('name') and position (1)");
                default -> throw PyException.typeError("'" + kwnames[k]
                        + "' is an invalid keyword argument for typevar()");
            }
        }
        String name = nameArg("typevar", args[0]);
        checkVariance(flags[0], flags[1], flags[2]);
        PyObject[] cs = new PyObject[npos - 1];
        System.arraycopy(args, 1, cs, 0, cs.length);
        if (cs.length == 1) {
            throw PyException.typeError("A single constraint is not allowed");
        }
        if (cs.length > 0 && bound != PyNone.None) {
            throw PyException.typeError("Constraints cannot be combined with bound=...");
        }
        return new PyTypeVar(name, bound, cs.length == 0 ? PyTuple.EMPTY : new PyTuple(cs), false, flags[0],
                flags[1], flags[2], module);
    }

    /** The {@code name} argument of a type-variable constructor: a str. */
    static String nameArg(String fn, PyObject v) {
        if (!(v instanceof PyStr s)) {
            throw PyException.typeError(fn + "() argument 'name' must be str, not " + v.type.name);
        }
        return s.value;
    }

    /** The variance checks shared with ParamSpec. */
    static void checkVariance(boolean covariant, boolean contravariant, boolean infer) {
        if (covariant && contravariant) {
            throw PyException.valueError("Bivariant types are not supported.");
        }
        if (infer && (covariant || contravariant)) {
            throw PyException.valueError("Variance cannot be specified with infer_variance.");
        }
    }

    /** The repr of a TypeVar or ParamSpec: its name after the variance mark. */
    static String varianceRepr(String name, boolean covariant, boolean contravariant, boolean infer) {
        if (infer) {
            return name;
        }
        return (covariant ? "+" : contravariant ? "-" : "~") + name;
    }

    String reprString() {
        return varianceRepr(name, covariant, contravariant, inferVariance);
    }

    /** {@code T | x} and {@code x | T}: {@code typing.Union[T, x]}. */
    static PyObject or(PyObject a, PyObject b) {
        return PySpecialForm.union(a, b);
    }

    @Override
    public PyDict dict() {
        return dict;
    }

    /**
     * A value computed on first use: {@code value} is the function to call while {@code lazy} is true. A failed
     * evaluation leaves it unevaluated, so the next access tries again.
     */
    static final class Lazy {
        private PyObject value;
        private boolean lazy;

        Lazy(PyObject value, boolean lazy) {
            this.value = value;
            this.lazy = lazy && value != null && value != PyNone.None;
        }

        PyObject get(PyObject orElse) {
            if (lazy) {
                value = Abstract.call(value, new PyObject[0], null);
                lazy = false;
            }
            return value == null ? orElse : value;
        }
    }

    private static void define(PyType t) {
        t.define("__mro_entries__", PyMethodDescr.of(t, "__mro_entries__", (PyMethodDescr.Fn.F1) (s, bases) -> {
            throw PyException.typeError("Cannot subclass an instance of TypeVar");
        }));
        t.define("__name__", new PyGetSetDescr(t, "__name__", s -> PyStr.of(((PyTypeVar) s).name), null));
        t.define("__bound__", new PyGetSetDescr(t, "__bound__", s -> ((PyTypeVar) s).bound.get(PyNone.None),
                null));
        t.define("__constraints__", new PyGetSetDescr(t, "__constraints__",
                s -> ((PyTypeVar) s).constraints.get(PyTuple.EMPTY), null));
        t.define("__covariant__", new PyGetSetDescr(t, "__covariant__", s -> PyBool.of(((PyTypeVar) s).covariant),
                null));
        t.define("__contravariant__", new PyGetSetDescr(t, "__contravariant__",
                s -> PyBool.of(((PyTypeVar) s).contravariant), null));
        t.define("__infer_variance__", new PyGetSetDescr(t, "__infer_variance__",
                s -> PyBool.of(((PyTypeVar) s).inferVariance), null));
        t.define("__typing_subst__", PyMethodDescr.of(t, "__typing_subst__", (PyMethodDescr.Fn.F1) (s, a) -> a));
    }
}
