package org.pyvm.objects;

/** {@code frozenset}: the immutable, hashable set (CPython's frozenset hash). Shares {@link PySet}'s table. */
public final class PyFrozenSet extends PySet {
    public static final PyType TYPE = PyType.builtin("frozenset", PyType.OBJECT, PySetMethods::defineFrozen);
    public static final PyFrozenSet EMPTY = new PyFrozenSet();

    static {
        PyType t = TYPE;
        PySet.installCommon(t);
        t.hash = self -> ((PyFrozenSet) self).hash();
        t.newSlot = (type, args, kw) -> {
            Abstract.checkNoKeywords("frozenset", kw);
            if (args.length > 1) {
                throw PyException.typeError("frozenset expected at most 1 argument, got " + args.length);
            }
            if (args.length == 0) {
                return type == TYPE ? EMPTY : new PyFrozenSet(type);
            }
            if (args[0].type == TYPE && type == TYPE) {
                return args[0];
            }
            PyFrozenSet s = type == TYPE ? new PyFrozenSet() : new PyFrozenSet(type);
            s.update(args[0]);
            return s;
        };
    }

    private PyDict dict;

    public PyFrozenSet() {
        super(TYPE);
    }

    PyFrozenSet(PyType type) {
        super(type);
        if (type.instancesHaveDict) {
            dict = new PyDict();
        }
    }

    @Override
    public PyDict dict() {
        return dict;
    }

    /** A frozenset with the elements of any iterable. */
    public static PyFrozenSet from(PyObject iterable) {
        PyFrozenSet s = new PyFrozenSet();
        s.update(iterable);
        return s;
    }

    private static long shuffle(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    long hash() {
        long h = 0;
        for (int i = 0; i <= mask; i++) {
            PyObject k = keys[i];
            if (k != null && hashes[i] != -1) {
                h ^= shuffle(hashes[i]);
            }
        }
        h ^= ((long) used + 1) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        return h == -1 ? 590923713L : h;
    }
}
