package org.pyvm.objects;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The format-spec mini-language ({@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}) for
 * {@code int.__format__}, {@code float.__format__} and {@code str.__format__}. Rounding is of the exact binary
 * value, half to even, as CPython's dtoa-based formatting.
 */
final class NumberFormat {
    private NumberFormat() {
    }

    private static final class Spec {
        int fill = ' ';
        char align;
        char sign;
        boolean z;
        boolean alternate;
        boolean zero;
        /** The '=' alignment came from the '0' flag, not from the spec. */
        boolean zeroAlign;
        int width = -1;
        char grouping;
        int precision = -1;
        char type;
    }

    private static Spec parse(String s, String typeName) {
        Spec sp = new Spec();
        int i = 0;
        int n = s.length();
        boolean fillGiven = false;
        int second = n >= 2 ? s.offsetByCodePoints(0, 1) : n;
        if (second < n && "<>=^".indexOf(s.charAt(second)) >= 0) {
            sp.fill = s.codePointAt(0);
            fillGiven = true;
            i = second;
            sp.align = s.charAt(i++);
        } else if (n >= 1 && "<>=^".indexOf(s.charAt(0)) >= 0) {
            sp.align = s.charAt(i++);
        }
        if (i < n && "+- ".indexOf(s.charAt(i)) >= 0) {
            sp.sign = s.charAt(i++);
        }
        if (i < n && s.charAt(i) == 'z') {
            sp.z = true;
            i++;
        }
        if (i < n && s.charAt(i) == '#') {
            sp.alternate = true;
            i++;
        }
        if (i < n && s.charAt(i) == '0') {
            sp.zero = true;
            if (!fillGiven) {
                sp.fill = '0';
                if (sp.align == 0) {
                    sp.align = '=';
                    sp.zeroAlign = true;
                }
            }
            i++;
        }
        int st = i;
        while (i < n && Character.isDigit(s.charAt(i))) {
            i++;
        }
        if (i > st) {
            sp.width = Integer.parseInt(s.substring(st, i));
        }
        if (i < n && (s.charAt(i) == ',' || s.charAt(i) == '_')) {
            sp.grouping = s.charAt(i++);
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            st = i;
            while (i < n && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (i == st) {
                throw PyException.valueError("Format specifier missing precision");
            }
            sp.precision = Integer.parseInt(s.substring(st, i));
        }
        if (i < n) {
            sp.type = s.charAt(i++);
        } else if (typeName.equals("str")) {
            sp.type = 's';
        }
        if (i < n) {
            throw PyException.valueError("Invalid format specifier '" + s + "' for object of type '" + typeName + "'");
        }
        if (sp.grouping != 0 && "defgEG%F".indexOf(sp.type) < 0 && sp.type != 0
                && !(sp.grouping == '_' && "boxX".indexOf(sp.type) >= 0)) {
            throw PyException.valueError("Cannot specify '" + sp.grouping + "' with '" + code(sp.type) + "'.");
        }
        return sp;
    }

    /** A presentation type as CPython shows it in "Unknown format code" messages. */
    private static String code(char c) {
        return c > 32 && c < 128 ? String.valueOf(c) : "\\x" + Integer.toHexString(c);
    }

    static String formatStr(String v, String spec) {
        if (spec.isEmpty()) {
            return v;
        }
        Spec sp = parse(spec, "str");
        if (sp.zeroAlign) {
            sp.align = 0;
        }
        if (sp.type != 0 && sp.type != 's') {
            throw PyException.valueError("Unknown format code '" + code(sp.type) + "' for object of type 'str'");
        }
        if (sp.sign != 0) {
            throw PyException.valueError(sp.sign == ' ' ? "Space not allowed in string format specifier"
                    : "Sign not allowed in string format specifier");
        }
        if (sp.z) {
            throw PyException.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (sp.alternate) {
            throw PyException.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (sp.align == '=') {
            throw PyException.valueError("'=' alignment not allowed in string format specifier");
        }
        if (sp.precision >= 0 && v.codePointCount(0, v.length()) > sp.precision) {
            v = v.substring(0, v.offsetByCodePoints(0, sp.precision));
        }
        return pad("", v, sp, '<');
    }

    static String formatInt(PyInt i, String spec) {
        if (spec.isEmpty()) {
            return i.toDecimalString();
        }
        Spec sp = parse(spec, "int");
        char t = sp.type;
        if (sp.z && "eEfFgG%".indexOf(t) < 0) {
            throw PyException.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if ("eEfFgG%".indexOf(t) >= 0 && t != 0) {
            return formatFloat(i.toDouble(), spec);
        }
        if (sp.precision >= 0) {
            throw PyException.valueError("Precision not allowed in integer format specifier");
        }
        String digits;
        String prefix = "";
        java.math.BigInteger v = i.bigValue();
        boolean neg = v.signum() < 0;
        java.math.BigInteger a = v.abs();
        switch (t) {
            case 0, 'd', 'n' -> digits = a.toString();
            case 'b' -> {
                digits = a.toString(2);
                prefix = sp.alternate ? "0b" : "";
            }
            case 'o' -> {
                digits = a.toString(8);
                prefix = sp.alternate ? "0o" : "";
            }
            case 'x' -> {
                digits = a.toString(16);
                prefix = sp.alternate ? "0x" : "";
            }
            case 'X' -> {
                digits = a.toString(16).toUpperCase();
                prefix = sp.alternate ? "0X" : "";
            }
            case 'c' -> {
                if (sp.sign != 0) {
                    throw PyException.valueError("Sign not allowed with integer format specifier 'c'");
                }
                if (v.signum() < 0 || v.compareTo(java.math.BigInteger.valueOf(0x10ffff)) > 0) {
                    throw PyException.overflowError("%c arg not in range(0x110000)");
                }
                return pad("", new String(Character.toChars(v.intValue())), sp, '>');
            }
            default -> throw PyException.valueError("Unknown format code '" + code(t) + "' for object of type 'int'");
        }
        if (sp.grouping != 0) {
            int every = (t == 'b' || t == 'o' || t == 'x' || t == 'X') ? 4 : 3;
            if (sp.grouping == ',' && every == 4) {
                throw PyException.valueError("Cannot specify ',' with '" + t + "'.");
            }
            digits = group(digits, sp.grouping, every, sp);
        }
        String signStr = neg ? "-" : sp.sign == '+' ? "+" : sp.sign == ' ' ? " " : "";
        return pad(signStr + prefix, digits, sp, '>');
    }

    static String formatFloat(double x, String spec) {
        if (spec.isEmpty()) {
            return FloatRepr.repr(x);
        }
        Spec sp = parse(spec, "float");
        char t = sp.type;
        if ("eEfFgGn%".indexOf(t) < 0 && t != 0) {
            throw PyException.valueError("Unknown format code '" + code(t) + "' for object of type 'float'");
        }
        boolean neg = x < 0 || (x == 0 && 1 / x < 0);
        double a = Math.abs(x);
        String body;
        boolean upper = t == 'E' || t == 'F' || t == 'G';
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            body = Double.isNaN(x) ? "nan" : "inf";
            if (upper) {
                body = body.toUpperCase();
            }
            if (t == '%') {
                body += "%";
            }
            neg = x < 0;
        } else {
            int p = sp.precision;
            switch (t) {
                case 'e', 'E' -> body = sci(a, p < 0 ? 6 : p, sp.alternate);
                case 'f', 'F' -> body = fixed(a, p < 0 ? 6 : p, sp.alternate);
                case '%' -> body = fixed(a * 100, p < 0 ? 6 : p, sp.alternate) + "%";
                case 'g', 'G', 'n' -> body = general(a, p < 0 ? 6 : p == 0 ? 1 : p, sp.alternate, false);
                default -> body = p < 0 ? FloatRepr.repr(a) : general(a, p == 0 ? 1 : p, sp.alternate, true);
            }
            if (upper) {
                body = body.toUpperCase();
            }
            if (sp.z && neg && isZero(body)) {
                neg = false;
            }
        }
        if (sp.grouping != 0) {
            int end = 0;
            while (end < body.length() && Character.isDigit(body.charAt(end))) {
                end++;
            }
            body = group(body.substring(0, end), sp.grouping, 3, sp) + body.substring(end);
        }
        String signStr = neg ? "-" : sp.sign == '+' ? "+" : sp.sign == ' ' ? " " : "";
        return pad(signStr, body, sp, '>');
    }

    /** {@code complex.__format__}: each part as a float; no type means str()'s form with parentheses. */
    static String formatComplex(double re, double im, String spec, String repr) {
        if (spec.isEmpty()) {
            return repr;
        }
        Spec sp = parse(spec, "complex");
        char t = sp.type;
        if (t != 0 && "eEfFgGn".indexOf(t) < 0) {
            throw PyException.valueError("Unknown format code '" + code(t) + "' for object of type 'complex'");
        }
        if (sp.fill == '0') {
            throw PyException.valueError("Zero padding is not allowed in complex format specifier");
        }
        if (sp.align == '=') {
            throw PyException.valueError("'=' alignment flag is not allowed in complex format specifier");
        }
        boolean skipRe = false;
        boolean parens = false;
        if (t == 0) {
            if (re == 0 && Math.copySign(1.0, re) > 0) {
                skipRe = true;
            } else {
                parens = true;
            }
        }
        String reText = complexPart(Math.abs(re), sp);
        String imText = complexPart(Math.abs(im), sp);
        boolean reNeg = Math.copySign(1.0, re) < 0 && !Double.isNaN(re) && !(sp.z && Double.isFinite(re)
                && isZero(reText));
        boolean imNeg = Math.copySign(1.0, im) < 0 && !Double.isNaN(im) && !(sp.z && Double.isFinite(im)
                && isZero(imText));
        String reSign = reNeg ? "-" : sp.sign == '+' ? "+" : sp.sign == ' ' ? " " : "";
        String imSign = skipRe ? (imNeg ? "-" : sp.sign == '+' ? "+" : sp.sign == ' ' ? " " : "") : imNeg ? "-" : "+";
        String body = (parens ? "(" : "") + (skipRe ? "" : reSign + reText) + imSign + imText + "j"
                + (parens ? ")" : "");
        return pad("", body, sp, '>');
    }

    private static String complexPart(double a, Spec sp) {
        char t = sp.type == 'n' ? 'g' : sp.type;
        if (t == 0 && sp.precision < 0) {
            String r = FloatRepr.repr(a);
            r = r.endsWith(".0") ? r.substring(0, r.length() - 2) : r;
            if (sp.alternate && Double.isFinite(a) && r.indexOf('.') < 0 && r.indexOf('e') < 0) {
                r += ".";
            }
            if (sp.grouping != 0) {
                int end = 0;
                while (end < r.length() && Character.isDigit(r.charAt(end))) {
                    end++;
                }
                r = group(r.substring(0, end), sp.grouping, 3, sp) + r.substring(end);
            }
            return r;
        }
        return formatFloat(a, (sp.alternate ? "#" : "") + (sp.grouping != 0 ? String.valueOf(sp.grouping) : "")
                + (sp.precision >= 0 ? "." + sp.precision : "") + (t == 0 ? 'g' : t));
    }

    private static boolean isZero(String body) {
        for (char c : body.toCharArray()) {
            if (c >= '1' && c <= '9') {
                return false;
            }
            if (c == 'e' || c == 'E') {
                break;
            }
        }
        return true;
    }

    private static String fixed(double a, int p, boolean alt) {
        String s = new BigDecimal(a).setScale(p, RoundingMode.HALF_EVEN).toPlainString();
        if (p == 0 && alt) {
            s += ".";
        }
        return s;
    }

    private static String sci(double a, int p, boolean alt) {
        if (a == 0) {
            String m = p > 0 ? "0." + "0".repeat(p) : (alt ? "0." : "0");
            return m + "e+00";
        }
        BigDecimal r = new BigDecimal(a).round(new MathContext(p + 1, RoundingMode.HALF_EVEN));
        String digits = r.unscaledValue().toString();
        int exp = digits.length() - 1 - r.scale();
        while (digits.length() < p + 1) {
            digits += "0";
        }
        digits = digits.substring(0, p + 1);
        String m = digits.substring(0, 1) + (p > 0 ? "." + digits.substring(1) : alt ? "." : "");
        return m + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }

    /** 'g' (or the no-type form with a precision when {@code repr} is true). */
    private static String general(double a, int p, boolean alt, boolean repr) {
        int exp;
        if (a == 0) {
            exp = 0;
        } else {
            BigDecimal r = new BigDecimal(a).round(new MathContext(p, RoundingMode.HALF_EVEN));
            exp = r.precision() - 1 - r.scale();
        }
        // no type with a precision (repr) keeps one digit after the point, so it switches to exponents one
        // digit earlier, as CPython's Py_DTSF_ADD_DOT_0 does
        boolean sci = repr ? (exp < -4 || exp >= p - 1) : (exp < -4 || exp >= p);
        String s;
        if (sci) {
            s = sci(a, p - 1, alt);
            if (!alt) {
                int e = s.indexOf('e');
                String m = s.substring(0, e);
                if (m.contains(".")) {
                    m = m.replaceAll("0+$", "");
                    if (m.endsWith(".")) {
                        m = m.substring(0, m.length() - 1);
                    }
                }
                s = m + s.substring(e);
            }
        } else {
            s = fixed(a, Math.max(p - 1 - exp, 0), alt);
            if (!alt && s.contains(".")) {
                s = s.replaceAll("0+$", "");
                if (s.endsWith(".")) {
                    s = s.substring(0, s.length() - 1);
                }
            }
            if (repr && !s.contains(".")) {
                s += ".0";
            }
        }
        return s;
    }

    private static String group(String digits, char sep, int every, Spec sp) {
        StringBuilder sb = new StringBuilder();
        int n = digits.length();
        int minWidth = sp.align == '=' && sp.fill == '0' && sp.width > 0 ? sp.width : 0;
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % every == 0) {
                sb.append(sep);
            }
            sb.append(digits.charAt(i));
        }
        assert minWidth >= 0;
        return sb.toString();
    }

    private static String pad(String sign, String body, Spec sp, char defaultAlign) {
        int len = sign.codePointCount(0, sign.length()) + body.codePointCount(0, body.length());
        if (sp.width <= len) {
            return sign + body;
        }
        int padN = sp.width - len;
        String fill = new String(Character.toChars(sp.fill));
        char align = sp.align == 0 ? defaultAlign : sp.align;
        return switch (align) {
            case '<' -> sign + body + fill.repeat(padN);
            case '^' -> fill.repeat(padN / 2) + sign + body + fill.repeat(padN - padN / 2);
            case '=' -> sign + fill.repeat(padN) + body;
            default -> fill.repeat(padN) + sign + body;
        };
    }
}
