package org.pyvm.parse;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of one source file as CPython's tokenizer sees it: decoded (UTF-8 BOM, PEP 263 coding declaration), with
 * CRLF and CR line endings turned into {@code \n}. Knows its lines, and converts code-point columns into the UTF-8 byte
 * columns that CPython's AST positions use.
 */
public final class SourceText {
    /** PEP 263's declaration; in a holder class, so files without one never compile the regex. */
    private static final class Coding {
        static final Pattern PATTERN = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");
    }

    private final String text;
    private final String filename;
    /** lineStarts[i] = char index in text where line i+1 starts; one extra entry = text.length() + 1. */
    private final int[] lineStarts;
    private final int lineCount;
    /**
     * Whether CPython's parser errors count columns in UTF-8 bytes for this source: it does for bytes with neither a
     * BOM nor a coding declaration (its tokenizer then has no encoding and does not convert offsets to characters).
     */
    private boolean byteColumns;

    /** Bit per line: 1 if the line has a non-ASCII character (lazily built). */
    private byte[] nonAscii;

    private SourceText(String text, String filename) {
        this.text = text;
        this.filename = filename;
        // indexOf is an intrinsic: far cheaper than a charAt loop on every file.
        int n = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            n++;
        }
        int[] starts = new int[n + 1];
        int k = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts[k++] = i + 1;
        }
        starts[n] = text.length() + 1;
        this.lineStarts = starts;
        this.lineCount = n;
    }

    /** Source given as text (already decoded): only line endings are normalized. */
    public static SourceText of(String text, String filename) {
        return new SourceText(normalizeNewlines(text), filename);
    }

    /**
     * Decodes the bytes of a source file as CPython does: a UTF-8 BOM, else a PEP 263 declaration on line 1 or 2,
     * else UTF-8.
     *
     * @throws PySyntaxError with CPython's message for an unknown encoding, a BOM with another declared encoding,
     *                       undecodable bytes, or a NUL byte
     */
    public static SourceText decode(byte[] bytes, String filename) {
        int off = 0;
        boolean bom = false;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            bom = true;
            off = 3;
        }
        String declared = findCoding(bytes, off);
        Charset cs = StandardCharsets.UTF_8;
        if (declared != null) {
            String norm = normalizeEncodingName(declared);
            if (bom && !norm.equals("utf-8")) {
                throw new PySyntaxError(PySyntaxError.Kind.SyntaxError, "encoding problem: " + norm + " with BOM",
                        filename, 0, -1, 0, 0, null);
            }
            if (!norm.equals("utf-8")) {
                try {
                    cs = Charset.forName(norm);
                } catch (RuntimeException e) {
                    throw new PySyntaxError(PySyntaxError.Kind.SyntaxError, "unknown encoding: " + declared, filename,
                            0, -1, 0, 0, null);
                }
            }
        }
        String text;
        if (cs.equals(StandardCharsets.UTF_8)) {
            checkUtf8(bytes, off, filename, bom || declared != null);
            text = new String(bytes, off, bytes.length - off, StandardCharsets.UTF_8);
        } else {
            text = new String(bytes, off, bytes.length - off, cs);
        }
        if (text.indexOf('\0') >= 0) {
            // compile()'s message; CPython gives it no location, not even the file name
            throw new PySyntaxError(PySyntaxError.Kind.SyntaxError, "source code string cannot contain null bytes",
                    null, -1, 0, 0, 0, null);
        }
        SourceText result = new SourceText(normalizeNewlines(text), filename);
        result.byteColumns = !bom && declared == null;
        return result;
    }

    /** See {@link #byteColumns}: whether parser errors give UTF-8 byte columns for this source. */
    public boolean byteColumns() {
        return byteColumns;
    }

    /** The declared encoding on line 1 or 2 (line 2 only if line 1 is a comment or blank), or null. */
    private static String findCoding(byte[] b, int off) {
        int p = off;
        for (int lineNo = 1; lineNo <= 2 && p < b.length; lineNo++) {
            int end = p;
            while (end < b.length && b[end] != '\n' && b[end] != '\r') {
                end++;
            }
            String line = new String(b, p, end - p, StandardCharsets.ISO_8859_1);
            if (line.contains("coding")) {
                Matcher m = Coding.PATTERN.matcher(line);
                if (m.find()) {
                    return m.group(1);
                }
            }
            String stripped = line.strip();
            if (!(stripped.isEmpty() || stripped.startsWith("#"))) {
                return null;
            }
            p = end;
            if (p < b.length && b[p] == '\r') {
                p++;
            }
            if (p < b.length && b[p] == '\n') {
                p++;
            }
        }
        return null;
    }

    /** CPython's get_normal_name(), then Java's own aliases. */
    static String normalizeEncodingName(String s) {
        String l = s.toLowerCase(Locale.ROOT).replace('_', '-');
        if (l.equals("utf-8") || l.startsWith("utf-8-")) {
            return "utf-8";
        }
        if (l.equals("latin-1") || l.equals("iso-8859-1") || l.equals("iso-latin-1") || l.startsWith("latin-1-")
                || l.startsWith("iso-8859-1-") || l.startsWith("iso-latin-1-")) {
            return "iso-8859-1";
        }
        return s;
    }

    /** Validates UTF-8 with the reasons Python's codec gives. */
    /**
     * Rejects undecodable UTF-8 as CPython's compile() does: its tokenizer passes the bytes through and the error
     * appears when a token is decoded (a string literal's body, an identifier); bytes in comments are never decoded.
     */
    private static void checkUtf8(byte[] b, int off, String filename, boolean declared) {
        int from = off;
        for (;;) {
            int bad = firstInvalidUtf8(b, from, b.length);
            if (bad < 0) {
                return;
            }
            PySyntaxError e = undecodable(b, off, bad, filename, declared);
            if (e != null) {
                throw e;
            }
            from = bad + 1;
        }
    }

    /** The index of the first byte of {@code b[from, to)} that starts an invalid UTF-8 sequence, or -1. */
    private static int firstInvalidUtf8(byte[] b, int from, int to) {
        String[] reason = new String[1];
        return invalidUtf8(b, from, to, reason);
    }

    /** Like {@link #firstInvalidUtf8}, also giving Python's reason ("invalid start byte", ...). */
    private static int invalidUtf8(byte[] b, int from, int n, String[] reason) {
        int i = from;
        while (i < n) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int need;
            int lo = 0x80;
            int hi = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                if (c == 0xE0) {
                    lo = 0xA0;
                } else if (c == 0xED) {
                    hi = 0x9F;
                }
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                if (c == 0xF0) {
                    lo = 0x90;
                } else if (c == 0xF4) {
                    hi = 0x8F;
                }
            } else {
                reason[0] = "invalid start byte";
                return i;
            }
            for (int k = 1; k <= need; k++) {
                if (i + k >= n) {
                    reason[0] = "unexpected end of data";
                    return i;
                }
                int d = b[i + k] & 0xff;
                int l = k == 1 ? lo : 0x80;
                int h = k == 1 ? hi : 0xBF;
                if (d < l || d > h) {
                    reason[0] = "invalid continuation byte";
                    return i;
                }
            }
            i += need + 1;
        }
        return -1;
    }

    /**
     * CPython's error for the undecodable byte at {@code bad}, from the token holding it; null for a comment. In a
     * string literal the position counts from the start of its body (from the run of non-ASCII bytes when the body
     * also has escapes) and the error spans the literal; a bytes literal gets "bytes can only contain ASCII literal
     * characters".
     */
    private static PySyntaxError undecodable(byte[] b, int off, int bad, String filename, boolean declared) {
        int i = off;
        while (i < bad) {
            int c = b[i] & 0xff;
            if (c == '#') {
                while (i < b.length && b[i] != '\n' && b[i] != '\r') {
                    i++;
                }
                if (i > bad) {
                    return null;
                }
                continue;
            }
            if (c == '\'' || c == '"') {
                int start = i;
                while (start > off && isIdentByte(b[start - 1] & 0xff)) {
                    start--;
                }
                String prefix = new String(b, start, i - start, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
                boolean triple = i + 2 < b.length && b[i + 1] == c && b[i + 2] == c;
                int q = triple ? 3 : 1;
                int bodyStart = i + q;
                int j = bodyStart;
                boolean escapes = false;
                while (j < b.length) {
                    int d = b[j] & 0xff;
                    if (d == '\\') {
                        escapes = true;
                        j += 2;
                        continue;
                    }
                    if (!triple && (d == '\n' || d == '\r')) {
                        break;
                    }
                    if (d == c && (!triple || j + 2 < b.length && b[j + 1] == c && b[j + 2] == c)) {
                        break;
                    }
                    j++;
                }
                int bodyEnd = Math.min(j, b.length);
                int tokenEnd = Math.min(b.length, bodyEnd + (bodyEnd < b.length && (b[bodyEnd] & 0xff) == c ? q : 0));
                if (bad < bodyEnd) {
                    if (prefix.matches("[rbu]*") && prefix.length() <= 2) {
                        return stringError(b, off, start, tokenEnd, bodyStart, bodyEnd, bad, prefix, escapes,
                                filename, declared);
                    }
                    break;
                }
                i = tokenEnd;
                continue;
            }
            i++;
        }
        // an identifier (or a stray byte): the position counts from the start of the name
        int start = bad;
        while (start > off && isIdentByte(b[start - 1] & 0xff)) {
            start--;
        }
        int end = bad;
        while (end < b.length && isIdentByte(b[end] & 0xff)) {
            end++;
        }
        String[] reason = new String[1];
        int at = invalidUtf8(b, start, end, reason);
        return utf8Error(b, off, bad, at - start, reason[0], filename);
    }

    private static boolean isIdentByte(int c) {
        return c >= 0x80 || c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static PySyntaxError stringError(byte[] b, int off, int start, int end, int bodyStart, int bodyEnd,
                                             int bad, String prefix, boolean escapes, String filename,
                                             boolean declared) {
        String msg;
        if (prefix.indexOf('b') >= 0) {
            msg = "bytes can only contain ASCII literal characters";
        } else {
            int from = bodyStart;
            int to = bodyEnd;
            if (escapes && prefix.indexOf('r') < 0) {
                // CPython decodes each run of non-ASCII bytes on its own
                from = bad;
                while (from > bodyStart && (b[from - 1] & 0xff) >= 0x80) {
                    from--;
                }
                to = bad;
                while (to < bodyEnd && (b[to] & 0xff) >= 0x80) {
                    to++;
                }
            }
            String[] reason = new String[1];
            int at = invalidUtf8(b, from, to, reason);
            msg = String.format("(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s",
                    b[at] & 0xff, at - from, reason[0]);
        }
        int startLineNo = lineNo(b, off, start);
        int startLine = lineStartOf(b, off, start);
        int endLineNo = lineNo(b, off, end);
        int endLine = lineStartOf(b, off, end);
        String text = lineText(b, startLine);
        int offset = start - startLine + 1;
        int endOffset = end - endLine + 1;
        if (declared) {
            // CPython converts its byte offsets against the lines as decoded with replacement characters
            offset = charsInUtf8Prefix(text, offset);
            endOffset = charsInUtf8Prefix(lineText(b, endLine), endOffset);
        }
        return new PySyntaxError(PySyntaxError.Kind.SyntaxError, msg, null, startLineNo, offset, endLineNo,
                endOffset, text).withFilename(filename);
    }

    /** CPython's _PyPegen_byte_offset_to_character_offset: characters in the first n bytes of the line's UTF-8. */
    private static int charsInUtf8Prefix(String line, int n) {
        byte[] u = (line + "\n").getBytes(StandardCharsets.UTF_8);
        int len = Math.min(Math.max(n, 0), u.length);
        String s = new String(u, 0, len, StandardCharsets.UTF_8);
        return s.codePointCount(0, s.length());
    }

    private static int lineNo(byte[] b, int off, int index) {
        int n = 1;
        for (int k = off; k < index && k < b.length; k++) {
            if (b[k] == '\n' || (b[k] == '\r' && (k + 1 >= b.length || b[k + 1] != '\n'))) {
                n++;
            }
        }
        return n;
    }

    private static int lineStartOf(byte[] b, int off, int index) {
        int k = Math.min(index, b.length);
        while (k > off && b[k - 1] != '\n' && b[k - 1] != '\r') {
            k--;
        }
        return k;
    }

    private static String lineText(byte[] b, int lineStart) {
        int e = lineStart;
        while (e < b.length && b[e] != '\n' && b[e] != '\r') {
            e++;
        }
        return new String(b, lineStart, e - lineStart, StandardCharsets.UTF_8);
    }

    private static PySyntaxError utf8Error(byte[] b, int off, int bad, int position, String reason,
                                           String filename) {
        int lineStart = off;
        int lineNo = 1;
        for (int i = off; i < bad; i++) {
            if (b[i] == '\n') {
                lineNo++;
                lineStart = i + 1;
            }
        }
        int lineEnd = bad;
        while (lineEnd < b.length && b[lineEnd] != '\n' && b[lineEnd] != '\r') {
            lineEnd++;
        }
        String before = new String(b, lineStart, bad - lineStart, StandardCharsets.UTF_8);
        String line = new String(b, lineStart, lineEnd - lineStart, StandardCharsets.UTF_8);
        String msg = String.format("(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s",
                b[bad] & 0xff, position, reason);
        int col = before.codePointCount(0, before.length());
        return new PySyntaxError(PySyntaxError.Kind.SyntaxError, msg, filename, lineNo, col + 1, lineNo, -1, line);
    }

    private static String normalizeNewlines(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < n && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    public String text() { return text; }

    public String filename() { return filename; }

    /** Number of lines (a final line without newline counts; the empty text after a final newline counts too). */
    public int lineCount() { return lineCount; }

    /** The text of 1-based line {@code lineno} without its newline; "" out of range. */
    public String line(int lineno) {
        if (lineno < 1 || lineno > lineCount) {
            return "";
        }
        return text.substring(lineStarts[lineno - 1], lineStarts[lineno] - 1);
    }

    /** The char (UTF-16) index in {@link #text()} where 1-based line {@code lineno} starts. */
    public int lineStart(int lineno) {
        return lineStarts[Math.max(0, Math.min(lineno, lineCount) - 1)];
    }

    /**
     * The UTF-8 byte offset in line {@code lineno} of the code-point column {@code codePointCol} (CPython's
     * {@code col_offset}). O(1) for lines that are pure ASCII.
     */
    public int utf8Col(int lineno, int codePointCol) {
        if (lineno < 1 || lineno > lineCount || codePointCol <= 0) {
            return codePointCol;
        }
        if (nonAscii == null) {
            byte[] flags = new byte[lineCount];
            int line = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n') {
                    line++;
                } else if (c >= 0x80) {
                    flags[line] = 1;
                }
            }
            nonAscii = flags;
        }
        if (nonAscii[lineno - 1] == 0) {
            return codePointCol;
        }
        int start = lineStarts[lineno - 1];
        int end = lineStarts[lineno] - 1;
        int bytes = 0;
        int i = start;
        for (int cp = 0; cp < codePointCol && i < end; cp++) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        }
        if (i >= end) {
            // past the end of the line (e.g. the newline): count the rest as one byte per column
            int cps = text.codePointCount(start, end);
            bytes += Math.max(0, codePointCol - cps);
        }
        return bytes;
    }

    /** The code-point column of UTF-8 byte offset {@code byteCol} in line {@code lineno}: the inverse of utf8Col. */
    public int charCol(int lineno, int byteCol) {
        if (lineno < 1 || lineno > lineCount || byteCol <= 0 || utf8Col(lineno, 0) != 0
                || nonAscii[lineno - 1] == 0) {
            return byteCol;
        }
        int start = lineStarts[lineno - 1];
        int end = lineStarts[lineno] - 1;
        int bytes = 0;
        int cps = 0;
        int i = start;
        while (bytes < byteCol && i < end) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            cps++;
        }
        return cps + Math.max(0, byteCol - bytes);
    }

    @Override
    public String toString() {
        return "SourceText[" + filename + ", " + lineCount + " lines]";
    }

}
