package org.pyvm.objects;

/**
 * {@code method_descriptor}: a native method of a builtin type, stored in the type dict ({@code list.append}).
 * Looked up through an instance it binds to a {@link PyBuiltinFunction}; an interpreter's LOAD_METHOD can skip the
 * binding and call {@link #call} with the receiver directly.
 *
 * <p>The body is one of the small interfaces below, picked by arity, so calls never use reflection. Positional
 * arguments beyond {@code minArgs} are optional: the body receives null for an argument not given. When
 * {@code paramNames} is set, those parameters (from {@code posOnly} on) may also be passed by keyword; otherwise
 * any keyword is an error. A {@link Fn.Full} body sees the raw vectorcall arguments and checks them itself.
 *
 * <p>Kinds: plain method ({@code <method 'append' of 'list' objects>}), slot wrapper ({@code <slot wrapper
 * '__add__' of 'int' objects>}, made by {@link SlotDefs}) and class method ({@code int.from_bytes}: binds to the
 * class).
 */
public final class PyMethodDescr extends PyObject {
    public static final PyType TYPE = PyType.builtin("method_descriptor", PyType.OBJECT, PyMethodDescr::define)
            .notSubclassable();
    public static final PyType WRAPPER_TYPE = PyType.builtin("wrapper_descriptor", PyType.OBJECT,
            PyMethodDescr::define).notSubclassable();
    public static final PyType CLASSMETHOD_TYPE = PyType.builtin("classmethod_descriptor", PyType.OBJECT,
            PyMethodDescr::define).notSubclassable();

    static {
        for (PyType t : new PyType[] {TYPE, WRAPPER_TYPE, CLASSMETHOD_TYPE}) {
            t.isMethodDescriptor = t != CLASSMETHOD_TYPE;
            t.descrGet = PyMethodDescr::descrGet;
            t.call = (self, args, kw) -> ((PyMethodDescr) self).callUnbound(args, kw);
            t.repr = self -> PyStr.of(((PyMethodDescr) self).reprString());
        }
    }

    /** The bodies, by arity. */
    public interface Fn {
        /** {@code f(self)}. */
        interface F0 extends Fn {
            PyObject call(PyObject self);
        }

        /** {@code f(self, a)}. */
        interface F1 extends Fn {
            PyObject call(PyObject self, PyObject a);
        }

        /** {@code f(self, a, b)}. */
        interface F2 extends Fn {
            PyObject call(PyObject self, PyObject a, PyObject b);
        }

        /** {@code f(self, *a)} with {@code a.length == maxArgs}; missing optional arguments are null. */
        interface FA extends Fn {
            PyObject call(PyObject self, PyObject[] a);
        }

        /** The raw vectorcall arguments (see {@link Slots}); the body checks them. */
        interface Full extends Fn {
            PyObject call(PyObject self, PyObject[] args, String[] kwnames);
        }
    }

    public final PyType owner;
    public final String name;
    final int minArgs;
    final int maxArgs;
    final Fn body;
    /** Parameter names for keyword passing (null: positional only). */
    String[] paramNames;
    int posOnly;
    /** CPython's argument-error wording: METH_NOARGS / METH_O ("list.append() takes exactly one argument"). */
    boolean classicMessages;

    public PyMethodDescr(PyType owner, String name, int minArgs, int maxArgs, Fn body) {
        this(TYPE, owner, name, minArgs, maxArgs, body);
    }

    PyMethodDescr(PyType kind, PyType owner, String name, int minArgs, int maxArgs, Fn body) {
        super(kind);
        this.owner = owner;
        this.name = name;
        this.minArgs = minArgs;
        this.maxArgs = maxArgs;
        this.body = body;
        this.classicMessages = (minArgs == maxArgs) && maxArgs <= 1 && !(body instanceof Fn.Full);
    }

    /** A method taking no arguments. */
    public static PyMethodDescr of(PyType owner, String name, Fn.F0 body) {
        return new PyMethodDescr(owner, name, 0, 0, body);
    }

    /** A method taking exactly one argument. */
    public static PyMethodDescr of(PyType owner, String name, Fn.F1 body) {
        return new PyMethodDescr(owner, name, 1, 1, body);
    }

