package org.pyvm.objects;

/**
 * {@code enumerate(iterable, start=0)}: yields {@code (count, item)} pairs. The count is a {@code long} until it
 * would overflow, then a Python int.
 */
public final class PyEnumerate extends PyObject {
    public static final PyType TYPE = PyType.builtin("enumerate", PyType.OBJECT, PyEnumerate::define);

    private static final String[] PARAMS = {"iterable", "start"};

    static {
        TYPE.iter = self -> self;
        TYPE.next = PyEnumerate::next;
        TYPE.newSlot = (type, args, kw) -> {
            int npos = args.length - (kw == null ? 0 : kw.length);
            if (npos > 2) {
                throw PyException.typeError("enumerate() takes at most 2 arguments (" + npos + " given)");
            }
            PyObject[] a = new PyObject[2];
            System.arraycopy(args, 0, a, 0, npos);
            for (int k = 0; kw != null && k < kw.length; k++) {
                int i = kw[k].equals("iterable") ? 0 : kw[k].equals("start") ? 1 : -1;
                if (i < 0) {
                    throw PyException.typeError("'" + kw[k] + "' is an invalid keyword argument for enumerate()");
                }
                if (a[i] != null) {
                    throw PyException.typeError("argument for enumerate() given by name ('" + kw[k]
                            + "') and position (" + (i + 1) + ")");
                }
                a[i] = args[npos + k];
            }
            if (a[0] == null) {
                throw PyException.typeError("enumerate() missing required argument 'iterable'");
            }
            PyInt start = a[1] == null ? PyInt.of(0) : Abstract.index(a[1]);
            return new PyEnumerate(type, Abstract.iter(a[0]), start);
        };
        TYPE.init = (self, args, kw) -> { };
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
