package org.pyvm.parse;

import java.util.ArrayDeque;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.LexerNoViableAltException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.pyvm.parse.gen.PythonLexer;

/**
 * Superclass of the generated {@code PythonLexer}: the context-sensitive part of CPython 3.12's tokenizer.
 *
 * <ul>
 * <li>Logical lines: a physical newline becomes NEWLINE only at the end of a logical line with tokens on it (none
 *     inside brackets, for blank or comment-only lines); a NEWLINE is added at EOF when the last line has none.</li>
 * <li>INDENT/DEDENT from the indentation of the first token of each logical line, tabs to the next multiple of 8;
 *     TabError when the comparison with tabs counted as 1 column disagrees, as CPython does.</li>
 * <li>The bracket stack (unmatched / mismatched / never closed, at most 200 levels) which also drives the f-string
 *     modes: the '}' closing a replacement field pops back to the f-string's text, ':' at depth 0 of a field starts the
 *     format spec.</li>
 * <li>Validation of numbers and identifiers, and CPython's messages for everything that does not lex.</li>
 * </ul>
 * Errors are thrown as {@link PySyntaxError} with CPython's message, line and columns (1-based offsets in characters).
 *
 * <p>"unexpected indent" is reported here, although CPython's parser reports it: an INDENT is only valid after a
 * logical line that ends with ':', so the lexer can tell, and the result is the same as CPython's for any input whose
 * first error is the indent.
 */
public abstract class PythonLexerBase extends Lexer {
    private static final int MAXLEVEL = 200;
    private static final int MAXINDENT = 100;
    private static final int TABSIZE = 8;

    private String filename = "<string>";
    private boolean reportUnexpectedIndent = true;

    private final ArrayDeque<Token> pending = new ArrayDeque<>();

    // indentation
    private final int[] indStack = new int[MAXINDENT + 1];
    private final int[] altStack = new int[MAXINDENT + 1];
    private int indent;
    private boolean needIndent = true;
    private boolean lineHasTokens;
    private int lastSigType = -1;
    private int prevLineEndType = -1;
    private int lineStartIdx;

    // brackets: char, line, column, and the f-string (index + 1) whose replacement field this '{' opens (0 = none)
    private final int[] brChar = new int[MAXLEVEL + 1];
    private final int[] brLine = new int[MAXLEVEL + 1];
    private final int[] brCol = new int[MAXLEVEL + 1];
    private final int[] brField = new int[MAXLEVEL + 1];
    private int level;

    // f-strings being lexed, innermost last
    private int[] fQuote = new int[8];
    private int[] fSize = new int[8];
    private boolean[] fRaw = new boolean[8];
    private int[] fLine = new int[8];
    private int[] fCol = new int[8];
    private int[] fLevel = new int[8];
    private int[] fFields = new int[8];
    private int fDepth;

    private Token lastEmitted;
    private int lastRawStop = -1;
    private boolean done;

    protected PythonLexerBase(CharStream input) {
        super(input);
    }

    /** A lexer over the text of {@code src}, reporting errors against its file name. */
    public static PythonLexer create(SourceText src) {
        PythonLexer lx = new PythonLexer(CharStreams.fromString(src.text(), src.filename()));
        lx.setFilename(src.filename());
        lx.removeErrorListeners();
        return lx;
    }

    public void setFilename(String filename) { this.filename = filename; }

    public String filename() { return filename; }

    /** Whether an INDENT after a line not ending in ':' is an error here (default) or left to the parser. */
    public void setReportUnexpectedIndent(boolean b) { this.reportUnexpectedIndent = b; }

    // ------------------------------------------------------------------------------------------------ token stream

