package org.pyvm.ast;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;

/**
 * Values of number and string literals, as CPython's parser computes them.
 *
 * <p>Errors are reported through {@link LiteralError} carrying CPython's message and the code-point offset inside
 * the literal's text where the bad escape starts, so that the builder can place the caret.
 */
final class Literals {
    private Literals() {
    }

    /** A bad literal: CPython's message, and where inside the token's text the problem starts. */
    static final class LiteralError extends RuntimeException {
        final int offset;

        LiteralError(String msg, int offset) {
            super(msg, null, false, false);
            this.offset = offset;
        }
    }

    /** The value of a NUMBER token: BigInteger, Double or Constant.Complex. */
    static Object number(String text) {
        String s = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        char last = s.charAt(s.length() - 1);
        if (last == 'j' || last == 'J') {
            return new Expr.Constant.Complex(0.0, Double.parseDouble(s.substring(0, s.length() - 1)));
        }
        if (s.length() > 1 && s.charAt(0) == '0') {
            char k = s.charAt(1);
            if (k == 'x' || k == 'X') {
                return new BigInteger(s.substring(2), 16);
            }
            if (k == 'o' || k == 'O') {
                return new BigInteger(s.substring(2), 8);
            }
            if (k == 'b' || k == 'B') {
                return new BigInteger(s.substring(2), 2);
            }
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return Double.parseDouble(s);
            }
        }
        if (s.length() <= 18) {
            return BigInteger.valueOf(Long.parseLong(s));
        }
        return new BigInteger(s);
    }

    /** The prefix letters of a string token ("rb", "U", ""), lower-cased. */
    static String prefix(String token) {
        int i = 0;
        while (i < token.length() && token.charAt(i) != '\'' && token.charAt(i) != '"') {
            i++;
        }
        return token.substring(0, i).toLowerCase();
    }

    /** The text between the quotes of a STRING token. */
    static String body(String token, int prefixLength) {
        int q = prefixLength;
        int quoteLen = token.startsWith("\"\"\"", q) || token.startsWith("'''", q) ? 3 : 1;
        return token.substring(q + quoteLen, token.length() - quoteLen);
    }

    /**
     * Decodes the escapes of a str literal's body (not raw). {@code bodyOffset} is added to error offsets.
     * When {@code fstring} is set, {@code {{} and {@code }}} stand for single braces.
     */
    static String decodeStr(String body, boolean raw, boolean fstring, int bodyOffset) {
        if (!fstring && (raw || body.indexOf('\\') < 0)) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length());
        int n = body.length();
        int i = 0;
        while (i < n) {
            char c = body.charAt(i);
            if (fstring && (c == '{' || c == '}') && i + 1 < n && body.charAt(i + 1) == c) {
                out.append(c);
                i += 2;
                continue;
            }
            if (c != '\\' || raw) {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 >= n) {
                out.append('\\');
                i++;
                continue;
            }
            char e = body.charAt(i + 1);
            int start = i;
            i += 2;
            switch (e) {
                case '\n' -> { }
                case '\\', '\'', '"', 'a', 'b', 'f', 'n', 'r', 't', 'v' -> out.append((char) simpleEscape(e));
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int end = octalEnd(body, i);
                    out.appendCodePoint(Integer.parseInt(body.substring(i - 1, end), 8));
                    i = end;
                }
                case 'x' -> {
                    out.appendCodePoint(hexEscape(body, i, 2, start, bodyOffset, "truncated \\xXX escape"));
                    i += 2;
                }
                case 'u' -> {
                    out.appendCodePoint(hexEscape(body, i, 4, start, bodyOffset, "truncated \\uXXXX escape"));
                    i += 4;
                }
                case 'U' -> {
                    int cp = hexEscape(body, i, 8, start, bodyOffset, "truncated \\UXXXXXXXX escape");
                    if (cp > 0x10FFFF) {
                        throw unicodeError(start, i + 8 - 1, bodyOffset, "illegal Unicode character");
                    }
                    out.appendCodePoint(cp);
                    i += 8;
                }
                case 'N' -> {
                    int close = i < n && body.charAt(i) == '{' ? body.indexOf('}', i) : -1;
                    if (close < 0) {
                        throw unicodeError(start, Math.min(n, i) - 1, bodyOffset, "malformed \\N character escape");
                    }
                    String name = body.substring(i + 1, close);
                    int cp = lookupName(name);
                    if (cp < 0) {
                        throw unicodeError(start, close, bodyOffset, "unknown Unicode character name");
                    }
                    out.appendCodePoint(cp);
                    i = close + 1;
                }
                default -> {
                    // Unknown escapes are kept as written (CPython only warns about them); the character after the
                    // backslash is read again, so that in an f-string "\\{{" is a backslash and one brace.
                    out.append('\\');
                    i = start + 1;
                }
            }
        }
        return out.toString();
    }

    /** The character of a one-letter escape common to str and bytes: \\ \' \" \a \b \f \n \r \t \v. */
    private static int simpleEscape(char e) {
        return switch (e) {
            case 'a' -> 7;
            case 'b' -> 8;
            case 'f' -> 12;
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'v' -> 11;
            default -> e;
        };
    }

    /**
     * The end of an octal escape whose first digit is just before {@code i}: at most two more octal digits
     * follow (three in all).
     */
    private static int octalEnd(String body, int i) {
        int end = i;
        while (end < i + 2 && end < body.length() && body.charAt(end) >= '0' && body.charAt(end) <= '7') {
            end++;
        }
        return end;
    }

    private static int hexEscape(String body, int at, int count, int start, int bodyOffset, String what) {
        int v = 0;
        for (int k = 0; k < count; k++) {
            int d = at + k < body.length() ? Character.digit(body.charAt(at + k), 16) : -1;
            if (d < 0) {
                throw unicodeError(start, at + k - 1, bodyOffset, what);
            }
            v = v * 16 + d;
        }
        return v;
    }

    private static LiteralError unicodeError(int start, int end, int bodyOffset, String what) {
        return new LiteralError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                + start + "-" + end + ": " + what, bodyOffset);
    }

    /**
     * The code point of a Unicode character name, as {@code \N{...}} looks it up: case-insensitive, including the
     * names Unicode derives by rule (CJK and other ideographs by code point, Hangul syllables from their jamo),
     * which Java's {@code Character.codePointOf} does not know.
     */
    static int lookupName(String name) {
        try {
            return Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            // fall through to the names derived by rule
        }
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        for (String[] rule : IDEOGRAPH_RULES) {
            if (upper.startsWith(rule[0])) {
                String hex = upper.substring(rule[0].length());
                if (hex.length() < 4 || hex.length() > 5 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                    return -1;
                }
                int cp = Integer.parseInt(hex, 16);
                Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
                boolean ok = Character.isDefined(cp) && block != null && block.toString().startsWith(rule[1]);
                return ok ? cp : -1;
            }
        }
        if (upper.startsWith("HANGUL SYLLABLE ")) {
            String jamo = upper.substring("HANGUL SYLLABLE ".length());
            for (int l = 0; l < HANGUL_L.length; l++) {
                if (!jamo.startsWith(HANGUL_L[l])) {
                    continue;
                }
                for (int v = 0; v < HANGUL_V.length; v++) {
                    if (!jamo.startsWith(HANGUL_V[v], HANGUL_L[l].length())) {
                        continue;
                    }
                    String rest = jamo.substring(HANGUL_L[l].length() + HANGUL_V[v].length());
                    for (int t = 0; t < HANGUL_T.length; t++) {
                        if (rest.equals(HANGUL_T[t])) {
                            return 0xAC00 + (l * HANGUL_V.length + v) * HANGUL_T.length + t;
                        }
                    }
                }
            }
        }
        return -1;
    }

    /** Name prefix, and the Unicode block (Java's constant name) its code points must be in. */
    private static final String[][] IDEOGRAPH_RULES = {
        {"CJK UNIFIED IDEOGRAPH-", "CJK_UNIFIED_IDEOGRAPHS"},
        {"CJK COMPATIBILITY IDEOGRAPH-", "CJK_COMPATIBILITY_IDEOGRAPHS"},
        {"TANGUT IDEOGRAPH-", "TANGUT"},
        {"KHITAN SMALL SCRIPT CHARACTER-", "KHITAN_SMALL_SCRIPT"},
        {"NUSHU CHARACTER-", "NUSHU"},
    };

    /** Short names of the Hangul jamo (Unicode chapter 3.12): leading consonants, vowels, trailing consonants. */
    private static final String[] HANGUL_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ",
        "C", "K", "T", "P", "H"};
    private static final String[] HANGUL_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE",
        "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] HANGUL_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS",
        "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

    /** Decodes a bytes literal's body; non-ASCII characters are an error. */
    static byte[] decodeBytes(String body, boolean raw, int bodyOffset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
        int n = body.length();
        for (int k = 0; k < n; k++) {
            if (body.charAt(k) >= 0x80) {
                throw new LiteralError("bytes can only contain ASCII literal characters", -1);
            }
        }
        int i = 0;
        while (i < n) {
            char c = body.charAt(i);
            if (c != '\\' || raw || i + 1 >= n) {
                out.write(c);
                i++;
                continue;
            }
            char e = body.charAt(i + 1);
            int start = i;
            i += 2;
            switch (e) {
                case '\n' -> { }
                case '\\', '\'', '"', 'a', 'b', 'f', 'n', 'r', 't', 'v' -> out.write(simpleEscape(e));
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int end = octalEnd(body, i);
                    out.write(Integer.parseInt(body.substring(i - 1, end), 8) & 0xFF);
                    i = end;
                }
                case 'x' -> {
                    int d1 = i < n ? Character.digit(body.charAt(i), 16) : -1;
                    int d2 = i + 1 < n ? Character.digit(body.charAt(i + 1), 16) : -1;
                    if (d1 < 0 || d2 < 0) {
                        throw new LiteralError("(value error) invalid \\x escape at position " + start, bodyOffset);
                    }
                    out.write(d1 * 16 + d2);
                    i += 2;
                }
                default -> {
                    out.write('\\');
                    out.write(e);
                }
            }
        }
        return out.toByteArray();
    }
}
