package org.pyvm.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pyvm.bytecode.Operands;

/**
 * Text and bytes against CPython 3.12's results in testdata/objects/text_table.txt (made by tools/text_table.py):
 * printf-style {@code %}, {@code str.format}/{@code format_map}, complex formatting, the methods of str, bytes and
 * bytearray, codecs, bytearray mutation and memoryview, with every error message. The operand encoding and the
 * operation names are documented in the generator.
 */
class TextTableTest {

    private static Path root() {
        return Path.of(System.getProperty("pyvm.root", "."));
    }

    // ------------------------------------------------------------------ operands

    private static final class Reader {
        private final String[] tokens;
        private int pos;

        Reader(String s) {
            tokens = s.split(" ");
        }

        PyObject value() {
            String t = tokens[pos++];
            switch (t) {
                case "n":
                    return PyNone.None;
                case "T":
                    return PyBool.True;
                case "F":
                    return PyBool.False;
                case "t[":
                    return new PyTuple(items());
                case "l[":
                    return new PyList(items());
                case "d[": {
                    PyObject[] kv = items();
                    PyDict d = new PyDict();
                    for (int i = 0; i < kv.length; i += 2) {
                        d.setItem(kv[i], kv[i + 1]);
                    }
                    return d;
                }
                case "x[": {
                    PyObject[] p = items();
                    return new PySlice(p[0], p[1], p[2]);
                }
                case "m[": {
                    PyObject[] p = items();
                    return PyMemoryView.of(p[0]);
                }
                default:
                    break;
            }
            String body = t.substring(2);
            return switch (t.charAt(0)) {
                case 'i' -> PyInt.parse(body, 10);
                case 'f' -> PyFloat.of(bits(body));
                case 'c' -> new PyComplex(bits(body.substring(0, 16)), bits(body.substring(17)));
                case 's' -> PyStr.of(utf8(HexFormat.of().parseHex(body)));
                case 'y' -> new PyBytes(HexFormat.of().parseHex(body));
                case 'a' -> new PyByteArray(HexFormat.of().parseHex(body));
                default -> throw new IllegalArgumentException(t);
            };
        }

        private PyObject[] items() {
            List<PyObject> out = new ArrayList<>();
            while (!tokens[pos].equals("]")) {
                out.add(value());
            }
            pos++;
            return out.toArray(new PyObject[0]);
        }
    }

