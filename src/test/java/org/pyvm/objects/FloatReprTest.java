package org.pyvm.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** FloatRepr against CPython's repr of the doubles in testdata/floatrepr/floats.txt (tools/float_repr_data.py). */
class FloatReprTest {

    private static Path root() {
        return Path.of(System.getProperty("pyvm.root", "."));
    }

    @Test
    void matchesCPythonOnTheDataFile() throws IOException {
        List<String> lines = Files.readAllLines(root().resolve("testdata/floatrepr/floats.txt"),
                StandardCharsets.US_ASCII);
        assertTrue(lines.size() > 1000, "data file too small");
        List<String> failures = new ArrayList<>();
        for (String line : lines) {
            int space = line.indexOf(' ');
            double d = Double.longBitsToDouble(Long.parseUnsignedLong(line.substring(0, space), 16));
            String expected = line.substring(space + 1);
            String actual = FloatRepr.repr(d);
            if (!expected.equals(actual)) {
                failures.add(line.substring(0, space) + ": expected " + expected + ", got " + actual);
            }
        }
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())),
                failures.size() + " mismatches");
    }

    @Test
    void layoutExamples() {
        assertEquals("1e-05", FloatRepr.repr(1e-5));
        assertEquals("0.0001", FloatRepr.repr(1e-4));
        assertEquals("1e+16", FloatRepr.repr(1e16));
        assertEquals("1000000000000000.0", FloatRepr.repr(1e15));
        assertEquals("1.5e+300", FloatRepr.repr(1.5e300));
        assertEquals("-0.0", FloatRepr.repr(-0.0));
        assertEquals("0.0", FloatRepr.repr(0.0));
        assertEquals("inf", FloatRepr.repr(Double.POSITIVE_INFINITY));
        assertEquals("-inf", FloatRepr.repr(Double.NEGATIVE_INFINITY));
        assertEquals("nan", FloatRepr.repr(Double.NaN));
        assertEquals("0.30000000000000004", FloatRepr.repr(0.1 + 0.2));
        assertEquals("5e-324", FloatRepr.repr(Double.MIN_VALUE));
        assertEquals("1.7976931348623157e+308", FloatRepr.repr(Double.MAX_VALUE));
        assertEquals("-2.5", FloatRepr.repr(-2.5));
        assertEquals("562949953421312.2", FloatRepr.repr(562949953421312.25));  // tie: even digit
        assertEquals("562949953421312.8", FloatRepr.repr(562949953421312.75));
    }

    @Test
    void shortestDigits() {
        assertEquals(new FloatRepr.Digits("15", 1), FloatRepr.shortestDigits(1.5));
        assertEquals(new FloatRepr.Digits("15", 3), FloatRepr.shortestDigits(150.0));
        assertEquals(new FloatRepr.Digits("1", -2), FloatRepr.shortestDigits(0.001));
    }
}