    @Override
    public Token nextToken() {
        if (!pending.isEmpty()) {
            return pending.poll();
        }
        for (;;) {
            int modeBefore = _mode;
            Token t = super.nextToken();
            int type = t.getType();
            if (type != Token.EOF) {
                lastRawStop = t.getStopIndex();
            }
            switch (type) {
                case PythonLexer.NEWLINE:
                    lineStartIdx = t.getStopIndex() + 1;
                    if (level > 0 || !lineHasTokens) {
                        continue;
                    }
                    lineHasTokens = false;
                    needIndent = true;
                    prevLineEndType = lastSigType;
                    return emit0(t);
                case Token.EOF:
                    return atEof(t);
                case PythonLexer.LPAR:
                case PythonLexer.LSQB:
                    openBracket(t, 0);
                    break;
                case PythonLexer.LBRACE:
                    openBracket(t, modeBefore == DEFAULT_MODE ? 0 : fDepth);
                    break;
                case PythonLexer.RPAR:
                case PythonLexer.RSQB:
                    closeBracket(t);
                    break;
                case PythonLexer.RBRACE:
                    if (modeBefore == PythonLexer.FSTRING_SQ || modeBefore == PythonLexer.FSTRING_DQ
                            || modeBefore == PythonLexer.FSTRING_TSQ || modeBefore == PythonLexer.FSTRING_TDQ) {
                        throw error("f-string: single '}' is not allowed", t.getLine(),
                                t.getCharPositionInLine() + 1, t.getLine(), t.getCharPositionInLine() + 1);
                    }
                    closeBracket(t);
                    break;
                case PythonLexer.COLON:
                    if (level > 0 && brField[level - 1] != 0) {
                        mode(specMode());
                    }
                    break;
                case PythonLexer.COLONEQUAL:
                    if (level > 0 && brField[level - 1] != 0) {
                        // ':' starts the format spec; '=' is its first character
                        int s = t.getStartIndex();
                        CommonToken colon = (CommonToken) _factory.create(_tokenFactorySourcePair, PythonLexer.COLON,
                                null, DEFAULT_TOKEN_CHANNEL, s, s, t.getLine(), t.getCharPositionInLine());
                        _input.seek(s + 1);
                        getInterpreter().setCharPositionInLine(t.getCharPositionInLine() + 1);
                        getInterpreter().setLine(t.getLine());
                        mode(specMode());
                        t = colon;
                    }
                    break;
                case PythonLexer.NAME:
                    checkName(t);
                    break;
                case PythonLexer.STRING:
                    checkEmptyString(t);
                    break;
                case PythonLexer.FSTRING_START:
                    startFString(t);
                    break;
                case PythonLexer.FSTRING_END:
                    endFString(t);
                    break;
                default:
                    break;
            }
            return emit0(t);
        }
    }

    /** Queues INDENT/DEDENT before the first token of a logical line, then returns the token (or the first queued). */
    private Token emit0(Token t) {
        int type = t.getType();
        if (type != PythonLexer.NEWLINE) {
            if (needIndent) {
                needIndent = false;
                indentation(t);
            }
            lineHasTokens = true;
            lastSigType = type;
        }
        lastEmitted = t;
        if (!pending.isEmpty()) {
            pending.add(t);
            return pending.poll();
        }
        return t;
    }

    // ------------------------------------------------------------------------------------------------ indentation

