package org.pyvm.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.pyvm.ast.AstBuilder;
import org.pyvm.parse.gen.PythonLexer;
import org.pyvm.parse.gen.PythonParser;
import org.pyvm.parse.gen.PythonParser.*;

/**
 * CPython's specific messages for parse errors: the effect of its grammar's {@code invalid_*} rules, which its parser
 * tries in a second pass after a failure. Here they are decided at the failure of the full-LL parse, from the parse
 * state: the rule contexts open at the error and the rules they completed just before it, the offending token and the
 * tokens around it. Where a rule needs to know whether some tokens form a construct (an expression after the error
 * token, a comprehension clause), it runs a small SLL parse of that rule over the same tokens ({@link #probe}).
 *
 * <p>Each method returns the error or null when its rule does not apply; {@link #find} tries them in CPython's order.
 * Only the error path runs any of this.
 */
final class ParserErrors {
    private final PythonParser parser;
    private final TokenStream ts;
    private final SourceText src;
    private final Token at;
    private final int i;
    private final ParserRuleContext cur;
    private final IntervalSet expected;

    private ParserErrors(PythonParser parser, Token at, IntervalSet expected, SourceText src) {
        this.parser = parser;
        this.ts = parser.getInputStream();
        this.src = src;
        this.at = at;
        this.i = at.getTokenIndex();
        this.cur = parser.getContext();
        this.expected = expected;
    }

    /** CPython's error for a parse failing at {@code at}, or null for the generic "invalid syntax". */
    static PySyntaxError find(PythonParser parser, Token at, IntervalSet expected, SourceText src, int[] furthest) {
        ParserErrors p = new ParserErrors(parser, at, expected, src);
        p.furthest = p.i;
        try {
            return p.findRule();
        } finally {
            furthest[0] = p.furthest;
        }
    }

