package org.pyvm.vm;

import org.pyvm.bytecode.CodeObject;
import org.pyvm.bytecode.ExceptionEntry;
import org.pyvm.objects.Abstract;
import org.pyvm.objects.PyBaseException;
import org.pyvm.objects.PyBool;
import org.pyvm.objects.PyDict;
import org.pyvm.objects.PyException;
import org.pyvm.objects.PyInt;
import org.pyvm.objects.PyList;
import org.pyvm.objects.PyNone;
import org.pyvm.objects.PyObject;
import org.pyvm.objects.PySet;
import org.pyvm.objects.PySlice;
import org.pyvm.objects.PyStr;
import org.pyvm.objects.PyTuple;

/**
 * The interpreter loop. One plain {@code switch} over the opcode of each instruction word; every case is a few
 * lines and anything longer is a method of {@link Ops}, so that HotSpot compiles the loop.
 *
 * <p>Invariants: {@code s} holds the fast locals below {@code base} and the value stack from {@code base} to
 * {@code sp} (exclusive). {@code cur} is the index of the instruction being executed (for a superinstruction's
 * partner, the partner's index), so an exception is reported, and its handler found, at the right place.
 * Exceptions are Java {@link PyException}s: the catch clause prepends a traceback entry (except for RERAISE) and
 * continues at the handler of the exception table, or lets the exception leave the frame.
 */
public final class Interpreter {
    private Interpreter() {
    }

    /** Calls a Python function: binds the arguments into a new frame and runs it (or makes a generator). */
    static PyObject callFunction(PyFunction fn, PyObject self, PyObject[] args, int start, int n, String[] kwnames) {
        PyCode code = fn.code;
        Frame f = new Frame(code, fn.globals, fn.builtins, null, fn);
        fn.bind(f.regs, self, args, start, n, kwnames);
        if (f.cells.length > 0) {
            int ncell = code.co.cellvars.length;
            for (int k = 0; k < ncell; k++) {
                f.cells[k] = new PyCell(null);
            }
            System.arraycopy(fn.closure, 0, f.cells, ncell, fn.closure.length);
        }
        if ((code.co.flags & CodeObject.CO_SUSPENDABLE) != 0) {
            return PyGenerator.create(f);
        }
        return run(f);
    }

    /** Runs a module or class body (or exec'd code) with the given namespaces. */
    public static PyObject runCode(PyCode code, PyDict globals, PyObject locals, PyCell[] closure) {
        PyDict builtins = Runtime.builtinsOf(globals);
        Frame f = new Frame(code, globals, builtins, locals, null);
        int ncell = code.co.cellvars.length;
        for (int k = 0; k < ncell; k++) {
            f.cells[k] = new PyCell(null);
        }
        if (closure != null) {
            System.arraycopy(closure, 0, f.cells, ncell, Math.min(closure.length, f.cells.length - ncell));
        }
        return run(f);
    }

    /** Runs a frame to completion on the current thread, counting recursion depth. */
    static PyObject run(Frame f) {
        ThreadState ts = ThreadState.current();
        if (ts.depth >= ts.recursionLimit) {
            throw PyException.of(PyBaseException.RecursionError, "maximum recursion depth exceeded");
        }
        ts.depth++;
        f.back = ts.frame;
        ts.frame = f;
        f.executing = true;
        try {
            return execute(f, ts);
        } finally {
            f.executing = false;
            ts.frame = f.back;
            ts.depth--;
        }
    }

    /**
     * A Java exception escaping an instruction is a bug of ours; it surfaces as Python's SystemError (catchable,
     * with a traceback) instead of a Java stack trace.
     */
    static PyException internalError(RuntimeException e) {
        if (System.getenv("PYVM_DEBUG") != null) {
            e.printStackTrace();  // for pyvm's developers, on request
        }
        return PyException.systemError("pyvm internal error: " + e);
    }

    /** A local variable read before assignment. */
    static PyException unboundLocal(String name) {
        return PyException.of(PyBaseException.UnboundLocalError,
                "cannot access local variable '" + name + "' where it is not associated with a value");
    }