    private void indentation(Token first) {
        int p = lineStartIdx;
        int col = 0;
        int altcol = 0;
        int contCol = 0;
        int chars = 0;
        for (;;) {
            int c = at(p);
            if (c == ' ') {
                col++;
                altcol++;
            } else if (c == '\t') {
                col = (col / TABSIZE + 1) * TABSIZE;
                altcol = altcol + 1;
            } else if (c == '\f') {
                col = altcol = 0;
            } else if (c == '\\' && (at(p + 1) == '\n' || at(p + 1) == '\r')) {
                contCol = contCol != 0 ? contCol : col;
                p += at(p + 1) == '\r' && at(p + 2) == '\n' ? 2 : 1;
            } else {
                break;
            }
            p++;
            chars++;
        }
        if (contCol != 0) {
            col = altcol = contCol;
        }
        int line = first.getLine();
        int tokCol = first.getCharPositionInLine();
        if (col == indStack[indent]) {
            if (altcol != altStack[indent]) {
                throw tabError(line);
            }
        } else if (col > indStack[indent]) {
            if (indent + 1 >= MAXINDENT) {
                throw new PySyntaxError(PySyntaxError.Kind.IndentationError, "too many levels of indentation",
                        filename, line, 1, line, 0, lineText(line));
            }
            if (altcol <= altStack[indent]) {
                throw tabError(line);
            }
            if (reportUnexpectedIndent && prevLineEndType != PythonLexer.COLON) {
                throw new PySyntaxError(PySyntaxError.Kind.IndentationError, "unexpected indent", filename, line,
                        tokCol, line, -1, lineText(line));
            }
            indent++;
            indStack[indent] = col;
            altStack[indent] = altcol;
            int start = first.getStartIndex() - tokCol;
            pending.add(make(PythonLexer.INDENT, null, start, first.getStartIndex() - 1, line, 0));
        } else {
            while (indent > 0 && col < indStack[indent]) {
                indent--;
                pending.add(make(PythonLexer.DEDENT, "", first.getStartIndex(), first.getStartIndex() - 1, line,
                        tokCol));
            }
            if (col != indStack[indent]) {
                String text = lineText(line);
                throw new PySyntaxError(PySyntaxError.Kind.IndentationError,
                        "unindent does not match any outer indentation level", filename, line,
                        text.codePointCount(0, text.length()) + 1, line, -1, text);
            }
            if (altcol != altStack[indent]) {
                throw tabError(line);
            }
        }
    }

    private PySyntaxError tabError(int line) {
        return new PySyntaxError(PySyntaxError.Kind.TabError, "inconsistent use of tabs and spaces in indentation",
                filename, line, 1, line, 0, lineText(line));
    }

    // ------------------------------------------------------------------------------------------------ EOF

    private Token atEof(Token eof) {
        if (done) {
            return eof;
        }
        if (fDepth > 0 && isFStringTextMode(_mode)) {
            throw unterminatedFString(lastLineNumber());
        }
        if (level > 0) {
            throw neverClosed();
        }
        // a backslash continuation right before the end
        int idx = _input.size() - 1;
        if (idx >= 0 && (at(idx) == '\n' || at(idx) == '\r')) {
            idx--;
            if (idx >= 0 && at(idx) == '\n' && at(idx + 1) == '\r') {
                idx--;
            }
        }
        if (idx >= 0 && at(idx) == '\\' && idx > lastRawStop) {
            int line = lineOf(idx);
            int col = idx - lineStartOf(idx);
            throw error("unexpected EOF while parsing", line, col + 2, line, -1);
        }
        done = true;
        int line = eof.getLine();
        int col = eof.getCharPositionInLine();
        int idx2 = eof.getStartIndex();
        if (lineHasTokens) {
            pending.add(make(PythonLexer.NEWLINE, "", idx2, idx2 - 1, line, col));
            lineHasTokens = false;
        }
        int dl = col == 0 ? line : line + 1;
        while (indent > 0) {
            indent--;
            pending.add(make(PythonLexer.DEDENT, "", idx2, idx2 - 1, dl, 0));
        }
        // ENDMARKER where CPython puts it: column 0 of the line after the last one
        pending.add(make(Token.EOF, "<EOF>", idx2, idx2 - 1, dl, 0));
        return pending.poll();
    }

    // ------------------------------------------------------------------------------------------------ brackets

    private void openBracket(Token t, int field) {
        if (level >= MAXLEVEL) {
            int c = t.getCharPositionInLine() + 1;
            throw error("too many nested parentheses", t.getLine(), c, t.getLine(), c);
        }
        if (field != 0 && ++fFields[field - 1] > 3) {
            int c = t.getCharPositionInLine();
            throw error("f-string: expressions nested too deeply", t.getLine(), c, t.getLine(), c);
        }
        brChar[level] = t.getType() == PythonLexer.LPAR ? '(' : t.getType() == PythonLexer.LSQB ? '[' : '{';
        brLine[level] = t.getLine();
        brCol[level] = t.getCharPositionInLine();
        brField[level] = field;
        level++;
    }