    private static double bits(String hex) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(hex, 16));
    }

    /** UTF-8 with lone surrogates as CPython's surrogatepass writes them. */
    private static String utf8(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < b.length; ) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
            } else if (c < 0xe0) {
                sb.append((char) (((c & 0x1f) << 6) | (b[i + 1] & 0x3f)));
                i += 2;
            } else if (c < 0xf0) {
                sb.append((char) (((c & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f)));
                i += 3;
            } else {
                sb.appendCodePoint(((c & 0x07) << 18) | ((b[i + 1] & 0x3f) << 12) | ((b[i + 2] & 0x3f) << 6)
                        | (b[i + 3] & 0x3f));
                i += 4;
            }
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ operations

    private static PyType type(String name) {
        return switch (name) {
            case "str" -> PyStr.TYPE;
            case "bytes" -> PyBytes.TYPE;
            case "bytearray" -> PyByteArray.TYPE;
            case "memoryview" -> PyMemoryView.TYPE;
            case "complex" -> PyComplex.TYPE;
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static final List<String> DUNDERS = List.of("__mod__", "__rmod__", "__format__", "__getnewargs__",
            "__bytes__", "__enter__", "__exit__", "__alloc__", "__iadd__", "__imul__", "__len__", "__getitem__",
            "__setitem__", "__delitem__", "__contains__", "__iter__", "__hash__", "__eq__", "__lt__", "__add__",
            "__mul__", "__rmul__", "__repr__", "__str__", "__init__", "__new__");

    /** The sorted public attribute names of a type and its MRO, plus the dunders of {@link #DUNDERS} it has. */
    private static PyObject names(PyType t) {
        java.util.TreeSet<String> out = new java.util.TreeSet<>();
        for (PyType m : t.mro) {
            for (PyObject k : m.dict().keysArray()) {
                String n = ((PyStr) k).value;
                if (!n.startsWith("_") || DUNDERS.contains(n)) {
                    out.add(n);
                }
            }
        }
        List<PyObject> items = new ArrayList<>();
        for (String n : out) {
            items.add(PyStr.of(n));
        }
        return new PyList(items);
    }

    private static PyObject[] rest(PyObject[] a, int from) {
        return Arrays.copyOfRange(a, from, a.length);
    }

    /** Calls {@code f} with the positional {@code args} and the str-keyed dict {@code kw} as keywords. */
    private static PyObject callKw(PyObject f, PyObject[] args, PyObject kw) {
        PyObject[][] items = ((PyDict) kw).itemsArray().toArray(new PyObject[0][]);
        PyObject[] all = Arrays.copyOf(args, args.length + items.length);
        String[] names = new String[items.length];
        for (int i = 0; i < items.length; i++) {
            names[i] = ((PyStr) items[i][0]).value;
            all[args.length + i] = items[i][1];
        }
        return Abstract.call(f, all, names.length == 0 ? null : names);
    }

    static PyObject eval(String op, PyObject[] a) {
        switch (op) {
            case "%":
                return Abstract.binaryOp(a[0], a[1], Operands.NB_REMAINDER);
            case "+":
                return Abstract.binaryOp(a[0], a[1], Operands.NB_ADD);
            case "*":
                return Abstract.binaryOp(a[0], a[1], Operands.NB_MULTIPLY);
            case "==":
                return Abstract.richCompare(a[0], a[1], Abstract.EQ);
            case "!=":
                return Abstract.richCompare(a[0], a[1], Abstract.NE);
            case "<":
                return Abstract.richCompare(a[0], a[1], Abstract.LT);
            case ">=":
                return Abstract.richCompare(a[0], a[1], Abstract.GE);
            case "in":
                return PyBool.of(Abstract.contains(a[1], a[0]));
            case "len":
                return PyInt.of(Abstract.len(a[0]));
            case "repr":
                return Abstract.repr(a[0]);
            case "str":
                return Abstract.str(a[0]);
            case "hash":
                return PyBool.of(Abstract.hash(a[0]) == Abstract.hash(a[1]));
            case "list":
                return new PyList(Abstract.toArray(a[0]));
            case "itertype": {
                PyObject it = Abstract.iter(a[0]);
                return PyTuple.of(PyStr.of(it.type.name), new PyList(Abstract.toArray(it)));
            }
            case "getitem":
                return Abstract.getitem(a[0], a[1]);
            case "setitem":
                Abstract.setitem(a[0], a[1], a[2]);
                return a[0];
            case "delitem":
                Abstract.delitem(a[0], a[1]);
                return a[0];
            case "iadd":
            case "imul": {
                int nb = op.equals("iadd") ? Operands.NB_ADD : Operands.NB_MULTIPLY;
                PyObject x = Abstract.binaryOp(a[0], a[1], nb + Operands.NB_INPLACE);
                return PyTuple.of(x, PyBool.of(x == a[0]));
            }
            case "format":
                return Abstract.format(a[0], (PyStr) a[1]);
            case "mv:setitem":
                Abstract.setitem(PyMemoryView.of(a[0]), a[1], a[2]);
                return a[0];
            case "mv:resize": {
                PyMemoryView m = PyMemoryView.of(a[0]);
                try {
                    return Abstract.callMethod(a[0], "append", PyInt.of(1));
                } finally {
                    m.release();
                }
            }
            case "mv:with": {
                PyObject m = Abstract.callMethod(PyMemoryView.of(a[0]), "__enter__");
                PyObject data = Abstract.callMethod(m, "tobytes");
                Abstract.callMethod(m, "__exit__", PyNone.None, PyNone.None, PyNone.None);
                try {
                    Abstract.getitem(m, PyInt.of(0));
                } catch (PyException e) {
                    if (e.matches(PyBaseException.ValueError)) {
                        return PyTuple.of(data, Abstract.str(e.value));
                    }
                    throw e;
                }
                return PyTuple.of(data, PyNone.None);
            }
            case "mv:release_resize": {
                PyMemoryView m = PyMemoryView.of(a[0]);
                m.release();
                Abstract.callMethod(a[0], "append", PyInt.of(1));
                return a[0];
            }
            default:
                break;
        }
        int colon = op.indexOf(':');
        String kind = op.substring(0, colon);
        String name = op.substring(colon + 1);
        switch (kind) {
            case "call":
                return Abstract.callMethod(a[0], name, rest(a, 1));
            case "callkw":
                return callKw(Abstract.getattr(a[0], name), rest(Arrays.copyOf(a, a.length - 1), 1), a[a.length - 1]);
            case "mcall":
                return PyTuple.of(Abstract.callMethod(a[0], name, rest(a, 1)), a[0]);
            case "cls": {
                String[] p = name.split("\\.");
                return Abstract.call(Abstract.getattr(type(p[0]), p[1]), a);
            }
            case "new":
                return Abstract.call(type(name), a);
            case "newkw":
                return callKw(type(name), rest(Arrays.copyOf(a, a.length - 1), 0), a[a.length - 1]);
            case "names":
                return names(type(name));
            case "sub": {
                PyType base = type(name);
                PyDict ns = new PyDict();
                ns.setItem(PyStr.of("__module__"), PyStr.of("m"));
                PyType sub = PyType.newHeapType(PyType.TYPE, "Sub", new PyType[] {base}, ns, null, new PyObject[0]);
                PyObject x = Abstract.call(sub, a);
                Abstract.setattr(x, "tag", PyInt.of(1));
                List<PyObject> r = new ArrayList<>(List.of(PyStr.of(x.type.name), Abstract.getattr(x, "tag"),
                        Abstract.repr(x), PyInt.of(Abstract.len(x)), Abstract.richCompare(x, Abstract.call(base, a),
                        Abstract.EQ), PyStr.of(Abstract.add(x, x).type.name),
                        PyStr.of(Abstract.getitem(x, new PySlice(PyNone.None, PyInt.of(1), PyNone.None)).type.name)));
                r.add(PyStr.of(Abstract.callMethod(x, "upper").type.name));
                r.add(PyStr.of(Abstract.mul(x, PyInt.of(2)).type.name));
                return new PyTuple(r);
            }
            case "mvattr":
                return Abstract.getattr(a[0], name);
            case "mvreleased": {
                PyMemoryView m = PyMemoryView.of(a[0]);
                m.release();
                PyObject r = Abstract.getattr(m, name);
                return Abstract.isCallable(r) ? Abstract.call(r, rest(a, 1)) : r;
            }
            default:
                throw new IllegalArgumentException(op);
        }
    }

    private static String show(PyObject r) {
        if (r instanceof PyMemoryView m) {
            return "<memoryview " + new PyBytes(m.toByteArray()).reprString() + ">";
        }
        if (r instanceof PyTuple t) {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < t.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(show(t.get(i)));
            }
            return sb.append(t.size() == 1 ? ",)" : ")").toString();
        }
        return Abstract.repr(r).value;
    }

    static String outcome(String op, PyObject[] args) {
        try {
            return "=" + show(eval(op, args));
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

    @Test
    void matchesCPython() throws IOException {
        List<String> lines = Files.readAllLines(root().resolve("testdata/objects/text_table.txt"),
                StandardCharsets.UTF_8);
        assertTrue(lines.size() > 5000, "table too small");
        List<String> failures = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            String expected = unescape(f[f.length - 1]);
            String actual;
            try {
                PyObject[] args = new PyObject[f.length - 2];
                for (int i = 0; i < args.length; i++) {
                    args[i] = new Reader(f[i + 1]).value();
                }
                actual = outcome(f[0], args);
            } catch (RuntimeException | StackOverflowError e) {
                actual = "JAVA " + e;
            }
            if (!expected.equals(actual)) {
                failures.add(line + "\n      got " + actual);
            }
        }
        assertEquals("", String.join("\n", failures.subList(0, Math.min(60, failures.size()))),
                failures.size() + " of " + lines.size() + " cases differ");
    }
}
