package org.pyvm.vm;

import org.pyvm.objects.PyGetSetDescr;
import org.pyvm.objects.PyInt;
import org.pyvm.objects.PyNone;
import org.pyvm.objects.PyObject;
import org.pyvm.objects.PyType;

/**
 * {@code traceback}: one entry per frame an exception passed through, outermost first; {@link #next} leads towards
 * the frame where it was raised. The interpreter prepends an entry each time an exception is raised in or passes
 * through a frame (not when a handler re-raises it: RERAISE).
 */
public final class PyTraceback extends PyObject {
    public static final PyType TYPE = PyType.builtin("traceback", PyType.OBJECT, PyTraceback::define)
            .notSubclassable();

    public final PyTraceback next;
    public final Frame frame;
    /** The instruction that raised or called. */
    public final int lasti;

    PyTraceback(PyTraceback next, Frame frame, int lasti) {
        super(TYPE);
        this.next = next;
        this.frame = frame;
        this.lasti = lasti;
    }

    /** The source line of the entry. */
    public int lineno() {
        int line = lasti >= 0 && lasti < frame.code.code.length ? frame.code.co.line(lasti) : -1;
        return line >= 0 ? line : frame.code.co.firstLine;
    }

    private static void define(PyType t) {
        t.define("tb_next", new PyGetSetDescr(t, "tb_next", s -> {
            PyTraceback n = ((PyTraceback) s).next;
            return n == null ? PyNone.None : n;
        }, null));
        t.define("tb_frame", new PyGetSetDescr(t, "tb_frame", s -> ((PyTraceback) s).frame, null));
        t.define("tb_lineno", new PyGetSetDescr(t, "tb_lineno", s -> PyInt.of(((PyTraceback) s).lineno()), null));
        t.define("tb_lasti", new PyGetSetDescr(t, "tb_lasti", s -> PyInt.of(2L * ((PyTraceback) s).lasti), null));
    }
}
