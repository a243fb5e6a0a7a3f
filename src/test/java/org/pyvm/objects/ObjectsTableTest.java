package org.pyvm.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pyvm.bytecode.Operands;

/**
 * int/float/str/bool/None/tuple/list operations against CPython 3.12's results in testdata/objects/table.txt
 * (made by tools/objects_table.py): operators, comparisons, reprs, hashes, conversions, indexing and slicing,
 * methods, and every error message.
 */
public class ObjectsTableTest {

    private static Path root() {
        return Path.of(System.getProperty("pyvm.root", "."));
    }

    public static PyObject decode(String s) {
        String body = s.substring(2);
        return switch (s.charAt(0)) {
            case 'n' -> PyNone.None;
            case 'b' -> PyBool.of(body.equals("True"));
            case 'i' -> PyInt.parse(body, 10);
            case 'f' -> PyFloat.of(Double.longBitsToDouble(Long.parseUnsignedLong(body, 16)));
            case 's' -> PyStr.of(decodeUtf8(HexFormat.of().parseHex(body)));
            case 't' -> new PyTuple(decodeList(body));
            case 'l' -> new PyList(decodeList(body));
            case 'x' -> {
                String[] p = body.split(",");
                yield new PySlice(slicePart(p[0]), slicePart(p[1]), slicePart(p[2]));
            }
            default -> throw new IllegalArgumentException(s);
        };
    }

    /** UTF-8 with lone surrogates encoded as CPython's surrogatepass does. */
    private static String decodeUtf8(byte[] b) {
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
                int cp = ((c & 0x07) << 18) | ((b[i + 1] & 0x3f) << 12) | ((b[i + 2] & 0x3f) << 6) | (b[i + 3] & 0x3f);
                sb.appendCodePoint(cp);
                i += 4;
            }
        }
        return sb.toString();
    }

    private static PyObject slicePart(String p) {
        return p.equals("_") ? PyNone.None : PyInt.parse(p, 10);
    }

    private static PyObject[] decodeList(String body) {
        if (body.isEmpty()) {
            return new PyObject[0];
        }
        // Elements never contain ',' except inside s: hex (no commas) — the table has no nested containers.
        String[] parts = body.split(",");
        PyObject[] out = new PyObject[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = decode(parts[i]);
        }
        return out;
    }

    static PyObject eval(String op, PyObject[] a) {
        int bin = Operands.BINARY_OPS.indexOf(op);
        if (bin >= 0 && bin < Operands.NB_INPLACE) {
            return Abstract.binaryOp(a[0], a[1], bin);
        }
        int cmp = Operands.COMPARE_OPS.indexOf(op);
        if (cmp >= 0) {
            return Abstract.richCompare(a[0], a[1], cmp);
        }
        if (op.startsWith("call:")) {
            String name = op.substring(5);
            PyObject[] rest = new PyObject[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            PyObject r = Abstract.callMethod(a[0], name, rest);
            return a[0] instanceof PyList ? PyTuple.of(r, a[0]) : r;
        }
        return switch (op) {
            case "divmod" -> Abstract.divmod(a[0], a[1]);
            case "pow3" -> Abstract.pow(a[0], a[1], a[2]);
            case "neg" -> Abstract.neg(a[0]);
            case "pos" -> Abstract.pos(a[0]);
            case "abs" -> Abstract.abs(a[0]);
            case "invert" -> Abstract.invert(a[0]);
            case "bool" -> PyBool.of(Abstract.isTrue(a[0]));
            case "repr" -> Abstract.repr(a[0]);
            case "str" -> Abstract.str(a[0]);
            case "hash" -> PyInt.of(Abstract.hash(a[0]));
            case "int" -> Abstract.call(PyInt.TYPE, a[0]);
            case "intbase" -> Abstract.call(PyInt.TYPE, a[0], a[1]);
            case "float" -> Abstract.call(PyFloat.TYPE, a[0]);
            case "len" -> PyInt.of(Abstract.len(a[0]));
            case "index" -> Abstract.callMethod(a[0], "__index__");
            case "getitem" -> Abstract.getitem(a[0], a[1]);
            default -> throw new IllegalArgumentException(op);
        };
    }

    static String outcome(String op, PyObject[] args) {
        try {
            PyObject r = eval(op, args);
            return "=" + Abstract.repr(r).value;
        } catch (PyException e) {
            return "!" + e.value.type().name() + ": " + Abstract.str(e.value).value;
        }
    }

    public static String unescape(String s) {
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
        List<String> lines = Files.readAllLines(root().resolve("testdata/objects/table.txt"), StandardCharsets.UTF_8);
        assertTrue(lines.size() > 10000, "table too small");
        List<String> failures = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            PyObject[] args = new PyObject[f.length - 2];
            for (int i = 0; i < args.length; i++) {
                args[i] = decode(f[i + 1]);
            }
            String expected = unescape(f[f.length - 1]);
            String actual;
            try {
                actual = outcome(f[0], args);
            } catch (RuntimeException e) {
                actual = "JAVA " + e;
            }
            if (!expected.equals(actual)) {
                failures.add(line + "\n      got " + actual);
            }
        }
        assertEquals("", String.join("\n", failures.subList(0, Math.min(40, failures.size()))),
                failures.size() + " of " + lines.size() + " cases differ");
    }
}
