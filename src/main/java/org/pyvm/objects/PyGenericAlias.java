package org.pyvm.objects;

import org.pyvm.bytecode.Operands;

/**
 * {@code types.GenericAlias} ({@code list[int]}) and, with the same layout, {@code typing._GenericAlias}
 * ({@code Box[int]} for a subclass of {@code typing.Generic}): repr, {@code __origin__}, {@code __args__},
 * {@code __parameters__} and substitution ({@code list[T][int]}), calls the origin, {@code |} makes a union,
 * {@code __mro_entries__} lets a class derive from an alias. The typing alias also records {@code __orig_class__}
 * on the instances it makes and refuses to subscript {@code Generic[...]} again. Two more typing kinds share the
 * layout: {@link #UNION} and {@link #UNPACK}; {@code |} on a typing alias makes a typing Union.
 */
public final class PyGenericAlias extends PyObject {
    public static final PyType TYPE = PyType.builtin("GenericAlias", PyType.OBJECT, PyGenericAlias::define)
            .inModule("types");
    /** {@code typing._GenericAlias}. */
    public static final PyType TYPING = PyType.builtin("_GenericAlias", PyType.OBJECT, PyGenericAlias::define)
            .inModule("typing");
    /** {@code typing._UnionGenericAlias}: {@code typing.Union[int, str]} ({@link PySpecialForm#union}). */
    public static final PyType UNION = PyType.builtin("_UnionGenericAlias", PyType.OBJECT,
            t -> defineUnion(t)).inModule("typing");
    /** {@code typing._UnpackGenericAlias}: {@code typing.Unpack[Ts]}, which {@code *Ts} gives. */
    public static final PyType UNPACK = PyType.builtin("_UnpackGenericAlias", PyType.OBJECT,
            PyGenericAlias::define).inModule("typing");

    static {
        for (PyType t : new PyType[] {TYPE, TYPING, UNION, UNPACK}) {
            install(t);
        }
        for (PyType t : new PyType[] {TYPING, UNION, UNPACK}) {
            t.nb[Operands.NB_OR] = PySpecialForm::union;
        }
        UNION.repr = self -> {
            PyTuple a = ((PyGenericAlias) self).args;
            if (a.size() == 2 && (a.get(0) == PyNone.TYPE || a.get(1) == PyNone.TYPE)) {
                return PyStr.of("typing.Optional[" + TypeParams.reprItem(a.get(a.get(0) == PyNone.TYPE ? 1 : 0))
                        + "]");
            }
            StringBuilder sb = new StringBuilder("typing.Union[");
            for (int i = 0; i < a.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(TypeParams.reprItem(a.get(i)));
            }
            return PyStr.of(sb.append(']').toString());
        };
        UNION.richcompare = (v, w, op) -> {
            PyTuple other = w instanceof PyUnionType u ? u.args
                    : w instanceof PyGenericAlias g && g.type == UNION ? g.args : null;
            if (other == null || (op != Abstract.EQ && op != Abstract.NE)) {
                return PyNotImplemented.NotImplemented;
            }
            boolean eq = Abstract.eq(PyFrozenSet.from(((PyGenericAlias) v).args), PyFrozenSet.from(other));
            return PyBool.of(op == Abstract.EQ ? eq : !eq);
        };
        UNION.hash = self -> Abstract.hash(PyFrozenSet.from(((PyGenericAlias) self).args));
        UNION.getitem = (self, item) -> {
            PyGenericAlias g = (PyGenericAlias) self;
            return PySpecialForm.union(TypeParams.substitute(self, g.args, g.parameters(), item).toArray());
        };
        TYPE.call = (self, args, kw) -> Abstract.call(((PyGenericAlias) self).origin, args, kw);
        TYPING.call = (self, args, kw) -> {
            PyObject r = Abstract.call(((PyGenericAlias) self).origin, args, kw);
            try {
                Abstract.setattr(r, "__orig_class__", self);
            } catch (PyException e) {
                if (!e.matches(PyBaseException.Exception)) {
                    throw e;
                }
            }
            return r;
        };
    }