    /** A method taking {@code min..max} positional arguments (missing ones are null). */
    public static PyMethodDescr of(PyType owner, String name, int min, int max, Fn body) {
        return new PyMethodDescr(owner, name, min, max, body);
    }

    /** A method whose parameters after the first {@code posOnly} may also be given by keyword. */
    public static PyMethodDescr withKeywords(PyType owner, String name, int min, int posOnly, String[] params,
            Fn.FA body) {
        PyMethodDescr d = new PyMethodDescr(owner, name, min, params.length, body);
        d.paramNames = params;
        d.posOnly = posOnly;
        d.classicMessages = false;
        return d;
    }

    /** A class method of a builtin type ({@code int.from_bytes}): self is the class. */
    public static PyMethodDescr classMethod(PyType owner, String name, int min, int posOnly, String[] params,
            Fn.FA body) {
        PyMethodDescr d = new PyMethodDescr(CLASSMETHOD_TYPE, owner, name, min, params.length, body);
        d.paramNames = params;
        d.posOnly = posOnly;
        d.classicMessages = false;
        return d;
    }

    private static void define(PyType t) {
        t.define("__name__", new PyGetSetDescr(t, "__name__", self -> PyStr.of(((PyMethodDescr) self).name), null));
        t.define("__qualname__", new PyGetSetDescr(t, "__qualname__",
                self -> PyStr.of(((PyMethodDescr) self).owner.qualname + "." + ((PyMethodDescr) self).name), null));
        t.define("__objclass__", new PyGetSetDescr(t, "__objclass__", self -> ((PyMethodDescr) self).owner, null));
    }

    String reprString() {
        if (type == WRAPPER_TYPE) {
            return "<slot wrapper '" + name + "' of '" + owner.name + "' objects>";
        }
        return "<method '" + name + "' of '" + owner.name + "' objects>";
    }

    static PyObject descrGet(PyObject d, PyObject obj, PyType type) {
        PyMethodDescr m = (PyMethodDescr) d;
        if (m.type == CLASSMETHOD_TYPE) {
            PyType cls = type != null ? type : obj.type;
            if (!cls.isSubtype(m.owner)) {
                throw PyException.typeError("descriptor '" + m.name + "' for type '" + m.owner.name
                        + "' needs a subtype of '" + m.owner.name + "', not a '" + cls.name + "'");
            }
            return new PyBuiltinFunction(m, cls);
        }
        if (obj == null) {
            return m;
        }
        m.checkSelf(obj);
        return new PyBuiltinFunction(m, obj);
    }

    void checkSelf(PyObject self) {
        if (self.type != owner && !self.type.isSubtype(owner)) {
            if (type == WRAPPER_TYPE) {
                throw PyException.typeError("descriptor '" + name + "' requires a '" + owner.name
                        + "' object but received a '" + self.type.name + "'");
            }
            throw PyException.typeError("descriptor '" + name + "' for '" + owner.name
                    + "' objects doesn't apply to a '" + self.type.name + "' object");
        }
    }