    private void closeBracket(Token t) {
        int type = t.getType();
        char c = type == PythonLexer.RPAR ? ')' : type == PythonLexer.RSQB ? ']' : '}';
        int line = t.getLine();
        int off = t.getCharPositionInLine() + 1;
        if (level == 0) {
            throw error("unmatched '" + c + "'", line, off, line, off);
        }
        int open = brChar[level - 1];
        if (!((open == '(' && c == ')') || (open == '[' && c == ']') || (open == '{' && c == '}'))) {
            if (brField[level - 1] != 0) {
                throw error("f-string: unmatched '" + c + "'", line, off, line, off);
            }
            if (brLine[level - 1] != line) {
                throw error("closing parenthesis '" + c + "' does not match opening parenthesis '" + (char) open
                        + "' on line " + brLine[level - 1], line, off, line, off);
            }
            throw error("closing parenthesis '" + c + "' does not match opening parenthesis '" + (char) open + "'",
                    line, off, line, off);
        }
        level--;
        if (brField[level] != 0) {
            fFields[brField[level] - 1]--;
            popMode();
        }
    }

    private PySyntaxError neverClosed() {
        int l = brLine[level - 1];
        return error("'" + (char) brChar[level - 1] + "' was never closed", l, brCol[level - 1] + 1, l, 0);
    }

    // ------------------------------------------------------------------------------------------------ f-strings

    private void startFString(Token t) {
        if (fDepth == fQuote.length) {
            int n = fDepth * 2;
            fQuote = java.util.Arrays.copyOf(fQuote, n);
            fSize = java.util.Arrays.copyOf(fSize, n);
            fRaw = java.util.Arrays.copyOf(fRaw, n);
            fLine = java.util.Arrays.copyOf(fLine, n);
            fCol = java.util.Arrays.copyOf(fCol, n);
            fLevel = java.util.Arrays.copyOf(fLevel, n);
            fFields = java.util.Arrays.copyOf(fFields, n);
        }
        int s = t.getStartIndex();
        int e = t.getStopIndex();
        int q = at(e);
        int size = at(e - 1) == q && e - 2 >= s && at(e - 2) == q ? 3 : 1;
        boolean raw = false;
        for (int i = s; i <= e - size; i++) {
            int c = at(i);
            raw |= c == 'r' || c == 'R';
        }
        fQuote[fDepth] = q;
        fSize[fDepth] = size;
        fRaw[fDepth] = raw;
        fLine[fDepth] = t.getLine();
        fCol[fDepth] = t.getCharPositionInLine();
        fLevel[fDepth] = level;
        fFields[fDepth] = 0;
        fDepth++;
    }

    private void endFString(Token t) {
        fDepth--;
        if (level > fLevel[fDepth]) {
            int off = t.getCharPositionInLine() + 1;
            throw error("f-string: expecting '}'", t.getLine(), off, t.getLine(), off);
        }
    }

    private int specMode() {
        int q = fQuote[fDepth - 1];
        if (fSize[fDepth - 1] == 3) {
            return q == '"' ? PythonLexer.FSPEC_TDQ : PythonLexer.FSPEC_TSQ;
        }
        return q == '"' ? PythonLexer.FSPEC_DQ : PythonLexer.FSPEC_SQ;
    }

    private static boolean isFStringTextMode(int m) {
        return m == PythonLexer.FSTRING_SQ || m == PythonLexer.FSTRING_DQ || m == PythonLexer.FSTRING_TSQ
                || m == PythonLexer.FSTRING_TDQ;
    }

    private PySyntaxError unterminatedFString(int detected) {
        int i = fDepth - 1;
        String msg = fSize[i] == 3 ? "unterminated triple-quoted f-string literal (detected at line " + detected + ")"
                : "unterminated f-string literal (detected at line " + detected + ")";
        return error(msg, fLine[i], fCol[i] + 1, fLine[i], fCol[i] + 1);
    }

    /** Predicate: the quote just matched is not the start of a closing triple quote. */
    protected final boolean notTripleQuoteAhead(int q) {
        return !(_input.LA(1) == q && _input.LA(2) == q);
    }

