package org.pyvm.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.pyvm.objects.Abstract;
import org.pyvm.objects.ObjectsTableTest;
import org.pyvm.objects.PyException;
import org.pyvm.objects.PyModule;
import org.pyvm.objects.PyObject;

/**
 * The math module against CPython 3.12's results in testdata/modules/math_table.txt (made by
 * tools/math_table.py). Exact functions must match every case. Functions marked {@code ~} (CPython takes them from
 * the C library) must give the same kind of outcome (value or the same exception); the rate of last-bit
 * differences is printed and bounded.
 */
class MathTableTest {

    private static Path root() {
        return Path.of(System.getProperty("pyvm.root", "."));
    }

    static String outcome(PyModule m, String op, PyObject[] args) {
        try {
            String name = op;
            String[] kw = null;
            int at = op.indexOf('@');
            if (at >= 0) {
                name = op.substring(0, at);
                kw = new String[] {op.substring(at + 1)};
            }
            PyObject r = Abstract.call(m.dict().getStr(name), args, kw);
            return "=" + Abstract.repr(r).value;
        } catch (PyException e) {
            return "!" + e.value.type().name() + ": " + Abstract.str(e.value).value;
        }
    }

    @Test
    void matchesCPython() throws IOException {
        PyModule m = MathModule.create();
        List<String> lines = Files.readAllLines(root().resolve("testdata/modules/math_table.txt"),
                StandardCharsets.UTF_8);
        assertTrue(lines.size() > 10000, "table too small");
        List<String> failures = new ArrayList<>();
        Map<String, int[]> approx = new TreeMap<>();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            PyObject[] args = new PyObject[f.length - 2];
            for (int i = 0; i < args.length; i++) {
                args[i] = ObjectsTableTest.decode(f[i + 1]);
            }
            boolean isApprox = f[0].startsWith("~");
            String op = isApprox ? f[0].substring(1) : f[0];
            String expected = ObjectsTableTest.unescape(f[f.length - 1]);
            String actual;
            try {
                actual = outcome(m, op, args);
            } catch (RuntimeException e) {
                actual = "JAVA " + e;
            }
            if (expected.equals(actual)) {
                if (isApprox) {
                    approx.computeIfAbsent(op, k -> new int[2])[0]++;
                }
                continue;
            }
            if (isApprox && expected.startsWith("=") && actual.startsWith("=") && close(expected, actual)) {
                int[] c = approx.computeIfAbsent(op, k -> new int[2]);
                c[0]++;
                c[1]++;
                continue;
            }
            failures.add(line + "\n      got " + actual);
        }
        StringBuilder rates = new StringBuilder("approximate functions, last-bit mismatches:");
        int total = 0;
        int off = 0;
        for (Map.Entry<String, int[]> e : approx.entrySet()) {
            rates.append(String.format("%n  %-10s %4d / %4d", e.getKey(), e.getValue()[1], e.getValue()[0]));
            total += e.getValue()[0];
            off += e.getValue()[1];
        }
        rates.append(String.format("%n  all        %4d / %4d", off, total));
        System.out.println(rates);
        assertEquals("", String.join("\n", failures.subList(0, Math.min(60, failures.size()))),
                failures.size() + " of " + lines.size() + " cases differ");
        assertTrue(off * 20 < total, "too many approximate mismatches: " + off + " of " + total);
    }

    /** Two float reprs within a few ulps (plain floats only). */
    private static boolean close(String expected, String actual) {
        try {
            double a = Double.parseDouble(expected.substring(1));
            double b = Double.parseDouble(actual.substring(1));
            if (a == b) {
                return true;
            }
            return Math.abs(a - b) <= 4 * Math.ulp(a);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