    /** {@code list.append(lst, x)}: the first argument is self. */
    PyObject callUnbound(PyObject[] args, String[] kwnames) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos < 1) {
            String q = owner.name + "." + name;
            throw PyException.typeError("unbound method " + q + "() needs an argument");
        }
        PyObject self = args[0];
        if (type == CLASSMETHOD_TYPE) {
            if (!(self instanceof PyType t) || !t.isSubtype(owner)) {
                throw PyException.typeError("descriptor '" + name + "' for type '" + owner.name
                        + "' needs a type, not a '" + self.type.name + "' as arg 2");
            }
        } else {
            checkSelf(self);
        }
        PyObject[] rest = new PyObject[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        return call(self, rest, kwnames);
    }

    /** Calls the body with {@code self} already checked (LOAD_METHOD path): vectorcall arguments. */
    public PyObject call(PyObject self, PyObject[] args, String[] kwnames) {
        Fn f = body;
        if (f instanceof Fn.Full full) {
            return full.call(self, args, kwnames);
        }
        if (kwnames == null) {
            int n = args.length;
            if (n >= minArgs && n <= maxArgs) {
                if (f instanceof Fn.F1 f1) {
                    return f1.call(self, n > 0 ? args[0] : null);
                } else if (f instanceof Fn.F0 f0) {
                    return f0.call(self);
                } else if (f instanceof Fn.F2 f2) {
                    return f2.call(self, n > 0 ? args[0] : null, n > 1 ? args[1] : null);
                } else if (n == maxArgs) {
                    return ((Fn.FA) f).call(self, args);
                }
                PyObject[] a = new PyObject[maxArgs];
                System.arraycopy(args, 0, a, 0, n);
                return ((Fn.FA) f).call(self, a);
            }
            throw arityError(n);
        }
        PyObject[] a = bindKeywords(args, kwnames);
        if (f instanceof Fn.FA fa) {
            return fa.call(self, a);
        } else if (f instanceof Fn.F2 f2) {
            return f2.call(self, a.length > 0 ? a[0] : null, a.length > 1 ? a[1] : null);
        } else if (f instanceof Fn.F1 f1) {
            return f1.call(self, a.length > 0 ? a[0] : null);
        }
        return ((Fn.F0) f).call(self);
    }

    /** Fast entry for a call with no arguments. */
    public PyObject call0(PyObject self) {
        if (body instanceof Fn.F0 f0) {
            return f0.call(self);
        }
        return call(self, NO_ARGS, null);
    }

    /** Fast entry for a call with one positional argument. */
    public PyObject call1(PyObject self, PyObject a) {
        if (body instanceof Fn.F1 f1) {
            return f1.call(self, a);
        }
        return call(self, new PyObject[] {a}, null);
    }

    static final PyObject[] NO_ARGS = new PyObject[0];

    private PyObject[] bindKeywords(PyObject[] args, String[] kwnames) {
        int npos = args.length - kwnames.length;
        if (paramNames == null) {
            throw PyException.typeError(classicMessages ? owner.name + "." + name + "() takes no keyword arguments"
                    : name + "() takes no keyword arguments");
        }
        if (npos > maxArgs) {
            throw arityError(npos);
        }
        PyObject[] a = new PyObject[maxArgs];
        System.arraycopy(args, 0, a, 0, npos);
        for (int k = 0; k < kwnames.length; k++) {
            String kw = kwnames[k];
            int idx = -1;
            for (int i = posOnly; i < paramNames.length; i++) {
                if (paramNames[i].equals(kw)) {
                    idx = i;
                    break;
                }
            }
            if (idx < 0) {
                throw PyException.typeError("'" + kw + "' is an invalid keyword argument for " + name + "()");
            }
            if (a[idx] != null) {
                throw PyException.typeError("argument for " + name + "() given by name ('" + kw
                        + "') and position (" + (idx + 1) + ")");
            }
            a[idx] = args[npos + k];
        }
        for (int i = 0; i < minArgs; i++) {
            if (a[i] == null) {
                throw PyException.typeError(name + "() missing required argument '" + paramNames[i] + "' (pos "
                        + (i + 1) + ")");
            }
        }
        return a;
    }

    PyException arityError(int n) {
        if (classicMessages) {
            String q = owner.name + "." + name;
            if (maxArgs == 0) {
                return PyException.typeError(q + "() takes no arguments (" + n + " given)");
            }
            return PyException.typeError(q + "() takes exactly one argument (" + n + " given)");
        }
        if (paramNames != null) {
            if (n > maxArgs) {
                return PyException.typeError(name + "() takes at most " + maxArgs + " argument"
                        + (maxArgs == 1 ? "" : "s") + " (" + n + " given)");
            }
            if (n >= posOnly && n < paramNames.length) {
                return PyException.typeError(name + "() missing required argument '" + paramNames[n] + "' (pos "
                        + (n + 1) + ")");
            }
            return PyException.typeError(name + "() takes at least " + minArgs + " argument"
                    + (minArgs == 1 ? "" : "s") + " (" + n + " given)");
        }
        if (minArgs == maxArgs) {
            return PyException.typeError(name + " expected " + maxArgs + " argument" + (maxArgs == 1 ? "" : "s")
                    + ", got " + n);
        }
        if (n > maxArgs) {
            return PyException.typeError(name + " expected at most " + maxArgs + " argument"
                    + (maxArgs == 1 ? "" : "s") + ", got " + n);
        }
        return PyException.typeError(name + " expected at least " + minArgs + " argument"
                + (minArgs == 1 ? "" : "s") + ", got " + n);
    }
}
