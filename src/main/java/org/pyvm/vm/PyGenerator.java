package org.pyvm.vm;

import org.pyvm.bytecode.CodeObject;
import org.pyvm.objects.Abstract;
import org.pyvm.objects.PyBaseException;
import org.pyvm.objects.PyBool;
import org.pyvm.objects.PyException;
import org.pyvm.objects.PyGetSetDescr;
import org.pyvm.objects.PyMethodDescr;
import org.pyvm.objects.PyNone;
import org.pyvm.objects.PyObject;
import org.pyvm.objects.PyStr;
import org.pyvm.objects.PyTuple;
import org.pyvm.objects.PyType;
import org.pyvm.objects.Slots;

/**
 * {@code generator}, {@code coroutine} and {@code async_generator}: a suspended {@link Frame}. {@link #resume}
 * continues the frame with a sent value or an exception to throw at the suspended YIELD_VALUE; the frame's own
 * handled-exception entry is linked on top of the caller's while it runs (CPython's exc_info chain).
 *
 * <p>Async generators are driven through the awaitables of {@code __anext__}/{@code asend}/{@code athrow}/
 * {@code aclose} ({@link AsyncGenOp}); values yielded by {@code yield} are wrapped ({@link Wrapped}) so those
 * awaitables can tell them from values an {@code await} inside passes up to the event loop.
 */
public final class PyGenerator extends PyObject {
    static final int GENERATOR = 0;
    static final int COROUTINE = 1;
    static final int ASYNC_GENERATOR = 2;

    public static final PyType GENERATOR_TYPE = PyType.builtin("generator", PyType.OBJECT,
            t -> define(t, "gi_")).notSubclassable();
    public static final PyType COROUTINE_TYPE = PyType.builtin("coroutine", PyType.OBJECT,
            t -> define(t, "cr_")).notSubclassable();
    public static final PyType ASYNC_GENERATOR_TYPE = PyType.builtin("async_generator", PyType.OBJECT,
            t -> define(t, "ag_")).notSubclassable();

    static {
        GENERATOR_TYPE.iter = self -> self;
        GENERATOR_TYPE.next = self -> ((PyGenerator) self).next();
        for (PyType t : new PyType[] {GENERATOR_TYPE, COROUTINE_TYPE, ASYNC_GENERATOR_TYPE}) {
            t.repr = self -> PyStr.of("<" + self.type().name() + " object " + ((PyGenerator) self).qualname + " at "
                    + Abstract.address(self) + ">");
        }
    }

    final Frame frame;
    final int kind;
    String name;
    String qualname;
    boolean started;
    boolean finished;
    final ThreadState.ExcInfo excState = new ThreadState.ExcInfo();

    private PyGenerator(Frame frame, int kind) {
        super(kind == GENERATOR ? GENERATOR_TYPE : kind == COROUTINE ? COROUTINE_TYPE : ASYNC_GENERATOR_TYPE);
        this.frame = frame;
        this.kind = kind;
        frame.generator = this;
        PyFunction fn = frame.function;
        this.name = fn != null ? fn.name : frame.code.co.name;
        this.qualname = fn != null ? fn.qualname : frame.code.co.qualname;
    }

    static PyGenerator create(Frame f) {
        int flags = f.code.co.flags;
        int kind = (flags & CodeObject.CO_COROUTINE) != 0 ? COROUTINE
                : (flags & CodeObject.CO_ASYNC_GENERATOR) != 0 ? ASYNC_GENERATOR : GENERATOR;
        return new PyGenerator(f, kind);
    }

    private String noun() {
        return kind == GENERATOR ? "generator" : kind == COROUTINE ? "coroutine" : "async generator";
    }

