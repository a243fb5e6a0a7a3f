package org.pyvm.bytecode;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ConstantsTest {
    @Test
    void floatReprIsPythons() {
        String[][] cases = {
                {"0.1", "0.1"}, {"1e16", "1e+16"}, {"1e15", "1000000000000000.0"}, {"1e-5", "1e-05"},
                {"0.0001", "0.0001"}, {"123456789012345678", "1.2345678901234568e+17"}, {"-0.0", "-0.0"},
                {"100", "100.0"}, {"1.5", "1.5"}, {"5e-324", "5e-324"}, {"1.7976931348623157e308",
                "1.7976931348623157e+308"}, {"0.30000000000000004", "0.30000000000000004"}, {"2.5e-7", "2.5e-07"},
                {"12345.678", "12345.678"},
        };
        for (String[] c : cases) {
            assertEquals(c[1], Constants.repr(Double.parseDouble(c[0])), c[0]);
        }
        assertEquals("inf", Constants.repr(Double.POSITIVE_INFINITY));
        assertEquals("-inf", Constants.repr(Double.NEGATIVE_INFINITY));
        assertEquals("nan", Constants.repr(Double.NaN));
    }

    @Test
    void complexReprIsPythons() {
        assertEquals("(1+2j)", Constants.repr(new Constants.Complex(1, 2)));
        assertEquals("1j", Constants.repr(new Constants.Complex(0, 1)));
        assertEquals("(-0+1j)", Constants.repr(new Constants.Complex(-0.0, 1)));
        assertEquals("(1.5-0j)", Constants.repr(new Constants.Complex(1.5, -0.0)));
        assertEquals("(1e+16+infj)", Constants.repr(new Constants.Complex(1e16, Double.POSITIVE_INFINITY)));
        assertEquals("(nan+nanj)", Constants.repr(new Constants.Complex(Double.NaN, Double.NaN)));
    }

    @Test
    void strAndBytesReprArePythons() {
        assertEquals("'abc'", Constants.repr("abc"));
        assertEquals("\"it's\"", Constants.repr("it's"));
        assertEquals("'it\\'s \"q\"'", Constants.repr("it's \"q\""));
        assertEquals("'a\\nb\\t\\\\\\x00\\x7f'", Constants.repr("a\nb\t\\\0\u007f"));
        assertEquals("'é😀'", Constants.repr("é😀"));
        assertEquals("'\\x85\\xa0\\u2028\\udc80\\U000e0001'", Constants.repr("\u0085\u00a0\u2028\udc80\udb40\udc01"));
        assertEquals("b'a\\'\\x00\\xff'", Constants.repr(new Constants.Bytes(new byte[]{'a', '\'', '"', 0, (byte) 255}))
                .replace("\"", ""));
        assertEquals("b\"'\"", Constants.repr(new Constants.Bytes(new byte[]{'\''})));
    }

    @Test
    void containerReprs() {
        assertEquals("()", Constants.repr(Constants.Tuple.of()));
        assertEquals("(1,)", Constants.repr(Constants.Tuple.of(1L)));
        assertEquals("(None, Ellipsis, True, 'x')",
                Constants.repr(Constants.Tuple.of(Constants.NONE, Constants.ELLIPSIS, true, "x")));
        assertEquals("frozenset()", Constants.repr(new Constants.FrozenSet(List.of())));
        assertEquals("frozenset({1, 2.0})", Constants.repr(new Constants.FrozenSet(List.of(1L, 2.0))));
    }

    @Test
    void normalizeMakesIntsCanonical() {
        assertEquals(5L, Constants.normalize(5));
        assertEquals(5L, Constants.normalize(BigInteger.valueOf(5)));
        assertEquals(Long.MIN_VALUE, Constants.normalize(BigInteger.valueOf(Long.MIN_VALUE)));
        BigInteger big = BigInteger.ONE.shiftLeft(63);
        assertEquals(big, Constants.normalize(big));
        assertEquals(Constants.Tuple.of(1L, Constants.Tuple.of(2L)),
                Constants.normalize(Constants.Tuple.of(1, Constants.Tuple.of(BigInteger.TWO))));
        assertThrows(IllegalArgumentException.class, () -> Constants.normalize(null));
        assertThrows(IllegalArgumentException.class, () -> Constants.normalize(new Object()));
    }

    @Test
    void equalityKeepsPythonDistinctConstantsApart() {
        assertNotEquals(Constants.Tuple.of(1L), Constants.Tuple.of(1.0));
        assertNotEquals(Constants.Tuple.of(1L), Constants.Tuple.of(true));
        assertNotEquals(Constants.Tuple.of(0.0), Constants.Tuple.of(-0.0));
        assertEquals(new Constants.Complex(Double.NaN, 0), new Constants.Complex(Double.NaN, 0));
        assertNotEquals(new Constants.Complex(0.0, 0), new Constants.Complex(-0.0, 0));
        assertEquals(new Constants.Bytes(new byte[]{1}), new Constants.Bytes(new byte[]{1}));
    }
}