    /** Predicate: the next character is a brace (a backslash before it stays literal text). */
    protected final boolean braceAhead() {
        int c = _input.LA(1);
        return c == '{' || c == '}';
    }

    /** Predicate: the innermost f-string is raw. */
    protected final boolean fstringRaw() {
        return fDepth > 0 && fRaw[fDepth - 1];
    }

    // ------------------------------------------------------------------------------------------------ strings

    /** '' or "" right before the same quote is the start of a triple-quoted string that never ends. */
    private void checkEmptyString(Token t) {
        int e = t.getStopIndex();
        int s = t.getStartIndex();
        int q = at(e);
        if (e - s <= 3 && at(e - 1) == q && (e - 2 < s || at(e - 2) != q) && _input.LA(1) == q) {
            if (fDepth > 0 && fSize[fDepth - 1] == 3 && fQuote[fDepth - 1] == q) {
                int off = t.getCharPositionInLine() + (e - 1 - s) + 1;
                throw error("f-string: expecting '}'", t.getLine(), off, t.getLine(), off);
            }
            int off = t.getCharPositionInLine() + 1;
            throw error("unterminated triple-quoted string literal (detected at line " + lastLineNumber() + ")",
                    t.getLine(), off, t.getLine(), off);
        }
    }

    // ------------------------------------------------------------------------------------------------ names

    private void checkName(Token t) {
        int s = t.getStartIndex();
        int e = t.getStopIndex();
        boolean ascii = true;
        for (int i = s; i <= e; i++) {
            if (at(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return;
        }
        for (int i = s; i <= e; i++) {
            int c = at(i);
            boolean ok = i == s ? (c == '_' || Character.isUnicodeIdentifierStart(c))
                    : (Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c));
            if (!ok) {
                int off = t.getCharPositionInLine() + (i - s) + 1;
                String msg = isPrintable(c)
                        ? String.format("invalid character '%s' (U+%04X)", new String(Character.toChars(c)), c)
                        : String.format("invalid non-printable character U+%04X", c);
                throw error(msg, t.getLine(), off, t.getLine(), off);
            }
        }
    }

    private static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
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

    // ------------------------------------------------------------------------------------------------ numbers

    private int np;
    private int numStart;
    private int numCol;

    /** Action of the NUMBER rule: re-scans the literal as CPython does, sets the token's end or throws. */
    protected final void checkNumber() {
        numStart = _tokenStartCharIndex;
        numCol = _tokenStartCharPositionInLine;
        np = numStart;
        int end = scanNumber();
        _input.seek(end);
        getInterpreter().setCharPositionInLine(numCol + (end - numStart));
    }

    private int nc() {
        return at(np++);
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isPotentialIdentifierChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= '0' && c <= '9') || c >= 128;
    }

    private PySyntaxError numError(String msg) {
        int off = numCol + (np - numStart);
        return error(msg, _tokenStartLine, off, _tokenStartLine, off);
    }