    /**
     * Continues the frame: with {@code sent} pushed as the value of the suspended yield (nothing pushed when
     * null: after a finished delegation), or with {@code exc} raised there. Returns the next yielded value, or null when the frame returned ({@link #takeReturnValue}).
     */
    PyObject resume(PyObject sent, PyBaseException exc) {
        Frame f = frame;
        if (f.executing) {
            throw PyException.valueError(noun() + " already executing");
        }
        if (finished) {
            if (exc != null) {
                throw exc.toThrowable();
            }
            if (kind == COROUTINE) {
                throw PyException.runtimeError("cannot reuse already awaited coroutine");
            }
            ThreadState.current().returnValue = PyNone.None;
            return null;
        }
        if (exc != null) {
            if (!started) {
                // thrown into a generator that never ran: it finishes without running
                finished = true;
                throw exc.toThrowable();
            }
            f.throwing = exc;
        } else if (started) {
            if (sent != null) {
                f.regs[f.sp++] = sent;
            }
        } else if (sent != null && sent != PyNone.None) {
            throw PyException.typeError("can't send non-None value to a just-started " + noun());
        }
        started = true;
        ThreadState ts = ThreadState.current();
        if (ts.depth >= ts.recursionLimit) {
            throw PyException.of(PyBaseException.RecursionError, "maximum recursion depth exceeded");
        }
        ts.depth++;
        f.back = ts.frame;
        ts.frame = f;
        f.executing = true;
        excState.previous = ts.excInfo;
        ts.excInfo = excState;
        try {
            PyObject r = Interpreter.execute(f, ts);
            if (f.yielded) {
                return r;
            }
            finished = true;
            ts.returnValue = r;
            return null;
        } catch (PyException e) {
            finished = true;
            if (e.matches(PyBaseException.StopIteration)
                    || (kind == ASYNC_GENERATOR && e.matches(PyBaseException.StopAsyncIteration))) {
                String what = e.matches(PyBaseException.StopIteration) ? "StopIteration" : "StopAsyncIteration";
                PyException r = PyException.runtimeError(noun() + " raised " + what);
                r.value.cause = e.value;
                r.value.context = e.value;
                r.value.suppressContext = true;
                throw r;
            }
            throw e;
        } finally {
            ts.excInfo = excState.previous;
            excState.previous = null;
            f.executing = false;
            ts.frame = f.back;
            f.back = null;
            ts.depth--;
        }
    }

    /** The value the last finished receiver returned to SEND; cleared. */
    static PyObject takeReturnValue(ThreadState ts) {
        PyObject v = ts.returnValue;
        ts.returnValue = null;
        return v == null ? PyNone.None : v;
    }

    private PyObject next() {
        PyObject r = resume(PyNone.None, null);
        if (r == null) {
            PyObject v = takeReturnValue(ThreadState.current());
            if (v != PyNone.None) {
                throw PyException.stopIteration(v);
            }
        }
        return r;
    }

    /** {@code send(v)}: the next yielded value; StopIteration(value) when the frame returns. */
    PyObject send(PyObject v) {
        PyObject r = resume(v, null);
        if (r == null) {
            throw stopWith(takeReturnValue(ThreadState.current()));
        }
        return r;
    }

    static PyException stopWith(PyObject v) {
        return v == PyNone.None ? PyException.stopIteration(null) : PyException.stopIteration(v);
    }

    /** The receiver a frame suspended in a yield-from/await loop is waiting on, or null. */
    PyObject yieldFrom() {
        Frame f = frame;
        if (finished || !started || f.executing) {
            return null;
        }
        int y = f.pc - 1;
        int[] code = f.code.code;
        if (y >= 0 && (code[y] & 0xFF) == Op.YIELD_VALUE && (code[y] >>> 8) == 1) {
            return f.regs[f.sp - 1];
        }
        return null;
    }

    /** {@code throw(exc)}: delegates to a yield-from receiver first, as CPython's gen_throw does. */
    PyObject throwInto(PyBaseException exc) {
        PyObject recv = yieldFrom();
        if (recv != null) {
            PyObject r;
            boolean closing = exc.type().isSubtype(PyBaseException.GeneratorExit);
            try {
                if (closing) {
                    closeReceiver(recv);
                    return resumeOrStop(null, exc);
                }
                if (recv instanceof PyGenerator g) {
                    frame.executing = true;
                    try {
                        r = g.resume(null, exc);
                    } finally {
                        frame.executing = false;
                    }
                    if (r == null) {
                        return finishDelegation(takeReturnValue(ThreadState.current()));
                    }
                    return r;
                }
                PyObject m = Abstract.getattrOrNull(recv, "throw");
                if (m == null) {
                    return resumeOrStop(null, exc);
                }
                frame.executing = true;
                try {
                    return Abstract.call(m, exc);
                } finally {
                    frame.executing = false;
                }
            } catch (PyException e) {
                if (closing) {
                    throw e;
                }
                if (e.matches(PyBaseException.StopIteration)) {
                    return finishDelegation(Abstract.getattr(e.value, "value"));
                }
                return resumeOrStop(null, e.value);
            }
        }
        return resumeOrStop(null, exc);
    }

