package org.pyvm.objects;

/**
 * {@code BaseException} and the whole builtin exception hierarchy of CPython 3.12 (the static {@link PyType}
 * fields, with CPython's names and bases). Every exception object, of a builtin or a Python subclass, is a
 * {@code PyBaseException}; the Java throwable is {@link PyException}.
 *
 * <p>State: {@code args}, the instance dict ({@code __notes__} lives there, as in CPython), {@code __cause__},
 * {@code __context__}, {@code __suppress_context__}, {@code __traceback__}, and the attributes of particular
 * families ({@code StopIteration.value}, {@code SystemExit.code}, {@code ImportError.name/path/msg},
 * {@code NameError.name}, {@code AttributeError.name/obj}, {@code OSError.errno/strerror/filename/filename2},
 * {@code SyntaxError.msg/filename/lineno/offset/text/end_lineno/end_offset}, {@code UnicodeError} fields,
 * {@code BaseExceptionGroup.message/exceptions}) in a lazily allocated field array.
 *
 * <p>Divergence: all exception types share one Java layout, so {@code class E(OSError, ImportError)} is accepted
 * where CPython reports an instance lay-out conflict.
 */
public class PyBaseException extends PyObject {
    // field indexes (ORDER: FIELD_COUNT)
    static final int F_VALUE = 0;         // StopIteration.value, SystemExit.code
    static final int F_NAME = 1;
    static final int F_OBJ = 2;
    static final int F_PATH = 3;
    static final int F_MSG = 4;           // ImportError.msg, SyntaxError.msg, BaseExceptionGroup.message
    static final int F_ERRNO = 5;
    static final int F_STRERROR = 6;
    static final int F_FILENAME = 7;      // OSError.filename, SyntaxError.filename
    static final int F_FILENAME2 = 8;
    static final int F_LINENO = 9;
    static final int F_OFFSET = 10;
    static final int F_TEXT = 11;
    static final int F_END_LINENO = 12;
    static final int F_END_OFFSET = 13;
    static final int F_PRINT_FILE_AND_LINE = 14;
    static final int F_ENCODING = 15;
    static final int F_OBJECT = 16;
    static final int F_START = 17;
    static final int F_END = 18;
    static final int F_REASON = 19;
    static final int F_EXCEPTIONS = 20;   // BaseExceptionGroup.exceptions (a tuple)
    static final int F_CHARACTERS_WRITTEN = 21;
    static final int FIELD_COUNT = 22;

    public static final PyType BaseException = PyType.builtin("BaseException", PyType.OBJECT,
            PyBaseException::defineBase);

    static {
        PyType t = BaseException;
        t.instancesHaveDict = true;
        t.newSlot = (type, args, kw) -> {
            PyBaseException e = new PyBaseException(type);
            e.args = positional(args, kw);
            return e;
        };
        t.init = (self, args, kw) -> {
            if (kw != null && kw.length > 0) {
                throw PyException.typeError(self.type.name + "() takes no keyword arguments");
            }
            ((PyBaseException) self).args = positional(args, kw);
        };
        t.repr = self -> PyStr.of(((PyBaseException) self).reprString());
        t.str = self -> ((PyBaseException) self).strValue();
    }

