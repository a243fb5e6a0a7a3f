package org.pyvm.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.pyvm.objects.Abstract;
import org.pyvm.objects.PyBool;
import org.pyvm.objects.PyBytes;
import org.pyvm.objects.PyClassMethod;
import org.pyvm.objects.PyDict;
import org.pyvm.objects.PyEllipsis;
import org.pyvm.objects.PyException;
import org.pyvm.objects.PyFloat;
import org.pyvm.objects.PyGetSetDescr;
import org.pyvm.objects.PyInt;
import org.pyvm.objects.PyList;
import org.pyvm.objects.PyMethodDescr;
import org.pyvm.objects.PyModule;
import org.pyvm.objects.PyNone;
import org.pyvm.objects.PyObject;
import org.pyvm.objects.PyProperty;
import org.pyvm.objects.PyRange;
import org.pyvm.objects.PySet;
import org.pyvm.objects.PyStaticMethod;
import org.pyvm.objects.PyStr;
import org.pyvm.objects.PySuper;
import org.pyvm.objects.PyTuple;
import org.pyvm.objects.PyType;

/**
 * The builtins module against CPython 3.12's results in testdata/objects/builtins_table.txt (made by
 * tools/builtins_table.py): every builtin function with good and bad arguments, the iterator types, property
 * and super, print and input with replaced streams. The helpers (H:name) mirror the ones the script defines.
 */
class BuiltinsTableTest {

    private static Path root() {
        return Path.of(System.getProperty("pyvm.root", "."));
    }

    // ---------------------------------------------------------------- test-only objects

    /** A Python-like function: a callable with a {@code __doc__}, implemented in Java. */
    static final class Func extends PyObject {
        static final PyType TYPE = PyType.builtin("function", PyType.OBJECT, t -> {
            t.define("__doc__", new PyGetSetDescr(t, "__doc__", s -> ((Func) s).doc, null));
        });

        static {
            TYPE.call = (self, args, kw) -> ((Func) self).body.apply(args);
        }

        final Function<PyObject[], PyObject> body;
        final PyObject doc;

        Func(String doc, Function<PyObject[], PyObject> body) {
            super(TYPE);
            this.body = body;
            this.doc = doc == null ? PyNone.None : PyStr.of(doc);
        }
    }

    /** A writable text stream collecting what is written (io.StringIO for print). */
    static final class Writer extends PyObject {
        static final PyType TYPE = PyType.builtin("StringIO", PyType.OBJECT, t -> {
            t.define("write", PyMethodDescr.of(t, "write", (self, s) -> {
                ((Writer) self).text.append(((PyStr) s).value);
                return PyInt.of(((PyStr) s).length());
            }));
            t.define("flush", PyMethodDescr.of(t, "flush", self -> PyNone.None));
            t.define("readline", PyMethodDescr.of(t, "readline", self -> {
                Writer w = (Writer) self;
                String rest = w.text.substring(w.pos);
                int nl = rest.indexOf('\n');
                String line = nl < 0 ? rest : rest.substring(0, nl + 1);
                w.pos += line.length();
                return PyStr.of(line);
            }));
        });

        final StringBuilder text = new StringBuilder();
        int pos;

        Writer() {
            super(TYPE);
        }
    }

    private static PyObject fn(Function<PyObject[], PyObject> body) {
        return new Func(null, body);
    }

    private static PyMethodDescr method(String name, int min, int max, PyMethodDescr.Fn body) {
        return PyMethodDescr.of(PyType.OBJECT, name, min, max, body);
    }

    private static PyType cls(PyType meta, String name, PyType[] bases, Object... entries) {
        PyDict ns = new PyDict();
        ns.setStr("__module__", PyStr.of("__main__"));
        for (int i = 0; i < entries.length; i += 2) {
            ns.setStr((String) entries[i], (PyObject) entries[i + 1]);
        }
        return PyType.newHeapType(meta, name, bases, ns, new String[0], new PyObject[0]);
    }

    private static final Map<String, PyObject> HELPERS = new HashMap<>();
    private static final PyModule SYS = new PyModule("sys");
    private static final PyModule BUILTINS = BuiltinsModule.create(SYS);

