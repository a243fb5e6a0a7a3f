package org.pyvm.objects;

/** {@code filter(function or None, iterable)}: the items for which the function (or the item itself) is true. */
public final class PyFilter extends PyObject {
    public static final PyType TYPE = PyType.builtin("filter", PyType.OBJECT, t -> { });

    static {
        TYPE.iter = self -> self;
        TYPE.next = PyFilter::next;
        TYPE.newSlot = (type, args, kw) -> {
            if (type == TYPE) {
                Abstract.checkNoKeywords("filter", kw);
            }
            int npos = args.length - (kw == null ? 0 : kw.length);
            if (npos != 2) {
                throw PyException.typeError("filter expected 2 arguments, got " + npos);
            }
            return new PyFilter(type, args[0], Abstract.iter(args[1]));
        };
        TYPE.init = (self, args, kw) -> { };
    }

    private final PyObject func;
    private final PyObject it;
    private final PyDict dict;

    PyFilter(PyType type, PyObject func, PyObject it) {
        super(type);
        this.func = func;
        this.it = it;
        dict = type.instancesHaveDict ? new PyDict() : null;
    }

    @Override
    public PyDict dict() {
        return dict;
    }

    private static PyObject next(PyObject self) {
        PyFilter f = (PyFilter) self;
        boolean identity = f.func == PyNone.None || f.func == PyBool.TYPE;
        for (PyObject x = Abstract.next(f.it); x != null; x = Abstract.next(f.it)) {
            boolean keep = identity ? Abstract.isTrue(x) : Abstract.isTrue(Abstract.call(f.func, x));
            if (keep) {
                return x;
            }
        }
        return null;
    }
}
