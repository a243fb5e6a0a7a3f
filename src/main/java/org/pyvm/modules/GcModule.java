package org.pyvm.modules;

import org.pyvm.objects.Abstract;
import org.pyvm.objects.PyBool;
import org.pyvm.objects.PyException;
import org.pyvm.objects.PyInt;
import org.pyvm.objects.PyList;
import org.pyvm.objects.PyMethodDescr;
import org.pyvm.objects.PyModule;
import org.pyvm.objects.PyNone;
import org.pyvm.objects.PyObject;
import org.pyvm.objects.PyTuple;

/**
 * {@code gc} on the JVM's collector. pyvm has no reference counts and no generations of its own: memory is the
 * JVM's. {@code collect()} asks for a full collection ({@code System.gc()}, twice, with a short wait for the
 * collector's reference processing), then runs the callbacks of the weak references it cleared (see
 * {@link WeakrefModule}) and returns their number (CPython returns the number of unreachable objects it found).
 * {@code enable}/{@code disable} only flip the flag {@code isenabled} reports: the JVM's collector cannot be turned
 * off. {@code get_count} is always (0, 0, 0); the thresholds are kept and reported but drive nothing.
 * {@code get_objects}, {@code get_referrers} and {@code get_referents} return empty lists: the JVM does not expose
 * its heap.
 */
public final class GcModule {
    private GcModule() {
    }

    private static boolean enabled = true;
    private static long t0 = 700, t1 = 10, t2 = 10;

    public static int collect() {
        int n = 0;
        for (int round = 0; round < 3; round++) {
            System.gc();
            try {
                Thread.sleep(round == 0 ? 5 : 2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            n += WeakrefModule.drain();
        }
        return n;
    }

    /** CPython's answer: atomic values (numbers, strings, bytes, None) are not tracked, nor dicts and tuples
     *  holding only such values (CPython untracks those lazily; here the answer is given at once). */
    private static boolean isTracked(PyObject o) {
        if (isAtomic(o)) {
            return false;
        }
        if (o.type() == org.pyvm.objects.PyDict.TYPE || o.type() == org.pyvm.objects.PyTuple.TYPE) {
            for (PyObject item : Abstract.toArray(o.type() == org.pyvm.objects.PyDict.TYPE
                    ? Abstract.callMethod(o, "items") : o)) {
                if (item instanceof org.pyvm.objects.PyTuple t && o.type() == org.pyvm.objects.PyDict.TYPE) {
                    if (!isAtomic(t.get(0)) || !isAtomic(t.get(1))) {
                        return true;
                    }
                } else if (isTracked(item)) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    private static boolean isAtomic(PyObject o) {
        return o instanceof PyInt || o instanceof org.pyvm.objects.PyFloat || o instanceof org.pyvm.objects.PyStr
                || o instanceof org.pyvm.objects.PyBytes || o == PyNone.None
                || o instanceof org.pyvm.objects.PyComplex;
    }

    public static PyModule create() {
        enabled = true;
        t0 = 700;
        t1 = 10;
        t2 = 10;
        PyModule m = new PyModule("gc");
        m.add("garbage", new PyList()).add("callbacks", new PyList());
        m.add("DEBUG_STATS", PyInt.of(1)).add("DEBUG_COLLECTABLE", PyInt.of(2)).add("DEBUG_UNCOLLECTABLE",
                PyInt.of(4)).add("DEBUG_SAVEALL", PyInt.of(32)).add("DEBUG_LEAK", PyInt.of(38));
        m.functionWithKeywords("collect", 0, 0, new String[] {"generation"}, (s, a) -> {
            if (a[0] != null) {
                long g = Abstract.asLong(a[0]);
                if (g < 0 || g > 2) {
                    throw PyException.valueError("invalid generation");
                }
            }
            return PyInt.of(collect());
        });
        m.function("enable", 0, 0, (PyMethodDescr.Fn.F0) s -> {
            enabled = true;
            return PyNone.None;
        });
        m.function("disable", 0, 0, (PyMethodDescr.Fn.F0) s -> {
            enabled = false;
            return PyNone.None;
        });
        m.function("isenabled", 0, 0, (PyMethodDescr.Fn.F0) s -> PyBool.of(enabled));
        m.function("get_count", 0, 0, (PyMethodDescr.Fn.F0) s -> PyTuple.of(PyInt.of(0), PyInt.of(0), PyInt.of(0)));
        m.function("get_threshold", 0, 0, (PyMethodDescr.Fn.F0) s -> PyTuple.of(PyInt.of(t0), PyInt.of(t1),
                PyInt.of(t2)));
        m.function("set_threshold", 1, 3, (PyMethodDescr.Fn.FA) (s, a) -> {
            t0 = Abstract.asLong(a[0]);
            t1 = a[1] == null ? t1 : Abstract.asLong(a[1]);
            t2 = a[2] == null ? t2 : Abstract.asLong(a[2]);
            return PyNone.None;
        });
        m.function("get_debug", 0, 0, (PyMethodDescr.Fn.F0) s -> PyInt.of(0));
        m.function("set_debug", 1, 1, (PyMethodDescr.Fn.F1) (s, f) -> PyNone.None);
        m.function("get_objects", 0, 1, (PyMethodDescr.Fn.FA) (s, a) -> new PyList());
        m.function("get_referrers", 0, 0, (PyMethodDescr.Fn.Full) (s, a, k) -> new PyList());
        m.function("get_referents", 0, 0, (PyMethodDescr.Fn.Full) (s, a, k) -> new PyList());
        m.function("is_tracked", 1, 1, (PyMethodDescr.Fn.F1) (s, o) -> PyBool.of(isTracked(o)));
        m.function("is_finalized", 1, 1, (PyMethodDescr.Fn.F1) (s, o) -> PyBool.False);
        m.function("freeze", 0, 0, (PyMethodDescr.Fn.F0) s -> PyNone.None);
        m.function("unfreeze", 0, 0, (PyMethodDescr.Fn.F0) s -> PyNone.None);
        m.function("get_freeze_count", 0, 0, (PyMethodDescr.Fn.F0) s -> PyInt.of(0));
        m.function("get_stats", 0, 0, (PyMethodDescr.Fn.F0) s -> new PyList());
        return m;
    }
}