    private static void install(PyType t) {
        t.repr = self -> {
            PyGenericAlias g = (PyGenericAlias) self;
            StringBuilder sb = new StringBuilder(TypeParams.reprItem(g.origin)).append('[');
            for (int i = 0; i < g.args.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(TypeParams.reprItem(g.args.get(i)));
            }
            if (g.args.size() == 0) {
                sb.append("()");
            }
            return PyStr.of(sb.append(']').toString());
        };
        TYPE.newSlot = (type, args, kw) -> {
            if (kw != null && kw.length > 0) {
                throw PyException.typeError("GenericAlias() takes no keyword arguments");
            }
            if (args.length != 2) {
                throw PyException.typeError("GenericAlias expected 2 arguments, got " + args.length);
            }
            return new PyGenericAlias(args[0], args[1]);
        };
        t.getattr = (self, name) -> {
            PyObject r = PyObjectMethods.genericGetattr(self, name);
            if (r == null && !name.startsWith("__")) {
                return Abstract.getattrOrNull(((PyGenericAlias) self).origin, name);
            }
            return r;
        };
        t.richcompare = (v, w, op) -> {
            if (!(w instanceof PyGenericAlias b) || w.type != v.type || (op != Abstract.EQ && op != Abstract.NE)) {
                return PyNotImplemented.NotImplemented;
            }
            PyGenericAlias a = (PyGenericAlias) v;
            boolean eq = Abstract.eq(a.origin, b.origin) && Abstract.eq(a.args, b.args);
            return PyBool.of(op == Abstract.EQ ? eq : !eq);
        };
        t.hash = self -> Abstract.hash(((PyGenericAlias) self).origin) ^ Abstract.hash(((PyGenericAlias) self).args);
        t.getitem = (self, item) -> {
            PyGenericAlias g = (PyGenericAlias) self;
            if (g.origin == PyGeneric.TYPE) {
                throw PyException.typeError("Cannot subscript already-subscripted " + Abstract.str(self).value);
            }
            return new PyGenericAlias(g.type, g.origin, TypeParams.substitute(self, g.args, g.parameters(), item));
        };
        t.nb[Operands.NB_OR] = PyUnionType::or;
    }

    final PyObject origin;
    final PyTuple args;
    private PyTuple parameters;

    /** {@code types.GenericAlias(origin, args)}; a non-tuple {@code args} is the one argument. */
    public PyGenericAlias(PyObject origin, PyObject args) {
        this(TYPE, origin, args);
    }

    /** An alias of either kind ({@link #TYPE} or {@link #TYPING}). */
    public PyGenericAlias(PyType kind, PyObject origin, PyObject args) {
        super(kind);
        this.origin = origin;
        this.args = args instanceof PyTuple t ? t : PyTuple.of(args);
    }

    public PyObject origin() {
        return origin;
    }

    public PyTuple args() {
        return args;
    }

    /** {@code __parameters__}: the type variables the arguments mention. */
    public PyTuple parameters() {
        PyTuple p = parameters;
        if (p == null) {
            p = TypeParams.collect(args);
            parameters = p;
        }
        return p;
    }

    /**
     * {@code __mro_entries__}: the origin. For {@code Generic[...]}, nothing when another generic alias follows
     * in the bases (that class brings {@code Generic} along).
     */
    private PyObject mroEntries(PyObject bases) {
        if (origin == PyGeneric.TYPE && bases instanceof PyTuple b) {
            boolean after = false;
            for (PyObject x : b.items()) {
                if (after && x instanceof PyGenericAlias && x != this) {
                    return PyTuple.EMPTY;
                }
                if (x == this) {
                    after = true;
                }
            }
        }
        return PyTuple.of(origin);
    }

    /** A typing Union is a class test over its arguments. */
    private static void defineUnion(PyType t) {
        define(t);
        t.define("__mro_entries__", PyMethodDescr.of(t, "__mro_entries__", (PyMethodDescr.Fn.F1) (s, bases) -> {
            throw PyException.typeError("Cannot subclass " + Abstract.repr(s).value);
        }));
        t.define("__instancecheck__", PyMethodDescr.of(t, "__instancecheck__",
                (PyMethodDescr.Fn.F1) (self, o) -> PyBool.of(Abstract.isSubclass(o.type, ((PyGenericAlias) self).args))));
        t.define("__subclasscheck__", PyMethodDescr.of(t, "__subclasscheck__",
                (PyMethodDescr.Fn.F1) (self, c) -> PyBool.of(Abstract.isSubclass(c, ((PyGenericAlias) self).args))));
    }

    private static void define(PyType t) {
        t.define("__origin__", new PyGetSetDescr(t, "__origin__", s -> ((PyGenericAlias) s).origin, null));
        t.define("__args__", new PyGetSetDescr(t, "__args__", s -> ((PyGenericAlias) s).args, null));
        t.define("__parameters__", new PyGetSetDescr(t, "__parameters__", s -> ((PyGenericAlias) s).parameters(),
                null));
        t.define("__mro_entries__", PyMethodDescr.of(t, "__mro_entries__",
                (PyMethodDescr.Fn.F1) (self, bases) -> ((PyGenericAlias) self).mroEntries(bases)));
        t.define("__instancecheck__", PyMethodDescr.of(t, "__instancecheck__", (PyMethodDescr.Fn.F1) (self, o) -> {
            throw PyException.typeError("isinstance() argument 2 cannot be a parameterized generic");
        }));
        t.define("__subclasscheck__", PyMethodDescr.of(t, "__subclasscheck__", (PyMethodDescr.Fn.F1) (self, o) -> {
            throw PyException.typeError("issubclass() argument 2 cannot be a parameterized generic");
        }));
    }
}
