package org.pyvm.parse;

import java.io.PrintStream;

import org.antlr.v4.runtime.Token;
import org.pyvm.parse.gen.PythonLexer;

/**
 * The token stream in the spirit of {@code python -m tokenize}: one token per line,
 * {@code start_line,start_col-end_line,end_col:  TYPE  'text'} (columns in code points, end exclusive).
 */
public final class TokenDump {
    private TokenDump() {
    }

    /**
     * Prints every token of {@code src} to {@code out}, ending with ENDMARKER.
     *
     * @throws PySyntaxError on a lexical error, after the tokens before it were printed
     */
    public static void dump(SourceText src, PrintStream out) {
        PythonLexer lx = PythonLexerBase.create(src);
        StringBuilder sb = new StringBuilder(64);
        for (;;) {
            Token t = lx.nextToken();
            sb.setLength(0);
            format(t, sb);
            out.println(sb);
            if (t.getType() == Token.EOF) {
                break;
            }
        }
        out.flush();
    }

    /** The name of a token type: ENDMARKER for EOF, else the lexer's vocabulary name (NAME, LPAR, IF, ...). */
    public static String typeName(int type) {
        if (type == Token.EOF) {
            return "ENDMARKER";
        }
        String s = PythonLexer.VOCABULARY.getSymbolicName(type);
        return s == null ? String.valueOf(type) : s;
    }

    /** Appends one formatted token line (no newline). */
    public static void format(Token t, StringBuilder sb) {
        String text = t.getType() == Token.EOF ? "" : t.getText();
        int line = t.getLine();
        int col = t.getCharPositionInLine();
        int endLine = line;
        int endCol = col;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n') {
                endLine++;
                endCol = 0;
            } else {
                endCol++;
            }
        }
        if (t.getType() == PythonLexer.NEWLINE) {
            // tokenize shows a NEWLINE as one column wide on its own line (also the one added at EOF).
            endLine = line;
            endCol = col + 1;
        }
        String pos = line + "," + col + "-" + endLine + "," + endCol + ":";
        sb.append(pos);
        for (int i = pos.length(); i < 20; i++) {
            sb.append(' ');
        }
        String name = typeName(t.getType());
        sb.append(name);
        for (int i = name.length(); i < 15; i++) {
            sb.append(' ');
        }
        sb.append(repr(text));
    }

    /** Python's repr() of a str. */
    public static String repr(String s) {
        boolean sq = s.indexOf('\'') < 0 || s.indexOf('"') >= 0;
        char q = sq ? '\'' : '"';
        StringBuilder b = new StringBuilder(s.length() + 2).append(q);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == q || c == '\\') {
                b.append('\\').appendCodePoint(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\x%02x", c));
            } else if (c >= 0x80 && !printable(c)) {
                b.append(c <= 0xff ? String.format("\\x%02x", c)
                        : c <= 0xffff ? String.format("\\u%04x", c) : String.format("\\U%08x", c));
            } else {
                b.appendCodePoint(c);
            }
        }
        return b.append(q).toString();
    }

    private static boolean printable(int c) {
        switch (Character.getType(c)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }
}
