package org.pyvm.objects;

/**
 * {@code builtin_function_or_method}: a native method bound to its receiver ({@code [].append}), or a native
 * module-level function (receiver = the module, or null). Calls go straight to the descriptor's body.
 */
public final class PyBuiltinFunction extends PyObject {
    public static final PyType TYPE = PyType.builtin("builtin_function_or_method", PyType.OBJECT,
            PyBuiltinFunction::define).notSubclassable();

    static {
        TYPE.call = (self, args, kw) -> {
            PyBuiltinFunction f = (PyBuiltinFunction) self;
            return f.method.call(f.self, args, kw);
        };
        TYPE.repr = self -> PyStr.of(((PyBuiltinFunction) self).reprString());
        TYPE.hash = self -> {
            PyBuiltinFunction f = (PyBuiltinFunction) self;
            return (f.self == null ? 0 : Abstract.identityHash(f.self)) ^ System.identityHashCode(f.method);
        };
        TYPE.richcompare = (v, w, op) -> {
            if ((op != 2 && op != 3) || !(w instanceof PyBuiltinFunction b)) {
                return PyNotImplemented.NotImplemented;
            }
            PyBuiltinFunction a = (PyBuiltinFunction) v;
            boolean eq = a.method == b.method && a.self == b.self;
            return PyBool.of(op == 2 ? eq : !eq);
        };
    }

    public final PyMethodDescr method;
    /** The receiver ({@code __self__}); null for a function of no module. */
    public final PyObject self;

    public PyBuiltinFunction(PyMethodDescr method, PyObject self) {
        super(TYPE);
        this.method = method;
        this.self = self;
    }

    /** A module-level native function named {@code name} (owner: the {@code object} type, unused). */
    public static PyBuiltinFunction function(String name, int min, int max, PyMethodDescr.Fn body) {
        return new PyBuiltinFunction(new PyMethodDescr(PyType.OBJECT, name, min, max, body), null);
    }

    String reprString() {
        if (self == null || self instanceof PyModuleLike) {
            return "<built-in function " + method.name + ">";
        }
        if (self instanceof PyType t) {
            return "<built-in method " + method.name + " of type object at " + Abstract.address(t) + ">";
        }
        return "<built-in method " + method.name + " of " + self.type.name + " object at " + Abstract.address(self)
                + ">";
    }

    private static void define(PyType t) {
        t.define("__name__", new PyGetSetDescr(t, "__name__", s -> PyStr.of(((PyBuiltinFunction) s).method.name),
                null));
        t.define("__qualname__", new PyGetSetDescr(t, "__qualname__", s -> {
            PyBuiltinFunction f = (PyBuiltinFunction) s;
            if (f.self == null || f.self instanceof PyModuleLike) {
                return PyStr.of(f.method.name);
            }
            PyType owner = f.self instanceof PyType ty ? ty : f.self.type;
            return PyStr.of(owner.qualname + "." + f.method.name);
        }, null));
        t.define("__module__", new PyGetSetDescr(t, "__module__", s -> {
            // A module's function names its module; a bound method has none.
            PyObject o = ((PyBuiltinFunction) s).self;
            String name = o instanceof PyModule m ? m.name() : null;
            return name == null ? PyNone.None : PyStr.of(name);
        }, null));
        t.define("__self__", new PyGetSetDescr(t, "__self__", s -> {
            PyObject o = ((PyBuiltinFunction) s).self;
            return o == null ? PyNone.None : o;
        }, null));
    }

    /** Marker for module objects (defined by the VM): a function bound to one prints as a plain function. */
    public interface PyModuleLike {
    }
}
