package org.pyvm.objects;

import java.util.ArrayList;
import java.util.List;

/** The methods of {@code str} ({@code join}, {@code split}, the strip family, ...) and {@code str()} itself. */
final class PyStrMethods {
    private PyStrMethods() {
    }

    static PyObject strNew(PyType cls, PyObject[] args, String[] kw) {
        int npos = args.length - (kw == null ? 0 : kw.length);
        PyObject obj = npos > 0 ? args[0] : null;
        PyObject encoding = npos > 1 ? args[1] : null;
        PyObject errors = npos > 2 ? args[2] : null;
        if (npos > 3) {
            throw PyException.typeError("str() takes at most 3 arguments (" + npos + " given)");
        }
        for (int k = 0; kw != null && k < kw.length; k++) {
            PyObject v = args[npos + k];
            switch (kw[k]) {
                case "object" -> obj = v;
                case "encoding" -> encoding = v;
                case "errors" -> errors = v;
                default -> throw PyException.typeError("'" + kw[k] + "' is an invalid keyword argument for str()");
            }
        }
        String s;
        if (obj == null) {
            s = "";
        } else if (encoding == null && errors == null) {
            s = Abstract.str(obj).value;
        } else if (BytesMethods.bytesOrNull(obj) != null) {
            s = Codecs.decode(BytesMethods.bytesOrNull(obj), encoding == null ? "utf-8"
                    : strParam(encoding, "encoding"), errors == null ? "strict" : strParam(errors, "errors"));
        } else if (obj instanceof PyStr) {
            throw PyException.typeError("decoding str is not supported");
        } else {
            throw PyException.typeError("decoding to str: need a bytes-like object, " + obj.type.name + " found");
        }
        return cls == PyStr.TYPE ? PyStr.of(s) : new PyStr.Derived(cls, s);
    }

