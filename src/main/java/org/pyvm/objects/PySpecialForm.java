package org.pyvm.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code typing._SpecialForm}: {@code typing.Union}, {@code typing.Optional} and {@code typing.Unpack}, the
 * special forms the rest of this package needs. {@code Union[X, Y]} (also {@code T | X} for a type variable, and
 * {@code |} on a {@code typing} alias) is a {@code typing._UnionGenericAlias}: arguments flattened (unions of
 * either kind), {@code None} made {@code NoneType}, duplicates dropped by equality, a single argument returned as
 * is; shown as {@code typing.Optional[X]} when it is {@code X} or None. {@code Unpack[Ts]} is what {@code *Ts}
 * gives.
 */
public final class PySpecialForm extends PyObject {
    public static final PyType TYPE = PyType.builtin("_SpecialForm", PyType.OBJECT, PySpecialForm::define)
            .inModule("typing").notSubclassable();

    public static final PySpecialForm UNION = new PySpecialForm("Union");
    public static final PySpecialForm OPTIONAL = new PySpecialForm("Optional");
    public static final PySpecialForm UNPACK = new PySpecialForm("Unpack");

    static {
        TYPE.repr = self -> PyStr.of("typing." + ((PySpecialForm) self).name);
        TYPE.call = (self, args, kw) -> {
            throw PyException.typeError("Cannot instantiate typing." + ((PySpecialForm) self).name);
        };
        TYPE.getitem = (self, item) -> {
            PySpecialForm f = (PySpecialForm) self;
            if (f == UNION) {
                return union(item instanceof PyTuple t ? t.toArray() : new PyObject[] {item});
            }
            if (f == OPTIONAL) {
                if (item instanceof PyTuple) {
                    throw PyException.typeError("typing.Optional requires a single type. Got "
                            + Abstract.repr(item).value + ".");
                }
                return union(new PyObject[] {item, PyNone.None});
            }
            return new PyGenericAlias(PyGenericAlias.UNPACK, UNPACK, item);
        };
    }

    final String name;

    private PySpecialForm(String name) {
        super(TYPE);
        this.name = name;
    }

    /** {@code Union[a, b]}: the {@code |} of type variables and of {@code typing} aliases. */
    public static PyObject union(PyObject a, PyObject b) {
        return union(new PyObject[] {a, b});
    }

    /** {@code Union[params]}. */
    static PyObject union(PyObject[] params) {
        if (params.length == 0) {
            throw PyException.typeError("Cannot take a Union of no types.");
        }
        List<PyObject> items = new ArrayList<>();
        for (PyObject p : params) {
            add(items, p);
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return new PyGenericAlias(PyGenericAlias.UNION, UNION, new PyTuple(items));
    }

    private static void add(List<PyObject> items, PyObject p) {
        if (p instanceof PyUnionType u) {
            for (PyObject x : u.args.items()) {
                add(items, x);
            }
            return;
        }
        if (p instanceof PyGenericAlias g && g.type == PyGenericAlias.UNION) {
            for (PyObject x : g.args.items()) {
                add(items, x);
            }
            return;
        }
        PyObject x = p == PyNone.None ? PyNone.TYPE : p;
        for (PyObject y : items) {
            if (y == x || Abstract.eq(x, y)) {
                return;
            }
        }
        items.add(x);
    }

    private static void define(PyType t) {
        t.define("__name__", new PyGetSetDescr(t, "__name__", s -> PyStr.of(((PySpecialForm) s).name), null));
        t.define("__mro_entries__", PyMethodDescr.of(t, "__mro_entries__", (PyMethodDescr.Fn.F1) (s, bases) -> {
            throw PyException.typeError("Cannot subclass " + Abstract.repr(s).value);
        }));
    }
}