    private static void closeReceiver(PyObject recv) {
        if (recv instanceof PyGenerator g) {
            g.close();
            return;
        }
        PyObject m = Abstract.getattrOrNull(recv, "close");
        if (m != null) {
            Abstract.call(m);
        }
    }

    /** The receiver returned v: pop it, push v, continue after the SEND loop. */
    private PyObject finishDelegation(PyObject v) {
        Frame f = frame;
        int[] code = f.code.code;
        int jump = f.pc;  // JUMP_BACKWARD_NO_INTERRUPT to the SEND
        int send = code[jump] >>> 8;
        f.regs[f.sp - 1] = v;
        f.pc = code[send] >>> 8;
        return resumeOrStop(null, null);
    }

    private PyObject resumeOrStop(PyObject sent, PyBaseException exc) {
        PyObject r = resume(sent, exc);
        if (r == null) {
            throw stopWith(takeReturnValue(ThreadState.current()));
        }
        return r;
    }

    /** {@code close()}: GeneratorExit at the suspension point; a yield in response is a RuntimeError. */
    PyObject close() {
        if (finished || !started) {
            finished = true;
            return PyNone.None;
        }
        PyBaseException exit = PyException.of(PyBaseException.GeneratorExit, (String) null).value;
        try {
            throwInto(exit);
        } catch (PyException e) {
            if (e.matches(PyBaseException.GeneratorExit) || e.matches(PyBaseException.StopIteration)) {
                return PyNone.None;
            }
            throw e;
        }
        throw PyException.runtimeError(noun() + " ignored GeneratorExit");
    }

    /** The exception for {@code throw(typ[, val[, tb]])}. */
    static PyBaseException makeThrown(PyObject typ, PyObject val, PyObject tb) {
        PyBaseException exc;
        if (typ instanceof PyType t && t.isSubtype(PyBaseException.BaseException)) {
            if (val instanceof PyBaseException v && v.type().isSubtype(t)) {
                exc = v;
            } else {
                PyObject[] args = val == null || val == PyNone.None ? new PyObject[0]
                        : val instanceof PyTuple tu ? tu.toArray() : new PyObject[] {val};
                exc = (PyBaseException) Abstract.call(t, args);
            }
        } else if (typ instanceof PyBaseException e) {
            if (val != null && val != PyNone.None) {
                throw PyException.typeError("instance exception may not have a separate value");
            }
            exc = e;
        } else {
            throw PyException.typeError("exceptions must be classes or instances deriving from BaseException, not "
                    + typ.type().name());
        }
        if (tb != null && tb != PyNone.None) {
            if (!(tb instanceof PyTraceback)) {
                throw PyException.typeError("throw() third argument must be a traceback object");
            }
            exc.traceback = tb;
        }
        return exc;
    }

    // ------------------------------------------------------------------ SEND and await support

    /**
     * SEND: sends v to the receiver; the value it yields, or null when it returned (the value is then in
     * {@link ThreadState#returnValue}).
     */
    static PyObject send(PyObject recv, PyObject v) {
        ThreadState ts = ThreadState.current();
        if (recv instanceof PyGenerator g && g.kind != ASYNC_GENERATOR) {
            return g.resume(v, null);
        }
        if (recv instanceof AsyncGenOp op) {
            return op.step(v, null);
        }
        try {
            PyObject r;
            if (v == PyNone.None && recv.type().next != null) {
                r = recv.type().next.apply(recv);
                if (r == null) {
                    ts.returnValue = PyNone.None;
                }
            } else {
                r = Abstract.callMethod(recv, "send", v);
            }
            return r;
        } catch (PyException e) {
            if (e.matches(PyBaseException.StopIteration)) {
                ts.returnValue = Abstract.getattr(e.value, "value");
                return null;
            }
            throw e;
        }
    }

