package org.pyvm.parse;

/**
 * A SyntaxError (or its subclasses IndentationError and TabError) raised by the front end, carrying what CPython's
 * {@code SyntaxError} carries: message, file name, the 1-based line, the 1-based column offset of the error (counted
 * in characters of the line, as CPython's {@code SyntaxError.offset} is), the end position, and the source line.
 *
 * <p>Thrown without a Java stack trace: it is an expected outcome of parsing, not a bug.
 */
public final class PySyntaxError extends RuntimeException {
    /** The Python exception class: SyntaxError, IndentationError or TabError. */
    public enum Kind {
        SyntaxError, IndentationError, TabError
    }

    private final Kind kind;
    private final String msg;
    private final String filename;
    private final int lineno;
    private final int offset;
    private final int endLineno;
    private final int endOffset;
    private final String text;

    /**
     * @param lineno    1-based line; 0 for CPython's "line 0" of file-level errors (unknown encoding), shown as such;
     *                  -1 if unknown (CPython's None)
     * @param offset    1-based column in characters, 0 if unknown
     * @param endLineno 1-based end line, 0 if unknown
     * @param endOffset 1-based column just past the error, 0 if unknown
     * @param text      the source line (without its line ending), or null
     */
    public PySyntaxError(Kind kind, String msg, String filename, int lineno, int offset, int endLineno, int endOffset,
                         String text) {
        super(msg, null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
    }

    public Kind kind() { return kind; }
    public String msg() { return msg; }
    public String filename() { return filename; }
    public int lineno() { return lineno; }
    public int offset() { return offset; }
    public int endLineno() { return endLineno; }
    public int endOffset() { return endOffset; }
    public String text() { return text; }

    /**
     * The same error with its (character) offsets turned into UTF-8 byte offsets of their lines, as CPython's parser
     * reports them for a source without encoding declaration ({@link SourceText#byteColumns()}).
     */
    public PySyntaxError withByteColumns(SourceText src) {
        if (lineno <= 0) {
            return this;
        }
        int off = offset > 0 ? src.utf8Col(lineno, offset - 1) + 1 : offset;
        int end = endOffset > 0 && endLineno > 0 ? src.utf8Col(endLineno, endOffset - 1) + 1 : endOffset;
        return off == offset && end == endOffset ? this
                : new PySyntaxError(kind, msg, filename, lineno, off, endLineno, end, text);
    }

    /** The same error reported against another file name. */
    public PySyntaxError withFilename(String name) {
        return new PySyntaxError(kind, msg, name, lineno, offset, endLineno, endOffset, text);
    }

    /**
     * The error as CPython prints an uncaught SyntaxError (the rules of {@code traceback.format_exception_only}):
     * the file and line, the source line without its indentation, a caret line under the columns
     * {@code offset .. endOffset} (on the same line only), and {@code Kind: message}. Ends with a newline.
     */
    public String format() {
        StringBuilder out = new StringBuilder();
        String suffix = "";
        if (lineno >= 0) {
            out.append("  File \"").append(filename == null ? "<string>" : filename).append("\", line ")
               .append(lineno).append('\n');
        } else if (filename != null) {
            suffix = " (" + filename + ")";
        }
        if (text != null) {
            String rtext = stripTrailingNewlines(text);
            int start = 0;
            while (start < rtext.length() && (rtext.charAt(start) == ' ' || rtext.charAt(start) == '\n'
                    || rtext.charAt(start) == '\f')) {
                start++;
            }
            String ltext = rtext.substring(start);
            int spaces = rtext.codePointCount(0, start);
            out.append("    ").append(ltext).append('\n');
            if (offset > 0) {
                int end = endOffset == 0 ? offset : endOffset;
                if (end == offset || end == -1) {
                    end = offset + 1;
                }
                int colno = offset - 1 - spaces;
                int endColno = end - 1 - spaces;
                if (colno >= 0) {
                    out.append("    ");
                    // As Python's ltext[:colno]: a column past the end of the text puts the caret right after it.
                    int[] cps = ltext.codePoints().toArray();
                    for (int i = 0; i < Math.min(colno, cps.length); i++) {
                        int c = cps[i];
                        out.appendCodePoint(isPythonSpace(c) ? c : ' ');
                    }
                    out.append("^".repeat(Math.max(0, endColno - colno))).append('\n');
                }
            }
        }
        out.append(kind.name()).append(": ").append(msg == null ? "<no detail available>" : msg).append(suffix)
           .append('\n');
        return out.toString();
    }

    /** Python's str.isspace for one character (Java's isWhitespace leaves out the no-break spaces). */
    private static boolean isPythonSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
    }

    private static String stripTrailingNewlines(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '\n') {
            end--;
        }
        return s.substring(0, end);
    }

    @Override
    public String toString() {
        return kind + ": " + msg + " (" + filename + ", line " + lineno + ")";
    }
}