    public static final PyType BaseExceptionGroup = sub("BaseExceptionGroup", BaseException);
    public static final PyType GeneratorExit = sub("GeneratorExit", BaseException);
    public static final PyType KeyboardInterrupt = sub("KeyboardInterrupt", BaseException);
    public static final PyType SystemExit = sub("SystemExit", BaseException);
    public static final PyType Exception = sub("Exception", BaseException);
    public static final PyType ArithmeticError = sub("ArithmeticError", Exception);
    public static final PyType FloatingPointError = sub("FloatingPointError", ArithmeticError);
    public static final PyType OverflowError = sub("OverflowError", ArithmeticError);
    public static final PyType ZeroDivisionError = sub("ZeroDivisionError", ArithmeticError);
    public static final PyType AssertionError = sub("AssertionError", Exception);
    public static final PyType AttributeError = sub("AttributeError", Exception);
    public static final PyType BufferError = sub("BufferError", Exception);
    public static final PyType EOFError = sub("EOFError", Exception);
    public static final PyType ExceptionGroup = PyType.builtinMulti("ExceptionGroup",
            new PyType[] {BaseExceptionGroup, Exception}, t -> { });
    public static final PyType ImportError = sub("ImportError", Exception);
    public static final PyType ModuleNotFoundError = sub("ModuleNotFoundError", ImportError);
    public static final PyType LookupError = sub("LookupError", Exception);
    public static final PyType IndexError = sub("IndexError", LookupError);
    public static final PyType KeyError = sub("KeyError", LookupError);
    public static final PyType MemoryError = sub("MemoryError", Exception);
    public static final PyType NameError = sub("NameError", Exception);
    public static final PyType UnboundLocalError = sub("UnboundLocalError", NameError);
    public static final PyType OSError = sub("OSError", Exception);
    public static final PyType BlockingIOError = sub("BlockingIOError", OSError);
    public static final PyType ChildProcessError = sub("ChildProcessError", OSError);
    public static final PyType ConnectionError = sub("ConnectionError", OSError);
    public static final PyType BrokenPipeError = sub("BrokenPipeError", ConnectionError);
    public static final PyType ConnectionAbortedError = sub("ConnectionAbortedError", ConnectionError);
    public static final PyType ConnectionRefusedError = sub("ConnectionRefusedError", ConnectionError);
    public static final PyType ConnectionResetError = sub("ConnectionResetError", ConnectionError);
    public static final PyType FileExistsError = sub("FileExistsError", OSError);
    public static final PyType FileNotFoundError = sub("FileNotFoundError", OSError);
    public static final PyType InterruptedError = sub("InterruptedError", OSError);
    public static final PyType IsADirectoryError = sub("IsADirectoryError", OSError);
    public static final PyType NotADirectoryError = sub("NotADirectoryError", OSError);
    public static final PyType PermissionError = sub("PermissionError", OSError);
    public static final PyType ProcessLookupError = sub("ProcessLookupError", OSError);
    public static final PyType TimeoutError = sub("TimeoutError", OSError);
    public static final PyType ReferenceError = sub("ReferenceError", Exception);
    public static final PyType RuntimeError = sub("RuntimeError", Exception);
    public static final PyType NotImplementedError = sub("NotImplementedError", RuntimeError);
    public static final PyType RecursionError = sub("RecursionError", RuntimeError);
    public static final PyType StopAsyncIteration = sub("StopAsyncIteration", Exception);
    public static final PyType StopIteration = sub("StopIteration", Exception);
    public static final PyType SyntaxError = sub("SyntaxError", Exception);
    public static final PyType IndentationError = sub("IndentationError", SyntaxError);
    public static final PyType TabError = sub("TabError", IndentationError);
    public static final PyType SystemError = sub("SystemError", Exception);
    public static final PyType TypeError = sub("TypeError", Exception);
    public static final PyType ValueError = sub("ValueError", Exception);
    public static final PyType UnicodeError = sub("UnicodeError", ValueError);
    public static final PyType UnicodeDecodeError = sub("UnicodeDecodeError", UnicodeError);
    public static final PyType UnicodeEncodeError = sub("UnicodeEncodeError", UnicodeError);
    public static final PyType UnicodeTranslateError = sub("UnicodeTranslateError", UnicodeError);
    public static final PyType Warning = sub("Warning", Exception);
    public static final PyType BytesWarning = sub("BytesWarning", Warning);
    public static final PyType DeprecationWarning = sub("DeprecationWarning", Warning);
    public static final PyType EncodingWarning = sub("EncodingWarning", Warning);
    public static final PyType FutureWarning = sub("FutureWarning", Warning);
    public static final PyType ImportWarning = sub("ImportWarning", Warning);
    public static final PyType PendingDeprecationWarning = sub("PendingDeprecationWarning", Warning);
    public static final PyType ResourceWarning = sub("ResourceWarning", Warning);
    public static final PyType RuntimeWarning = sub("RuntimeWarning", Warning);
    public static final PyType SyntaxWarning = sub("SyntaxWarning", Warning);
    public static final PyType UnicodeWarning = sub("UnicodeWarning", Warning);
    public static final PyType UserWarning = sub("UserWarning", Warning);