    /** GET_AWAITABLE: the iterator an {@code await} drives. */
    static PyObject awaitableIter(PyObject o, int where) {
        if (o instanceof AsyncGenOp) {
            return o;
        }
        if (o instanceof PyGenerator g) {
            if (g.kind == COROUTINE || (g.kind == GENERATOR
                    && (g.frame.code.co.flags & CodeObject.CO_ITERABLE_COROUTINE) != 0)) {
                if (g.yieldFrom() != null) {
                    throw PyException.runtimeError("coroutine is being awaited already");
                }
                return g;
            }
        }
        PyObject await = o.type().lookup("__await__");
        if (await == null) {
            if (where == 1) {
                throw PyException.typeError("'async with' received an object from __aenter__ that does not "
                        + "implement __await__: " + o.type().name());
            } else if (where == 2) {
                throw PyException.typeError("'async with' received an object from __aexit__ that does not "
                        + "implement __await__: " + o.type().name());
            }
            throw PyException.typeError("'" + o.type().name() + "' object can't be used in 'await' expression");
        }
        PyObject it = Abstract.callBound(await, o, Ops.NO_ARGS, null);
        if (it instanceof PyGenerator g && g.kind == COROUTINE) {
            throw PyException.typeError("__await__() returned a coroutine");
        }
        if (it.type().next == null) {
            throw PyException.typeError("__await__() returned non-iterator of type '" + it.type().name() + "'");
        }
        return it;
    }

    static PyObject getAiter(PyObject o) {
        PyObject m = o.type().lookup("__aiter__");
        if (m == null) {
            throw PyException.typeError("'async for' requires an object with __aiter__ method, got "
                    + o.type().name());
        }
        PyObject it = Abstract.callBound(m, o, Ops.NO_ARGS, null);
        if (it.type().lookup("__anext__") == null) {
            throw PyException.typeError("'async for' received an object from __aiter__ that does not implement "
                    + "__anext__: " + it.type().name());
        }
        return it;
    }

    static PyObject getAnext(PyObject aiter) {
        if (aiter instanceof PyGenerator g && g.kind == ASYNC_GENERATOR) {
            return new AsyncGenOp(g, AsyncGenOp.SEND, PyNone.None, null);
        }
        PyObject m = aiter.type().lookup("__anext__");
        if (m == null) {
            throw PyException.typeError("'async for' requires an iterator with __anext__ method, got "
                    + aiter.type().name());
        }
        PyObject aw = Abstract.callBound(m, aiter, Ops.NO_ARGS, null);
        try {
            return awaitableIter(aw, 0);
        } catch (PyException e) {
            if (e.matches(PyBaseException.TypeError)) {
                throw PyException.typeError("'async for' received an invalid object from __anext__: "
                        + aw.type().name());
            }
            throw e;
        }
    }

    /** BEFORE_ASYNC_WITH: mgr -- exit awaitable. */
    static int beforeAsyncWith(PyObject[] s, int sp) {
        PyObject mgr = s[sp - 1];
        PyType t = mgr.type();
        PyObject enter = t.lookup("__aenter__");
        if (enter == null) {
            throw PyException.typeError("'" + t.name()
                    + "' object does not support the asynchronous context manager protocol");
        }
        PyObject exit = t.lookup("__aexit__");
        if (exit == null) {
            throw PyException.typeError("'" + t.name()
                    + "' object does not support the asynchronous context manager protocol (missed __aexit__ method)");
        }
        Slots.DescrGet g = exit.type().descrGet;
        s[sp - 1] = g == null ? exit : g.get(exit, mgr, t);
        s[sp] = Abstract.callBound(enter, mgr, Ops.NO_ARGS, null);
        return sp + 1;
    }

    /** A value yielded by {@code yield} in an async generator (as opposed to one passed up by an await). */
    static final class Wrapped extends PyObject {
        static final PyType TYPE = PyType.builtin("async_generator_wrapped_value", PyType.OBJECT, t -> { })
                .notSubclassable();
        final PyObject value;

        Wrapped(PyObject value) {
            super(TYPE);
            this.value = value;
        }
    }

