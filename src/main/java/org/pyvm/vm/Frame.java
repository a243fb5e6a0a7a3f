package org.pyvm.vm;

import org.pyvm.objects.PyDict;
import org.pyvm.objects.PyGetSetDescr;
import org.pyvm.objects.PyInt;
import org.pyvm.objects.PyNone;
import org.pyvm.objects.PyObject;
import org.pyvm.objects.PyStr;
import org.pyvm.objects.PyType;

/**
 * {@code frame}: one activation of a code object. The interpreter keeps the fast locals and the value stack in one
 * array ({@link #regs}: locals at {@code [0, nlocals)}, the stack above), cells in {@link #cells}. A frame is a
 * heap object, so a generator keeps its frame between resumptions and the loop simply continues it at {@link #pc}.
 */
public final class Frame extends PyObject {
    public static final PyType TYPE = PyType.builtin("frame", PyType.OBJECT, Frame::define).notSubclassable();

    static {
        TYPE.repr = self -> {
            Frame f = (Frame) self;
            return PyStr.of("<frame at " + org.pyvm.objects.Abstract.address(f) + ", file '" + f.code.co.filename
                    + "', line " + f.lineno() + ", code " + f.code.co.name + ">");
        };
    }

    public final PyCode code;
    /** Fast locals, then the value stack. */
    final PyObject[] regs;
    /** Cell variables, then free variables (from the closure). */
    final PyCell[] cells;
    /** The globals dict and the builtins dict the code sees. */
    public final PyDict globals;
    final PyDict builtins;
    /** The locals mapping of module and class bodies (and exec); null for optimized function frames. */
    PyObject locals;
    /** The function being run, or null for module and class bodies. */
    final PyFunction function;
    /** The calling frame while this one runs (f_back). */
    Frame back;
    /** Next instruction to execute (saved when the frame suspends or calls). */
    int pc;
    /** The stack pointer (an index into regs) while suspended. */
    int sp;
    /** The instruction being executed (for tracebacks and f_lineno); -1 before the first. */
    int lasti = -1;
    /** An exception to raise at the suspended YIELD_VALUE when the frame resumes (generator throw()). */
    PyObject throwing;
    /** The generator, coroutine or async generator owning this frame, or null. */
    PyGenerator generator;
    /** Set by the loop when it returns because of a YIELD_VALUE rather than a return. */
    boolean yielded;
    /** The frame is running (generators: "generator already executing"). */
    boolean executing;

    Frame(PyCode code, PyDict globals, PyDict builtins, PyObject locals, PyFunction function) {
        super(TYPE);
        this.code = code;
        this.regs = new PyObject[code.nlocals + code.co.maxStack];
        this.cells = code.ncells == 0 ? NO_CELLS : new PyCell[code.ncells];
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        this.function = function;
        this.sp = code.nlocals;
    }

    static final PyCell[] NO_CELLS = new PyCell[0];

    /** The current line (f_lineno): the line of the instruction being executed, or the first line. */
    public int lineno() {
        int i = lasti < 0 ? 0 : lasti;
        if (i < code.code.length) {
            int line = code.co.line(i);
            if (line >= 0) {
                return line;
            }
        }
        return code.co.firstLine;
    }

    /** {@code f_locals}: the locals mapping, or a fresh snapshot dict of an optimized frame's variables. */
    public PyObject localsMapping() {
        if (locals != null) {
            return locals;
        }
        PyDict d = new PyDict();
        String[] names = code.co.varnames;
        for (int k = 0; k < names.length; k++) {
            if (regs[k] != null) {
                d.setStr(names[k], regs[k]);
            }
        }
        for (int k = 0; k < cells.length; k++) {
            PyCell c = cells[k];
            if (c != null && c.value != null) {
                d.setStr(code.co.cellOrFreeName(k), c.value);
            }
        }
        return d;
    }

    private static void define(PyType t) {
        t.define("f_lineno", new PyGetSetDescr(t, "f_lineno", s -> PyInt.of(((Frame) s).lineno()), null));
        t.define("f_lasti", new PyGetSetDescr(t, "f_lasti", s -> PyInt.of(2L * Math.max(((Frame) s).lasti, 0)), null));
        t.define("f_code", new PyGetSetDescr(t, "f_code", s -> ((Frame) s).code, null));
        t.define("f_globals", new PyGetSetDescr(t, "f_globals", s -> ((Frame) s).globals, null));
        t.define("f_builtins", new PyGetSetDescr(t, "f_builtins", s -> ((Frame) s).builtins, null));
        t.define("f_locals", new PyGetSetDescr(t, "f_locals", s -> ((Frame) s).localsMapping(), null));
        t.define("f_back", new PyGetSetDescr(t, "f_back", s -> {
            Frame b = ((Frame) s).back;
            return b == null ? PyNone.None : b;
        }, null));
    }
}
