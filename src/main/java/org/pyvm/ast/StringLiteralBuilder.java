package org.pyvm.ast;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.pyvm.parse.gen.PythonParser.FstringContext;
import org.pyvm.parse.gen.PythonParser.Fstring_middleContext;
import org.pyvm.parse.gen.PythonParser.Fstring_replacement_fieldContext;
import org.pyvm.parse.gen.PythonParser.StringsContext;

/**
 * Builds the value of adjacent string literals, as CPython's parser does: plain strings concatenate into one
 * {@code Constant} (kind "u" when the first has a u prefix); with any f-string among them the result is a
 * {@code JoinedStr} whose literal parts are merged {@code Constant}s and whose fields are {@code FormattedValue}s.
 *
 * <p>Positions (CPython 3.12): a literal part spans from the start of its first piece to the end of its last, where
 * a piece is a whole plain string token, the text of an f-string between fields, or the source text of an
 * {@code =} debug field; a field spans its braces; a format spec spans from its ':' to the closing brace.
 */
final class StringLiteralBuilder {
    private final ExprBuilder b;

    /** Whether this builder collects a format spec (CPython 3.12.1 does not merge its literal parts). */
    private boolean inSpec;

    /** The literal text collected since the last field, with the code-point span it came from. */
    private StringBuilder pending;
    private int pLine;
    private int pCol;
    private int pEndLine;
    private int pEndCol;
    /** The kind of the literal part being collected: "u" when it starts with the u-prefixed first literal. */
    private String pendingKind;

    StringLiteralBuilder(ExprBuilder b) {
        this.b = b;
    }

    Expr build(StringsContext c) {
        boolean sawBytes = false;
        boolean sawText = false;
        boolean sawF = false;
        String kind = null;
        ByteArrayOutputStream bytes = null;
        List<Expr> values = new ArrayList<>();
        boolean first = true;
        for (ParseTree child : c.children) {
            if (child instanceof TerminalNode tn) {
                Token t = tn.getSymbol();
                String text = t.getText();
                String prefix = Literals.prefix(text);
                String pieceKind = null;
                if (first && text.charAt(0) == 'u') {
                    // Only a lower-case u prefix on the first literal is recorded (CPython checks the first byte).
                    kind = "u";
                    pieceKind = "u";
                }
                boolean raw = prefix.indexOf('r') >= 0;
                String body = Literals.body(text, prefix.length());
                try {
                    if (prefix.indexOf('b') >= 0) {
                        sawBytes = true;
                        if (bytes == null) {
                            bytes = new ByteArrayOutputStream();
                        }
                        bytes.writeBytes(Literals.decodeBytes(body, raw, 0));
                    } else {
                        sawText = true;
                        add(Literals.decodeStr(body, raw, false, 0), t.getLine(), t.getCharPositionInLine(),
                                b.endLine(t), b.endCharCol(t), pieceKind);
                    }
                } catch (Literals.LiteralError e) {
                    throw b.error(e.getMessage(), t);
                }
            } else {
                sawF = true;
                fstring((FstringContext) child, values);
            }
            if (sawBytes && (sawText || sawF)) {
                throw b.error("cannot mix bytes and nonbytes literals", c);
            }
            first = false;
        }
        if (sawBytes) {
            return new Expr.Constant(new Expr.Constant.Bytes(bytes.toByteArray()), null, b.pos(c));
        }
        if (!sawF) {
            return new Expr.Constant(pending == null ? "" : pending.toString(), kind, b.pos(c));
        }
        flush(values);
        return new Expr.JoinedStr(values, b.pos(c));
    }

    private void fstring(FstringContext f, List<Expr> values) {
        String prefix = Literals.prefix(f.FSTRING_START().getText());
        boolean raw = prefix.indexOf('r') >= 0;
        middles(f.fstring_middle(), raw, values);
    }

    private void middles(List<Fstring_middleContext> parts, boolean raw, List<Expr> values) {
        for (Fstring_middleContext m : parts) {
            if (m.FSTRING_MIDDLE() != null && inSpec && !raw) {
                specText(m.FSTRING_MIDDLE().getSymbol(), values);
            } else if (m.FSTRING_MIDDLE() != null) {
                Token t = m.FSTRING_MIDDLE().getSymbol();
                try {
                    add(Literals.decodeStr(t.getText(), raw, true, 0), t.getLine(), t.getCharPositionInLine(),
                            b.endLine(t), b.endCharCol(t), null);
                } catch (Literals.LiteralError e) {
                    throw b.error(e.getMessage(), t);
                }
            } else {
                field(m.fstring_replacement_field(), raw, values);
            }
        }
    }

