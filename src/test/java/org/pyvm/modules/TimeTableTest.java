package org.pyvm.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pyvm.objects.Abstract;
import org.pyvm.objects.ObjectsTableTest;
import org.pyvm.objects.PyException;
import org.pyvm.objects.PyFloat;
import org.pyvm.objects.PyInt;
import org.pyvm.objects.PyModule;
import org.pyvm.objects.PyObject;
import org.pyvm.objects.PyStr;
import org.pyvm.objects.PyTuple;

/**
 * The deterministic part of the time module against CPython 3.12 (testdata/modules/time_table.txt, made by
 * tools/time_table.py): gmtime, strftime and asctime on UTC struct_times, strptime. Plus properties that hold in
 * any local time zone: mktime(localtime(t)) == t, and clocks that never go backwards.
 */
class TimeTableTest {

    private static Path root() {
        return Path.of(System.getProperty("pyvm.root", "."));
    }

    private static PyObject fn(PyModule m, String name) {
        return m.dict().getStr(name);
    }

    /** A UTC struct_time (tm_zone 'GMT', tm_gmtoff 0) from its 9 fields. */
    private static PyObject utc(PyModule m, PyObject[] nine) {
        PyObject[] all = new PyObject[11];
        System.arraycopy(nine, 0, all, 0, 9);
        all[9] = PyStr.of("GMT");
        all[10] = PyInt.of(0);
        return Abstract.call(fn(m, "struct_time"), new PyTuple(all));
    }

    static String outcome(PyModule m, String op, PyObject[] a) {
        try {
            PyObject r = switch (op) {
                case "gmtime" -> Abstract.call(fn(m, "gmtime"), a[0]);
                case "strftime" -> Abstract.call(fn(m, "strftime"), a[0],
                        utc(m, java.util.Arrays.copyOfRange(a, 1, 10)));
                case "asctime" -> Abstract.call(fn(m, "asctime"), utc(m, a));
                case "strptime" -> Abstract.call(fn(m, "strptime"), a[0], a[1]);
                default -> throw new IllegalArgumentException(op);
            };
            if (r instanceof TimeModule.StructTime st) {
                r = PyTuple.of(st, Abstract.getattr(st, "tm_zone"), Abstract.getattr(st, "tm_gmtoff"));
            }
            return "=" + Abstract.repr(r).value;
        } catch (PyException e) {
            return "!" + e.value.type().name() + ": " + Abstract.str(e.value).value;
        }
    }

    @Test
    void matchesCPython() throws IOException {
        PyModule m = TimeModule.create();
        List<String> lines = Files.readAllLines(root().resolve("testdata/modules/time_table.txt"),
                StandardCharsets.UTF_8);
        assertTrue(lines.size() > 1000, "table too small");
        List<String> failures = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            PyObject[] args = new PyObject[f.length - 2];
            for (int i = 0; i < args.length; i++) {
                args[i] = ObjectsTableTest.decode(f[i + 1]);
            }
            String expected = ObjectsTableTest.unescape(f[f.length - 1]);
            String actual;
            try {
                actual = outcome(m, f[0], args);
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

    @Test
    void mktimeInvertsLocaltimeInAnyZone() {
        PyModule m = TimeModule.create();
        java.util.Random rnd = new java.util.Random(7);
        for (int i = 0; i < 2000; i++) {
            long t = rnd.nextLong() % 4_000_000_000L;
            PyObject st = Abstract.call(fn(m, "localtime"), PyInt.of(t));
            PyObject back = Abstract.call(fn(m, "mktime"), st);
            assertEquals(t, ((PyFloat) back).value, 0.0, "mktime(localtime(" + t + "))");
        }
    }

    @Test
    void clocksNeverGoBack() {
        PyModule m = TimeModule.create();
        for (String clock : new String[] {"monotonic", "perf_counter", "monotonic_ns", "perf_counter_ns",
            "process_time_ns", "thread_time_ns"}) {
            double last = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < 1000; i++) {
                double v = Abstract.asDouble(Abstract.call(fn(m, clock)));
                assertTrue(v >= last, clock + " went back");
                last = v;
            }
        }
    }

    @Test
    void sleepRejectsNegative() {
        PyModule m = TimeModule.create();
        PyException e = org.junit.jupiter.api.Assertions.assertThrows(PyException.class,
                () -> Abstract.call(fn(m, "sleep"), PyFloat.of(-1.0)));
        assertEquals("sleep length must be non-negative", Abstract.str(e.value).value);
        Abstract.call(fn(m, "sleep"), PyFloat.of(0.001));
    }

    @Test
    void structTimeRepr() {
        PyModule m = TimeModule.create();
        PyObject st = Abstract.call(fn(m, "gmtime"), PyInt.of(0));
        assertEquals("time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, "
                + "tm_yday=1, tm_isdst=0)", Abstract.repr(st).value);
        assertEquals(9L, Abstract.len(st));
        assertEquals("1970", Abstract.repr(Abstract.getitem(st, PyInt.of(0))).value);
    }
}
