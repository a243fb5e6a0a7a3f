package org.pyvm.objects;

/**
 * {@code zip(*iterables, strict=False)}: yields tuples of the i-th items; stops at the shortest iterable, or with
 * {@code strict=True} raises ValueError when the lengths differ ("zip() argument 2 is shorter than argument 1").
 */
public final class PyZip extends PyObject {
    public static final PyType TYPE = PyType.builtin("zip", PyType.OBJECT, t -> { });

    static {
        TYPE.iter = self -> self;
        TYPE.next = PyZip::next;
        TYPE.newSlot = (type, args, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            boolean strict = false;
            for (int k = 0; k < nkw; k++) {
                if (!kw[k].equals("strict")) {
                    throw PyException.typeError("'" + kw[k] + "' is an invalid keyword argument for zip()");
                }
                strict = Abstract.isTrue(args[args.length - nkw + k]);
            }
            PyObject[] its = new PyObject[args.length - nkw];
            for (int i = 0; i < its.length; i++) {
                its[i] = Abstract.iter(args[i]);
            }
            return new PyZip(type, its, strict);
        };
        TYPE.init = (self, args, kw) -> { };
    }

    private PyObject[] its;
    private final boolean strict;
    private final PyDict dict;

    PyZip(PyType type, PyObject[] its, boolean strict) {
        super(type);
        this.its = its;
        this.strict = strict;
        dict = type.instancesHaveDict ? new PyDict() : null;
    }

    @Override
    public PyDict dict() {
        return dict;
    }

    private static PyObject next(PyObject self) {
        PyZip z = (PyZip) self;
        PyObject[] its = z.its;
        if (its == null || its.length == 0) {
            return null;
        }
        PyObject[] items = new PyObject[its.length];
        for (int i = 0; i < its.length; i++) {
            PyObject x = Abstract.next(its[i]);
            if (x == null) {
                z.its = null;
                if (z.strict) {
                    if (i > 0) {
                        throw PyException.valueError("zip() argument " + (i + 1) + " is shorter than argument"
                                + (i == 1 ? " 1" : "s 1-" + i));
                    }
                    for (int j = 1; j < its.length; j++) {
                        if (Abstract.next(its[j]) != null) {
                            throw PyException.valueError("zip() argument " + (j + 1) + " is longer than argument"
                                    + (j == 1 ? " 1" : "s 1-" + j));
                        }
                    }
                }
                return null;
            }
            items[i] = x;
        }
        return new PyTuple(items);
    }
}
