package org.pyvm.vm;

import org.pyvm.objects.PyBaseException;

/**
 * The interpreter's per-thread state: the running frame, the recursion depth, and the stack of handled exceptions
 * ({@code sys.exception()}). pyvm runs Python on one thread, so there is one instance ({@link #current}).
 *
 * <p>Handled exceptions follow CPython's {@code exc_info} chain: each running generator contributes its own entry
 * on top of its caller's; {@code sys.exception()} is the first non-empty entry from the top.
 */
public final class ThreadState {
    private static ThreadState current = new ThreadState();

    public static ThreadState current() {
        return current;
    }

    /** A fresh state (for running another program in the same process, as the tests do). */
    static void reset() {
        current = new ThreadState();
    }

    /** One entry of the handled-exception chain. */
    static final class ExcInfo {
        PyBaseException value;
        ExcInfo previous;
    }

    /** The innermost running frame. */
    Frame frame;
    /** Python call depth (frames on the Java stack). */
    int depth;
    /** {@code sys.getrecursionlimit()}. */
    int recursionLimit = 1000;
    /** The top of the handled-exception chain. */
    ExcInfo excInfo = new ExcInfo();
    /** Set by the interrupt handler (Ctrl-C); polled at backward jumps. */
    volatile boolean interrupted;
    /** The value a generator or other receiver returned to SEND (see {@link PyGenerator#takeReturnValue}). */
    org.pyvm.objects.PyObject returnValue;

    /** {@code sys.exception()}: the exception being handled, or null. */
    public PyBaseException handledException() {
        for (ExcInfo e = excInfo; e != null; e = e.previous) {
            if (e.value != null) {
                return e.value;
            }
        }
        return null;
    }

    public Frame frame() {
        return frame;
    }

    public int recursionLimit() {
        return recursionLimit;
    }

    public void setRecursionLimit(int limit) {
        recursionLimit = limit;
    }

    public int depth() {
        return depth;
    }
}
