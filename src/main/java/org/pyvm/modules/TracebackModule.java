package org.pyvm.modules;

import org.pyvm.objects.Abstract;
import org.pyvm.objects.PyBaseException;
import org.pyvm.objects.PyException;
import org.pyvm.objects.PyMethodDescr;
import org.pyvm.objects.PyModule;
import org.pyvm.objects.PyNone;
import org.pyvm.objects.PyStr;
import org.pyvm.vm.PyCode;
import org.pyvm.vm.TracebackPrinter;

/**
 * {@code _traceback}: the interpreter's traceback formatter ({@link TracebackPrinter}) for the {@code traceback}
 * and {@code linecache} modules (written in Python), so that printed and uncaught tracebacks look the same:
 * {@code frame_text(code, lasti, lineno)} (one frame's lines, with carets), {@code source_line(filename, lineno)},
 * {@code format(exc)} (the whole display with chained exceptions and groups) and {@code exception_only(exc)}.
 */
public final class TracebackModule {
    private TracebackModule() {
    }

    public static PyModule create() {
        PyModule m = new PyModule("_traceback");
        m.function("frame_text", 3, 3, (PyMethodDescr.Fn.FA) (s, a) -> {
            if (!(a[0] instanceof PyCode code)) {
                throw PyException.typeError("frame_text() argument 1 must be code, not " + a[0].type().name());
            }
            return PyStr.of(TracebackPrinter.frameText(code, (int) Abstract.asLong(a[1]),
                    (int) Abstract.asLong(a[2])));
        });
        m.function("source_line", 2, 2, (PyMethodDescr.Fn.F2) (s, f, n) -> {
            String line = TracebackPrinter.line(Abstract.str(f).value, (int) Abstract.asLong(n));
            return line == null ? PyNone.None : PyStr.of(line);
        });
        m.function("format", 1, 1, (PyMethodDescr.Fn.F1) (s, e) -> PyStr.of(TracebackPrinter.format(exc(e))));
        m.function("exception_only", 1, 1, (PyMethodDescr.Fn.F1) (s, e) ->
                PyStr.of(TracebackPrinter.exceptionOnly(exc(e))));
        return m;
    }

    private static PyBaseException exc(Object o) {
        if (o instanceof PyBaseException e) {
            return e;
        }
        throw PyException.typeError("an exception instance is required");
    }
}
