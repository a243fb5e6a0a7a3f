package org.pyvm.objects;

/** {@code map(function, iterable, *iterables)}: yields {@code function(*items)}, stopping at the shortest. */
public final class PyMap extends PyObject {
    public static final PyType TYPE = PyType.builtin("map", PyType.OBJECT, t -> { });

    static {
        TYPE.iter = self -> self;
        TYPE.next = PyMap::next;
        TYPE.newSlot = (type, args, kw) -> {
            if (type == TYPE) {
                Abstract.checkNoKeywords("map", kw);
            }
            int npos = args.length - (kw == null ? 0 : kw.length);
            if (npos < 2) {
                throw PyException.typeError("map() must have at least two arguments.");
            }
            PyObject[] its = new PyObject[npos - 1];
            for (int i = 0; i < its.length; i++) {
                its[i] = Abstract.iter(args[i + 1]);
            }
            return new PyMap(type, args[0], its);
        };
        TYPE.init = (self, args, kw) -> { };
    }

    private final PyObject func;
    private final PyObject[] its;
    private final PyDict dict;

    PyMap(PyType type, PyObject func, PyObject[] its) {
        super(type);
        this.func = func;
        this.its = its;
        dict = type.instancesHaveDict ? new PyDict() : null;
    }

    @Override
    public PyDict dict() {
        return dict;
    }

    private static PyObject next(PyObject self) {
        PyMap m = (PyMap) self;
        PyObject[] items = new PyObject[m.its.length];
        for (int i = 0; i < items.length; i++) {
            PyObject x = Abstract.next(m.its[i]);
            if (x == null) {
                return null;
            }
            items[i] = x;
        }
        return Abstract.call(m.func, items, null);
    }
}
