package org.pyvm.objects;

import static org.pyvm.objects.PyBaseException.*;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The exception families with their own attributes, constructors and {@code __str__}: StopIteration,
 * SystemExit, ImportError, NameError, AttributeError, KeyError, OSError (errno → subclass mapping), SyntaxError,
 * the UnicodeError family and BaseExceptionGroup/ExceptionGroup. Part of {@link PyBaseException}.
 */
final class ExceptionFamilies {
    private ExceptionFamilies() {
    }

    static void install() {
        onTree(StopIteration, t -> t.init = (self, args, kw) -> initWith(self, args, kw, NO_KW));
        onTree(SystemExit, t -> t.init = (self, args, kw) -> initWith(self, args, kw, NO_KW));
        onTree(ImportError, t -> {
            t.init = (self, args, kw) -> initWith(self, args, kw, new String[] {"name", "path"});
            t.str = self -> {
                PyBaseException e = (PyBaseException) self;
                PyObject msg = e.field(F_MSG);
                return msg != PyNone.None ? Abstract.str(msg) : e.strValue();
            };
        });
        onTree(NameError, t -> t.init = (self, args, kw) -> initWith(self, args, kw, new String[] {"name"}));
        onTree(AttributeError, t -> t.init = (self, args, kw) -> initWith(self, args, kw,
                new String[] {"name", "obj"}));
        onTree(KeyError, t -> t.str = self -> {
            PyBaseException e = (PyBaseException) self;
            return e.args.size() == 1 ? Abstract.repr(e.args.get(0)) : e.strValue();
        });
        onTree(OSError, t -> {
            t.newSlot = ExceptionFamilies::osErrorNew;
            t.init = (self, args, kw) -> {
                if (kw != null && kw.length > 0) {
                    throw PyException.typeError(self.type.name + "() takes no keyword arguments");
                }
            };
            t.str = ExceptionFamilies::osErrorStr;
        });
        onTree(SyntaxError, t -> {
            t.init = (self, args, kw) -> initWith(self, args, kw, NO_KW);
            t.str = ExceptionFamilies::syntaxErrorStr;
        });
        onTree(UnicodeError, t -> t.init = (self, args, kw) -> initWith(self, args, kw, NO_KW));
        UnicodeDecodeError.str = self -> unicodeStr((PyBaseException) self, "decode");
        UnicodeEncodeError.str = self -> unicodeStr((PyBaseException) self, "encode");
        UnicodeTranslateError.str = self -> unicodeStr((PyBaseException) self, "translate");
        onTree(BaseExceptionGroup, t -> {
            t.newSlot = ExceptionFamilies::groupNew;
            t.init = (self, args, kw) -> { };
            t.str = self -> {
                PyBaseException e = (PyBaseException) self;
                int n = ((PyTuple) e.field(F_EXCEPTIONS)).size();
                return PyStr.of(Abstract.str(e.field(F_MSG)).value + " (" + n + " sub-exception"
                        + (n == 1 ? "" : "s") + ")");
            };
            t.repr = self -> {
                PyBaseException e = (PyBaseException) self;
                PyList l = new PyList(((PyTuple) e.field(F_EXCEPTIONS)).items());
                return PyStr.of(e.type.name + "(" + Abstract.repr(e.field(F_MSG)).value + ", "
                        + Abstract.repr(l).value + ")");
            };
        });
        defineFields();
    }

    private static final String[] NO_KW = {};

    /** Sets a slot on a builtin exception type and every builtin type below it. */
    private static void onTree(PyType root, Consumer<PyType> f) {
        for (PyType t : ALL) {
            if (t.isSubtype(root)) {
                f.accept(t);
            }
        }
    }

