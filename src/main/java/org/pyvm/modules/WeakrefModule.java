package org.pyvm.modules;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Set;

import org.pyvm.objects.Abstract;
import org.pyvm.objects.PyException;
import org.pyvm.objects.PyInt;
import org.pyvm.objects.PyMethodDescr;
import org.pyvm.objects.PyModule;
import org.pyvm.objects.PyNone;
import org.pyvm.objects.PyObject;
import org.pyvm.objects.PyStr;
import org.pyvm.objects.PyType;

/**
 * {@code _weakref}: the primitive under {@code weakref} (written in Python): {@code new_cell(obj, callback[, arg])}
 * holds obj through a Java {@link WeakReference}; {@code cell.get()} is obj, or None once the collector cleared it.
 * A cleared cell whose callback is not None is queued, and its callback is called (with arg, if given) by
 * {@link #drain} (from {@code gc.collect()}), so callbacks run only after a collection, never at the moment the last
 * strong reference goes away as in CPython. A cell that is itself unreachable is never queued (no callback), as a
 * dead weakref's callback is not called in CPython.
 */
public final class WeakrefModule {
    private WeakrefModule() {
    }

    private static final ReferenceQueue<PyObject> QUEUE = new ReferenceQueue<>();

    /** Builtin types whose instances cannot be weakly referenced (CPython's types without tp_weaklistoffset). */
    private static final Set<String> NOT_WEAKREFABLE = Set.of("int", "bool", "float", "complex", "str", "bytes",
            "bytearray", "tuple", "list", "dict", "NoneType", "object", "range", "slice", "memoryview",
            "NotImplementedType", "ellipsis", "enumerate", "zip", "map", "filter", "reversed");
    /** Builtin bases whose Python subclasses' instances still cannot be weakly referenced (variable size). */
    private static final Set<String> NOT_WEAKREFABLE_BASE = Set.of("int", "bool", "str", "bytes", "tuple");

    public static final class Cell extends PyObject {
        public static final PyType TYPE = PyType.builtin("cell", PyType.OBJECT, Cell::define)
                .inModule("_weakref").notSubclassable();
        final WeakReference<PyObject> ref;
        final PyObject callback;
        /** What the callback is called with (the Python weak reference object), or null for no argument. */
        final PyObject arg;

        Cell(PyObject obj, PyObject callback, PyObject arg) {
            super(TYPE);
            this.callback = callback;
            this.arg = arg;
            this.ref = callback == PyNone.None ? new WeakReference<>(obj) : new Ref(obj, this);
        }

        private static void define(PyType t) {
            t.define("get", PyMethodDescr.of(t, "get", self -> {
                PyObject o = ((Cell) self).ref.get();
                return o == null ? PyNone.None : o;
            }));
        }
    }

    /** A Java reference that knows its cell, so the queue can find the callback. */
    private static final class Ref extends WeakReference<PyObject> {
        final Cell cell;

        Ref(PyObject obj, Cell cell) {
            super(obj, QUEUE);
            this.cell = cell;
        }
    }

    /** Calls the callbacks of the cells cleared since the last call; returns how many. Errors are reported as
     *  CPython's unraisable hook reports them ("Exception ignored in: ..." and the traceback). */
    public static int drain() {
        int n = 0;
        java.lang.ref.Reference<? extends PyObject> r;
        while ((r = QUEUE.poll()) != null) {
            n++;
            Cell c = ((Ref) r).cell;
            try {
                if (c.arg == null) {
                    Abstract.call(c.callback);
                } else {
                    Abstract.call(c.callback, c.arg);
                }
            } catch (PyException e) {
                String where;
                try {
                    where = Abstract.repr(c.callback).value;
                } catch (PyException failed) {
                    where = "<object repr() failed>";
                }
                SysModule.stderr.write("Exception ignored in: " + where + "\n"
                        + org.pyvm.vm.TracebackPrinter.format(e.value));
            }
        }
        return n;
    }

    static void checkWeakrefable(PyObject o) {
        PyType t = o.type();
        boolean ok;
        if (!t.isHeapType) {
            ok = !NOT_WEAKREFABLE.contains(t.name());
        } else {
            PyType b = t;
            while (b != null && b.isHeapType) {
                b = b.base();
            }
            ok = b == null || !NOT_WEAKREFABLE_BASE.contains(b.name());
        }
        if (!ok) {
            throw PyException.typeError("cannot create weak reference to '" + t.name() + "' object");
        }
    }

    public static PyModule create() {
        PyModule m = new PyModule("_weakref");
        m.add("cell", Cell.TYPE);
        m.function("new_cell", 2, 3, (PyMethodDescr.Fn.FA) (s, a) -> {
            checkWeakrefable(a[0]);
            return new Cell(a[0], a[1], a[2]);
        });
        m.function("_drain", 0, 0, (PyMethodDescr.Fn.F0) s -> PyInt.of(drain()));
        m.function("_identity", 1, 1, (PyMethodDescr.Fn.F1) (s, o) -> PyStr.of(Abstract.address(o)));
        return m;
    }
}