    private void field(Fstring_replacement_fieldContext f, boolean raw, List<Expr> values) {
        Token open = f.getStart();
        Token close = f.getStop();
        Expr value = f.yield_expr() != null ? b.yieldExpr(f.yield_expr()) : b.starExpressions(f.star_expressions());
        int conversion = -1;
        if (f.debug != null) {
            // The expression's source text and the '=' (with the spaces around them) become literal text.
            Token after = b.tokens.get(f.debug.getTokenIndex() + 1);
            String text = debugText(open, after);
            add(text, open.getLine(), open.getCharPositionInLine() + 1, after.getLine(),
                    after.getCharPositionInLine(), null);
            if (f.fstring_conversion() == null && f.fstring_format_spec() == null) {
                conversion = 'r';
            }
        }
        if (f.fstring_conversion() != null) {
            var conv = f.fstring_conversion();
            Token bang = conv.getStart();
            Token nameTok = conv.name().getStart();
            if (nameTok.getCharPositionInLine() != bang.getCharPositionInLine() + 1
                    || nameTok.getLine() != bang.getLine()) {
                throw b.error("f-string: conversion type must come right after the exclamanation mark", bang,
                        nameTok);
            }
            String n = nameTok.getText();
            conversion = switch (n) {
                case "s" -> 's';
                case "r" -> 'r';
                case "a" -> 'a';
                default -> throw b.error("f-string: invalid conversion character '" + n
                        + "': expected 's', 'r', or 'a'", nameTok);
            };
        }
        Expr spec = null;
        if (f.fstring_format_spec() != null) {
            var s = f.fstring_format_spec();
            Token colon = s.getStart();
            StringLiteralBuilder inner = new StringLiteralBuilder(b);
            inner.inSpec = true;
            List<Expr> specValues = new ArrayList<>();
            inner.middles(s.fstring_middle(), raw, specValues);
            inner.flush(specValues);
            spec = new Expr.JoinedStr(specValues, span(colon.getLine(), colon.getCharPositionInLine(),
                    close.getLine(), close.getCharPositionInLine()));
        }
        flush(values);
        values.add(new Expr.FormattedValue(value, conversion, spec, b.pos(open, close)));
    }

    /**
     * Literal text of a format spec. CPython 3.12.1's tokenizer ends a spec's text right after each {@code \N{...}}
     * escape and its parser keeps every piece a separate Constant; the goldens keep that behaviour.
     */
    private void specText(Token t, List<Expr> values) {
        String text = t.getText();
        int line = t.getLine();
        int col = t.getCharPositionInLine();
        int from = 0;
        while (from < text.length()) {
            int to = endOfPieceAfterNamedEscape(text, from);
            String piece = text.substring(from, to);
            int pieceLine = line;
            int pieceCol = col;
            for (int i = 0; i < piece.length(); i++) {
                if (piece.charAt(i) == '\n') {
                    pieceLine++;
                    pieceCol = 0;
                } else if (!Character.isLowSurrogate(piece.charAt(i))) {
                    pieceCol++;
                }
            }
            try {
                add(Literals.decodeStr(piece, false, true, 0), line, col, pieceLine, pieceCol, null);
            } catch (Literals.LiteralError e) {
                throw b.error(e.getMessage(), t);
            }
            flush(values);
            line = pieceLine;
            col = pieceCol;
            from = to;
        }
    }

    /** The end of the piece of spec text starting at {@code from}: just after its first \N{...}, or the end. */
    private static int endOfPieceAfterNamedEscape(String text, int from) {
        for (int i = from; i < text.length() - 1; i++) {
            if (text.charAt(i) == '\\') {
                if (text.charAt(i + 1) == 'N' && i + 2 < text.length() && text.charAt(i + 2) == '{') {
                    int close = text.indexOf('}', i);
                    return close < 0 ? text.length() : close + 1;
                }
                i++;
            }
        }
        return text.length();
    }

    /**
     * The source text between two tokens of a replacement field, as CPython keeps it for {@code =}: everything as
     * written, except comments (the tokenizer drops them, keeping the line break).
     */
    private String debugText(Token open, Token after) {
        CharStream chars = open.getInputStream();
        StringBuilder out = new StringBuilder();
        int from = open.getStopIndex() + 1;
        for (int i = open.getTokenIndex() + 1; i <= after.getTokenIndex(); i++) {
            Token t = b.tokens.get(i);
            out.append(withoutComments(chars.getText(Interval.of(from, t.getStartIndex() - 1))));
            if (i < after.getTokenIndex()) {
                out.append(t.getText());
            }
            from = t.getStopIndex() + 1;
        }
        return out.toString();
    }

    /** Removes {@code # ...} up to (not including) each line break from text that holds no string literal. */
    private static String withoutComments(String gap) {
        int hash = gap.indexOf('#');
        if (hash < 0) {
            return gap;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (hash >= 0) {
            out.append(gap, i, hash);
            int nl = gap.indexOf('\n', hash);
            i = nl < 0 ? gap.length() : nl;
            hash = gap.indexOf('#', i);
        }
        out.append(gap, i, gap.length());
        return out.toString();
    }

    private void add(String text, int line, int col, int endLine, int endCol, String kind) {
        if (text.isEmpty()) {
            return;
        }
        if (pending == null) {
            pendingKind = kind;
            pending = new StringBuilder(text);
            pLine = line;
            pCol = col;
        } else {
            pending.append(text);
        }
        pEndLine = endLine;
        pEndCol = endCol;
    }

    private void flush(List<Expr> values) {
        if (pending != null) {
            values.add(new Expr.Constant(pending.toString(), pendingKind, span(pLine, pCol, pEndLine, pEndCol)));
            pending = null;
        }
    }

    private Pos span(int line, int col, int endLine, int endCol) {
        return new Pos(line, b.src.utf8Col(line, col), endLine, b.src.utf8Col(endLine, endCol));
    }
}
