package org.pyvm.objects;

/** {@code callable_iterator}, made by {@code iter(callable, sentinel)}: calls until the result equals sentinel. */
public final class PyCallableIterator extends PyObject {
    public static final PyType TYPE = PyType.builtin("callable_iterator", PyType.OBJECT, t -> { })
            .notSubclassable();

    static {
        TYPE.iter = self -> self;
        TYPE.next = self -> {
            PyCallableIterator c = (PyCallableIterator) self;
            if (c.callable == null) {
                return null;
            }
            PyObject r;
            try {
                r = Abstract.call(c.callable, new PyObject[0], null);
            } catch (PyException e) {
                if (e.matches(PyBaseException.StopIteration)) {
                    c.callable = null;
                    return null;
                }
                throw e;
            }
            if (Abstract.eq(r, c.sentinel)) {
                c.callable = null;
                return null;
            }
            return r;
        };
    }

    private PyObject callable;
    private final PyObject sentinel;

    public PyCallableIterator(PyObject callable, PyObject sentinel) {
        super(TYPE);
        this.callable = callable;
        this.sentinel = sentinel;
    }
}