    private int scanNumber() {
        int c = nc();
        if (c == '.') {
            return fraction(nc());
        }
        if (c == '0') {
            c = nc();
            if (c == 'x' || c == 'X') {
                c = nc();
                do {
                    if (c == '_') {
                        c = nc();
                    }
                    if (!isHex(c)) {
                        np--;
                        throw numError("invalid hexadecimal literal");
                    }
                    do {
                        c = nc();
                    } while (isHex(c));
                } while (c == '_');
                verifyEnd(c, "hexadecimal");
                return np - 1;
            } else if (c == 'o' || c == 'O' || c == 'b' || c == 'B') {
                boolean oct = c == 'o' || c == 'O';
                int max = oct ? '8' : '2';
                String kind = oct ? "octal" : "binary";
                c = nc();
                do {
                    if (c == '_') {
                        c = nc();
                    }
                    if (c < '0' || c >= max) {
                        if (isDigit(c)) {
                            throw numError("invalid digit '" + (char) c + "' in " + kind + " literal");
                        }
                        np--;
                        throw numError("invalid " + kind + " literal");
                    }
                    do {
                        c = nc();
                    } while (c >= '0' && c < max);
                } while (c == '_');
                if (isDigit(c)) {
                    throw numError("invalid digit '" + (char) c + "' in " + kind + " literal");
                }
                verifyEnd(c, kind);
                return np - 1;
            } else {
                boolean nonzero = false;
                for (;;) {
                    if (c == '_') {
                        c = nc();
                        if (!isDigit(c)) {
                            np--;
                            throw numError("invalid decimal literal");
                        }
                    }
                    if (c != '0') {
                        break;
                    }
                    c = nc();
                }
                int zerosEnd = np;
                if (isDigit(c)) {
                    nonzero = true;
                    c = decimalTail();
                }
                if (c == '.') {
                    return fraction(nc());
                } else if (c == 'e' || c == 'E' || c == 'j' || c == 'J') {
                    return exponentOrImaginary(c);
                } else if (nonzero) {
                    np--;
                    throw error("leading zeros in decimal integer literals are not permitted; "
                            + "use an 0o prefix for octal integers", _tokenStartLine, numCol + 1, _tokenStartLine,
                            numCol + (zerosEnd - numStart));
                }
                verifyEnd(c, "decimal");
                return np - 1;
            }
        }
        c = decimalTail();
        if (c == '.') {
            return fraction(nc());
        }
        return exponentOrImaginary(c);
    }

    private int fraction(int c) {
        if (isDigit(c)) {
            c = decimalTail();
        }
        return exponentOrImaginary(c);
    }

    private int exponentOrImaginary(int c) {
        if (c == 'e' || c == 'E') {
            int e = c;
            c = nc();
            if (c == '+' || c == '-') {
                c = nc();
                if (!isDigit(c)) {
                    np--;
                    throw numError("invalid decimal literal");
                }
            } else if (!isDigit(c)) {
                np--;
                verifyEnd(e, "decimal");
                return np - 1;
            }
            c = decimalTail();
        }
        if (c == 'j' || c == 'J') {
            c = nc();
            verifyEnd(c, "imaginary");
        } else {
            verifyEnd(c, "decimal");
        }
        return np - 1;
    }

    private int decimalTail() {
        int c;
        for (;;) {
            do {
                c = nc();
            } while (isDigit(c));
            if (c != '_') {
                break;
            }
            c = nc();
            if (!isDigit(c)) {
                np--;
                throw numError("invalid decimal literal");
            }
        }
        return c;
    }

    /** CPython's verify_end_of_number: {@code c} was just read (np is past it). */
    private void verifyEnd(int c, String kind) {
        boolean r = false;
        if (c == 'a') {
            r = lookahead("nd");
        } else if (c == 'e') {
            r = lookahead("lse");
        } else if (c == 'f') {
            r = lookahead("or");
        } else if (c == 'i') {
            int c2 = at(np);
            r = c2 == 'f' || c2 == 'n' || c2 == 's';
        } else if (c == 'o') {
            r = lookahead("r");
        } else if (c == 'n') {
            r = lookahead("ot");
        }
        if (r) {
            return; // CPython warns ("invalid ... literal") and goes on: the keyword is the next token
        }
        if (c >= 0 && c < 128 && isPotentialIdentifierChar(c)) {
            np--;
            throw numError("invalid " + kind + " literal");
        }
    }

    private boolean lookahead(String s) {
        int p = np;
        for (int i = 0; i < s.length(); i++) {
            if (at(p++) != s.charAt(i)) {
                return false;
            }
        }
        int c = at(p);
        return !(c >= 0 && isPotentialIdentifierChar(c));
    }

    // ------------------------------------------------------------------------------------------------ failures