    /**
     * Executes {@code f} from {@code f.pc} until it returns (the result) or yields (the yielded value, with
     * {@code f.yielded} set). Exceptions not handled in the frame propagate with this frame's traceback entry.
     */
    static PyObject execute(Frame f, ThreadState ts) {
        final PyCode pcode = f.code;
        final int[] code = pcode.code;
        final PyObject[] consts = pcode.consts;
        final String[] names = pcode.names;
        final PyObject[] s = f.regs;
        final PyCell[] cells = f.cells;
        final int base = pcode.nlocals;
        int sp = f.sp;
        int i = f.pc;
        int cur = i;
        boolean reraise = false;
        f.yielded = false;
        for (;;) {
            try {
                if (f.throwing != null) {
                    PyObject t = f.throwing;
                    f.throwing = null;
                    cur = i - 1;
                    throw ((PyBaseException) t).toThrowable();
                }
                for (;;) {
                    cur = i;
                    if (Tracer.enabled) {
                        Tracer.trace(f, i, sp, base);
                    }
                    int w = code[i++];
                    int arg = w >>> 8;
                    switch (w & 0xFF) {
                        case Op.NOP -> {
                        }
                        case Op.POP_TOP -> s[--sp] = null;
                        case Op.COPY -> {
                            s[sp] = s[sp - arg];
                            sp++;
                        }
                        case Op.SWAP -> {
                            PyObject t = s[sp - 1];
                            s[sp - 1] = s[sp - arg];
                            s[sp - arg] = t;
                        }
                        case Op.LOAD_CONST -> s[sp++] = consts[arg];
                        case Op.RETURN_CONST -> {
                            f.sp = sp;
                            f.pc = i;
                            return consts[arg];
                        }
                        case Op.LOAD_FAST -> {
                            PyObject v = s[arg];
                            if (v == null) {
                                throw unboundLocal(pcode.co.varnames[arg]);
                            }
                            s[sp++] = v;
                        }
                        case Op.LOAD_FAST_AND_CLEAR -> {
                            s[sp++] = s[arg];
                            s[arg] = null;
                        }
                        case Op.STORE_FAST -> {
                            s[arg] = s[--sp];
                            s[sp] = null;
                        }
                        case Op.DELETE_FAST -> {
                            if (s[arg] == null) {
                                throw unboundLocal(pcode.co.varnames[arg]);
                            }
                            s[arg] = null;
                        }
                        case Op.LOAD_FAST_LOAD_FAST -> {
                            PyObject v = s[arg];
                            if (v == null) {
                                throw unboundLocal(pcode.co.varnames[arg]);
                            }
                            s[sp++] = v;
                            cur = i;
                            int a2 = code[i++] >>> 8;
                            v = s[a2];
                            if (v == null) {
                                throw unboundLocal(pcode.co.varnames[a2]);
                            }
                            s[sp++] = v;
                        }
                        case Op.LOAD_FAST_LOAD_CONST -> {
                            PyObject v = s[arg];
                            if (v == null) {
                                throw unboundLocal(pcode.co.varnames[arg]);
                            }
                            s[sp++] = v;
                            s[sp++] = consts[code[i++] >>> 8];
                        }
                        case Op.STORE_FAST_LOAD_FAST -> {
                            s[arg] = s[--sp];
                            cur = i;
                            int a2 = code[i++] >>> 8;
                            PyObject v = s[a2];
                            if (v == null) {
                                throw unboundLocal(pcode.co.varnames[a2]);
                            }
                            s[sp++] = v;
                        }
                        case Op.STORE_FAST_STORE_FAST -> {
                            s[arg] = s[--sp];
                            s[code[i++] >>> 8] = s[--sp];
                            s[sp] = null;
                            s[sp + 1] = null;
                        }
                        case Op.LOAD_DEREF -> {
                            PyObject v = cells[arg].value;
                            if (v == null) {
                                throw Ops.unboundDeref(pcode, arg);
                            }
                            s[sp++] = v;
                        }
                        case Op.STORE_DEREF -> {
                            cells[arg].value = s[--sp];
                            s[sp] = null;
                        }
                        case Op.DELETE_DEREF -> {
                            if (cells[arg].value == null) {
                                throw Ops.unboundDeref(pcode, arg);
                            }
                            cells[arg].value = null;
                        }
                        case Op.LOAD_CLOSURE -> s[sp++] = cells[arg];
                        case Op.LOAD_FROM_DICT_OR_DEREF -> s[sp - 1] = Ops.loadFromDictOrDeref(s[sp - 1], pcode, cells,
                                arg);
                        case Op.MAKE_CELL -> cells[arg] = new PyCell(null);
                        case Op.RESTORE_CELL -> {
                            cells[arg] = (PyCell) s[--sp];
                            s[sp] = null;
                        }
                        case Op.LOAD_NAME -> s[sp++] = Ops.loadName(f, names[arg]);
                        case Op.STORE_NAME -> {
                            Ops.storeName(f, names[arg], s[--sp]);
                            s[sp] = null;
                        }
                        case Op.DELETE_NAME -> Ops.deleteName(f, names[arg]);
                        case Op.LOAD_GLOBAL -> {
                            String name = names[arg];
                            PyObject v = f.globals.getStr(name);
                            if (v == null) {
                                v = f.builtins.getStr(name);
                                if (v == null) {
                                    throw Ops.nameError(name);
                                }
                            }
                            s[sp++] = v;
                        }
                        case Op.STORE_GLOBAL -> {
                            f.globals.setStr(names[arg], s[--sp]);
                            s[sp] = null;
                        }
                        case Op.DELETE_GLOBAL -> {
                            if (f.globals.delStr(names[arg]) == null) {
                                throw Ops.nameError(names[arg]);
                            }
                        }
                        case Op.LOAD_FROM_DICT_OR_GLOBALS -> s[sp - 1] = Ops.loadFromDictOrGlobals(f, s[sp - 1],
                                names[arg]);
                        case Op.LOAD_LOCALS -> {
                            if (f.locals == null) {
                                throw PyException.systemError("no locals found");
                            }
                            s[sp++] = f.locals;
                        }
                        case Op.LOAD_BUILD_CLASS -> {
                            PyObject v = f.builtins.getStr("__build_class__");
                            if (v == null) {
                                throw PyException.of(PyBaseException.NameError, "__build_class__ not found");
                            }
                            s[sp++] = v;
                        }
                        case Op.LOAD_ASSERTION_ERROR -> s[sp++] = PyBaseException.AssertionError;
                        case Op.SETUP_ANNOTATIONS -> Ops.setupAnnotations(f);
                        case Op.LOAD_ATTR -> s[sp - 1] = Abstract.getattr(s[sp - 1], names[arg]);
                        case Op.LOAD_METHOD -> {
                            sp = Ops.loadMethod(s, sp, names[arg]);
                        }
                        case Op.STORE_ATTR -> {
                            Abstract.setattr(s[sp - 1], names[arg], s[sp - 2]);
                            s[--sp] = null;
                            s[--sp] = null;
                        }
                        case Op.DELETE_ATTR -> {
                            Abstract.delattr(s[sp - 1], names[arg]);
                            s[--sp] = null;
                        }
                        case Op.LOAD_SUPER_ATTR -> sp = Ops.loadSuperAttr(s, sp, names[arg >> 2], arg);
                        case Op.BINARY_SUBSCR -> {
                            PyObject v = Abstract.getitem(s[sp - 2], s[sp - 1]);
                            s[--sp] = null;
                            s[sp - 1] = v;
                        }
                        case Op.STORE_SUBSCR -> {
                            Abstract.setitem(s[sp - 2], s[sp - 1], s[sp - 3]);
                            s[--sp] = null;
                            s[--sp] = null;
                            s[--sp] = null;
                        }
                        case Op.DELETE_SUBSCR -> {
                            Abstract.delitem(s[sp - 2], s[sp - 1]);
                            s[--sp] = null;
                            s[--sp] = null;
                        }
                        case Op.BINARY_SLICE -> {
                            PyObject v = Abstract.getitem(s[sp - 3], new PySlice(s[sp - 2], s[sp - 1], PyNone.None));
                            s[--sp] = null;
                            s[--sp] = null;
                            s[sp - 1] = v;
                        }
                        case Op.STORE_SLICE -> {
                            Abstract.setitem(s[sp - 3], new PySlice(s[sp - 2], s[sp - 1], PyNone.None), s[sp - 4]);
                            for (int k = 0; k < 4; k++) {
                                s[--sp] = null;
                            }
                        }
                        case Op.BUILD_SLICE -> {
                            if (arg == 3) {
                                PyObject v = new PySlice(s[sp - 3], s[sp - 2], s[sp - 1]);
                                s[--sp] = null;
                                s[--sp] = null;
                                s[sp - 1] = v;
                            } else {
                                PyObject v = new PySlice(s[sp - 2], s[sp - 1], PyNone.None);
                                s[--sp] = null;
                                s[sp - 1] = v;
                            }
                        }
                        case Op.UNARY_NEGATIVE -> s[sp - 1] = Abstract.neg(s[sp - 1]);
                        case Op.UNARY_POSITIVE -> s[sp - 1] = Abstract.pos(s[sp - 1]);
                        case Op.UNARY_INVERT -> s[sp - 1] = Abstract.invert(s[sp - 1]);
                        case Op.UNARY_NOT -> s[sp - 1] = Abstract.isTrue(s[sp - 1]) ? PyBool.False : PyBool.True;
                        case Op.BINARY_OP -> {
                            PyObject v = Abstract.binaryOp(s[sp - 2], s[sp - 1], arg);
                            s[--sp] = null;
                            s[sp - 1] = v;
                        }
                        case Op.COMPARE_OP -> {
                            PyObject v = Abstract.richCompare(s[sp - 2], s[sp - 1], arg);
                            s[--sp] = null;
                            s[sp - 1] = v;
                        }
                        case Op.COMPARE_AND_BRANCH -> {
                            // a comparison, not PyObject_RichCompareBool: no identity shortcut (nan != nan)
                            PyObject r = Abstract.richCompare(s[sp - 2], s[sp - 1], arg);
                            boolean b = r instanceof PyBool ? r == PyBool.True : Abstract.isTrue(r);
                            s[--sp] = null;
                            s[--sp] = null;
                            cur = i;
                            int w2 = code[i++];
                            if (((w2 & 0xFF) == Op.POP_JUMP_IF_TRUE) == b) {
                                i = w2 >>> 8;
                            }
                        }
                        case Op.IS_OP -> {
                            boolean b = (s[sp - 2] == s[sp - 1]) != (arg == 1);
                            s[--sp] = null;
                            s[sp - 1] = b ? PyBool.True : PyBool.False;
                        }
                        case Op.CONTAINS_OP -> {
                            boolean b = Abstract.contains(s[sp - 1], s[sp - 2]) != (arg == 1);
                            s[--sp] = null;
                            s[sp - 1] = b ? PyBool.True : PyBool.False;
                        }
                        case Op.JUMP_FORWARD, Op.JUMP_BACKWARD_NO_INTERRUPT -> i = arg;
                        case Op.JUMP_BACKWARD -> {
                            if (ts.interrupted) {
                                ts.interrupted = false;
                                throw PyException.of(PyBaseException.KeyboardInterrupt, (String) null);
                            }
                            i = arg;
                        }
                        case Op.POP_JUMP_IF_FALSE -> {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            if (v == PyBool.False || (v != PyBool.True && !Abstract.isTrue(v))) {
                                i = arg;
                            }
                        }
                        case Op.POP_JUMP_IF_TRUE -> {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            if (v == PyBool.True || (v != PyBool.False && Abstract.isTrue(v))) {
                                i = arg;
                            }
                        }
                        case Op.POP_JUMP_IF_NONE -> {
                            if (s[--sp] == PyNone.None) {
                                i = arg;
                            }
                            s[sp] = null;
                        }
                        case Op.POP_JUMP_IF_NOT_NONE -> {
                            if (s[--sp] != PyNone.None) {
                                i = arg;
                            }
                            s[sp] = null;
                        }
                        case Op.JUMP_IF_FALSE_OR_POP -> {
                            if (Abstract.isTrue(s[sp - 1])) {
                                s[--sp] = null;
                            } else {
                                i = arg;
                            }
                        }
                        case Op.JUMP_IF_TRUE_OR_POP -> {
                            if (Abstract.isTrue(s[sp - 1])) {
                                i = arg;
                            } else {
                                s[--sp] = null;
                            }
                        }
                        case Op.GET_ITER -> s[sp - 1] = Abstract.iter(s[sp - 1]);
                        case Op.FOR_ITER -> {
                            PyObject v = Abstract.next(s[sp - 1]);
                            if (v == null) {
                                s[--sp] = null;
                                i = arg;
                            } else {
                                s[sp++] = v;
                            }
                        }
                        case Op.RETURN_VALUE -> {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            f.sp = sp;
                            f.pc = i;
                            return v;
                        }
                        case Op.BUILD_TUPLE -> {
                            PyObject[] a = new PyObject[arg];
                            sp -= arg;
                            System.arraycopy(s, sp, a, 0, arg);
                            Ops.clear(s, sp, arg);
                            s[sp++] = arg == 0 ? PyTuple.EMPTY : new PyTuple(a);
                        }
                        case Op.BUILD_LIST -> {
                            PyObject[] a = new PyObject[arg];
                            sp -= arg;
                            System.arraycopy(s, sp, a, 0, arg);
                            Ops.clear(s, sp, arg);
                            s[sp++] = new PyList(a);
                        }
                        case Op.BUILD_SET -> sp = Ops.buildSet(s, sp, arg);
                        case Op.BUILD_MAP -> sp = Ops.buildMap(s, sp, arg);
                        case Op.BUILD_CONST_KEY_MAP -> sp = Ops.buildConstKeyMap(s, sp, arg);
                        case Op.BUILD_STRING -> sp = Ops.buildString(s, sp, arg);
                        case Op.LIST_APPEND -> {
                            ((PyList) s[sp - 1 - arg]).append(s[--sp]);
                            s[sp] = null;
                        }
                        case Op.SET_ADD -> {
                            ((PySet) s[sp - 1 - arg]).add(s[--sp]);
                            s[sp] = null;
                        }
                        case Op.MAP_ADD -> {
                            ((PyDict) s[sp - 2 - arg]).setItem(s[sp - 2], s[sp - 1]);
                            s[--sp] = null;
                            s[--sp] = null;
                        }
                        case Op.LIST_EXTEND -> {
                            Ops.listExtend((PyList) s[sp - 1 - arg], s[sp - 1]);
                            s[--sp] = null;
                        }
                        case Op.SET_UPDATE -> {
                            Ops.setUpdate((PySet) s[sp - 1 - arg], s[sp - 1]);
                            s[--sp] = null;
                        }
                        case Op.DICT_UPDATE -> {
                            Ops.dictUpdate((PyDict) s[sp - 1 - arg], s[sp - 1]);
                            s[--sp] = null;
                        }
                        case Op.DICT_MERGE -> {
                            Ops.dictMerge(s, sp, arg);
                            s[--sp] = null;
                        }
                        case Op.UNPACK_SEQUENCE -> sp = Ops.unpackSequence(s, sp, arg);
                        case Op.UNPACK_EX -> sp = Ops.unpackEx(s, sp, arg);
                        case Op.CONVERT_VALUE -> s[sp - 1] = Ops.convert(s[sp - 1], arg);
                        case Op.FORMAT_SIMPLE -> {
                            PyObject v = s[sp - 1];
                            if (v.type() != PyStr.TYPE) {
                                s[sp - 1] = Abstract.format(v, PyStr.EMPTY);
                            }
                        }
                        case Op.FORMAT_WITH_SPEC -> {
                            PyObject v = Abstract.format(s[sp - 2], (PyStr) s[sp - 1]);
                            s[--sp] = null;
                            s[sp - 1] = v;
                        }
                        case Op.CALL -> {
                            f.lasti = cur;
                            sp -= arg;
                            PyObject fn = s[sp - 1];
                            PyObject v;
                            if (fn instanceof PyFunction pf) {
                                v = callFunction(pf, null, s, sp, arg, null);
                            } else if (fn instanceof PyMethod pm && pm.func instanceof PyFunction pf) {
                                v = callFunction(pf, pm.self, s, sp, arg, null);
                            } else {
                                v = Abstract.call(fn, Ops.copy(s, sp, arg), null);
                            }
                            Ops.clear(s, sp, arg);
                            s[sp - 1] = v;
                        }
                        case Op.CALL_KW -> {
                            f.lasti = cur;
                            String[] kw = Ops.kwnames(pcode, cur, s[--sp]);
                            s[sp] = null;
                            sp -= arg;
                            PyObject v = Ops.call(s[sp - 1], null, s, sp, arg, kw);
                            Ops.clear(s, sp, arg);
                            s[sp - 1] = v;
                        }
                        case Op.CALL_METHOD -> {
                            f.lasti = cur;
                            sp -= arg;
                            PyObject self = s[sp - 1];
                            PyObject v = Ops.call(s[sp - 2], self, s, sp, arg, null);
                            Ops.clear(s, sp - 1, arg + 1);
                            s[--sp - 1] = v;
                        }
                        case Op.CALL_METHOD_KW -> {
                            f.lasti = cur;
                            String[] kw = Ops.kwnames(pcode, cur, s[--sp]);
                            s[sp] = null;
                            sp -= arg;
                            PyObject v = Ops.call(s[sp - 2], s[sp - 1], s, sp, arg, kw);
                            Ops.clear(s, sp - 1, arg + 1);
                            s[--sp - 1] = v;
                        }
                        case Op.CALL_FUNCTION_EX -> {
                            f.lasti = cur;
                            sp = Ops.callFunctionEx(s, sp, arg);
                        }
                        case Op.CALL_INTRINSIC_1 -> s[sp - 1] = Intrinsics.call1(arg, s[sp - 1], f);
                        case Op.CALL_INTRINSIC_2 -> {
                            PyObject v = Intrinsics.call2(arg, s[sp - 2], s[sp - 1]);
                            s[--sp] = null;
                            s[sp - 1] = v;
                        }
                        case Op.MAKE_FUNCTION -> sp = Ops.makeFunction(f, s, sp, arg);
                        case Op.RAISE_VARARGS -> {
                            PyException e = Ops.raise(ts, s, sp, arg);
                            sp -= arg;
                            Ops.clear(s, sp, arg);
                            throw e;
                        }
                        case Op.RERAISE -> {
                            PyObject exc = s[--sp];
                            s[sp] = null;
                            if (arg > 0) {
                                f.lasti = (int) ((PyInt) s[sp - arg]).longValue();
                            }
                            reraise = true;
                            throw ((PyBaseException) exc).toThrowable();
                        }
                        case Op.PUSH_EXC_INFO -> {
                            PyObject exc = s[sp - 1];
                            PyBaseException prev = ts.excInfo.value;
                            s[sp - 1] = prev == null ? PyNone.None : prev;
                            s[sp++] = exc;
                            ts.excInfo.value = (PyBaseException) exc;
                        }
                        case Op.POP_EXCEPT -> {
                            PyObject prev = s[--sp];
                            s[sp] = null;
                            ts.excInfo.value = prev == PyNone.None ? null : (PyBaseException) prev;
                        }
                        case Op.CHECK_EXC_MATCH -> {
                            boolean b = Ops.exceptionMatches(s[sp - 2], s[sp - 1]);
                            s[sp - 1] = b ? PyBool.True : PyBool.False;
                        }
                        case Op.CHECK_EG_MATCH -> Ops.checkEgMatch(ts, s, sp);
                        case Op.WITH_EXCEPT_START -> {
                            PyObject exc = s[sp - 1];
                            PyObject tb = ((PyBaseException) exc).traceback;
                            s[sp] = Abstract.call(s[sp - 4], exc.type(), exc, tb == null ? PyNone.None : tb);
                            sp++;
                        }
                        case Op.BEFORE_WITH -> sp = Ops.beforeWith(s, sp);
                        case Op.YIELD_VALUE -> {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            f.sp = sp;
                            f.pc = i;
                            f.lasti = cur;
                            f.yielded = true;
                            return v;
                        }
                        case Op.GET_YIELD_FROM_ITER -> s[sp - 1] = Ops.getYieldFromIter(pcode, s[sp - 1]);
                        case Op.SEND -> {
                            f.lasti = cur;
                            PyObject recv = s[sp - 2];
                            PyObject r = PyGenerator.send(recv, s[sp - 1]);
                            if (r == null) {
                                // the receiver returned: its value replaces it; leave the loop
                                s[--sp] = null;
                                s[sp - 1] = PyGenerator.takeReturnValue(ts);
                                i = arg;
                            } else {
                                s[sp - 1] = r;
                            }
                        }
                        case Op.GET_AWAITABLE -> s[sp - 1] = PyGenerator.awaitableIter(s[sp - 1], arg);
                        case Op.GET_AITER -> s[sp - 1] = PyGenerator.getAiter(s[sp - 1]);
                        case Op.GET_ANEXT -> {
                            s[sp] = PyGenerator.getAnext(s[sp - 1]);
                            sp++;
                        }
                        case Op.END_ASYNC_FOR -> {
                            PyObject exc = s[sp - 1];
                            if (!exc.type().isSubtype(PyBaseException.StopAsyncIteration)) {
                                reraise = true;
                                throw ((PyBaseException) exc).toThrowable();
                            }
                            s[--sp] = null;
                            s[--sp] = null;
                        }
                        case Op.BEFORE_ASYNC_WITH -> sp = PyGenerator.beforeAsyncWith(s, sp);
                        case Op.IMPORT_NAME -> {
                            f.lasti = cur;
                            PyObject m = Importer.importName(f, names[arg], s[sp - 1], s[sp - 2]);
                            s[--sp] = null;
                            s[sp - 1] = m;
                        }
                        case Op.IMPORT_FROM -> {
                            s[sp] = Importer.importFrom(s[sp - 1], names[arg]);
                            sp++;
                        }
                        case Op.IMPORT_STAR -> {
                            Importer.importStar(f, s[sp - 1]);
                            s[--sp] = null;
                        }
                        case Op.MATCH_CLASS -> {
                            PyObject v = Matching.matchClass(s[sp - 3], s[sp - 2], (PyTuple) s[sp - 1], arg);
                            s[--sp] = null;
                            s[--sp] = null;
                            s[sp - 1] = v;
                        }
                        case Op.MATCH_MAPPING -> s[sp++] = PyBool.of(Matching.isMapping(s[sp - 2]));
                        case Op.MATCH_SEQUENCE -> s[sp++] = PyBool.of(Matching.isSequence(s[sp - 2]));
                        case Op.MATCH_KEYS -> {
                            s[sp] = Matching.matchKeys(s[sp - 2], (PyTuple) s[sp - 1]);
                            sp++;
                        }
                        case Op.GET_LEN -> {
                            s[sp] = PyInt.of(Abstract.len(s[sp - 1]));
                            sp++;
                        }
                        default -> throw PyException.systemError("unknown opcode " + (w & 0xFF));
                    }
                }
            } catch (RuntimeException re) {
                PyException e = re instanceof PyException pe ? pe : internalError(re);
                PyBaseException exc = e.value;
                if (!reraise) {
                    if (exc.traceback == null) {
                        Ops.setContext(ts, exc);
                    }
                    if (!pcode.library || f.globals.getStr("__pyvm_hide_frames__") == null) {
                        exc.traceback = new PyTraceback((PyTraceback) exc.traceback, f, cur);
                    }
                }
                reraise = false;
                ExceptionEntry h = pcode.co.handlerFor(cur);
                if (h == null) {
                    Ops.clear(s, base, sp - base);
                    f.sp = base;
                    f.pc = code.length;
                    f.lasti = cur;
                    throw e;
                }
                int depth = base + h.depth();
                Ops.clear(s, depth, sp - depth);
                sp = depth;
                if (h.lasti()) {
                    s[sp++] = PyInt.of(cur);
                }
                s[sp++] = exc;
                i = h.target();
            } catch (OutOfMemoryError e) {
                Ops.clear(s, base, sp - base);
                f.sp = base;
                f.pc = code.length;
                throw PyException.of(org.pyvm.objects.PyBaseException.MemoryError, (String) null);
            } catch (StackOverflowError e) {
                // Java's stack ran out before the recursion limit: report it as Python does
                Ops.clear(s, base, sp - base);
                f.sp = base;
                f.pc = code.length;
                throw PyException.of(PyBaseException.RecursionError, "maximum recursion depth exceeded");
            }
        }
    }
}