    static {
        PyType[] none = new PyType[0];
        HELPERS.put("neg", fn(a -> Abstract.neg(a[0])));
        HELPERS.put("mod3", fn(a -> Abstract.binaryOp(a[0], PyInt.of(3), org.pyvm.bytecode.Operands.NB_REMAINDER)));
        HELPERS.put("add", fn(a -> Abstract.add(a[0], a[1])));
        HELPERS.put("iseven", fn(a -> Abstract.richCompare(Abstract.binaryOp(a[0], PyInt.of(2),
                org.pyvm.bytecode.Operands.NB_REMAINDER), PyInt.of(0), Abstract.EQ)));
        HELPERS.put("first", fn(a -> Abstract.getitem(a[0], PyInt.of(0))));
        HELPERS.put("len", BUILTINS.dict().getStr("len"));
        HELPERS.put("boom", fn(a -> {
            throw PyException.valueError("boom");
        }));
        HELPERS.put("getx", new Func("the x doc", a -> PyInt.of(42)));
        HELPERS.put("setx", fn(a -> PyNone.None));
        HELPERS.put("delx", fn(a -> PyNone.None));
        PyType seq = cls(PyType.TYPE, "Seq", none,
                "__len__", method("__len__", 0, 0, (PyMethodDescr.Fn.F0) self -> PyInt.of(3)),
                "__getitem__", method("__getitem__", 1, 1, (PyMethodDescr.Fn.F1) (self, i) -> {
                    if (!(i instanceof PyInt n)) {
                        throw PyException.typeError("bad index");
                    }
                    long v = n.isSmall() ? n.longValue() : -1;
                    if (v >= 0 && v < 3) {
                        return PyInt.of(v * 10);
                    }
                    throw PyException.indexError("Seq index out of range");
                }));
        HELPERS.put("Seq", seq);
        HELPERS.put("seq", Abstract.call(seq));
        PyType rev = cls(PyType.TYPE, "Rev", none, "__reversed__", method("__reversed__", 0, 0,
                (PyMethodDescr.Fn.F0) self -> Abstract.iter(new PyList(new PyObject[] {PyStr.of("r"), PyStr.of("e"),
                    PyStr.of("v")}))));
        HELPERS.put("rev", Abstract.call(rev));
        PyType norev = cls(PyType.TYPE, "NoRev", none, "__reversed__", PyNone.None,
                "__len__", method("__len__", 0, 0, (PyMethodDescr.Fn.F0) self -> PyInt.of(1)),
                "__getitem__", method("__getitem__", 1, 1, (PyMethodDescr.Fn.F1) (self, i) -> i));
        HELPERS.put("norev", Abstract.call(norev));
        PyType rnd = cls(PyType.TYPE, "Rnd", none, "__round__", method("__round__", 0, 1,
                (PyMethodDescr.Fn.F1) (self, n) -> PyTuple.of(PyStr.of("round"), n == null ? PyNone.None : n)));
        HELPERS.put("rnd", Abstract.call(rnd));
        PyType idx = cls(PyType.TYPE, "Idx", none, "__index__", method("__index__", 0, 0,
                (PyMethodDescr.Fn.F0) self -> PyInt.of(7)));
        HELPERS.put("idx", Abstract.call(idx));
        PyType meta = cls(PyType.TYPE, "Meta", new PyType[] {PyType.TYPE},
                "__instancecheck__", method("__instancecheck__", 1, 1, (PyMethodDescr.Fn.F1) (self, o) ->
                        PyBool.of(Abstract.eq(o, PyInt.of(42)))),
                "__subclasscheck__", method("__subclasscheck__", 1, 1, (PyMethodDescr.Fn.F1) (self, o) ->
                        PyBool.of(o == PyInt.TYPE)));
        HELPERS.put("Any", cls(meta, "Any", none));
        PyType a = cls(PyType.TYPE, "A", none,
                "m", method("m", 0, 0, (PyMethodDescr.Fn.F0) self -> PyStr.of("A.m")),
                "who", method("who", 1, 1, (PyMethodDescr.Fn.F1) (self, x) -> PyTuple.of(PyStr.of("A.who"), x)),
                "cm", new PyClassMethod(method("cm", 0, 0, (PyMethodDescr.Fn.F0) c -> PyTuple.of(PyStr.of("A.cm"),
                        Abstract.getattr(c, "__name__")))),
                "sm", new PyStaticMethod(fn(x -> PyTuple.of(PyStr.of("A.sm"), x[0]))));
        PyType b = cls(PyType.TYPE, "B", new PyType[] {a},
                "m", method("m", 0, 0, (PyMethodDescr.Fn.F0) self -> PyStr.of("B.m")));
        PyType c = cls(PyType.TYPE, "C", new PyType[] {b},
                "m", method("m", 0, 0, (PyMethodDescr.Fn.F0) self -> PyStr.of("C.m")));
        HELPERS.put("A", a);
        HELPERS.put("B", b);
        HELPERS.put("C", c);
        HELPERS.put("a", Abstract.call(a));
        HELPERS.put("b", Abstract.call(b));
        HELPERS.put("c", Abstract.call(c));
        HELPERS.put("ait5", asyncIterator(PyInt.of(5)));
        HELPERS.put("aitend", asyncIterator(null));
        HELPERS.put("badait", Abstract.call(cls(PyType.TYPE, "BadAIter", none, "__aiter__", method("__aiter__", 0,
                0, (PyMethodDescr.Fn.F0) self -> PyInt.of(5)))));
        HELPERS.put("fake", Abstract.call(cls(PyType.TYPE, "Fake", none, "__class__", a)));
        HELPERS.put("dir", Abstract.call(cls(PyType.TYPE, "Dir", none, "__dir__", method("__dir__", 0, 0,
                (PyMethodDescr.Fn.F0) self -> new PyList(new PyObject[] {PyStr.of("b"), PyStr.of("a"),
                    PyStr.of("c")})))));
    }

