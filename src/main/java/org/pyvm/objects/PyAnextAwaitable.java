package org.pyvm.objects;

/**
 * {@code anext_awaitable}, made by {@code anext(aiterator, default)}: awaits {@code aiterator.__anext__()} and
 * turns its {@code StopAsyncIteration} into the result {@code default} (a {@code StopIteration(default)} of the
 * await protocol). {@code __await__} returns the object itself; {@code send}, {@code throw} and {@code close}
 * go to the iterator of the wrapped awaitable.
 */
public final class PyAnextAwaitable extends PyObject {
    public static final PyType TYPE = PyType.builtin("anext_awaitable", PyType.OBJECT, PyAnextAwaitable::define)
            .notSubclassable();

    static {
        TYPE.iter = self -> self;
        TYPE.next = self -> ((PyAnextAwaitable) self).step(null, null);
    }

    private final PyObject awaitable;
    private final PyObject dflt;
    private PyObject inner;

    private PyAnextAwaitable(PyObject awaitable, PyObject dflt) {
        super(TYPE);
        this.awaitable = awaitable;
        this.dflt = dflt;
    }

    /** The awaitable that yields {@code default} where {@code awaitable} raises StopAsyncIteration. */
    public static PyObject wrap(PyObject awaitable, PyObject dflt) {
        return new PyAnextAwaitable(awaitable, dflt);
    }

    private PyObject inner() {
        if (inner == null) {
            PyObject m = awaitable.type.lookup("__await__");
            if (m == null) {
                throw PyException.typeError("'" + awaitable.type.name + "' object can't be awaited");
            }
            inner = Abstract.callBound(m, awaitable, new PyObject[0], null);
            if (inner.type.next == null) {
                throw PyException.typeError("__await__() returned non-iterator of type '" + inner.type.name + "'");
            }
        }
        return inner;
    }

    /** One step: next (method null), or {@code send}/{@code throw} with {@code args}. */
    private PyObject step(String method, PyObject[] args) {
        PyObject it = inner();
        try {
            PyObject r = method == null ? it.type.next.apply(it) : Abstract.call(Abstract.getattr(it, method), args,
                    null);
            if (r == null) {
                throw PyException.stopIteration(null);
            }
            return r;
        } catch (PyException e) {
            if (e.matches(PyBaseException.StopAsyncIteration)) {
                throw PyException.stopIteration(dflt);
            }
            throw e;
        }
    }

    private static void define(PyType t) {
        t.define("__await__", PyMethodDescr.of(t, "__await__", self -> self));
        t.define("send", PyMethodDescr.of(t, "send", (self, v) -> ((PyAnextAwaitable) self).step("send",
                new PyObject[] {v})));
        t.define("throw", PyMethodDescr.of(t, "throw", 1, 3, (PyMethodDescr.Fn.FA) (self, a) -> {
            int n = a[2] != null ? 3 : a[1] != null ? 2 : 1;
            return ((PyAnextAwaitable) self).step("throw", java.util.Arrays.copyOf(a, n));
        }));
        t.define("close", PyMethodDescr.of(t, "close", self -> {
            PyObject it = ((PyAnextAwaitable) self).inner;
            PyObject c = it == null ? null : Abstract.getattrOrNull(it, "close");
            return c == null ? PyNone.None : Abstract.call(c);
        }));
    }
}