    private static void initWith(PyObject self, PyObject[] args, String[] kw, String[] allowed) {
        PyBaseException e = (PyBaseException) self;
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        for (int i = 0; i < nkw; i++) {
            boolean ok = false;
            for (String a : allowed) {
                ok |= a.equals(kw[i]);
            }
            if (!ok) {
                if (allowed.length == 0) {
                    throw PyException.typeError(self.type.name + "() takes no keyword arguments");
                }
                throw PyException.typeError("'" + kw[i] + "' is an invalid keyword argument for " + self.type.name
                        + "()");
            }
        }
        e.args = positional(args, kw);
        PyObject[] kwValues = new PyObject[nkw];
        System.arraycopy(args, npos, kwValues, 0, nkw);
        initFields(e, e.args.items(), kw, kwValues);
    }

    static void initFields(PyBaseException e, List<PyObject> a, String[] kw) {
        initFields(e, a, kw, new PyObject[0]);
    }

    private static void initFields(PyBaseException e, List<PyObject> a, String[] kw, PyObject[] kwValues) {
        PyType t = e.type;
        int n = a.size();
        if (t.isSubtype(StopIteration)) {
            e.setField(F_VALUE, n > 0 ? a.get(0) : PyNone.None);
        } else if (t.isSubtype(SystemExit)) {
            e.setField(F_VALUE, n == 0 ? PyNone.None : n == 1 ? a.get(0) : new PyTuple(a));
        } else if (t.isSubtype(ImportError)) {
            e.setField(F_MSG, n == 1 ? a.get(0) : PyNone.None);
            for (int i = 0; kw != null && i < kw.length; i++) {
                e.setField(kw[i].equals("name") ? F_NAME : F_PATH, kwValues[i]);
            }
        } else if (t.isSubtype(NameError) || t.isSubtype(AttributeError)) {
            for (int i = 0; kw != null && i < kw.length; i++) {
                e.setField(kw[i].equals("name") ? F_NAME : F_OBJ, kwValues[i]);
            }
        } else if (t.isSubtype(SyntaxError)) {
            if (n >= 1) {
                e.setField(F_MSG, a.get(0));
            }
            if (n == 2) {
                List<PyObject> info = PyTuple.fromIterable(a.get(1)).items();
                if (info.size() < 4 || info.size() > 6) {
                    throw PyException.indexError("tuple index out of range");
                }
                int[] idx = {F_FILENAME, F_LINENO, F_OFFSET, F_TEXT, F_END_LINENO, F_END_OFFSET};
                for (int i = 0; i < info.size(); i++) {
                    e.setField(idx[i], info.get(i));
                }
            }
        } else if (t.isSubtype(UnicodeError) && t != UnicodeError && n == (t == UnicodeTranslateError ? 4 : 5)) {
            int k = 0;
            if (t != UnicodeTranslateError) {
                e.setField(F_ENCODING, a.get(k++));
            }
            e.setField(F_OBJECT, a.get(k++));
            e.setField(F_START, a.get(k++));
            e.setField(F_END, a.get(k++));
            e.setField(F_REASON, a.get(k));
        } else if (t.isSubtype(OSError)) {
            if (n >= 2 && n <= 5) {
                e.setField(F_ERRNO, a.get(0));
                e.setField(F_STRERROR, a.get(1));
                if (n >= 3) {
                    e.setField(F_FILENAME, a.get(2));
                    if (n == 5) {
                        e.setField(F_FILENAME2, a.get(4));
                    }
                    e.args = new PyTuple(new PyObject[] {a.get(0), a.get(1)});
                }
                if (t.isSubtype(BlockingIOError) && n == 3 && a.get(2) instanceof PyInt) {
                    e.setField(F_CHARACTERS_WRITTEN, a.get(2));
                    e.setField(F_FILENAME, null);
                }
            }
        }
    }

    // ---- OSError