    /** AIter(value) of the script: {@code __anext__} gives an awaitable ending with value (null: raising
     *  StopAsyncIteration). */
    private static PyObject asyncIterator(PyObject value) {
        PyType[] none = new PyType[0];
        PyType finish = cls(PyType.TYPE, "Finish", none,
                "__iter__", method("__iter__", 0, 0, (PyMethodDescr.Fn.F0) self -> self),
                "__next__", method("__next__", 0, 0, (PyMethodDescr.Fn.F0) self -> {
                    if (value == null) {
                        throw PyException.of(org.pyvm.objects.PyBaseException.StopAsyncIteration, new PyObject[0]);
                    }
                    throw PyException.stopIteration(value);
                }));
        PyType awaitable = cls(PyType.TYPE, "Awaitable", none, "__await__", method("__await__", 0, 0,
                (PyMethodDescr.Fn.F0) self -> Abstract.call(finish)));
        PyType aiter = cls(PyType.TYPE, "AIter", none,
                "__aiter__", method("__aiter__", 0, 0, (PyMethodDescr.Fn.F0) self -> self),
                "__anext__", method("__anext__", 0, 0, (PyMethodDescr.Fn.F0) self -> Abstract.call(awaitable)));
        return Abstract.call(aiter);
    }

    private static PyObject counter() {
        long[] n = {0};
        return fn(x -> PyInt.of(++n[0]));
    }

    // ---------------------------------------------------------------- decoding

    /** A parsed argument: a value, or a keyword argument (name != null). */
    record Arg(String name, PyObject value) {
    }

    private static final class Parser {
        final String s;
        int i;

        Parser(String s) {
            this.s = s;
        }

        Arg arg() {
            if (s.startsWith("k:", i)) {
                int eq = s.indexOf('=', i);
                String name = s.substring(i + 2, eq);
                i = eq + 1;
                return new Arg(name, value());
            }
            return new Arg(null, value());
        }

        PyObject value() {
            char tag = s.charAt(i);
            if (s.charAt(i + 1) == '(') {
                i += 2;
                List<PyObject> items = new ArrayList<>();
                while (s.charAt(i) != ')') {
                    items.add(value());
                    if (s.charAt(i) == ',') {
                        i++;
                    }
                }
                i++;
                PyObject[] a = items.toArray(new PyObject[0]);
                return switch (tag) {
                    case 't' -> new PyTuple(a);
                    case 'l' -> new PyList(a);
                    case 'd' -> {
                        PyDict d = new PyDict();
                        for (int k = 0; k < a.length; k += 2) {
                            d.setItem(a[k], a[k + 1]);
                        }
                        yield d;
                    }
                    case 'S' -> Abstract.call(PySet.TYPE, new PyList(a));
                    case 'r' -> Abstract.call(PyRange.TYPE, a);
                    default -> throw new IllegalArgumentException(s);
                };
            }
            int end = i + 2;
            while (end < s.length() && s.charAt(end) != ',' && s.charAt(end) != ')') {
                end++;
            }
            String body = s.substring(i + 2, end);
            i = end;
            return switch (tag) {
                case 'n' -> PyNone.None;
                case 'e' -> PyEllipsis.Ellipsis;
                case 'b' -> PyBool.of(body.equals("True"));
                case 'i' -> PyInt.parse(body, 10);
                case 'f' -> PyFloat.of(Double.longBitsToDouble(Long.parseUnsignedLong(body, 16)));
                case 's' -> PyStr.of(new String(HexFormat.of().parseHex(body), StandardCharsets.UTF_8));
                case 'y' -> new PyBytes(HexFormat.of().parseHex(body));
                case 'B' -> BUILTINS.dict().getStr(body);
                case 'H' -> body.equals("counter") ? counter() : HELPERS.get(body);
                default -> throw new IllegalArgumentException(s);
            };
        }
    }

