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
 * the C library, or from its own approximations for gamma/lgamma) must give the same kind of outcome (a value, or
 * the same exception); differing values are counted (within 4 ulps, or further), printed and bounded.
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
                    approx.computeIfAbsent(op, k -> new int[3])[0]++;
                }
                continue;
            }
            if (isApprox && expected.startsWith("=") && actual.startsWith("=")) {
                int[] c = approx.computeIfAbsent(op, k -> new int[3]);
                c[0]++;
                c[close(expected, actual) ? 1 : 2]++;
                continue;
            }
            failures.add(line + "\n      got " + actual);
        }
        StringBuilder rates = new StringBuilder("approximate functions: cases, differing by <= 4 ulps, by more:");
        int total = 0;
        int off = 0;
        int far = 0;
        for (Map.Entry<String, int[]> e : approx.entrySet()) {
            int[] c = e.getValue();
            rates.append(String.format("%n  %-10s %5d %5d %5d", e.getKey(), c[0], c[1], c[2]));
            total += c[0];
            off += c[1];
            far += c[2];
        }
        rates.append(String.format("%n  all        %5d %5d %5d", total, off, far));
        System.out.println(rates);
        failures.sort((a, b) -> Boolean.compare(a.startsWith("~"), b.startsWith("~")));
        assertEquals("", String.join("\n", failures.subList(0, Math.min(60, failures.size()))),
                failures.size() + " of " + lines.size() + " cases differ");
        assertTrue((off + far) * 10 < total, "too many approximate mismatches: " + (off + far) + " of " + total);
        assertTrue(far * 50 < total, "too many approximate results off by more than 4 ulps: " + far);
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
