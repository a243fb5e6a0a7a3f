package org.pyvm.objects;

/**
 * {@code super(type, obj_or_type)}: attribute lookup along the MRO of {@code obj}'s type (or of {@code obj} itself
 * when it is a subclass of {@code type}) starting after {@code type}, with descriptors bound to {@code obj}.
 *
 * <p>Zero-argument {@code super()} needs the calling frame (its first argument and its {@code __class__} cell),
 * which only the interpreter knows: it sets {@link #zeroArgs}, which returns that pair or throws the
 * RuntimeError that applies ("super(): __class__ cell not found", ...). When unset, {@code super()} raises
 * CPython's "RuntimeError: super(): no arguments".
 */
public final class PySuper extends PyObject {
    public static final PyType TYPE = PyType.builtin("super", PyType.OBJECT, PySuper::define);

    /** The interpreter's hook for {@code super()} with no arguments. */
    @FunctionalInterface
    public interface ZeroArgs {
        /** {@code {type, obj}} of the running Python frame: its {@code __class__} cell and first argument. */
        PyObject[] typeAndSelf();
    }

    /** Set by the interpreter; null until then. */
    public static volatile ZeroArgs zeroArgs;

    static {
        TYPE.getattr = PySuper::getattr;
        TYPE.descrGet = (d, obj, type) -> {
            PySuper s = (PySuper) d;
            if (obj == null || s.obj != null) {
                return s;
            }
            return make(s.type, s.thisClass, obj);
        };
        TYPE.newSlot = (type, args, kw) -> {
            if (type == TYPE) {
                Abstract.checkNoKeywords("super", kw);
            }
            int npos = args.length - (kw == null ? 0 : kw.length);
            if (npos > 2) {
                throw PyException.typeError("super() expected at most 2 arguments, got " + npos);
            }
            PyObject t;
            PyObject obj;
            if (npos == 0) {
                ZeroArgs hook = zeroArgs;
                if (hook == null) {
                    throw PyException.runtimeError("super(): no arguments");
                }
                PyObject[] pair = hook.typeAndSelf();
                t = pair[0];
                obj = pair[1];
            } else {
                t = args[0];
                obj = npos == 2 && args[1] != PyNone.None ? args[1] : null;
            }
            if (!(t instanceof PyType tt)) {
                throw PyException.typeError("super() argument 1 must be a type, not " + t.type.name);
            }
            return make(type, tt, obj);
        };
        TYPE.init = (self, args, kw) -> { };
        TYPE.repr = self -> {
            PySuper s = (PySuper) self;
            String head = "<super: <class '" + s.thisClass.name + "'>, ";
            return PyStr.of(s.objType == null ? head + "NULL>" : head + "<" + s.objType.name + " object>>");
        };
    }

    /** {@code __thisclass__}: the class after which lookup starts. */
    public final PyType thisClass;
    /** {@code __self__} (null when unbound). */
    public final PyObject obj;
    /** {@code __self_class__}: the type whose MRO is searched (null when unbound). */
    public final PyType objType;
    private final PyDict dict;

    private PySuper(PyType type, PyType thisClass, PyObject obj, PyType objType) {
        super(type);
        this.thisClass = thisClass;
        this.obj = obj;
        this.objType = objType;
        dict = type.instancesHaveDict ? new PyDict() : null;
    }

    /** {@code super(thisClass, obj)}; obj null for an unbound super. */
    public static PySuper of(PyType thisClass, PyObject obj) {
        return make(TYPE, thisClass, obj);
    }

    private static PySuper make(PyType type, PyType thisClass, PyObject obj) {
        PyType objType = null;
        if (obj != null) {
            if (obj instanceof PyType ot && ot.isSubtype(thisClass)) {
                objType = ot;
            } else if (obj.type.isSubtype(thisClass)) {
                objType = obj.type;
            } else {
                PyObject c = Abstract.getattrOrNull(obj, "__class__");
                if (c instanceof PyType ct && ct != obj.type && ct.isSubtype(thisClass)) {
                    objType = ct;
                } else {
                    throw PyException.typeError("super(type, obj): obj must be an instance or subtype of type");
                }
            }
        }
        return new PySuper(type, thisClass, obj, objType);
    }

    @Override
    public PyDict dict() {
        return dict;
    }

    private static PyObject getattr(PyObject self, String name) {
        PySuper s = (PySuper) self;
        if (s.objType != null && !name.equals("__class__")) {
            PyType[] mro = s.objType.mro;
            int i = 0;
            while (i < mro.length && mro[i] != s.thisClass) {
                i++;
            }
            for (i++; i < mro.length; i++) {
                PyObject v = mro[i].dict().getStr(name);
                if (v != null) {
                    Slots.DescrGet g = v.type.descrGet;
                    return g == null ? v : g.get(v, s.obj == s.objType ? null : s.obj, s.objType);
                }
            }
        }
        return PyObjectMethods.genericGetattr(self, name);
    }

    private static void define(PyType t) {
        t.define("__thisclass__", new PyGetSetDescr(t, "__thisclass__", s -> ((PySuper) s).thisClass, null));
        t.define("__self__", new PyGetSetDescr(t, "__self__", s -> {
            PyObject o = ((PySuper) s).obj;
            return o == null ? PyNone.None : o;
        }, null));
        t.define("__self_class__", new PyGetSetDescr(t, "__self_class__", s -> {
            PyType o = ((PySuper) s).objType;
            return o == null ? PyNone.None : o;
        }, null));
    }
}
