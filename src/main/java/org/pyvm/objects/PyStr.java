package org.pyvm.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code str}: a Java {@code String} (UTF-16, lone surrogates allowed) seen as a sequence of code points.
 * {@code len}, indexing and slicing count code points; {@link #cpLength} is computed once, and a string with no
 * surrogate pairs (the common case: length in chars == length in code points) indexes by {@code charAt}.
 * Hash: Java's cached {@code String.hashCode}, so a dict probe with a str key costs no hashing after the first.
 * One-character strings of Latin-1 are cached.
 */
public class PyStr extends PyObject {
    public static final PyType TYPE = PyType.builtin("str", PyType.OBJECT, PyStrMethods::define);
    public static final PyStr EMPTY = new PyStr(TYPE, "");
    private static final PyStr[] LATIN1 = new PyStr[256];

    static {
        for (int i = 0; i < 256; i++) {
            LATIN1[i] = new PyStr(TYPE, String.valueOf((char) i));
        }
        PyType t = TYPE;
        t.repr = self -> of(((PyStr) self).repr());
        t.str = self -> self.type == TYPE ? self : of(((PyStr) self).value);
        t.hash = self -> ((PyStr) self).hash();
        t.len = self -> ((PyStr) self).length();
        t.richcompare = (v, w, op) -> w instanceof PyStr b
                ? PyBool.of(PyInt.cmpResult(compareCodePoints(((PyStr) v).value, b.value), op))
                : PyNotImplemented.NotImplemented;
        t.sqConcat = (v, w) -> {
            if (!(w instanceof PyStr b)) {
                throw PyException.typeError("can only concatenate str (not \"" + w.type.name + "\") to str");
            }
            return concat((PyStr) v, b);
        };
        t.sqRepeat = (v, n) -> ((PyStr) v).repeat(Abstract.asClampedIndex(n));
        t.contains = (self, x) -> {
            if (!(x instanceof PyStr s)) {
                throw PyException.typeError("'in <string>' requires string as left operand, not " + x.type.name);
            }
            return ((PyStr) self).value.contains(s.value);
        };
        t.getitem = (self, key) -> ((PyStr) self).getItem(key);
        t.nb[org.pyvm.bytecode.Operands.NB_REMAINDER] = (v, w) -> v instanceof PyStr s
                ? PrintfFormat.formatStr(s.value, w) : PyNotImplemented.NotImplemented;
        t.iter = self -> new StrIter((PyStr) self);
        t.newSlot = PyStrMethods::strNew;
        t.init = (self, args, kw) -> { };
    }

    /** The characters; never modify (Java strings cannot be). */
    public final String value;
    /** Number of code points, -1 until computed. */
    private int cpLen = -1;

    PyStr(PyType type, String value) {
        super(type);
        this.value = value;
    }

    public static PyStr of(String s) {
        if (s.length() <= 1) {
            if (s.isEmpty()) {
                return EMPTY;
            }
            char c = s.charAt(0);
            if (c < 256) {
                return LATIN1[c];
            }
        }
        return new PyStr(TYPE, s);
    }

    /** The one-code-point string {@code cp}. */
    public static PyStr ofCodePoint(int cp) {
        if (cp < 256) {
            return LATIN1[cp];
        }
        return new PyStr(TYPE, new String(Character.toChars(cp)));
    }

    /** A Python subclass of str. */
    public static final class Derived extends PyStr {
        private PyDict dict;

        Derived(PyType type, String v) {
            super(type, v);
            if (type.instancesHaveDict) {
                dict = new PyDict();
            }
        }

        @Override
        public PyDict dict() {
            return dict;
        }
    }

    /** {@code hash(s)}: never -1. */
    public final long hash() {
        int h = value.hashCode();
        return h == -1 ? -2 : h;
    }

    /** {@code len(s)} in code points. */
    public final int length() {
        int n = cpLen;
        if (n < 0) {
            n = value.codePointCount(0, value.length());
            cpLen = n;
        }
        return n;
    }

    /** True when every code point is one char (indexes are char indexes). */
    public final boolean isBmpOnly() {
        return length() == value.length();
    }

    /** The code point at code-point index {@code i} (0 <= i < length). */
    public final int codePointAt(int i) {
        if (isBmpOnly()) {
            return value.charAt(i);
        }
        return value.codePointAt(value.offsetByCodePoints(0, i));
    }

    /** Char offset of code-point index {@code i}. */
    final int offset(int i) {
        return isBmpOnly() ? i : value.offsetByCodePoints(0, i);
    }

    /** Code-point index of char offset {@code off}. */
    final int cpIndex(int off) {
        return isBmpOnly() ? off : value.codePointCount(0, off);
    }

    public static PyStr concat(PyStr a, PyStr b) {
        if (a.value.isEmpty() && b.type == TYPE) {
            return b;
        }
        if (b.value.isEmpty() && a.type == TYPE) {
            return a;
        }
        return new PyStr(TYPE, a.value.concat(b.value));
    }

    final PyStr repeat(long n) {
        if (n <= 0 || value.isEmpty()) {
            return EMPTY;
        }
        if (n == 1 && type == TYPE) {
            return this;
        }
        if ((long) value.length() * n > Integer.MAX_VALUE - 8) {
            throw PyException.of(PyBaseException.MemoryError, (String) null);
        }
        return of(value.repeat((int) n));
    }

    /** Compares by code point (UTF-16 order differs for supplementary characters). */
    static int compareCodePoints(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    PyObject getItem(PyObject key) {
        if (key instanceof PyInt k) {
            int n = length();
            long i = k.isSmall() ? k.longValue() : (k.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE);
            if (i < 0) {
                i += n;
            }
            if (i < 0 || i >= n) {
                throw PyException.indexError("string index out of range");
            }
            return ofCodePoint(codePointAt((int) i));
        }
        if (key instanceof PySlice s) {
            long[] r = s.indices(length());
            return slice((int) r[0], (int) r[1], (int) r[2], (int) r[3]);
        }
        if (key.type.index != null) {
            return getItem(Abstract.index(key));
        }
        throw PyException.typeError("string indices must be integers, not '" + key.type.name + "'");
    }

    /** The slice with normalized start, stop, step and length (see {@link PySlice#indices}). */
    public final PyStr slice(int start, int stop, int step, int len) {
        if (len <= 0) {
            return EMPTY;
        }
        if (step == 1) {
            if (len == length() && type == TYPE) {
                return this;
            }
            return of(value.substring(offset(start), offset(start) + (isBmpOnly() ? len
                    : value.offsetByCodePoints(offset(start), len) - offset(start))));
        }
        StringBuilder sb = new StringBuilder(len);
        for (int k = 0, i = start; k < len; k++, i += step) {
            sb.appendCodePoint(codePointAt(i));
        }
        return of(sb.toString());
    }

    // ------------------------------------------------------------------ repr

    /** {@code repr(s)} exactly as CPython: quote choice, escapes, non-printable characters. */
    public final String repr() {
        return reprOf(value);
    }

    /** {@code repr(s)}: one implementation, shared with the disassembler's constants. */
    public static String reprOf(String s) {
        return org.pyvm.bytecode.Constants.strRepr(s);
    }

    private static void hex(StringBuilder sb, String prefix, int cp, int width) {
        sb.append(prefix);
        String h = Integer.toHexString(cp);
        for (int k = h.length(); k < width; k++) {
            sb.append('0');
        }
        sb.append(h);
    }

    /** {@code ascii()} of a repr: every non-ASCII code point escaped. */
    static String asciiEscape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                sb.append((char) cp);
            } else if (cp <= 0xff) {
                hex(sb, "\\x", cp, 2);
            } else if (cp <= 0xffff) {
                hex(sb, "\\u", cp, 4);
            } else {
                hex(sb, "\\U", cp, 8);
            }
        }
        return sb.toString();
    }

    /** {@code str.isprintable()} for one code point: not a control, format, surrogate, private-use, unassigned,
     *  line/paragraph separator or non-ASCII space. */
    public static boolean isPrintable(int cp) {
        return org.pyvm.bytecode.Constants.isPrintable(cp);
    }

    /** {@code str.isspace()} for one character (Python's notion: Unicode spaces, \x1c-\x1f, \x85). */
    public static boolean isSpace(int c) {
        if (c < 128) {
            return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
        }
        return c == 0x85 || Character.isSpaceChar(c);
    }

    /** The str iterator ({@code str_ascii_iterator} / {@code str_iterator}): never throws at the end. */
    static final class StrIter extends PyObject {
        static final PyType TYPE = PyType.builtin("str_iterator", PyType.OBJECT, t -> { }).notSubclassable();
        /** The same iterator over an all-ASCII string (CPython's name for it). */
        static final PyType ASCII_TYPE = PyType.builtin("str_ascii_iterator", PyType.OBJECT, t -> { })
                .notSubclassable();

        static {
            ASCII_TYPE.iter = self -> self;
            TYPE.iter = self -> self;
            ASCII_TYPE.next = self -> TYPE.next.apply(self);
            TYPE.next = self -> {
                StrIter it = (StrIter) self;
                String v = it.s;
                if (it.pos >= v.length()) {
                    return null;
                }
                int cp = v.codePointAt(it.pos);
                it.pos += Character.charCount(cp);
                return ofCodePoint(cp);
            };
        }

        final String s;
        int pos;

        StrIter(PyStr s) {
            super(isAscii(s.value) ? ASCII_TYPE : TYPE);
            this.s = s.value;
        }
    }

    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** Splits on runs of Python whitespace ({@code str.split()} with no separator). */
    static List<PyObject> splitWhitespace(String s, long maxsplit) {
        List<PyObject> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (true) {
            while (i < n && isSpace(s.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            if (maxsplit >= 0 && out.size() >= maxsplit) {
                out.add(of(s.substring(i)));
                break;
            }
            int j = i;
            while (j < n && !isSpace(s.charAt(j))) {
                j++;
            }
            out.add(of(s.substring(i, j)));
            i = j;
        }
        return out;
    }
}
