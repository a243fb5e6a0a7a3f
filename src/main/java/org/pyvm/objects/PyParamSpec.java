package org.pyvm.objects;

import org.pyvm.bytecode.Operands;

/**
 * {@code typing.ParamSpec}: a parameter specification variable ({@code **P}). {@code P.args} and
 * {@code P.kwargs} are {@code typing.ParamSpecArgs} / {@code typing.ParamSpecKwargs} ({@link Component}) whose
 * {@code __origin__} is P, equal when their origins are. The repr shows the variance as TypeVar's does.
 */
public final class PyParamSpec extends PyObject {
    public static final PyType TYPE = PyType.builtin("ParamSpec", PyType.OBJECT, PyParamSpec::define)
            .inModule("typing").notSubclassable();

    static {
        TYPE.repr = self -> {
            PyParamSpec p = (PyParamSpec) self;
            return PyStr.of(PyTypeVar.varianceRepr(p.name, p.covariant, p.contravariant, p.inferVariance));
        };
        TYPE.nb[Operands.NB_OR] = PyTypeVar::or;
    }

    final String name;
    private final PyObject bound;
    final boolean covariant;
    final boolean contravariant;
    final boolean inferVariance;
    private final PyDict dict = new PyDict();

    public PyParamSpec(String name, PyObject bound, boolean covariant, boolean contravariant, boolean inferVariance,
            PyObject module) {
        super(TYPE);
        this.name = name;
        this.bound = bound;
        this.covariant = covariant;
        this.contravariant = contravariant;
        this.inferVariance = inferVariance;
        dict.setStr("__module__", module);
    }

    /** A PEP 695 parameter {@code **P}. */
    public static PyParamSpec pep695(String name) {
        return new PyParamSpec(name, PyNone.None, false, false, true, PyStr.of("typing"));
    }

    /** {@code ParamSpec(name, *, bound=None, covariant=False, contravariant=False, infer_variance=False)}. */
    public static PyParamSpec construct(PyObject[] args, String[] kwnames, PyObject module) {
        PyObject[] a = Abstract.parseArgs("paramspec", args, kwnames, 1,
                new String[] {"name", "bound", "covariant", "contravariant", "infer_variance"});
        if (args.length - (kwnames == null ? 0 : kwnames.length) > 1) {
            throw PyException.typeError("paramspec() takes at most 1 positional argument ("
                    + (args.length - (kwnames == null ? 0 : kwnames.length)) + " given)");
        }
        String name = PyTypeVar.nameArg("paramspec", a[0]);
        boolean co = a[2] != null && Abstract.isTrue(a[2]);
        boolean contra = a[3] != null && Abstract.isTrue(a[3]);
        boolean infer = a[4] != null && Abstract.isTrue(a[4]);
        PyTypeVar.checkVariance(co, contra, infer);
        // CPython type-checks the bound, which turns None (also the default) into NoneType.
        PyObject bound = a[1] == null || a[1] == PyNone.None ? PyNone.TYPE : a[1];
        return new PyParamSpec(name, bound, co, contra, infer, module);
    }

    @Override
    public PyDict dict() {
        return dict;
    }

    /** {@code P.args} ({@code kwargs == false}) or {@code P.kwargs}. */
    public static final class Component extends PyObject {
        public static final PyType ARGS = PyType.builtin("ParamSpecArgs", PyType.OBJECT, t -> defineComponent(t))
                .inModule("typing").notSubclassable();
        public static final PyType KWARGS = PyType.builtin("ParamSpecKwargs", PyType.OBJECT,
                t -> defineComponent(t)).inModule("typing").notSubclassable();

        static {
            for (PyType t : new PyType[] {ARGS, KWARGS}) {
                t.repr = self -> {
                    Component c = (Component) self;
                    String origin = c.origin instanceof PyParamSpec p ? p.name : Abstract.repr(c.origin).value;
                    return PyStr.of(origin + (c.type == ARGS ? ".args" : ".kwargs"));
                };
                t.richcompare = (v, w, op) -> {
                    if (w.type != v.type || (op != Abstract.EQ && op != Abstract.NE)) {
                        return PyNotImplemented.NotImplemented;
                    }
                    boolean eq = Abstract.eq(((Component) v).origin, ((Component) w).origin);
                    return PyBool.of(op == Abstract.EQ ? eq : !eq);
                };
                t.hash = self -> Abstract.hash(((Component) self).origin);
            }
        }

        final PyObject origin;

        Component(PyType kind, PyObject origin) {
            super(kind);
            this.origin = origin;
        }

        private static void defineComponent(PyType t) {
            t.define("__origin__", new PyGetSetDescr(t, "__origin__", s -> ((Component) s).origin, null));
        }
    }

    private static void define(PyType t) {
        t.define("__mro_entries__", PyMethodDescr.of(t, "__mro_entries__", (PyMethodDescr.Fn.F1) (s, bases) -> {
            throw PyException.typeError("Cannot subclass an instance of ParamSpec");
        }));
        t.define("__name__", new PyGetSetDescr(t, "__name__", s -> PyStr.of(((PyParamSpec) s).name), null));
        t.define("__bound__", new PyGetSetDescr(t, "__bound__", s -> ((PyParamSpec) s).bound, null));
        t.define("__covariant__", new PyGetSetDescr(t, "__covariant__",
                s -> PyBool.of(((PyParamSpec) s).covariant), null));
        t.define("__contravariant__", new PyGetSetDescr(t, "__contravariant__",
                s -> PyBool.of(((PyParamSpec) s).contravariant), null));
        t.define("__infer_variance__", new PyGetSetDescr(t, "__infer_variance__",
                s -> PyBool.of(((PyParamSpec) s).inferVariance), null));
        t.define("args", new PyGetSetDescr(t, "args", s -> new Component(Component.ARGS, s), null));
        t.define("kwargs", new PyGetSetDescr(t, "kwargs", s -> new Component(Component.KWARGS, s), null));
        t.define("__typing_subst__", PyMethodDescr.of(t, "__typing_subst__", (PyMethodDescr.Fn.F1) (s, a) -> a));
    }
}
