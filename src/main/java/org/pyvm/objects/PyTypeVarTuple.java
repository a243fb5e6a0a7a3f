package org.pyvm.objects;

/**
 * {@code typing.TypeVarTuple}: a variadic type variable; repr is its name. Iterating it gives
 * {@code typing.Unpack[Ts]} once, so {@code *Ts} works in annotations and subscripts; substituting values for a
 * TypeVarTuple ({@code tuple[*Ts][int, str]}) is not supported.
 */
public final class PyTypeVarTuple extends PyObject {
    public static final PyType TYPE = PyType.builtin("TypeVarTuple", PyType.OBJECT, PyTypeVarTuple::define)
            .inModule("typing").notSubclassable();

    static {
        TYPE.repr = self -> PyStr.of(((PyTypeVarTuple) self).name);
        TYPE.iter = self -> Abstract.iter(PyTuple.of(new PyGenericAlias(PyGenericAlias.UNPACK, PySpecialForm.UNPACK,
                self)));
    }

    final String name;
    private final PyDict dict = new PyDict();

    public PyTypeVarTuple(String name, PyObject module) {
        super(TYPE);
        this.name = name;
        dict.setStr("__module__", module);
    }

    /** A PEP 695 parameter {@code *Ts}. */
    public static PyTypeVarTuple pep695(String name) {
        return new PyTypeVarTuple(name, PyStr.of("typing"));
    }

    /** {@code TypeVarTuple(name)}. */
    public static PyTypeVarTuple construct(PyObject[] args, String[] kwnames, PyObject module) {
        PyObject[] a = Abstract.parseArgs("typevartuple", args, kwnames, 1, new String[] {"name"});
        return new PyTypeVarTuple(PyTypeVar.nameArg("typevartuple", a[0]), module);
    }

    @Override
    public PyDict dict() {
        return dict;
    }

    private static void define(PyType t) {
        t.define("__mro_entries__", PyMethodDescr.of(t, "__mro_entries__", (PyMethodDescr.Fn.F1) (s, bases) -> {
            throw PyException.typeError("Cannot subclass an instance of TypeVarTuple");
        }));
        t.define("__name__", new PyGetSetDescr(t, "__name__", s -> PyStr.of(((PyTypeVarTuple) s).name), null));
    }
}