    /**
     * The awaitable of {@code agen.__anext__()}, {@code asend(v)}, {@code athrow(...)} and {@code aclose()}:
     * an iterator whose steps resume the async generator once; a wrapped yield ends the await with
     * StopIteration(value), a return with StopAsyncIteration.
     */
    static final class AsyncGenOp extends PyObject {
        static final PyType ASEND_TYPE = PyType.builtin("async_generator_asend", PyType.OBJECT, AsyncGenOp::define)
                .notSubclassable();
        static final PyType ATHROW_TYPE = PyType.builtin("async_generator_athrow", PyType.OBJECT,
                AsyncGenOp::define).notSubclassable();
        static final int SEND = 0;
        static final int THROW = 1;
        static final int CLOSE = 2;

        static {
            for (PyType t : new PyType[] {ASEND_TYPE, ATHROW_TYPE}) {
                t.iter = self -> self;
                t.next = self -> ((AsyncGenOp) self).stepOrStop(PyNone.None, null);
                t.repr = self -> PyStr.of("<" + self.type().name() + " object at " + Abstract.address(self) + ">");
            }
        }

        final PyGenerator gen;
        final int op;
        final PyObject value;
        final PyBaseException exc;
        boolean started;
        boolean done;

        AsyncGenOp(PyGenerator gen, int op, PyObject value, PyBaseException exc) {
            super(op == SEND ? ASEND_TYPE : ATHROW_TYPE);
            this.gen = gen;
            this.op = op;
            this.value = value;
            this.exc = exc;
        }

        private PyObject stepOrStop(PyObject v, PyBaseException thrown) {
            PyObject r = step(v, thrown);
            if (r == null) {
                throw stopWith(takeReturnValue(ThreadState.current()));
            }
            return r;
        }

        /** One step; null when the await is over (its result in ThreadState.returnValue). */
        PyObject step(PyObject v, PyBaseException thrown) {
            if (done) {
                throw PyException.runtimeError("cannot reuse already awaited __anext__()/asend()");
            }
            PyObject r;
            try {
                if (!started) {
                    started = true;
                    if (op == SEND) {
                        r = gen.resume(v == PyNone.None ? value : v, null);
                    } else {
                        if (gen.finished || !gen.started) {
                            if (op == CLOSE) {
                                gen.finished = true;
                                done = true;
                                ThreadState.current().returnValue = PyNone.None;
                                return null;
                            }
                        }
                        r = gen.throwInto(exc != null ? exc
                                : PyException.of(PyBaseException.GeneratorExit, (String) null).value);
                    }
                } else if (thrown != null) {
                    r = gen.throwInto(thrown);
                } else {
                    r = gen.resume(v, null);
                }
            } catch (PyException e) {
                done = true;
                if (op == CLOSE && (e.matches(PyBaseException.StopAsyncIteration)
                        || e.matches(PyBaseException.GeneratorExit))) {
                    ThreadState.current().returnValue = PyNone.None;
                    return null;
                }
                if (e.matches(PyBaseException.StopIteration) && op != SEND) {
                    throw PyException.of(PyBaseException.StopAsyncIteration, (String) null);
                }
                throw e;
            }
            if (r == null) {
                done = true;
                if (op == CLOSE) {
                    ThreadState.current().returnValue = PyNone.None;
                    return null;
                }
                throw PyException.of(PyBaseException.StopAsyncIteration, (String) null);
            }
            if (r instanceof Wrapped w) {
                done = true;
                if (op == CLOSE) {
                    throw PyException.runtimeError("async generator ignored GeneratorExit");
                }
                ThreadState.current().returnValue = w.value;
                return null;
            }
            return r;
        }

        private static void define(PyType t) {
            t.define("__await__", PyMethodDescr.of(t, "__await__", self -> self));
            t.define("send", PyMethodDescr.of(t, "send", (self, v) -> ((AsyncGenOp) self).stepOrStop(v, null)));
            t.define("throw", PyMethodDescr.of(t, "throw", 1, 3, (PyMethodDescr.Fn.FA) (self, a) ->
                    ((AsyncGenOp) self).stepOrStop(PyNone.None, makeThrown(a[0], a[1], a[2]))));
            t.define("close", PyMethodDescr.of(t, "close", self -> {
                ((AsyncGenOp) self).done = true;
                return PyNone.None;
            }));
        }
    }

    /** {@code coroutine.__await__()}: an iterator over the coroutine's steps. */
    static final class CoroWrapper extends PyObject {
        static final PyType TYPE = PyType.builtin("coroutine_wrapper", PyType.OBJECT, CoroWrapper::define)
                .notSubclassable();

