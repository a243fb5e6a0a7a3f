package org.pyvm.objects;

/** {@code types.GenericAlias}: {@code list[int]}; repr, {@code __origin__}, {@code __args__}, calls the origin. */
public final class PyGenericAlias extends PyObject {
    public static final PyType TYPE = PyType.builtin("GenericAlias", PyType.OBJECT, PyGenericAlias::define);

    static {
        TYPE.repr = self -> {
            PyGenericAlias g = (PyGenericAlias) self;
            StringBuilder sb = new StringBuilder(name(g.origin)).append('[');
            for (int i = 0; i < g.args.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(name(g.args.get(i)));
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
        TYPE.call = (self, args, kw) -> Abstract.call(((PyGenericAlias) self).origin, args, kw);
        TYPE.getattr = (self, name) -> {
            PyObject r = PyObjectMethods.genericGetattr(self, name);
            if (r == null && !name.startsWith("__")) {
                return Abstract.getattrOrNull(((PyGenericAlias) self).origin, name);
            }
            return r;
        };
        TYPE.richcompare = (v, w, op) -> {
            if (!(w instanceof PyGenericAlias b) || (op != Abstract.EQ && op != Abstract.NE)) {
                return PyNotImplemented.NotImplemented;
            }
            PyGenericAlias a = (PyGenericAlias) v;
            boolean eq = Abstract.eq(a.origin, b.origin) && Abstract.eq(a.args, b.args);
            return PyBool.of(op == Abstract.EQ ? eq : !eq);
        };
        TYPE.hash = self -> Abstract.hash(((PyGenericAlias) self).origin) ^ Abstract.hash(((PyGenericAlias) self).args);
    }

    final PyObject origin;
    final PyTuple args;

    public PyGenericAlias(PyObject origin, PyObject args) {
        super(TYPE);
        this.origin = origin;
        this.args = args instanceof PyTuple t ? t : PyTuple.of(args);
    }

    private static String name(PyObject o) {
        if (o == PyEllipsis.Ellipsis) {
            return "...";
        }
        if (o instanceof PyType t) {
            String m = t.module();
            return m.equals("builtins") ? t.qualname : m + "." + t.qualname;
        }
        return Abstract.repr(o).value;
    }

    private static void define(PyType t) {
        t.define("__origin__", new PyGetSetDescr(t, "__origin__", s -> ((PyGenericAlias) s).origin, null));
        t.define("__args__", new PyGetSetDescr(t, "__args__", s -> ((PyGenericAlias) s).args, null));
    }
}