    private static PyObject osErrorNew(PyType type, PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0 && type.init == OSError.init) {
            throw PyException.typeError(type.name + "() takes no keyword arguments");
        }
        List<PyObject> a = positional(args, kw).items();
        PyType actual = type;
        if (type == OSError && a.size() >= 2 && a.get(0) instanceof PyInt errno) {
            actual = switch (errno.isSmall() ? (int) errno.longValue() : -1) {
                case 1, 13 -> PermissionError;
                case 2 -> FileNotFoundError;
                case 3 -> ProcessLookupError;
                case 4 -> InterruptedError;
                case 10 -> ChildProcessError;
                case 11, 114, 115 -> BlockingIOError;
                case 17 -> FileExistsError;
                case 20 -> NotADirectoryError;
                case 21 -> IsADirectoryError;
                case 32 -> BrokenPipeError;
                case 103 -> ConnectionAbortedError;
                case 104 -> ConnectionResetError;
                case 110 -> TimeoutError;
                case 111 -> ConnectionRefusedError;
                default -> OSError;
            };
        }
        PyBaseException e = new PyBaseException(actual);
        e.args = new PyTuple(a);
        initFields(e, a, null);
        return e;
    }

    private static PyObject osErrorStr(PyObject self) {
        PyBaseException e = (PyBaseException) self;
        PyObject errno = e.field(F_ERRNO);
        PyObject strerror = e.field(F_STRERROR);
        PyObject filename = e.field(F_FILENAME);
        PyObject filename2 = e.field(F_FILENAME2);
        if (filename != PyNone.None) {
            String s = "[Errno " + Abstract.str(errno).value + "] " + Abstract.str(strerror).value + ": "
                    + Abstract.repr(filename).value;
            if (filename2 != PyNone.None) {
                s += " -> " + Abstract.repr(filename2).value;
            }
            return PyStr.of(s);
        }
        if (errno != PyNone.None && strerror != PyNone.None) {
            return PyStr.of("[Errno " + Abstract.str(errno).value + "] " + Abstract.str(strerror).value);
        }
        return e.strValue();
    }

    // ---- SyntaxError

    private static PyObject syntaxErrorStr(PyObject self) {
        PyBaseException e = (PyBaseException) self;
        String msg = Abstract.str(e.field(F_MSG)).value;
        PyObject fn = e.field(F_FILENAME);
        PyObject lineno = e.field(F_LINENO);
        String base = null;
        if (fn instanceof PyStr s) {
            base = s.value.substring(s.value.lastIndexOf('/') + 1);
        }
        boolean haveLine = lineno instanceof PyInt;
        if (base != null && haveLine) {
            return PyStr.of(msg + " (" + base + ", line " + Abstract.str(lineno).value + ")");
        } else if (base != null) {
            return PyStr.of(msg + " (" + base + ")");
        } else if (haveLine) {
            return PyStr.of(msg + " (line " + Abstract.str(lineno).value + ")");
        }
        return PyStr.of(msg);
    }

    // ---- UnicodeError

    private static PyObject unicodeStr(PyBaseException e, String verb) {
        PyObject obj = e.field(F_OBJECT);
        if (obj == PyNone.None) {
            return e.strValue();
        }
        long start = Abstract.asLong(e.field(F_START));
        long end = Abstract.asLong(e.field(F_END));
        String reason = Abstract.str(e.field(F_REASON)).value;
        String enc = verb.equals("translate") ? null : Abstract.str(e.field(F_ENCODING)).value;
        String head = enc == null ? "can't translate" : "'" + enc + "' codec can't " + verb;
        if (end == start + 1) {
            if (obj instanceof PyBytes b && start >= 0 && start < b.size()) {
                return PyStr.of(head + " byte 0x" + String.format("%02x", b.byteAt((int) start) & 0xff)
                        + " in position " + start + ": " + reason);
            }
            if (obj instanceof PyStr s && start >= 0 && start < s.length()) {
                int cp = s.codePointAt((int) start);
                String c = cp < 0x100 ? String.format("\\x%02x", cp) : cp < 0x10000 ? String.format("\\u%04x", cp)
                        : String.format("\\U%08x", cp);
                return PyStr.of(head + " character '" + c + "' in position " + start + ": " + reason);
            }
        }
        String what = obj instanceof PyBytes ? "bytes" : "characters";
        return PyStr.of(head + " " + what + " in position " + start + "-" + (end - 1) + ": " + reason);
    }

    // ---- BaseExceptionGroup

    private static PyObject groupNew(PyType type, PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyException.typeError(type.name + "() takes no keyword arguments");
        }
        if (args.length != 2) {
            throw PyException.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + args.length
                    + " given)");
        }
        if (!(args[0] instanceof PyStr)) {
            throw PyException.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not "
                    + args[0].type.name);
        }
        PyObject seq = args[1];
        if (!(seq instanceof PyList || seq instanceof PyTuple) && seq.type.getitem == null) {
            throw PyException.typeError("second argument (exceptions) must be a sequence");
        }
        PyTuple excs = PyTuple.fromIterable(seq);
        if (excs.size() == 0) {
            throw PyException.valueError("second argument (exceptions) must be a non-empty sequence");
        }
        boolean allExceptions = true;
        for (int i = 0; i < excs.size(); i++) {
            PyObject x = excs.get(i);
            if (!(x instanceof PyBaseException)) {
                throw PyException.valueError("Item " + i + " of second argument (exceptions) is not an exception");
            }
            allExceptions &= x.type.isSubtype(Exception);
        }
        PyType actual = type;
        if (type == BaseExceptionGroup) {
            if (allExceptions) {
                actual = ExceptionGroup;
            }
        } else if (type == ExceptionGroup) {
            if (!allExceptions) {
                throw PyException.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
            }
        } else if (!allExceptions && !type.isSubtype(Exception)) {
            // a user subclass of BaseExceptionGroup may hold BaseExceptions
        } else if (!allExceptions) {
            throw PyException.typeError("Cannot nest BaseExceptions in '" + type.name + "'");
        }
        PyBaseException e = new PyBaseException(actual);
        e.args = new PyTuple(args.clone());
        e.setField(F_MSG, args[0]);
        e.setField(F_EXCEPTIONS, excs);
        return e;
    }

    /** {@code eg.split(condition)}: (match, rest), each None when empty. */
    static PyTuple split(PyBaseException eg, PyObject condition, boolean wantRest) {
        if (matches(eg, condition)) {
            return PyTuple.of(eg, PyNone.None);
        }
        PyTuple excs = (PyTuple) eg.field(F_EXCEPTIONS);
        List<PyObject> match = new ArrayList<>();
        List<PyObject> rest = new ArrayList<>();
        for (PyObject x : excs.items()) {
            PyBaseException ex = (PyBaseException) x;
            if (ex.type.isSubtype(BaseExceptionGroup)) {
                PyTuple r = split(ex, condition, wantRest);
                if (r.get(0) != PyNone.None) {
                    match.add(r.get(0));
                }
                if (r.get(1) != PyNone.None) {
                    rest.add(r.get(1));
                }
            } else if (matches(ex, condition)) {
                match.add(ex);
            } else {
                rest.add(ex);
            }
        }
        PyObject m = match.isEmpty() ? PyNone.None : derive(eg, match);
        PyObject r = rest.isEmpty() || !wantRest ? PyNone.None : derive(eg, rest);
        return PyTuple.of(m, r);
    }

    private static PyObject derive(PyBaseException eg, List<PyObject> excs) {
        PyObject d = Abstract.callMethod(eg, "derive", new PyList(excs));
        if (d instanceof PyBaseException de) {
            de.cause = eg.cause;
            de.context = eg.context;
            de.traceback = eg.traceback;
            PyObject notes = eg.dict().getStr("__notes__");
            if (notes != null) {
                de.dict().setStr("__notes__", notes);
            }
        }
        return d;
    }

    private static boolean matches(PyBaseException e, PyObject condition) {
        if (condition instanceof PyType t) {
            if (!t.isSubtype(PyBaseException.BaseException)) {
                throw PyException.typeError("expected an exception type, a tuple of exception types, or a "
                        + "callable (other than a class)");
            }
            return e.type.isSubtype(t);
        }
        if (condition instanceof PyTuple tu) {
            for (PyObject x : tu.items()) {
                if (!(x instanceof PyType)) {
                    throw PyException.typeError("expected an exception type, a tuple of exception types, or a "
                            + "callable (other than a class)");
                }
                if (e.type.isSubtype((PyType) x)) {
                    return true;
                }
            }
            return false;
        }
        if (Abstract.isCallable(condition)) {
            return Abstract.isTrue(Abstract.call(condition, new PyObject[] {e}, null));
        }
        throw PyException.typeError("expected an exception type, a tuple of exception types, or a callable "
                + "(other than a class)");
    }

    // ---- attribute descriptors of the families

    private static void defineFields() {
        field(StopIteration, "value", F_VALUE);
        field(SystemExit, "code", F_VALUE);
        field(ImportError, "msg", F_MSG);
        field(ImportError, "name", F_NAME);
        field(ImportError, "path", F_PATH);
        field(NameError, "name", F_NAME);
        field(AttributeError, "name", F_NAME);
        field(AttributeError, "obj", F_OBJ);
        field(OSError, "errno", F_ERRNO);
        field(OSError, "strerror", F_STRERROR);
        field(OSError, "filename", F_FILENAME);
        field(OSError, "filename2", F_FILENAME2);
        field(BlockingIOError, "characters_written", F_CHARACTERS_WRITTEN);
        field(SyntaxError, "msg", F_MSG);
        field(SyntaxError, "filename", F_FILENAME);
        field(SyntaxError, "lineno", F_LINENO);
        field(SyntaxError, "offset", F_OFFSET);
        field(SyntaxError, "text", F_TEXT);
        field(SyntaxError, "end_lineno", F_END_LINENO);
        field(SyntaxError, "end_offset", F_END_OFFSET);
        field(SyntaxError, "print_file_and_line", F_PRINT_FILE_AND_LINE);
        for (PyType t : new PyType[] {UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError}) {
            field(t, "encoding", F_ENCODING);
            field(t, "object", F_OBJECT);
            field(t, "start", F_START);
            field(t, "end", F_END);
            field(t, "reason", F_REASON);
        }
        readOnlyField(BaseExceptionGroup, "message", F_MSG);
        readOnlyField(BaseExceptionGroup, "exceptions", F_EXCEPTIONS);
        PyType g = BaseExceptionGroup;
        pending(g, () -> {
            g.define("derive", PyMethodDescr.of(g, "derive", (self, excs) ->
                    Abstract.call(BaseExceptionGroup, new PyObject[] {((PyBaseException) self).field(F_MSG), excs},
                            null)));
            g.define("split", PyMethodDescr.of(g, "split", (self, c) -> split((PyBaseException) self, c, true)));
            g.define("subgroup", PyMethodDescr.of(g, "subgroup",
                    (self, c) -> split((PyBaseException) self, c, false).get(0)));
        });
    }

    private static void field(PyType t, String name, int index) {
        pending(t, () -> t.define(name, new PyGetSetDescr(t, name, s -> ((PyBaseException) s).field(index),
                (s, v) -> ((PyBaseException) s).setField(index, v))));
    }

    private static void readOnlyField(PyType t, String name, int index) {
        pending(t, () -> t.define(name, new PyGetSetDescr(t, name, s -> ((PyBaseException) s).field(index),
                null)));
    }

    /** Runs {@code r} when {@code t}'s dict is made (exception types are readied lazily). */
    private static void pending(PyType t, Runnable r) {
        t.addDefiner(ty -> r.run());
    }
}