        static {
            TYPE.iter = self -> self;
            TYPE.next = self -> ((CoroWrapper) self).coro.send(PyNone.None);
        }

        final PyGenerator coro;

        CoroWrapper(PyGenerator coro) {
            super(TYPE);
            this.coro = coro;
        }

        private static void define(PyType t) {
            t.define("send", PyMethodDescr.of(t, "send", (self, v) -> ((CoroWrapper) self).coro.send(v)));
            t.define("throw", PyMethodDescr.of(t, "throw", 1, 3, (PyMethodDescr.Fn.FA) (self, a) ->
                    ((CoroWrapper) self).coro.throwInto(makeThrown(a[0], a[1], a[2]))));
            t.define("close", PyMethodDescr.of(t, "close", self -> ((CoroWrapper) self).coro.close()));
        }
    }

    // ------------------------------------------------------------------ the Python-visible API

    private static void define(PyType t, String prefix) {
        t.define("send", PyMethodDescr.of(t, "send", (self, v) -> {
            PyGenerator g = (PyGenerator) self;
            if (g.kind == ASYNC_GENERATOR) {
                throw PyException.typeError("async generator has no send");
            }
            return g.send(v);
        }));
        t.define("throw", PyMethodDescr.of(t, "throw", 1, 3, (PyMethodDescr.Fn.FA) (self, a) ->
                ((PyGenerator) self).throwInto(makeThrown(a[0], a[1], a[2]))));
        t.define("close", PyMethodDescr.of(t, "close", self -> ((PyGenerator) self).close()));
        t.define("__name__", new PyGetSetDescr(t, "__name__", s -> PyStr.of(((PyGenerator) s).name),
                (s, v) -> ((PyGenerator) s).name = ((PyStr) v).value));
        t.define("__qualname__", new PyGetSetDescr(t, "__qualname__", s -> PyStr.of(((PyGenerator) s).qualname),
                (s, v) -> ((PyGenerator) s).qualname = ((PyStr) v).value));
        t.define(prefix + "frame", new PyGetSetDescr(t, prefix + "frame",
                s -> ((PyGenerator) s).finished ? PyNone.None : ((PyGenerator) s).frame, null));
        t.define(prefix + "running", new PyGetSetDescr(t, prefix + "running",
                s -> PyBool.of(((PyGenerator) s).frame.executing), null));
        t.define(prefix + "code", new PyGetSetDescr(t, prefix + "code", s -> ((PyGenerator) s).frame.code, null));
        t.define(prefix.equals("gi_") ? "gi_yieldfrom" : prefix + "await", new PyGetSetDescr(t, prefix + "await",
                s -> {
                    PyObject r = ((PyGenerator) s).yieldFrom();
                    return r == null ? PyNone.None : r;
                }, null));
        t.define(prefix + "suspended", new PyGetSetDescr(t, prefix + "suspended",
                s -> PyBool.of(((PyGenerator) s).started && !((PyGenerator) s).finished
                        && !((PyGenerator) s).frame.executing), null));
        if (prefix.equals("cr_")) {
            t.define("__await__", PyMethodDescr.of(t, "__await__", self -> new CoroWrapper((PyGenerator) self)));
        }
        if (prefix.equals("ag_")) {
            t.define("__aiter__", PyMethodDescr.of(t, "__aiter__", self -> self));
            t.define("__anext__", PyMethodDescr.of(t, "__anext__",
                    self -> new AsyncGenOp((PyGenerator) self, AsyncGenOp.SEND, PyNone.None, null)));
            t.define("asend", PyMethodDescr.of(t, "asend",
                    (self, v) -> new AsyncGenOp((PyGenerator) self, AsyncGenOp.SEND, v, null)));
            t.define("athrow", PyMethodDescr.of(t, "athrow", 1, 3, (PyMethodDescr.Fn.FA) (self, a) ->
                    new AsyncGenOp((PyGenerator) self, AsyncGenOp.THROW, PyNone.None, makeThrown(a[0], a[1], a[2]))));
            t.define("aclose", PyMethodDescr.of(t, "aclose",
                    self -> new AsyncGenOp((PyGenerator) self, AsyncGenOp.CLOSE, PyNone.None, null)));
        }
    }
}