    private PySyntaxError findRule() {
        ParserErrors p = this;
        PySyntaxError e;
        if ((e = p.fstringField()) != null
                || (e = p.dictionaryKey()) != null
                || (e = p.expressionRules()) != null
                || (e = p.namedExpressionAssign()) != null
                || (e = p.comprehensions()) != null
                || (e = p.dictionary()) != null
                || (e = p.parenthesizedParams()) != null
                || (e = p.statementRules()) != null
                || (e = p.fstringFieldEnd()) != null) {
            return e;
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------------ tools

    private Token tok(int index) {
        return ts.get(Math.max(0, Math.min(index, ts.size() - 1)));
    }

    private int type(int index) {
        return index < 0 || index >= ts.size() ? Token.EOF : ts.get(index).getType();
    }

    private Token prev() {
        return tok(i - 1);
    }

    /**
     * Parses {@code rule} (SLL, no recovery) from token {@code start}: the index of the last token it took, or -1 if
     * it fails or takes nothing.
     */
    private int probe(int start, Function<PythonParser, ParserRuleContext> rule) {
        int saved = ts.index();
        try {
            PythonParser p = new PythonParser(ts);
            p.removeErrorListeners();
            p.setErrorHandler(new BailErrorStrategy());
            p.getInterpreter().setPredictionMode(PredictionMode.SLL);
            ts.seek(start);
            ParserRuleContext c = rule.apply(p);
            Token stop = c.getStop();
            return stop == null || stop.getTokenIndex() < start ? -1 : stop.getTokenIndex();
        } catch (RuntimeException | StackOverflowError e) {
            return -1;
        } finally {
            seen(ts.index());
            ts.seek(saved);
        }
    }

    /** The furthest token the chosen rule looked at (CPython's parser has read that far). */
    private int furthest;

    private void seen(int index) {
        furthest = Math.max(furthest, index);
    }

    /**
     * Where CPython's node for the expression at tokens {@code s..e} starts: inside the parentheses of a group `(x)`,
     * which makes no node of its own.
     */
    private int nodeStart(int s, int e) {
        while (type(s) == PythonLexer.LPAR && e > s + 1 && matching(s) == e) {
            int inner = probe(s + 1, PythonParser::named_expression);
            if (inner != e - 1) {
                inner = probe(s + 1, PythonParser::yield_expr);
            }
            if (inner != e - 1) {
                break;
            }
            s++;
            e--;
        }
        return s;
    }

    /** The index of the bracket closing the one at {@code open}, or -1. */
    private int matching(int open) {
        int depth = 0;
        for (int k = open; k < ts.size(); k++) {
            switch (type(k)) {
                case PythonLexer.LPAR, PythonLexer.LSQB, PythonLexer.LBRACE -> depth++;
                case PythonLexer.RPAR, PythonLexer.RSQB, PythonLexer.RBRACE -> {
                    if (--depth == 0) {
                        return k;
                    }
                }
                case Token.EOF -> {
                    return -1;
                }
                default -> {
                }
            }
        }
        return -1;
    }

    /** The open rule contexts, innermost first, up to the statement. */
    private List<ParserRuleContext> ancestors() {
        List<ParserRuleContext> out = new ArrayList<>();
        for (ParserRuleContext c = cur; c != null; c = c.getParent()) {
            out.add(c);
            if (c instanceof Simple_stmtContext || c instanceof Compound_stmtContext || c instanceof BlockContext) {
                break;
            }
        }
        return out;
    }

    /** The rules completed last inside the innermost open rule: its last child, that one's last child, ... */
    private List<ParserRuleContext> lastCompleted() {
        List<ParserRuleContext> out = new ArrayList<>();
        ParserRuleContext c = cur;
        while (c.getChildCount() > 0 && c.getChild(c.getChildCount() - 1) instanceof ParserRuleContext last) {
            out.add(last);
            c = last;
        }
        return out;
    }

    private <T extends ParserRuleContext> T ancestor(Class<T> kind) {
        for (ParserRuleContext c : ancestors()) {
            if (kind.isInstance(c)) {
                return kind.cast(c);
            }
        }
        return null;
    }

    private static boolean hasChildToken(ParserRuleContext c, int type) {
        for (int k = 0; k < c.getChildCount(); k++) {
            if (c.getChild(k) instanceof TerminalNode t && t.getSymbol().getType() == type) {
                return true;
            }
        }
        return false;
    }

    private static boolean isName(int type) {
        return type == PythonLexer.NAME || type == PythonLexer.MATCH || type == PythonLexer.CASE
                || type == PythonLexer.TYPE || type == PythonLexer.UNDERSCORE;
    }

    private static boolean isSoftKeyword(int type) {
        return type == PythonLexer.MATCH || type == PythonLexer.CASE || type == PythonLexer.TYPE
                || type == PythonLexer.UNDERSCORE;
    }

    /** The bracket nesting at token {@code index} (after it, for an opening bracket), as CPython's tokenizer has it. */
    private int level(int index) {
        int depth = 0;
        for (int k = 0; k <= index && k < ts.size(); k++) {
            switch (ts.get(k).getType()) {
                case PythonLexer.LPAR, PythonLexer.LSQB, PythonLexer.LBRACE -> depth++;
                case PythonLexer.RPAR, PythonLexer.RSQB, PythonLexer.RBRACE -> depth--;
                default -> {
                }
            }
        }
        return depth;
    }

    private PySyntaxError error(String msg, Token token) {
        return SyntaxErrors.at(src, PySyntaxError.Kind.SyntaxError, msg, token);
    }

    /** An error from the start of {@code first} to the end of {@code last}. */
    private PySyntaxError range(String msg, Token first, Token last) {
        int endLine = last.getLine();
        int endCol = last.getCharPositionInLine() + last.getText().codePointCount(0, last.getText().length());
        String text = last.getText();
        int nl = text.lastIndexOf('\n');
        if (nl >= 0) {
            endLine += (int) text.chars().filter(ch -> ch == '\n').count();
            endCol = text.codePointCount(nl + 1, text.length());
        }
        return SyntaxErrors.span(src, PySyntaxError.Kind.SyntaxError, msg, first.getLine(),
                first.getCharPositionInLine(), endLine, endCol);
    }

    // ------------------------------------------------------------------------------------------------ expressions

    /** Start token indexes where CPython would try `expression` and which end just before the error token. */
    private List<Integer> expressionStarts() {
        List<ParserRuleContext> all = new ArrayList<>(ancestors());
        all.addAll(lastCompleted());
        List<Integer> starts = new ArrayList<>();
        for (ParserRuleContext c : all) {
            int s = -1;
            if (c instanceof ExpressionContext) {
                s = c.getStart().getTokenIndex();
            } else if ((c instanceof Star_named_expressionContext || c instanceof Star_expressionContext)
                    && c.getStart().getType() == PythonLexer.STAR) {
                s = c.getStart().getTokenIndex() + 1;
            }
            if (s >= 0 && s < i && !starts.contains(s)) {
                starts.add(s);
            }
        }
        starts.sort(Comparator.naturalOrder());
        return starts;
    }

    /**
     * invalid_expression and invalid_legacy_expression: `print x` (missing parentheses), `f(a b)` (perhaps a
     * missing comma, inside brackets only), `a if b` without else, and `lambda x: x` unparenthesized in an f-string.
     */
    private PySyntaxError expressionRules() {
        for (int s : expressionStarts()) {
            if (probe(s, PythonParser::disjunction) != i - 1) {
                continue;
            }
            Token first = tok(s);
            if (s == i - 1 && first.getType() == PythonLexer.NAME
                    && (first.getText().equals("print") || first.getText().equals("exec"))) {
                if (at.getType() != PythonLexer.LPAR) {
                    int end = probe(i, PythonParser::star_expressions);
                    if (end >= 0) {
                        seen(end + 1);
                        return range("Missing parentheses in call to '" + first.getText() + "'. Did you mean "
                                + first.getText() + "(...)?", first, tok(end));
                    }
                }
                continue;
            }
            if ((first.getType() == PythonLexer.NAME && type(s + 1) == PythonLexer.STRING)
                    || isSoftKeyword(first.getType())) {
                continue;
            }
            int end = probe(i, PythonParser::expression);
            if (end >= 0 && level(end) > 0) {
                seen(end + 1);
                return range("invalid syntax. Perhaps you forgot a comma?", tok(nodeStart(s, i - 1)), tok(end));
            }
        }
        List<ParserRuleContext> all = new ArrayList<>(ancestors());
        all.addAll(lastCompleted());
        for (ParserRuleContext c : all) {
            if (c instanceof ExpressionContext e && e.getChildCount() == 3 && e.getChild(1) instanceof TerminalNode t
                    && t.getSymbol().getType() == PythonLexer.IF && e.getChild(2) instanceof DisjunctionContext
                    && at.getType() != PythonLexer.ELSE && at.getType() != PythonLexer.COLON) {
                int s = e.getStart().getTokenIndex();
                int ifAt = ((TerminalNode) e.getChild(1)).getSymbol().getTokenIndex();
                return range("expected 'else' after 'if' expression", tok(nodeStart(s, ifAt - 1)), prev());
            }
        }
        LambdefContext lam = ancestor(LambdefContext.class);
        if (lam != null && prev().getType() == PythonLexer.COLON && ancestor(Fstring_replacement_fieldContext.class) != null
                && (at.getType() == PythonLexer.FSTRING_MIDDLE || at.getType() == PythonLexer.LBRACE
                || at.getType() == PythonLexer.RBRACE)) {
            return range("f-string: lambda expressions are not allowed without parentheses", lam.getStart(), prev());
        }
        return null;
    }

    /**
     * invalid_named_expression: `if x = 1:` ("Maybe you meant '==' or ':='"), `[f() = 1]` ("cannot assign to function
     * call here"), where a named expression is expected.
     */
    private PySyntaxError namedExpressionAssign() {
        if (at.getType() != PythonLexer.EQUAL) {
            return null;
        }
        for (ParserRuleContext c : lastCompleted()) {
            if (!(c instanceof Named_expressionContext ne) || ne.value != null || ne.getStop() == null
                    || ne.getStop().getTokenIndex() != i - 1) {
                continue;
            }
            int s = ne.getStart().getTokenIndex();
            if (probe(s, PythonParser::bitwise_or) != i - 1) {
                return null;
            }
            int end = probe(i + 1, PythonParser::bitwise_or);
            if (end < 0 || type(end + 1) == PythonLexer.EQUAL || type(end + 1) == PythonLexer.COLONEQUAL) {
                return null;
            }
            Token first = tok(s);
            seen(end + 1);
            if (s == i - 1 && isName(first.getType())) {
                return range("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", first, tok(end));
            }
            if (!startsWithDisplay(s)) {
                String what = AstBuilder.describe(src, ts, ne.lhs);
                return AstBuilder.errorAt(src, ts, ne.lhs,
                        "cannot assign to " + what + " here. Maybe you meant '==' instead of '='?");
            }
            return null;
        }
        return null;
    }

    /** Whether a list or tuple display, a generator expression, True, False or None starts at token {@code s}. */
    private boolean startsWithDisplay(int s) {
        int t = type(s);
        if (t == PythonLexer.TRUE || t == PythonLexer.FALSE || t == PythonLexer.NONE) {
            return true;
        }
        if (t != PythonLexer.LSQB && t != PythonLexer.LPAR) {
            return false;
        }
        int end = probe(s, PythonParser::atom);
        if (end < 0) {
            return false;
        }
        int saved = ts.index();
        try {
            PythonParser p = new PythonParser(ts);
            p.removeErrorListeners();
            p.setErrorHandler(new BailErrorStrategy());
            ts.seek(s);
            AtomContext a = p.atom();
            if (a instanceof ListAtomContext l) {
                return l.comp_for() == null;
            }
            if (a instanceof ParenAtomContext pa) {
                return pa.yield_expr() == null && (pa.comp_for() != null || pa.star_named_expression().isEmpty()
                        || !pa.COMMA().isEmpty());
            }
            return false;
        } catch (RuntimeException e) {
            return false;
        } finally {
            ts.seek(saved);
        }
    }

    // ------------------------------------------------------------------------------------------------ displays

    /** invalid_comprehension and invalid_dict_comprehension. */
    private PySyntaxError comprehensions() {
        int t = at.getType();
        if (t != PythonLexer.FOR && t != PythonLexer.ASYNC) {
            return null;
        }
        List<Star_named_expressionContext> items = null;
        int commas = 0;
        Token lastComma = null;
        ParserRuleContext display = cur instanceof BraceAtomContext b && b.dict_or_set() != null ? b.dict_or_set() : cur;
        if (display instanceof ListAtomContext l) {
            items = l.star_named_expression();
        } else if (display instanceof DictOrSetMakerContext m && m.colon == null) {
            items = m.star_named_expression();
        } else if (cur instanceof DictUnpackFirstContext d && d.getChildCount() == 2
                || cur instanceof BraceAtomContext b && b.dict_or_set() instanceof DictUnpackFirstContext du
                && du.getChildCount() == 2) {
            Token star = cur instanceof BraceAtomContext b ? b.dict_or_set().getStart() : cur.getStart();
            int end = probe(i, PythonParser::comp_for);
            if (end >= 0 && type(end + 1) == PythonLexer.RBRACE) {
                return error("dict unpacking cannot be used in dict comprehension", star);
            }
            return null;
        }
        if (items == null || items.isEmpty()) {
            return null;
        }
        for (int k = 0; k < display.getChildCount(); k++) {
            if (display.getChild(k) instanceof TerminalNode n && n.getSymbol().getType() == PythonLexer.COMMA) {
                commas++;
                lastComma = n.getSymbol();
            }
        }
        if (prev().getType() == PythonLexer.COMMA && (lastComma == null || lastComma != prev())
                && prev().getTokenIndex() > items.get(items.size() - 1).getStop().getTokenIndex()) {
            // a trailing comma the parser has not taken yet (it failed predicting what follows)
            commas++;
            lastComma = prev();
        }
        if (commas == 0 || probe(i, PythonParser::comp_for) < 0) {
            return null;
        }
        Token end = items.size() > 1 ? items.get(items.size() - 1).getStop() : lastComma;
        return range("did you forget parentheses around the comprehension target?", items.get(0).getStart(), end);
    }

    /**
     * invalid_kvpair: `{1: 2, 3}`, `{1: 2, 3 4}`: a key after the first item without ':' (CPython's parser meets this
     * rule before the "forgot a comma" one there).
     */
    private PySyntaxError dictionaryKey() {
        if (cur instanceof Dict_itemContext item && item.expression().size() == 1 && item.getChildCount() == 1
                && at.getType() != PythonLexer.COLON) {
            Token keyEnd = item.expression(0).getStop();
            int endCol = keyEnd.getCharPositionInLine()
                    + keyEnd.getText().codePointCount(0, keyEnd.getText().length());
            return new PySyntaxError(PySyntaxError.Kind.SyntaxError, "':' expected after dictionary key",
                    src.filename(), keyEnd.getLine(), endCol, keyEnd.getLine(), 0, src.line(keyEnd.getLine()));
        }
        return null;
    }

    /** invalid_double_starred_kvpairs: `{1:}`. */
    private PySyntaxError dictionary() {
        Token colon = prev();
        if (colon.getType() == PythonLexer.COLON
                && (at.getType() == PythonLexer.RBRACE || at.getType() == PythonLexer.COMMA)) {
            for (ParserRuleContext c : ancestors()) {
                if ((c instanceof Dict_itemContext || c instanceof DictOrSetMakerContext)
                        && hasChildToken(c, PythonLexer.COLON)) {
                    return error("expression expected after dictionary key and ':'", colon);
                }
            }
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------------ parameters

    /** invalid_parameters / invalid_lambda_parameters: `def f((a, b)):`, `lambda (a): 0`. */
    private PySyntaxError parenthesizedParams() {
        if (at.getType() != PythonLexer.LPAR) {
            return null;
        }
        boolean lambda;
        List<? extends ParserRuleContext> before;
        if (cur instanceof ParametersContext ps) {
            lambda = false;
            before = ps.param_item();
        } else if (cur instanceof Param_itemContext && cur.getParent() instanceof ParametersContext ps) {
            lambda = false;
            before = ps.param_item().subList(0, ps.param_item().indexOf(cur));
        } else if (cur instanceof Lambda_paramContext && cur.getParent() instanceof Lambda_paramsContext ps) {
            lambda = true;
            before = ps.lambda_param().subList(0, ps.lambda_param().indexOf(cur));
        } else if (cur instanceof Function_defContext f) {
            // the parser could not even start the parameters: those before must be plain names
            lambda = false;
            before = List.of();
            Token open = null;
            for (int k = 0; k < f.getChildCount() && open == null; k++) {
                if (f.getChild(k) instanceof TerminalNode n && n.getSymbol().getType() == PythonLexer.LPAR) {
                    open = n.getSymbol();
                }
            }
            if (open == null || !plainNamesUpTo(open.getTokenIndex() + 1, false)) {
                return null;
            }
        } else if (cur instanceof Lambda_paramsContext ps) {
            lambda = true;
            before = ps.lambda_param();
        } else if (cur instanceof LambdefContext lam) {
            lambda = true;
            before = List.of();
            if (!plainNamesUpTo(lam.getStart().getTokenIndex() + 1, true)) {
                return null;
            }
        } else {
            return null;
        }
        for (ParserRuleContext b : before) {
            boolean plain = lambda ? b instanceof LambdaPlainContext lp && lp.expression() == null
                    : b instanceof ParamPlainContext pp && pp.default_ == null;
            if (!plain) {
                return null;
            }
        }
        int k = i + 1;
        boolean any = false;
        for (;;) {
            if (!isName(type(k))) {
                break;
            }
            any = true;
            k++;
            if (!lambda && type(k) == PythonLexer.COLON) {
                int end = probe(k + 1, PythonParser::expression);
                if (end < 0) {
                    return null;
                }
                k = end + 1;
            }
            if (type(k) != PythonLexer.COMMA) {
                break;
            }
            k++;
        }
        if (!any || type(k) != PythonLexer.RPAR) {
            return null;
        }
        return range(lambda ? "Lambda expression parameters cannot be parenthesized"
                : "Function parameters cannot be parenthesized", at, tok(k));
    }

    /** Whether the tokens from {@code k} to the error token are `name,` items (`name: annotation,` in a def). */
    private boolean plainNamesUpTo(int k, boolean lambda) {
        while (k < i) {
            if (!isName(type(k))) {
                return false;
            }
            k++;
            if (!lambda && type(k) == PythonLexer.COLON) {
                int end = probe(k + 1, PythonParser::expression);
                if (end < 0) {
                    return false;
                }
                k = end + 1;
            }
            if (type(k) != PythonLexer.COMMA) {
                return false;
            }
            k++;
        }
        return k == i;
    }

    // ------------------------------------------------------------------------------------------------ statements

    private static final int NO = 0;
    private static final int AT_NEWLINE = 1;
    private static final int ANY = 2;

    /** Statement headers: "expected ':'", "expected '('", "expected 'except' or 'finally' block", ... */
    private PySyntaxError statementRules() {
        ParserRuleContext header = null;
        for (ParserRuleContext c : ancestors()) {
            if (c instanceof If_stmtContext || c instanceof Elif_clauseContext || c instanceof While_stmtContext
                    || c instanceof For_stmtContext || c instanceof With_stmtContext || c instanceof Class_defContext
                    || c instanceof Function_defContext || c instanceof Try_stmtContext
                    || c instanceof Except_clauseContext || c instanceof Finally_blockContext
                    || c instanceof Else_blockContext || c instanceof Match_stmtContext
                    || c instanceof Case_blockContext || c instanceof Type_aliasContext
                    || c instanceof PatternContext) {
                header = c;
                break;
            }
            if (c instanceof LambdefContext || c instanceof AtomContext || c instanceof TrailerContext) {
                break;
            }
        }
        if (header == null) {
            return null;
        }
        int t = at.getType();
        if (header instanceof PatternContext p) {
            if (hasChildToken(p, PythonLexer.AS) && prev().getType() == PythonLexer.AS && !isName(t)) {
                int end = probe(i, PythonParser::expression);
                if (end >= 0) {
                    return range("invalid pattern target", at, tok(end));
                }
            }
            return null;
        }
        if (header instanceof Function_defContext f) {
            if (!hasChildToken(f, PythonLexer.LPAR)) {
                if (f.type_params() != null && cur != f) {
                    return error("expected '('", f.type_params().getStart());
                }
                if (cur == f && t != PythonLexer.LSQB) {
                    return error("expected '('", at);
                }
                return null;
            }
            if (prev().getType() == PythonLexer.RARROW) {
                return error("expected ':'", prev());
            }
        }
        if (header instanceof Type_aliasContext alias) {
            return typeAliasParams(alias);
        }
        if (header instanceof Try_stmtContext tr && tr.block() != null && cur == tr
                && t != PythonLexer.EXCEPT && t != PythonLexer.FINALLY) {
            return SyntaxErrors.atToken(src, PySyntaxError.Kind.SyntaxError,
                    "expected 'except' or 'finally' block", at);
        }
        if (header instanceof Except_clauseContext ex && ex.expression() != null && t == PythonLexer.COMMA
                && ex.expression().getStop().getTokenIndex() == i - 1 && !hasChildToken(ex, PythonLexer.COLON)) {
            return multipleExceptionTypes(ex);
        }
        int kind = colonKind(header);
        if (kind == NO || hasChildToken(header, PythonLexer.COLON)) {
            return null;
        }
        if (kind == AT_NEWLINE && t != PythonLexer.NEWLINE) {
            return null;
        }
        if (cur != header && !(header instanceof Function_defContext)) {
            return null;
        }
        if (expected != null && !expected.contains(PythonLexer.COLON) && !(header instanceof With_stmtContext)) {
            return null;
        }
        return error("expected ':'", at);
    }

    private static int colonKind(ParserRuleContext header) {
        if (header instanceof Function_defContext || header instanceof Try_stmtContext
                || header instanceof Finally_blockContext || header instanceof Else_blockContext) {
            return ANY;
        }
        if (header instanceof If_stmtContext || header instanceof Elif_clauseContext
                || header instanceof While_stmtContext || header instanceof For_stmtContext
                || header instanceof With_stmtContext || header instanceof Class_defContext
                || header instanceof Except_clauseContext || header instanceof Match_stmtContext
                || header instanceof Case_blockContext) {
            return AT_NEWLINE;
        }
        return NO;
    }

    /** `except A, B:`: from A to the end of the ':' (CPython's RAISE_SYNTAX_ERROR_STARTING_FROM). */
    private PySyntaxError multipleExceptionTypes(Except_clauseContext ex) {
        int k = i;
        while (type(k) == PythonLexer.COMMA) {
            int end = probe(k + 1, PythonParser::expression);
            if (end < 0) {
                break;
            }
            k = end + 1;
        }
        if (type(k) == PythonLexer.AS && isName(type(k + 1))) {
            k += 2;
        }
        if (type(k) != PythonLexer.COLON || k == i) {
            return null;
        }
        Token first = ex.expression().getStart();
        Token colon = tok(k);
        return new PySyntaxError(PySyntaxError.Kind.SyntaxError, "multiple exception types must be parenthesized",
                src.filename(), first.getLine(), first.getCharPositionInLine() + 1, colon.getLine(),
                colon.getCharPositionInLine() + 1, src.line(first.getLine()));
    }

    /**
     * `type A[T = int] = T`: CPython's parser ends up reading the brackets as a subscript, where `T = int` is an
     * assignment in place of a named expression.
     */
    private PySyntaxError typeAliasParams(Type_aliasContext alias) {
        if (at.getType() != PythonLexer.EQUAL || !isName(prev().getType()) || alias.type_params() == null) {
            return null;
        }
        int end = probe(i + 1, PythonParser::bitwise_or);
        if (end < 0 || type(end + 1) == PythonLexer.EQUAL || type(end + 1) == PythonLexer.COLONEQUAL) {
            return null;
        }
        return range("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", prev(), tok(end));
    }

    // ------------------------------------------------------------------------------------------------ f-strings

    /** invalid_replacement_field, at its start: `f'{}'`, `f'{!r}'`; invalid_conversion_character: `f'{x!}'`. */
    private PySyntaxError fstringField() {
        int t = at.getType();
        if (cur instanceof Fstring_replacement_fieldContext f && f.getChildCount() == 1) {
            if (t == PythonLexer.EQUAL || t == PythonLexer.EXCLAMATION || t == PythonLexer.COLON
                    || t == PythonLexer.RBRACE) {
                return error("f-string: valid expression required before '" + at.getText() + "'", at);
            }
            if (probe(i, PythonParser::star_expressions) < 0 && probe(i, PythonParser::yield_expr) < 0) {
                return error("f-string: expecting a valid expression after '{'", at);
            }
        }
        ParserRuleContext conv = cur instanceof NameContext ? cur.getParent() : cur;
        if (conv instanceof Fstring_conversionContext c && (c.getChildCount() == 1 || cur instanceof NameContext)) {
            if (t == PythonLexer.COLON || t == PythonLexer.RBRACE) {
                return error("f-string: missing conversion character", at);
            }
        }
        return null;
    }

    /** invalid_replacement_field, after the expression: `f'{x;}'`. */
    private PySyntaxError fstringFieldEnd() {
        if (!(cur instanceof Fstring_replacement_fieldContext f) || f.getChildCount() < 2) {
            return null;
        }
        int t = at.getType();
        ParseTree last = f.getChild(f.getChildCount() - 1);
        if (last instanceof Fstring_conversionContext) {
            return t == PythonLexer.COLON || t == PythonLexer.RBRACE ? null
                    : error("f-string: expecting ':' or '}'", at);
        }
        if (f.debug != null && last instanceof TerminalNode) {
            return t == PythonLexer.EXCLAMATION || t == PythonLexer.COLON || t == PythonLexer.RBRACE ? null
                    : error("f-string: expecting '!', or ':', or '}'", at);
        }
        if (last instanceof Star_expressionsContext || last instanceof Yield_exprContext) {
            return t == PythonLexer.EQUAL || t == PythonLexer.EXCLAMATION || t == PythonLexer.COLON
                    || t == PythonLexer.RBRACE ? null : error("f-string: expecting '=', or '!', or ':', or '}'", at);
        }
        return null;
    }
}