    // ---------------------------------------------------------------- running

    private static PyObject call(PyObject f, List<Arg> args, PyObject... extraKw) {
        List<PyObject> vals = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Arg a : args) {
            if (a.name == null) {
                vals.add(a.value);
            }
        }
        for (Arg a : args) {
            if (a.name != null) {
                vals.add(a.value);
                names.add(a.name);
            }
        }
        for (int k = 0; k < extraKw.length; k += 2) {
            vals.add(extraKw[k + 1]);
            names.add(((PyStr) extraKw[k]).value);
        }
        return Abstract.call(f, vals.toArray(new PyObject[0]), names.isEmpty() ? null
                : names.toArray(new String[0]));
    }

    private static PyObject builtin(String name) {
        return BUILTINS.dict().getStr(name);
    }

    static PyObject run(String op, List<Arg> args) {
        int colon = op.indexOf(':');
        String kind = colon < 0 ? op : op.substring(0, colon);
        String name = colon < 0 ? "" : op.substring(colon + 1);
        List<PyObject> pos = new ArrayList<>();
        for (Arg a : args) {
            if (a.name == null) {
                pos.add(a.value);
            }
        }
        switch (kind) {
            case "call":
                return call(builtin(name), args);
            case "list":
                return Abstract.call(PyList.TYPE, call(builtin(name), args));
            case "next2": {
                PyObject it = call(builtin(name), args);
                PyList out = new PyList();
                try {
                    out.append(Abstract.call(builtin("next"), it));
                    out.append(Abstract.call(builtin("next"), it));
                } catch (PyException e) {
                    out.append(PyStr.of(e.value.type().name() + ": " + Abstract.str(e.value).value));
                }
                return out;
            }
            case "print": {
                Writer w = new Writer();
                SYS.add("stdout", w);
                call(builtin("print"), args);
                return PyStr.of(w.text.toString());
            }
            case "printfile": {
                Writer w = new Writer();
                SYS.add("stdout", PyNone.None);
                call(builtin("print"), args, PyStr.of("file"), w);
                return PyStr.of(w.text.toString());
            }
            case "input": {
                Writer in = new Writer();
                in.text.append(((PyStr) pos.get(0)).value);
                Writer out = new Writer();
                SYS.add("stdin", in);
                SYS.add("stdout", out);
                SYS.add("stderr", new Writer());
                PyObject r = Abstract.call(builtin("input"), pos.subList(1, pos.size()).toArray(new PyObject[0]),
                        null);
                return PyTuple.of(r, PyStr.of(out.text.toString()));
            }
            case "prop": {
                PyObject p = call(PyProperty.TYPE, args);
                PyType owner = cls(PyType.TYPE, "P", new PyType[0], "__qualname__", PyStr.of("run.<locals>.P"),
                        "x", p);
                PyObject o = Abstract.call(owner);
                switch (name) {
                    case "get":
                        return Abstract.getattr(o, "x");
                    case "set":
                        Abstract.setattr(o, "x", PyInt.of(5));
                        return PyNone.None;
                    case "del":
                        Abstract.delattr(o, "x");
                        return PyNone.None;
                    default:
                        return Abstract.getattr(Abstract.getattr(owner, "x"), "__doc__");
                }
            }
            case "supercall": {
                PyObject s = Abstract.call(PySuper.TYPE, pos.get(0), pos.get(1));
                return Abstract.call(Abstract.getattr(s, name), pos.subList(2, pos.size()).toArray(
                        new PyObject[0]), null);
            }
            case "superattr":
                return Abstract.getattr(Abstract.call(PySuper.TYPE, pos.toArray(new PyObject[0]), null), name);
            case "superrepr":
                return Abstract.repr(Abstract.call(PySuper.TYPE, pos.toArray(new PyObject[0]), null));
            case "dirsub": {
                PyList out = new PyList();
                for (PyObject n : Abstract.toArray(Abstract.call(builtin("dir"), pos.get(0)))) {
                    if (!((PyStr) n).value.startsWith("__")) {
                        out.append(n);
                    }
                }
                return out;
            }
            case "propcopy": {
                PyObject p = Abstract.call(PyProperty.TYPE, pos.subList(1, pos.size()).toArray(new PyObject[0]),
                        null);
                PyObject q = Abstract.callMethod(p, name, pos.get(0));
                return PyTuple.of(PyBool.of(q == p), PyBool.of(Abstract.getattr(q, "fget") == Abstract.getattr(p,
                        "fget")), PyBool.of(Abstract.getattr(q, "fset") == pos.get(0)), PyBool.of(Abstract.getattr(q,
                        "fdel") == pos.get(0)), Abstract.getattr(q, "__doc__"));
            }
            case "nextdflt": {
                PyObject it = Abstract.iter(pos.get(0));
                PyList out = new PyList();
                for (int i = 0; i < 3; i++) {
                    out.append(Abstract.call(builtin("next"), it, pos.get(1)));
                }
                return out;
            }
            case "names": {
                List<PyObject> excluded = List.of(Abstract.toArray(pos.get(0)));
                PyList out = new PyList();
                for (PyObject n : BUILTINS.dict().keysArray()) {
                    boolean skip = false;
                    for (PyObject x : excluded) {
                        skip |= Abstract.eq(n, x);
                    }
                    if (!skip) {
                        out.append(n);
                    }
                }
                return Abstract.sorted(out);
            }
            case "await": {
                PyObject aw = call(builtin(name), args);
                PyObject it = Abstract.callMethod(aw, "__await__");
                try {
                    it.type().next.apply(it);
                } catch (PyException e) {
                    if (e.matches(org.pyvm.objects.PyBaseException.StopIteration)) {
                        return PyTuple.of(PyStr.of("stop"), Abstract.getattr(e.value, "value"));
                    }
                    throw e;
                }
                return PyStr.of("no stop");
            }
            case "printlost":
                SYS.dict().delStr("stdout");
                return call(builtin("print"), args);
            case "inputlost":
                SYS.add("stdin", new Writer());
                SYS.add("stdout", new Writer());
                SYS.add("stderr", new Writer());
                SYS.add(name, PyNone.None);
                return Abstract.call(builtin("input"), pos.toArray(new PyObject[0]), null);
            default:
                throw new IllegalArgumentException(op);
        }
    }

    static String outcome(String op, List<Arg> args) {
        try {
            return "=" + Abstract.repr(run(op, args)).value;
        } catch (PyException e) {
            return "!" + e.value.type().name() + ": " + Abstract.str(e.value).value;
        }
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char d = s.charAt(++i);
                sb.append(d == 'n' ? '\n' : d == 't' ? '\t' : d);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Default reprs carry addresses: compare them up to the address. */
    private static String noAddresses(String s) {
        return s.replaceAll(" at 0x[0-9a-f]+", " at 0x?");
    }

    @Test
    void matchesCPython() throws IOException {
        List<String> lines = Files.readAllLines(root().resolve("testdata/objects/builtins_table.txt"),
                StandardCharsets.UTF_8);
        assertTrue(lines.size() > 1000, "table too small");
        List<String> failures = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            String expected = unescape(f[f.length - 1]);
            String actual;
            try {
                List<Arg> args = new ArrayList<>();
                for (int i = 1; i < f.length - 1; i++) {
                    args.add(new Parser(f[i]).arg());
                }
                actual = outcome(f[0], args);
            } catch (RuntimeException e) {
                actual = "JAVA " + e;
            }
            if (!noAddresses(expected).equals(noAddresses(actual))) {
                failures.add(line + "\n      got " + actual);
            }
        }
        assertEquals("", String.join("\n", failures.subList(0, Math.min(60, failures.size()))),
                failures.size() + " of " + lines.size() + " cases differ");
    }
}
