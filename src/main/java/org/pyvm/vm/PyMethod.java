package org.pyvm.vm;

import org.pyvm.objects.Abstract;
import org.pyvm.objects.PyBool;
import org.pyvm.objects.PyException;
import org.pyvm.objects.PyGetSetDescr;
import org.pyvm.objects.PyNone;
import org.pyvm.objects.PyNotImplemented;
import org.pyvm.objects.PyObject;
import org.pyvm.objects.PyObjectMethods;
import org.pyvm.objects.PyStr;
import org.pyvm.objects.PyType;

/** {@code method}: a function bound to an object ({@code obj.f}); calling it passes the object first. */
public final class PyMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("method", PyType.OBJECT, PyMethod::define).notSubclassable();

    static {
        TYPE.newSlot = (type, args, kw) -> {
            if (kw != null && kw.length > 0) {
                throw PyException.typeError("method() takes no keyword arguments");
            }
            if (args.length != 2) {
                throw PyException.typeError("method expected 2 arguments, got " + args.length);
            }
            if (!Abstract.isCallable(args[0])) {
                throw PyException.typeError("first argument must be callable");
            }
            if (args[1] == PyNone.None) {
                throw PyException.typeError("instance must not be None");
            }
            return new PyMethod(args[0], args[1]);
        };
        TYPE.call = (self, args, kw) -> {
            PyMethod m = (PyMethod) self;
            if (m.func instanceof PyFunction f) {
                return Interpreter.callFunction(f, m.self, args, 0, args.length, kw);
            }
            PyObject[] a = new PyObject[args.length + 1];
            a[0] = m.self;
            System.arraycopy(args, 0, a, 1, args.length);
            return Abstract.call(m.func, a, kw);
        };
        TYPE.repr = self -> {
            PyMethod m = (PyMethod) self;
            PyObject q = Abstract.getattrOrNull(m.func, "__qualname__");
            if (q == null) {
                q = Abstract.getattrOrNull(m.func, "__name__");
            }
            String name = q instanceof PyStr s ? s.value : "?";
            return PyStr.of("<bound method " + name + " of " + Abstract.repr(m.self).value + ">");
        };
        TYPE.hash = self -> Abstract.identityHash(((PyMethod) self).self) ^ Abstract.hash(((PyMethod) self).func);
        TYPE.richcompare = (v, w, op) -> {
            if ((op != Abstract.EQ && op != Abstract.NE) || !(w instanceof PyMethod b)) {
                return PyNotImplemented.NotImplemented;
            }
            PyMethod a = (PyMethod) v;
            boolean eq = a.self == b.self && Abstract.eq(a.func, b.func);
            return PyBool.of(op == Abstract.EQ ? eq : !eq);
        };
        TYPE.getattr = (self, name) -> {
            PyObject v = PyObjectMethods.genericGetattr(self, name);
            return v != null ? v : Abstract.getattrOrNull(((PyMethod) self).func, name);
        };
        TYPE.descrGet = (d, obj, type) -> d;
    }

    public final PyObject func;
    public final PyObject self;

    public PyMethod(PyObject func, PyObject self) {
        super(TYPE);
        this.func = func;
        this.self = self;
    }

    private static void define(PyType t) {
        t.define("__func__", new PyGetSetDescr(t, "__func__", s -> ((PyMethod) s).func, null));
        t.define("__self__", new PyGetSetDescr(t, "__self__", s -> ((PyMethod) s).self, null));
    }
}
