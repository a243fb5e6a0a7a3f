package org.pyvm.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code types.UnionType}: {@code int | str}. Made by {@code |} on classes, {@code None}, generic aliases, type
 * aliases and unions ({@link #or}); nested unions are flattened, {@code None} becomes {@code NoneType}, duplicates
 * are dropped (by identity; generic aliases by equality), and a single remaining argument is returned as is.
 * Equality and hash ignore order. {@code isinstance} and {@code issubclass} treat a union as the tuple of its
 * arguments ({@link Abstract#isInstance}).
 */
public final class PyUnionType extends PyObject {
    public static final PyType TYPE = PyType.builtin("UnionType", PyType.OBJECT, PyUnionType::define)
            .inModule("types").notSubclassable();

    static {
        TYPE.newSlot = (type, args, kw) -> {
            throw PyException.typeError("cannot create 'types.UnionType' instances");
        };
        TYPE.repr = self -> {
            StringBuilder sb = new StringBuilder();
            for (PyObject a : ((PyUnionType) self).args.items()) {
                if (sb.length() > 0) {
                    sb.append(" | ");
                }
                sb.append(a == PyNone.TYPE ? "None" : TypeParams.reprItem(a));
            }
            return PyStr.of(sb.toString());
        };
        TYPE.nb[org.pyvm.bytecode.Operands.NB_OR] = PyUnionType::or;
        TYPE.richcompare = (v, w, op) -> {
            if (!(w instanceof PyUnionType b) || (op != Abstract.EQ && op != Abstract.NE)) {
                return PyNotImplemented.NotImplemented;
            }
            boolean eq = Abstract.eq(PyFrozenSet.from(((PyUnionType) v).args), PyFrozenSet.from(b.args));
            return PyBool.of(op == Abstract.EQ ? eq : !eq);
        };
        TYPE.hash = self -> Abstract.hash(PyFrozenSet.from(((PyUnionType) self).args));
        TYPE.getitem = (self, item) -> {
            PyUnionType u = (PyUnionType) self;
            PyTuple values = TypeParams.substitute(self, u.args, u.parameters(), item);
            PyObject r = values.get(0);
            for (int i = 1; i < values.size(); i++) {
                r = Abstract.binaryOp(r, values.get(i), org.pyvm.bytecode.Operands.NB_OR);
            }
            return r;
        };
    }

    /** The arguments: at least two, flattened and without duplicates. */
    final PyTuple args;
    private PyTuple parameters;

    private PyUnionType(PyTuple args) {
        super(TYPE);
        this.args = args;
    }

    /** The arguments, as {@code __args__}. */
    public PyTuple args() {
        return args;
    }

    PyTuple parameters() {
        PyTuple p = parameters;
        if (p == null) {
            p = TypeParams.collect(args);
            parameters = p;
        }
        return p;
    }

    /** Whether {@code |} makes a union with {@code o}: None, classes, {@code types.GenericAlias}, type aliases, unions. */
    public static boolean isUnionable(PyObject o) {
        return o == PyNone.None || o instanceof PyType || o instanceof PyGenericAlias g && g.type == PyGenericAlias.TYPE
                || o instanceof PyUnionType
                || o instanceof PyTypeAliasType;
    }

    /** {@code a | b} for the types above ({@code type.__or__}, {@code __ror__}); NotImplemented for others. */
    public static PyObject or(PyObject a, PyObject b) {
        if (!isUnionable(a) || !isUnionable(b)) {
            return PyNotImplemented.NotImplemented;
        }
        return of(a, b);
    }

    private static PyObject of(PyObject a, PyObject b) {
        List<PyObject> items = new ArrayList<>();
        add(items, a);
        add(items, b);
        if (items.size() == 1) {
            return items.get(0);
        }
        return new PyUnionType(new PyTuple(items));
    }

    private static void add(List<PyObject> items, PyObject o) {
        if (o instanceof PyUnionType u) {
            for (PyObject x : u.args.items()) {
                add(items, x);
            }
            return;
        }
        PyObject x = o == PyNone.None ? PyNone.TYPE : o;
        for (PyObject y : items) {
            if (y == x || (x instanceof PyGenericAlias && y instanceof PyGenericAlias && Abstract.eq(x, y))) {
                return;
            }
        }
        items.add(x);
    }

    private static void define(PyType t) {
        t.define("__args__", new PyGetSetDescr(t, "__args__", s -> ((PyUnionType) s).args, null));
        t.define("__parameters__", new PyGetSetDescr(t, "__parameters__", s -> ((PyUnionType) s).parameters(),
                null));
    }
}