    /** Every builtin exception type, hierarchy order (for the builtins module). */
    public static final PyType[] ALL = {BaseException, BaseExceptionGroup, GeneratorExit, KeyboardInterrupt,
        SystemExit, Exception, ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError,
        AssertionError, AttributeError, BufferError, EOFError, ExceptionGroup, ImportError, ModuleNotFoundError,
        LookupError, IndexError, KeyError, MemoryError, NameError, UnboundLocalError, OSError, BlockingIOError,
        ChildProcessError, ConnectionError, BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError,
        ConnectionResetError, FileExistsError, FileNotFoundError, InterruptedError, IsADirectoryError,
        NotADirectoryError, PermissionError, ProcessLookupError, TimeoutError, ReferenceError, RuntimeError,
        NotImplementedError, RecursionError, StopAsyncIteration, StopIteration, SyntaxError, IndentationError,
        TabError, SystemError, TypeError, ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError,
        UnicodeTranslateError, Warning, BytesWarning, DeprecationWarning, EncodingWarning, FutureWarning,
        ImportWarning, PendingDeprecationWarning, ResourceWarning, RuntimeWarning, SyntaxWarning, UnicodeWarning,
        UserWarning};

    static {
        ExceptionFamilies.install();
    }

    /** Set by the VM: the traceback type, so {@code __traceback__} assignment can be checked. */
    public static PyType tracebackType;

    // ---- state
    /** {@code args}: never null. */
    public PyTuple args = PyTuple.EMPTY;
    PyDict dict;
    public PyObject cause;
    public PyObject context;
    public boolean suppressContext;
    /** {@code __traceback__}: a traceback object of the VM, or null for None. */
    public PyObject traceback;
    PyObject[] fields;
    private PyException thrown;

    public PyBaseException(PyType type) {
        super(type);
    }

    private static PyType sub(String name, PyType base) {
        return PyType.builtinSameLayout(name, base, t -> { });
    }

    /** An exception of type {@code t} with the given args, without running Python {@code __init__}. */
    public static PyBaseException create(PyType t, PyTuple args) {
        PyBaseException e = new PyBaseException(t);
        e.args = args;
        ExceptionFamilies.initFields(e, args.items(), null);
        return e;
    }

    /** The throwable for {@code raise e}; one per exception object, reused. */
    public PyException toThrowable() {
        PyException t = thrown;
        if (t == null) {
            t = new PyException(this);
            thrown = t;
        }
        return t;
    }

    @Override
    public PyDict dict() {
        PyDict d = dict;
        if (d == null) {
            d = new PyDict();
            dict = d;
        }
        return d;
    }

    PyObject field(int i) {
        PyObject[] f = fields;
        PyObject v = f == null ? null : f[i];
        return v == null ? PyNone.None : v;
    }

    void setField(int i, PyObject v) {
        if (fields == null) {
            fields = new PyObject[FIELD_COUNT];
        }
        fields[i] = v;
    }

    /** The {@code __notes__} list entry point: {@code add_note(note)}. */
    public void addNote(String note) {
        addNote(PyStr.of(note));
    }

