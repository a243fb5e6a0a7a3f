package org.pyvm.objects;

/**
 * {@code enumerate(iterable, start=0)}: yields {@code (count, item)} pairs. The count is a {@code long} until it
 * would overflow, then a Python int.
 */
public final class PyEnumerate extends PyObject {
    public static final PyType TYPE = PyType.builtin("enumerate", PyType.OBJECT, PyEnumerate::define);

    static {
        TYPE.iter = self -> self;
        TYPE.next = PyEnumerate::next;
        TYPE.newSlot = (type, args, kw) -> {
            // CPython's vectorcall checks, in its order and with its messages.
            int nkw = kw == null ? 0 : kw.length;
            int npos = args.length - nkw;
            PyObject iterable;
            PyObject start = null;
            if (npos + nkw == 2) {
                if (nkw == 1) {
                    checkKeyword(kw[0], "start");
                } else if (nkw == 2 && kw[0].equals("start")) {
                    checkKeyword(kw[1], "iterable");
                    return make(type, args[1], args[0]);
                } else if (nkw == 2) {
                    checkKeyword(kw[0], "iterable");
                    checkKeyword(kw[1], "start");
                }
                iterable = args[0];
                start = args[1];
            } else if (npos + nkw == 1) {
                if (nkw == 1) {
                    checkKeyword(kw[0], "iterable");
                }
                iterable = args[0];
            } else if (npos == 0) {
                throw PyException.typeError("enumerate() missing required argument 'iterable'");
            } else {
                throw PyException.typeError("enumerate() takes at most 2 arguments (" + (npos + nkw) + " given)");
            }
            return make(type, iterable, start);
        };
        TYPE.init = (self, args, kw) -> { };
    }

    private static void checkKeyword(String given, String expected) {
        if (!given.equals(expected)) {
            throw PyException.typeError("'" + given + "' is an invalid keyword argument for enumerate()");
        }
    }

    private static PyEnumerate make(PyType type, PyObject iterable, PyObject start) {
        PyInt n = start == null ? PyInt.of(0) : Abstract.index(start);
        return new PyEnumerate(type, Abstract.iter(iterable), n);
    }

    private final PyObject it;
    /** The next count while it fits a long (big == null), else big holds it. */
    private long count;
    private PyInt big;
    private final PyDict dict;

    PyEnumerate(PyType type, PyObject it, PyInt start) {
        super(type);
        this.it = it;
        if (start.isSmall() && start.longValue() < Long.MAX_VALUE) {
            count = start.longValue();
        } else {
            big = start;
        }
        dict = type.instancesHaveDict ? new PyDict() : null;
    }

    @Override
    public PyDict dict() {
        return dict;
    }

    private static PyObject next(PyObject self) {
        PyEnumerate e = (PyEnumerate) self;
        PyObject item = Abstract.next(e.it);
        if (item == null) {
            return null;
        }
        PyInt n;
        if (e.big == null) {
            n = PyInt.of(e.count);
            if (e.count == Long.MAX_VALUE) {
                e.big = PyInt.add(n, PyInt.of(1));
            } else {
                e.count++;
            }
        } else {
            n = e.big;
            e.big = PyInt.add(n, PyInt.of(1));
        }
        return PyTuple.of(n, item);
    }

    private static void define(PyType t) {
        t.define("__class_getitem__", PyMethodDescr.classMethod(t, "__class_getitem__", 1, 1, new String[] {"x"},
                (cls, a) -> new PyGenericAlias(cls, a[0])));
    }
}