    /** ANTLR found no token here: turn it into CPython's error. */
    @Override
    public void notifyListeners(LexerNoViableAltException e) {
        int s = e.getStartIndex();
        int c = at(s);
        int line = _tokenStartLine;
        int col = _tokenStartCharPositionInLine;
        if (isFStringTextMode(_mode)) {
            // a newline in a single-quoted f-string
            throw unterminatedFString(line);
        }
        if (c == '\'' || c == '"') {
            int startCol = col;
            if (lastEmitted != null && lastEmitted.getType() == PythonLexer.NAME
                    && lastEmitted.getStopIndex() == s - 1 && isStringPrefix(lastEmitted.getText())) {
                startCol = lastEmitted.getCharPositionInLine();
            }
            if (fDepth > 0 && fQuote[fDepth - 1] == c && fSize[fDepth - 1] == 1) {
                throw error("f-string: expecting '}'", line, col + 1, line, col + 1);
            }
            // find where the string ends: the first newline not escaped, or EOF
            int detected = line;
            int p = s + 1;
            int n = _input.size();
            while (p < n) {
                int d = at(p);
                if (d == '\\') {
                    if (p + 1 < n && at(p + 1) == '\n' && p + 2 < n) {
                        detected++;
                    }
                    p += 2;
                    continue;
                }
                if (d == '\n') {
                    break;
                }
                p++;
            }
            throw error("unterminated string literal (detected at line " + detected + ")", line, startCol + 1, line,
                    startCol + 1);
        }
        if (c == '\\') {
            int next = at(s + 1);
            if (next == IntStream_EOF) {
                if (level > 0) {
                    throw neverClosed();
                }
                throw error("unexpected EOF while parsing", line, col + 2, line, -1);
            }
            throw error("unexpected character after line continuation character", line, col + 2, line, 0);
        }
        if (c == 0) {
            throw new PySyntaxError(PySyntaxError.Kind.SyntaxError, "source code string cannot contain null bytes",
                    null, -1, 0, 0, 0, null);
        }
        if (!isPrintable(c)) {
            throw error(String.format("invalid non-printable character U+%04X", c), line, col + 1, line, col + 1);
        }
        throw error("invalid syntax", line, col + 1, line, col + 2);
    }

    private static final int IntStream_EOF = -1;

    private static boolean isStringPrefix(String s) {
        switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "r":
            case "u":
            case "b":
            case "br":
            case "rb":
                return true;
            default:
                return false;
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private PySyntaxError error(String msg, int line, int offset, int endLine, int endOffset) {
        return new PySyntaxError(PySyntaxError.Kind.SyntaxError, msg, filename, line, offset, endLine, endOffset,
                lineText(line));
    }

    /** The code point at absolute index i of the input, or -1 outside it (O(1) on ANTLR's code point streams). */
    private int at(int i) {
        if (i < 0 || i >= _input.size()) {
            return -1;
        }
        int pos = _input.index();
        return i < pos ? _input.LA(i - pos) : _input.LA(i - pos + 1);
    }

    private Token make(int type, String text, int start, int stop, int line, int col) {
        return _factory.create(_tokenFactorySourcePair, type, text, DEFAULT_TOKEN_CHANNEL, start, stop, line, col);
    }

    /** The number of the last line, as CPython counts for "detected at line N". */
    private int lastLineNumber() {
        int n = _input.size();
        int lines = 1;
        String all = _input.getText(Interval.of(0, n - 1));
        for (int i = 0; i < all.length(); i++) {
            if (all.charAt(i) == '\n') {
                lines++;
            }
        }
        if (n > 0 && all.charAt(all.length() - 1) == '\n') {
            lines--;
        }
        return Math.max(1, lines);
    }

    private int lineOf(int idx) {
        String all = _input.getText(Interval.of(0, idx));
        int lines = 1;
        for (int i = 0; i < all.length() - 1; i++) {
            if (all.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    private int lineStartOf(int idx) {
        int p = idx;
        while (p > 0 && at(p - 1) != '\n') {
            p--;
        }
        return p;
    }

    /** The text of a 1-based line (without newline), for error messages. */
    private String lineText(int line) {
        String all = _input.getText(Interval.of(0, _input.size() - 1));
        int l = 1;
        int i = 0;
        while (l < line && i < all.length()) {
            if (all.charAt(i) == '\n') {
                l++;
            }
            i++;
        }
        int j = all.indexOf('\n', i);
        return all.substring(i, j < 0 ? all.length() : j);
    }
}