    private static String strParam(PyObject o, String param) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        throw PyException.typeError("str() argument '" + param + "' must be str, not " + o.type.name);
    }

    private static String arg(PyObject o, String fn) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        throw PyException.typeError("must be str, not " + o.type.name);
    }

    /** A str argument of a one-argument method ("removeprefix() argument must be str, not int"). */
    private static String argNamed(PyObject o, String fn) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        throw PyException.typeError(fn + "() argument must be str, not " + o.type.name);
    }

    private static String chars(PyObject o, String fn) {
        if (o == null || o == PyNone.None) {
            return null;
        }
        if (o instanceof PyStr s) {
            return s.value;
        }
        throw PyException.typeError(fn + " arg must be None or str");
    }

    private static String v(PyObject self) {
        return ((PyStr) self).value;
    }

    static void define(PyType t) {
        t.define("join", PyMethodDescr.of(t, "join", (self, it) -> join(v(self), it)));
        t.define("split", PyMethodDescr.withKeywords(t, "split", 0, 0, new String[] {"sep", "maxsplit"},
                (self, a) -> split(v(self), a[0], a[1] == null ? -1 : Abstract.asLong(a[1]))));
        t.define("rsplit", PyMethodDescr.withKeywords(t, "rsplit", 0, 0, new String[] {"sep", "maxsplit"},
                (self, a) -> rsplit(v(self), a[0], a[1] == null ? -1 : Abstract.asLong(a[1]))));
        t.define("strip", PyMethodDescr.of(t, "strip", 0, 1,
                (PyMethodDescr.Fn.F1) (self, c) -> PyStr.of(strip(v(self), chars(c, "strip"), true, true))));
        t.define("lstrip", PyMethodDescr.of(t, "lstrip", 0, 1,
                (PyMethodDescr.Fn.F1) (self, c) -> PyStr.of(strip(v(self), chars(c, "lstrip"), true, false))));
        t.define("rstrip", PyMethodDescr.of(t, "rstrip", 0, 1,
                (PyMethodDescr.Fn.F1) (self, c) -> PyStr.of(strip(v(self), chars(c, "rstrip"), false, true))));
        t.define("replace", PyMethodDescr.of(t, "replace", 2, 3, (PyMethodDescr.Fn.FA) (self, a) ->
                replace(v(self), arg(a[0], "replace"), arg(a[1], "replace"), a[2] == null ? -1
                        : Abstract.asLong(a[2]))));
        t.define("find", PyMethodDescr.of(t, "find", 1, 3, (PyMethodDescr.Fn.FA) (self, a) ->
                PyInt.of(find((PyStr) self, a, false))));
        t.define("rfind", PyMethodDescr.of(t, "rfind", 1, 3, (PyMethodDescr.Fn.FA) (self, a) ->
                PyInt.of(find((PyStr) self, a, true))));
        t.define("index", PyMethodDescr.of(t, "index", 1, 3, (PyMethodDescr.Fn.FA) (self, a) -> {
            int r = find((PyStr) self, a, false);
            if (r < 0) {
                throw PyException.valueError("substring not found");
            }
            return PyInt.of(r);
        }));
        t.define("rindex", PyMethodDescr.of(t, "rindex", 1, 3, (PyMethodDescr.Fn.FA) (self, a) -> {
            int r = find((PyStr) self, a, true);
            if (r < 0) {
                throw PyException.valueError("substring not found");
            }
            return PyInt.of(r);
        }));
        t.define("count", PyMethodDescr.of(t, "count", 1, 3, (PyMethodDescr.Fn.FA) (self, a) -> {
            PyStr s = (PyStr) self;
            String sub = arg(a[0], "count");
            int[] r = range(s, a[1], a[2]);
            if (r == null || r.length == 3) {
                return PyInt.of(0);
            }
            String hay = s.value.substring(r[0], r[1]);
            if (sub.isEmpty()) {
                return PyInt.of(hay.codePointCount(0, hay.length()) + 1);
            }
            int c = 0;
            for (int i = hay.indexOf(sub); i >= 0; i = hay.indexOf(sub, i + sub.length())) {
                c++;
            }
            return PyInt.of(c);
        }));
        t.define("startswith", PyMethodDescr.of(t, "startswith", 1, 3, (PyMethodDescr.Fn.FA) (self, a) ->
                affix((PyStr) self, a, true)));
        t.define("endswith", PyMethodDescr.of(t, "endswith", 1, 3, (PyMethodDescr.Fn.FA) (self, a) ->
                affix((PyStr) self, a, false)));
        t.define("upper", PyMethodDescr.of(t, "upper", self -> PyStr.of(v(self).toUpperCase(java.util.Locale.ROOT))));
        t.define("lower", PyMethodDescr.of(t, "lower", self -> PyStr.of(v(self).toLowerCase(java.util.Locale.ROOT))));
        t.define("casefold", PyMethodDescr.of(t, "casefold",
                self -> {
                    StringBuilder sb = new StringBuilder();
                    v(self).codePoints().forEach(cp -> sb.append(new String(Character.toChars(cp))
                            .toUpperCase(java.util.Locale.ROOT).toLowerCase(java.util.Locale.ROOT)));
                    return PyStr.of(sb.toString());
                }));
        t.define("swapcase", PyMethodDescr.of(t, "swapcase", self -> {
            StringBuilder sb = new StringBuilder();
            String str = v(self);
            for (int i = 0; i < str.length(); ) {
                int cp = str.codePointAt(i);
                if (Character.isUpperCase(cp)) {
                    sb.append(lowerAt(str, i));
                } else if (Character.isLowerCase(cp)) {
                    sb.append(new String(Character.toChars(cp)).toUpperCase(java.util.Locale.ROOT));
                } else {
                    sb.appendCodePoint(cp);
                }
                i += Character.charCount(cp);
            }
            return PyStr.of(sb.toString());
        }));
        t.define("capitalize", PyMethodDescr.of(t, "capitalize", self -> {
            String s = v(self);
            if (s.isEmpty()) {
                return PyStr.EMPTY;
            }
            int cp = s.codePointAt(0);
            int n = Character.charCount(cp);
            return PyStr.of(titleOf(cp) + s.substring(n).toLowerCase(java.util.Locale.ROOT));
        }));
        t.define("title", PyMethodDescr.of(t, "title", self -> {
            StringBuilder sb = new StringBuilder();
            boolean prevCased = false;
            String s = v(self);
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                boolean cased = Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp);
                if (prevCased) {
                    sb.append(lowerAt(s, i - Character.charCount(cp)));
                } else {
                    sb.append(titleOf(cp));
                }
                prevCased = cased;
            }
            return PyStr.of(sb.toString());
        }));
        t.define("isdigit", pred(t, "isdigit", cp -> Character.isDigit(cp) || Character.getType(cp)
                == Character.OTHER_NUMBER && Character.getNumericValue(cp) >= 0 && Character.getNumericValue(cp) <= 9));
        t.define("isdecimal", pred(t, "isdecimal", cp -> Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER));
        t.define("isnumeric", pred(t, "isnumeric", cp -> {
            int ty = Character.getType(cp);
            return ty == Character.DECIMAL_DIGIT_NUMBER || ty == Character.OTHER_NUMBER
                    || ty == Character.LETTER_NUMBER || Character.getNumericValue(cp) != -1 && Character.isIdeographic(cp);
        }));
        t.define("isalpha", pred(t, "isalpha", Character::isLetter));
        t.define("isalnum", pred(t, "isalnum", cp -> Character.isLetterOrDigit(cp)
                || Character.getType(cp) == Character.OTHER_NUMBER || Character.getType(cp) == Character.LETTER_NUMBER));
        t.define("isspace", pred(t, "isspace", PyStr::isSpace));
        t.define("isascii", PyMethodDescr.of(t, "isascii", self -> PyBool.of(v(self).chars().allMatch(c -> c < 128))));
        t.define("isprintable", PyMethodDescr.of(t, "isprintable",
                self -> PyBool.of(v(self).codePoints().allMatch(PyStr::isPrintable))));
        t.define("isupper", PyMethodDescr.of(t, "isupper", self -> cased(v(self), true)));
        t.define("islower", PyMethodDescr.of(t, "islower", self -> cased(v(self), false)));
        t.define("isidentifier", PyMethodDescr.of(t, "isidentifier",
                self -> PyBool.of(Layouts.isIdentifier(v(self)))));
        t.define("partition", PyMethodDescr.of(t, "partition", (self, sep) -> partition(v(self), arg(sep, ""), false)));
        t.define("rpartition", PyMethodDescr.of(t, "rpartition",
                (self, sep) -> partition(v(self), arg(sep, ""), true)));
        t.define("splitlines", PyMethodDescr.withKeywords(t, "splitlines", 0, 0, new String[] {"keepends"},
                (self, a) -> splitlines(v(self), a[0] != null && Abstract.isTrue(a[0]))));
        t.define("center", PyMethodDescr.of(t, "center", 1, 2, (PyMethodDescr.Fn.FA) (self, a) -> pad((PyStr) self,
                a, 'c')));
        t.define("ljust", PyMethodDescr.of(t, "ljust", 1, 2, (PyMethodDescr.Fn.FA) (self, a) -> pad((PyStr) self,
                a, 'l')));
        t.define("rjust", PyMethodDescr.of(t, "rjust", 1, 2, (PyMethodDescr.Fn.FA) (self, a) -> pad((PyStr) self,
                a, 'r')));
        t.define("zfill", PyMethodDescr.of(t, "zfill", (self, w) -> {
            PyStr s = (PyStr) self;
            long width = Abstract.asLong(w);
            int n = s.length();
            if (width <= n) {
                return PyStr.of(s.value);
            }
            String v = s.value;
            String sign = "";
            if (!v.isEmpty() && (v.charAt(0) == '+' || v.charAt(0) == '-')) {
                sign = v.substring(0, 1);
                v = v.substring(1);
            }
            return PyStr.of(sign + "0".repeat((int) (width - n)) + v);
        }));
        t.define("removeprefix", PyMethodDescr.of(t, "removeprefix", (self, p) -> {
            String s = v(self);
            String pre = argNamed(p, "removeprefix");
            return PyStr.of(s.startsWith(pre) ? s.substring(pre.length()) : s);
        }));
        t.define("removesuffix", PyMethodDescr.of(t, "removesuffix", (self, p) -> {
            String s = v(self);
            String suf = argNamed(p, "removesuffix");
            return PyStr.of(!suf.isEmpty() && s.endsWith(suf) ? s.substring(0, s.length() - suf.length()) : s);
        }));
        t.define("expandtabs", PyMethodDescr.withKeywords(t, "expandtabs", 0, 0, new String[] {"tabsize"},
                (self, a) -> {
                    long ts = a[0] == null ? 8 : Abstract.asLong(a[0]);
                    StringBuilder sb = new StringBuilder();
                    int col = 0;
                    for (char c : v(self).toCharArray()) {
                        if (c == '\t') {
                            if (ts > 0) {
                                int sp = (int) (ts - col % ts);
                                sb.append(" ".repeat(sp));
                                col += sp;
                            }
                        } else {
                            sb.append(c);
                            col = (c == '\n' || c == '\r') ? 0 : col + 1;
                        }
                    }
                    return PyStr.of(sb.toString());
                }));
        t.define("encode", PyMethodDescr.withKeywords(t, "encode", 0, 0, new String[] {"encoding", "errors"},
                (self, a) -> PyBytes.encode(v(self), a[0] == null ? "utf-8"
                        : BytesMethods.strArg(a[0], "encode", "encoding"), a[1] == null ? "strict"
                        : BytesMethods.strArg(a[1], "encode", "errors"))));
        t.define("__format__", PyMethodDescr.of(t, "__format__", (self, spec) -> PyStr.of(
                NumberFormat.formatStr(v(self), arg(spec, "__format__")))));
        t.define("format", PyMethodDescr.of(t, "format", 0, 0,
                (PyMethodDescr.Fn.Full) (self, args, kw) -> StrFormat.format(v(self), args, kw)));
        t.define("format_map", PyMethodDescr.of(t, "format_map", (self, m) -> StrFormat.formatMap(v(self), m)));
        t.define("istitle", PyMethodDescr.of(t, "istitle", self -> PyBool.of(isTitle(v(self)))));
        t.define("__getnewargs__", PyMethodDescr.of(t, "__getnewargs__", self -> PyTuple.of(PyStr.of(v(self)))));
        t.define("maketrans", new PyStaticMethod(PyBuiltinFunction.function("maketrans", 1, 3,
                (PyMethodDescr.Fn.FA) (self, a) -> maketrans(a))));
        t.define("translate", PyMethodDescr.of(t, "translate", (self, table) -> {
            StringBuilder sb = new StringBuilder();
            String s = v(self);
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                PyObject r;
                try {
                    r = Abstract.getitem(table, PyInt.of(cp));
                } catch (PyException e) {
                    if (!e.matches(PyBaseException.LookupError)) {
                        throw e;
                    }
                    sb.appendCodePoint(cp);
                    continue;
                }
                if (r == PyNone.None) {
                    continue;
                }
                if (r instanceof PyInt ri) {
                    sb.appendCodePoint((int) ri.longValue());
                } else if (r instanceof PyStr rs) {
                    sb.append(rs.value);
                } else {
                    throw PyException.typeError("character mapping must return integer, None or str");
                }
            }
            return PyStr.of(sb.toString());
        }));
    }

    /** The lowercase of the code point at char offset {@code i} of {@code s}, with the final-sigma rule: a capital
     *  sigma after a cased letter and not before one (case-ignorable characters skipped) becomes {@code 'ς'}. */
    static String lowerAt(String s, int i) {
        int cp = s.codePointAt(i);
        if (cp != 0x3a3) {
            return new String(Character.toChars(cp)).toLowerCase(java.util.Locale.ROOT);
        }
        return finalSigma(s, i) ? "ς" : "σ";
    }

    private static boolean finalSigma(String s, int i) {
        int j = i;
        boolean before = false;
        while (j > 0) {
            int cp = s.codePointBefore(j);
            j -= Character.charCount(cp);
            if (!caseIgnorable(cp)) {
                before = isCased(cp);
                break;
            }
        }
        if (!before) {
            return false;
        }
        j = i + 1;
        while (j < s.length()) {
            int cp = s.codePointAt(j);
            j += Character.charCount(cp);
            if (!caseIgnorable(cp)) {
                return !isCased(cp);
            }
        }
        return true;
    }

    private static boolean isCased(int cp) {
        return Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp);
    }

    private static boolean caseIgnorable(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.FORMAT
                || t == Character.MODIFIER_LETTER || t == Character.MODIFIER_SYMBOL || cp == '\'' || cp == '.'
                || cp == ':' || cp == 0xb7 || cp == 0x2019;
    }

    /** The full titlecase mapping of one code point ({@code 'ß'} → {@code "Ss"}, {@code 'ﬁ'} → {@code "Fi"}). */
    static String titleOf(int cp) {
        int t = Character.toTitleCase(cp);
        if (t != cp || Character.isTitleCase(cp)) {
            return new String(Character.toChars(t));
        }
        String up = new String(Character.toChars(cp)).toUpperCase(java.util.Locale.ROOT);
        if (up.codePointCount(0, up.length()) > 1 && isCased(up.codePointAt(0))) {
            int n = Character.charCount(up.codePointAt(0));
            return up.substring(0, n) + up.substring(n).toLowerCase(java.util.Locale.ROOT);
        }
        return up;
    }

    /** {@code str.istitle()}: cased characters only after uncased ones when upper/titlecase, after cased ones
     *  when lowercase; at least one cased character. */
    static boolean isTitle(String s) {
        boolean cased = false;
        boolean prevCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                if (prevCased) {
                    return false;
                }
                prevCased = true;
                cased = true;
            } else if (Character.isLowerCase(cp)) {
                if (!prevCased) {
                    return false;
                }
                prevCased = true;
                cased = true;
            } else {
                prevCased = false;
            }
        }
        return cased;
    }

    private static PyObject maketrans(PyObject[] a) {
        PyDict d = new PyDict();
        if (a[1] == null) {
            if (!(a[0] instanceof PyDict src)) {
                throw PyException.typeError("if you give only one argument to maketrans it must be a dict");
            }
            for (PyObject[] kv : src.itemsArray()) {
                PyObject k = kv[0];
                if (k instanceof PyStr ks) {
                    if (ks.length() != 1) {
                        throw PyException.valueError("string keys in translate table must be of length 1");
                    }
                    k = PyInt.of(ks.codePointAt(0));
                }
                d.setItem(k, kv[1]);
            }
            return d;
        }
        PyStr x = (PyStr) a[0];
        PyStr y = (PyStr) a[1];
        if (x.length() != y.length()) {
            throw PyException.valueError("the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < x.length(); i++) {
            d.setItem(PyInt.of(x.codePointAt(i)), PyInt.of(y.codePointAt(i)));
        }
        if (a[2] != null) {
            PyStr z = (PyStr) a[2];
            for (int i = 0; i < z.length(); i++) {
                d.setItem(PyInt.of(z.codePointAt(i)), PyNone.None);
            }
        }
        return d;
    }

    private interface CpPred {
        boolean test(int cp);
    }

    private static PyMethodDescr pred(PyType t, String name, CpPred p) {
        return PyMethodDescr.of(t, name, self -> {
            String s = v(self);
            if (s.isEmpty()) {
                return PyBool.False;
            }
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                if (!p.test(cp)) {
                    return PyBool.False;
                }
            }
            return PyBool.True;
        });
    }

    private static PyObject cased(String s, boolean upper) {
        boolean any = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (upper ? Character.isLowerCase(cp) || Character.isTitleCase(cp) : Character.isUpperCase(cp)
                    || Character.isTitleCase(cp)) {
                return PyBool.False;
            }
            any |= upper ? Character.isUpperCase(cp) : Character.isLowerCase(cp);
        }
        return PyBool.of(any);
    }

    static PyStr join(String sep, PyObject iterable) {
        PyObject[] items = Abstract.toArray(iterable);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyStr s)) {
                throw PyException.typeError("sequence item " + i + ": expected str instance, " + items[i].type.name
                        + " found");
            }
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(s.value);
        }
        return PyStr.of(sb.toString());
    }

    static PyList split(String s, PyObject sepObj, long maxsplit) {
        if (sepObj == null || sepObj == PyNone.None) {
            return new PyList(PyStr.splitWhitespace(s, maxsplit));
        }
        String sep = arg(sepObj, "split");
        if (sep.isEmpty()) {
            throw PyException.valueError("empty separator");
        }
        List<PyObject> out = new ArrayList<>();
        int i = 0;
        while (maxsplit < 0 || out.size() < maxsplit) {
            int j = s.indexOf(sep, i);
            if (j < 0) {
                break;
            }
            out.add(PyStr.of(s.substring(i, j)));
            i = j + sep.length();
        }
        out.add(PyStr.of(s.substring(i)));
        return new PyList(out);
    }

    static PyList rsplit(String s, PyObject sepObj, long maxsplit) {
        List<PyObject> out = new ArrayList<>();
        if (sepObj == null || sepObj == PyNone.None) {
            int end = s.length();
            while (true) {
                while (end > 0 && PyStr.isSpace(s.charAt(end - 1))) {
                    end--;
                }
                if (end == 0) {
                    break;
                }
                if (maxsplit >= 0 && out.size() >= maxsplit) {
                    out.add(PyStr.of(s.substring(0, end)));
                    break;
                }
                int j = end;
                while (j > 0 && !PyStr.isSpace(s.charAt(j - 1))) {
                    j--;
                }
                out.add(PyStr.of(s.substring(j, end)));
                end = j;
            }
        } else {
            String sep = arg(sepObj, "rsplit");
            if (sep.isEmpty()) {
                throw PyException.valueError("empty separator");
            }
            int end = s.length();
            while (maxsplit < 0 || out.size() < maxsplit) {
                int j = s.lastIndexOf(sep, end - sep.length());
                if (j < 0) {
                    break;
                }
                out.add(PyStr.of(s.substring(j + sep.length(), end)));
                end = j;
            }
            out.add(PyStr.of(s.substring(0, end)));
        }
        java.util.Collections.reverse(out);
        return new PyList(out);
    }

    static String strip(String s, String chars, boolean left, boolean right) {
        int i = 0;
        int j = s.length();
        if (chars == null) {
            while (left && i < j && PyStr.isSpace(s.charAt(i))) {
                i++;
            }
            while (right && j > i && PyStr.isSpace(s.charAt(j - 1))) {
                j--;
            }
        } else {
            while (left && i < j && chars.indexOf(s.codePointAt(i)) >= 0) {
                i += Character.charCount(s.codePointAt(i));
            }
            while (right && j > i && chars.indexOf(s.codePointBefore(j)) >= 0) {
                j -= Character.charCount(s.codePointBefore(j));
            }
        }
        return s.substring(i, j);
    }

    static PyStr replace(String s, String old, String rep, long count) {
        if (count < 0) {
            if (old.isEmpty()) {
                StringBuilder sb = new StringBuilder(rep);
                s.codePoints().forEach(cp -> sb.appendCodePoint(cp).append(rep));
                return PyStr.of(sb.toString());
            }
            return PyStr.of(s.replace(old, rep));
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        long done = 0;
        if (old.isEmpty()) {
            for (int k = 0; k < s.length(); ) {
                if (done < count) {
                    sb.append(rep);
                    done++;
                }
                int cp = s.codePointAt(k);
                sb.appendCodePoint(cp);
                k += Character.charCount(cp);
            }
            if (done < count) {
                sb.append(rep);
            }
            return PyStr.of(sb.toString());
        }
        while (done < count) {
            int j = s.indexOf(old, i);
            if (j < 0) {
                break;
            }
            sb.append(s, i, j).append(rep);
            i = j + old.length();
            done++;
        }
        sb.append(s, i, s.length());
        return PyStr.of(sb.toString());
    }

    /** The char range [start, end) of optional code-point bounds, or null when empty beyond the end. */
    private static int[] range(PyStr s, PyObject start, PyObject end) {
        int n = s.length();
        long st = start == null || start == PyNone.None ? 0 : Abstract.asClampedIndex(start);
        long en = end == null || end == PyNone.None ? n : Abstract.asClampedIndex(end);
        if (st < 0) {
            st = Math.max(0, st + n);
        }
        if (en < 0) {
            en = Math.max(0, en + n);
        }
        en = Math.min(en, n);
        if (st > n) {
            return null;
        }
        if (en < st) {
            return new int[] {s.offset((int) st), s.offset((int) st), -1};
        }
        return new int[] {s.offset((int) st), s.offset((int) en)};
    }

    private static int find(PyStr s, PyObject[] a, boolean reverse) {
        String sub = arg(a[0], "find");
        int[] r = range(s, a[1], a[2]);
        if (r == null || r.length == 3) {
            return -1;
        }
        String v = s.value;
        int idx;
        if (reverse) {
            idx = v.lastIndexOf(sub, r[1] - sub.length());
            if (idx < r[0]) {
                return -1;
            }
        } else {
            idx = v.indexOf(sub, r[0]);
            if (idx < 0 || idx + sub.length() > r[1]) {
                return -1;
            }
        }
        return s.cpIndex(idx);
    }

    private static PyObject affix(PyStr s, PyObject[] a, boolean prefix) {
        int[] r = range(s, a[1], a[2]);
        String name = prefix ? "startswith" : "endswith";
        PyObject[] cands;
        if (a[0] instanceof PyTuple t) {
            cands = t.toArray();
        } else if (a[0] instanceof PyStr) {
            cands = new PyObject[] {a[0]};
        } else {
            throw PyException.typeError(name + " first arg must be str or a tuple of str, not " + a[0].type.name);
        }
        for (PyObject c : cands) {
            if (!(c instanceof PyStr cs)) {
                throw PyException.typeError("tuple for " + name + " must only contain str, not " + c.type.name);
            }
            if (r == null || r.length == 3) {
                continue;
            }
            String hay = s.value.substring(r[0], r[1]);
            if (prefix ? hay.startsWith(cs.value) : hay.endsWith(cs.value)) {
                return PyBool.True;
            }
        }
        return PyBool.False;
    }

    private static PyTuple partition(String s, String sep, boolean reverse) {
        if (sep.isEmpty()) {
            throw PyException.valueError("empty separator");
        }
        int i = reverse ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (i < 0) {
            return reverse ? PyTuple.of(PyStr.EMPTY, PyStr.EMPTY, PyStr.of(s))
                    : PyTuple.of(PyStr.of(s), PyStr.EMPTY, PyStr.EMPTY);
        }
        return PyTuple.of(PyStr.of(s.substring(0, i)), PyStr.of(sep), PyStr.of(s.substring(i + sep.length())));
    }

    private static PyList splitlines(String s, boolean keepends) {
        List<PyObject> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            int j = i;
            while (j < n && !isLineBreak(s.charAt(j))) {
                j++;
            }
            int eol = j;
            if (j < n) {
                if (s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n') {
                    j += 2;
                } else {
                    j++;
                }
            }
            out.add(PyStr.of(s.substring(i, keepends ? j : eol)));
            i = j;
        }
        return new PyList(out);
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e
                || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    private static PyObject pad(PyStr s, PyObject[] a, char how) {
        long width = Abstract.asLong(a[0]);
        String fill = " ";
        if (a[1] != null) {
            if (!(a[1] instanceof PyStr f) || f.length() != 1) {
                throw PyException.typeError("The fill character must be exactly one character long");
            }
            fill = f.value;
        }
        int n = s.length();
        if (width <= n) {
            return PyStr.of(s.value);
        }
        int total = (int) (width - n);
        int left = switch (how) {
            case 'l' -> 0;
            case 'r' -> total;
            default -> total / 2 + (total & (int) width & 1);
        };
        return PyStr.of(fill.repeat(left) + s.value + fill.repeat(total - left));
    }
}
