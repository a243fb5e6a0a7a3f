package org.pyvm.parse;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.pyvm.parse.gen.PythonLexer;
import org.pyvm.parse.gen.PythonParser;

/** Builds {@link PySyntaxError}s located at tokens, with CPython's messages for the parser's failures. */
public final class SyntaxErrors {
    private SyntaxErrors() {
    }

    /** An error spanning one token (the caret line underlines the whole token when it is on one line). */
    public static PySyntaxError at(SourceText src, PySyntaxError.Kind kind, String msg, Token token) {
        int line = token.getLine();
        int col = token.getCharPositionInLine();
        int endCol = col + 1;
        String text = token.getText();
        if (token.getType() != Token.EOF && text != null && !text.isEmpty() && text.indexOf('\n') < 0
                && token.getType() != PythonLexer.INDENT && token.getType() != PythonLexer.DEDENT) {
            endCol = col + text.codePointCount(0, text.length());
        }
        return new PySyntaxError(kind, msg, src.filename(), line, col + 1, line, endCol + 1, src.line(line));
    }

    /** An error spanning source positions given as 1-based lines and 0-based code-point columns. */
    public static PySyntaxError span(SourceText src, PySyntaxError.Kind kind, String msg, int line, int col,
                                     int endLine, int endCol) {
        return new PySyntaxError(kind, msg, src.filename(), line, col + 1, endLine, endCol + 1, src.line(line));
    }

    /**
     * Like {@link #at}, but at the end of the file CPython's position: the end of the last line (its tokenizer's
     * position when it produced ENDMARKER), with no end column.
     */
    public static PySyntaxError atToken(SourceText src, PySyntaxError.Kind kind, String msg, Token token) {
        if (token.getType() != Token.EOF) {
            return at(src, kind, msg, token);
        }
        int line = token.getLine();
        if (token.getCharPositionInLine() == 0 && line > 1) {
            line--;
        }
        String text = src.line(line);
        int len = text == null ? 0 : text.codePointCount(0, text.length());
        return new PySyntaxError(kind, msg, src.filename(), line, len + 1, line, -1, text);
    }

    static PySyntaxError atParserError(PythonParser parser, Token at, IntervalSet expected, RuleContext ctx,
                                       SourceText src) {
        return atParserError(parser, at, expected, ctx, src, new int[1]);
    }

    /** @param furthest receives the index of the furthest token CPython's parser would have read for this error */
    static PySyntaxError atParserError(PythonParser parser, Token at, IntervalSet expected, RuleContext ctx,
                                       SourceText src, int[] furthest) {
        furthest[0] = at.getTokenIndex();
        if (at.getType() == PythonLexer.INDENT) {
            // CPython's position: its tokenizer's, after the indentation
            Token next = parser.getInputStream().get(Math.min(at.getTokenIndex() + 1, parser.getInputStream().size() - 1));
            int line = at.getLine();
            return new PySyntaxError(PySyntaxError.Kind.IndentationError, "unexpected indent", src.filename(), line,
                    next.getLine() == line ? next.getCharPositionInLine() : 0, line, -1, src.line(line));
        }
        ParserRuleContext current = parser.getContext();
        if (expected != null && expected.contains(PythonLexer.INDENT)) {
            String what = null;
            if (current instanceof PythonParser.BlockContext block) {
                what = blockOwner(block.getParent());
            } else if (current instanceof PythonParser.Match_stmtContext m) {
                what = "'match' statement on line " + m.getStart().getLine();
            }
            if (what != null) {
                return atToken(src, PySyntaxError.Kind.IndentationError, "expected an indented block after " + what,
                        at);
            }
        }
        PySyntaxError specific = ParserErrors.find(parser, at, expected, src, furthest);
        if (specific != null) {
            return specific;
        }
        return atToken(src, PySyntaxError.Kind.SyntaxError, "invalid syntax", at);
    }

    /** "'if' statement on line 3", "function definition on line 7", ... for the statement owning a block. */
    private static String blockOwner(ParserRuleContext owner) {
        if (owner == null) {
            return null;
        }
        int line = owner.getStart().getLine();
        String kind;
        if (owner instanceof PythonParser.If_stmtContext) {
            kind = "'if' statement";
        } else if (owner instanceof PythonParser.Elif_clauseContext) {
            kind = "'elif' statement";
        } else if (owner instanceof PythonParser.Else_blockContext) {
            kind = "'else' statement";
        } else if (owner instanceof PythonParser.While_stmtContext) {
            kind = "'while' statement";
        } else if (owner instanceof PythonParser.For_stmtContext) {
            kind = "'for' statement";
        } else if (owner instanceof PythonParser.With_stmtContext) {
            kind = "'with' statement";
        } else if (owner instanceof PythonParser.Try_stmtContext) {
            kind = "'try' statement";
        } else if (owner instanceof PythonParser.Except_clauseContext ex) {
            kind = ex.star != null ? "'except*' statement" : "'except' statement";
        } else if (owner instanceof PythonParser.Finally_blockContext) {
            kind = "'finally' statement";
        } else if (owner instanceof PythonParser.Function_defContext fn) {
            kind = "function definition";
            line = fn.getStart().getLine();
        } else if (owner instanceof PythonParser.Class_defContext) {
            kind = "class definition";
        } else if (owner instanceof PythonParser.Case_blockContext) {
            kind = "'case' statement";
        } else {
            return null;
        }
        return kind + " on line " + line;
    }
}