    void addNote(PyObject note) {
        if (!(note instanceof PyStr)) {
            throw PyException.typeError("note must be a str, not '" + note.type.name + "'");
        }
        PyDict d = dict();
        PyObject notes = d.getStr("__notes__");
        if (notes == null) {
            notes = new PyList();
            d.setStr("__notes__", notes);
        }
        if (!(notes instanceof PyList l)) {
            throw PyException.typeError("Cannot add note: __notes__ is not a list");
        }
        l.append(note);
    }

    static PyTuple positional(PyObject[] args, String[] kw) {
        int n = args.length - (kw == null ? 0 : kw.length);
        if (n == 0) {
            return PyTuple.EMPTY;
        }
        PyObject[] a = new PyObject[n];
        System.arraycopy(args, 0, a, 0, n);
        return new PyTuple(a);
    }

    String reprString() {
        String name = type.name;
        if (args.size() == 1) {
            return name + "(" + Abstract.repr(args.get(0)).value + ")";
        }
        return name + Abstract.repr(args).value;
    }

    /** {@code BaseException.__str__}: '' / str(args[0]) / str(args). Families override through their str slot. */
    PyStr strValue() {
        return switch (args.size()) {
            case 0 -> PyStr.EMPTY;
            case 1 -> Abstract.str(args.get(0));
            default -> Abstract.str(args);
        };
    }

    private static void defineBase(PyType t) {
        t.define("args", new PyGetSetDescr(t, "args", s -> ((PyBaseException) s).args, (s, v) -> {
            if (v == null) {
                throw PyException.typeError("args may not be deleted");
            }
            ((PyBaseException) s).args = PyTuple.fromIterable(v);
        }));
        t.define("__cause__", new PyGetSetDescr(t, "__cause__", s -> orNone(((PyBaseException) s).cause),
                (s, v) -> {
                    PyBaseException e = (PyBaseException) s;
                    e.cause = checkChainValue(v, "exception cause must be None or derive from BaseException");
                    e.suppressContext = true;
                }));
        t.define("__context__", new PyGetSetDescr(t, "__context__", s -> orNone(((PyBaseException) s).context),
                (s, v) -> ((PyBaseException) s).context = checkChainValue(v,
                        "exception context must be None or derive from BaseException")));
        t.define("__suppress_context__", new PyGetSetDescr(t, "__suppress_context__",
                s -> PyBool.of(((PyBaseException) s).suppressContext),
                (s, v) -> ((PyBaseException) s).suppressContext = v != null && Abstract.isTrue(v)));
        t.define("__traceback__", new PyGetSetDescr(t, "__traceback__",
                s -> orNone(((PyBaseException) s).traceback), (s, v) -> ((PyBaseException) s).setTraceback(v)));
        t.define("__dict__", new PyGetSetDescr(t, "__dict__", PyObject::dict, null));
        t.define("add_note", PyMethodDescr.of(t, "add_note", (self, note) -> {
            ((PyBaseException) self).addNote(note);
            return PyNone.None;
        }));
        t.define("with_traceback", PyMethodDescr.of(t, "with_traceback", (self, tb) -> {
            ((PyBaseException) self).setTraceback(tb);
            return self;
        }));
    }

    void setTraceback(PyObject v) {
        if (v == null) {
            throw PyException.typeError("__traceback__ may not be deleted");
        }
        if (v == PyNone.None) {
            traceback = null;
        } else if (tracebackType != null && v.type.isSubtype(tracebackType)) {
            traceback = v;
        } else {
            throw PyException.typeError("__traceback__ must be a traceback or None");
        }
    }

    private static PyObject checkChainValue(PyObject v, String msg) {
        if (v == null) {
            throw PyException.typeError(msg.startsWith("exception cause") ? "__cause__ may not be deleted"
                    : "__context__ may not be deleted");
        }
        if (v == PyNone.None) {
            return null;
        }
        if (!(v instanceof PyBaseException)) {
            throw PyException.typeError(msg);
        }
        return v;
    }

    static PyObject orNone(PyObject o) {
        return o == null ? PyNone.None : o;
    }
}
