package org.pyvm.objects;

/**
 * A Python exception in flight: the Java throwable that carries the Python exception object ({@link #value}).
 * No stack trace is ever filled in (construction is as cheap as an allocation); the Python traceback lives in
 * {@code value.traceback}, kept by the interpreter.
 *
 * <p>The static factories make the builtin exceptions with CPython's messages; {@code throw
 * PyException.typeError("...")} is the idiom.
 */
public final class PyException extends RuntimeException {
    /** The Python exception object ({@code sys.exception()}). */
    public final PyBaseException value;

    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    /** {@code TypeName: str(value)}, as the last line of a traceback. */
    @Override
    public String getMessage() {
        String s;
        try {
            s = Abstract.str(value).value;
        } catch (PyException e) {
            s = "<exception str() failed>";
        }
        return s.isEmpty() ? value.type.name : value.type.name + ": " + s;
    }

    /** True when the exception is an instance of {@code t} (CPython's {@code PyErr_ExceptionMatches}). */
    public boolean matches(PyType t) {
        return value.type == t || value.type.isSubtype(t);
    }

    /** A new exception of builtin type {@code t} with one str argument (none when {@code msg} is null). */
    public static PyException of(PyType t, String msg) {
        PyBaseException e = PyBaseException.create(t, msg == null ? PyTuple.EMPTY : PyTuple.of(PyStr.of(msg)));
        return new PyException(e);
    }

    /** A new exception of builtin type {@code t} with the given arguments. */
    public static PyException of(PyType t, PyObject... args) {
        return new PyException(PyBaseException.create(t, new PyTuple(args)));
    }

    public static PyException typeError(String msg) {
        return of(PyBaseException.TypeError, msg);
    }

    public static PyException valueError(String msg) {
        return of(PyBaseException.ValueError, msg);
    }

    public static PyException indexError(String msg) {
        return of(PyBaseException.IndexError, msg);
    }

    public static PyException overflowError(String msg) {
        return of(PyBaseException.OverflowError, msg);
    }

    public static PyException zeroDivisionError(String msg) {
        return of(PyBaseException.ZeroDivisionError, msg);
    }

    public static PyException runtimeError(String msg) {
        return of(PyBaseException.RuntimeError, msg);
    }

    public static PyException notImplementedError(String msg) {
        return of(PyBaseException.NotImplementedError, msg);
    }

    public static PyException systemError(String msg) {
        return of(PyBaseException.SystemError, msg);
    }

    /** {@code KeyError(key)}: its str is {@code repr(key)}. */
    public static PyException keyError(PyObject key) {
        return of(PyBaseException.KeyError, key);
    }

    /** AttributeError with {@code name} and {@code obj} set, as CPython sets them for suggestions. */
    public static PyException attributeError(String msg, PyObject obj, String name) {
        PyException e = of(PyBaseException.AttributeError, msg);
        e.value.setField(PyBaseException.F_NAME, name == null ? PyNone.None : PyStr.of(name));
        e.value.setField(PyBaseException.F_OBJ, obj == null ? PyNone.None : obj);
        return e;
    }

    /** {@code StopIteration(value)} ({@code StopIteration()} when value is null). */
    public static PyException stopIteration(PyObject value) {
        return value == null ? of(PyBaseException.StopIteration, (String) null)
                : of(PyBaseException.StopIteration, value);
    }
}
