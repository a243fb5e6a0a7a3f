package org.pyvm.ast;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.tree.ParseTree;
import org.pyvm.parse.PySyntaxError;
import org.pyvm.parse.SourceText;
import org.pyvm.parse.gen.PythonLexer;
import org.pyvm.parse.gen.PythonParser.*;

/**
 * The expression half of the parse-tree-to-AST conversion: positions, expressions, targets, call arguments and
 * string literals. {@link AstBuilder} adds statements and patterns.
 *
 * <p>Positions follow CPython: a node spans the tokens of its grammar rule, so a parenthesized operand is included
 * in an enclosing BinOp or Call, but a parenthesized expression by itself keeps the span of what is inside the
 * parentheses. Columns are UTF-8 byte offsets.
 */
abstract class ExprBuilder {
    protected final SourceText src;
    protected final TokenStream tokens;

    ExprBuilder(SourceText src, TokenStream tokens) {
        this.src = src;
        this.tokens = tokens;
    }

    // ------------------------------------------------------------------------------------------------ positions

    /** The last token at or before {@code t} that is not NEWLINE, INDENT or DEDENT. */
    protected Token significant(Token t) {
        int i = t.getTokenIndex();
        while (i > 0) {
            int type = t.getType();
            if (type != PythonLexer.NEWLINE && type != PythonLexer.INDENT && type != PythonLexer.DEDENT
                    && type != Token.EOF) {
                break;
            }
            t = tokens.get(--i);
        }
        return t;
    }

    /** The token just before {@code t} in the stream. */
    protected Token tokenBefore(Token t) {
        return tokens.get(Math.max(0, t.getTokenIndex() - 1));
    }

    /** The token just after {@code t} in the stream. */
    protected Token tokenAfter(Token t) {
        return tokens.get(Math.min(tokens.size() - 1, t.getTokenIndex() + 1));
    }

    /** Only string tokens can span lines; every other token ends on its first line. */
    private static boolean mayspanLines(Token t) {
        int type = t.getType();
        return type == PythonLexer.STRING || type == PythonLexer.FSTRING_MIDDLE;
    }

    protected int endLine(Token t) {
        if (!mayspanLines(t)) {
            return t.getLine();
        }
        String text = t.getText();
        int line = t.getLine();
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            line++;
        }
        return line;
    }

    /** The code-point column just past the token's last character, on its end line. */
    protected int endCharCol(Token t) {
        if (!mayspanLines(t)) {
            // Character stream indexes count code points, as columns do.
            return t.getCharPositionInLine() + t.getStopIndex() - t.getStartIndex() + 1;
        }
        String text = t.getText();
        int nl = text.lastIndexOf('\n');
        if (nl < 0) {
            return t.getCharPositionInLine() + text.codePointCount(0, text.length());
        }
        return text.codePointCount(nl + 1, text.length());
    }

    protected Pos pos(Token start, Token stop) {
        stop = significant(stop);
        int line = start.getLine();
        int endLine = endLine(stop);
        return new Pos(line, src.utf8Col(line, start.getCharPositionInLine()), endLine,
                src.utf8Col(endLine, endCharCol(stop)));
    }

    protected Pos pos(ParserRuleContext c) {
        return pos(c.getStart(), c.getStop());
    }

    protected Pos pos(Token t) {
        return pos(t, t);
    }

    protected Pos pos(ParserRuleContext from, ParserRuleContext to) {
        return pos(from.getStart(), to.getStop());
    }

    /** Position of a node: every positioned node carries one. */
    protected static Pos posOf(Node n) {
        return ((Positioned) n).pos();
    }

    // ------------------------------------------------------------------------------------------------ errors

    protected PySyntaxError error(String msg, Token start, Token stop) {
        stop = significant(stop);
        int line = start.getLine();
        return new PySyntaxError(PySyntaxError.Kind.SyntaxError, msg, src.filename(), line,
                start.getCharPositionInLine() + 1, endLine(stop), endCharCol(stop) + 1, src.line(line));
    }

    protected PySyntaxError error(String msg, ParserRuleContext c) {
        return error(msg, c.getStart(), c.getStop());
    }

    protected PySyntaxError error(String msg, Token t) {
        return error(msg, t, t);
    }

    /** An error located at an AST node (converting its UTF-8 columns back to characters). */
    protected PySyntaxError error(String msg, Node node) {
        Pos p = posOf(node);
        return new PySyntaxError(PySyntaxError.Kind.SyntaxError, msg, src.filename(), p.lineno(),
                src.charCol(p.lineno(), p.colOffset()) + 1, p.endLineno(),
                src.charCol(p.endLineno(), p.endColOffset()) + 1, src.line(p.lineno()));
    }

    // ------------------------------------------------------------------------------------------------ names

    protected static String identifier(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
            }
        }
        return text;
    }

    protected String name(NameContext c) {
        return identifier(c.getStart().getText());
    }

    protected Expr.Name nameExpr(NameContext c, ExprContext ctx) {
        return new Expr.Name(name(c), ctx, pos(c));
    }

    // ------------------------------------------------------------------------------------------------ expressions

    protected Expr expression(ExpressionContext c) {
        if (c.getChildCount() == 1) {
            // The common case, without the generated accessors' scans of the children: one operand.
            ParseTree only = c.getChild(0);
            return only instanceof DisjunctionContext d ? disjunction(d) : lambdef((LambdefContext) only);
        }
        if (c.lambdef() != null) {
            return lambdef(c.lambdef());
        }
        Expr body = disjunction(c.disjunction(0));
        if (c.IF() == null) {
            return body;
        }
        return new Expr.IfExp(disjunction(c.disjunction(1)), body, expression(c.expression()), pos(c));
    }

    protected Expr optExpression(ExpressionContext c) {
        return c == null ? null : expression(c);
    }

    /** The boolean and comparison levels (one left-recursive rule); chains flatten as CPython builds them. */
    protected Expr disjunction(DisjunctionContext c) {
        if (c instanceof OperandExprContext o) {
            return bitwiseOr(o.bitwise_or());
        }
        if (c instanceof OrExprContext || c instanceof AndExprContext) {
            boolean or = c instanceof OrExprContext;
            Class<?> kind = c.getClass();
            // a or b or c parses as ((a or b) or c): collect the operands of the unparenthesized chain.
            java.util.ArrayDeque<DisjunctionContext> operands = new java.util.ArrayDeque<>();
            DisjunctionContext cur = c;
            while (cur.getClass() == kind) {
                operands.addFirst((DisjunctionContext) cur.getChild(2));
                cur = (DisjunctionContext) cur.getChild(0);
            }
            operands.addFirst(cur);
            List<Expr> values = new ArrayList<>(operands.size());
            for (DisjunctionContext d : operands) {
                values.add(disjunction(d));
            }
            return new Expr.BoolOp(or ? BoolOp.Or : BoolOp.And, values, pos(c));
        }
        if (c instanceof NotExprContext n) {
            return new Expr.UnaryOp(UnaryOp.Not, disjunction(n.operand), pos(c));
        }
        // a < b < c parses as ((a < b) < c): one Compare with every operator of the chain.
        java.util.ArrayDeque<CompareExprContext> links = new java.util.ArrayDeque<>();
        DisjunctionContext cur = c;
        while (cur instanceof CompareExprContext link) {
            links.addFirst(link);
            cur = link.left;
        }
        Expr left = disjunction(cur);
        List<CmpOp> ops = new ArrayList<>(links.size());
        List<Expr> comparators = new ArrayList<>(links.size());
        for (CompareExprContext link : links) {
            ops.add(cmpOp(link.comp_op()));
            comparators.add(bitwiseOr(link.right));
        }
        return new Expr.Compare(left, ops, comparators, pos(c));
    }

    private static CmpOp cmpOp(Comp_opContext op) {
        return switch (op.getStart().getType()) {
            case PythonLexer.EQEQUAL -> CmpOp.Eq;
            case PythonLexer.NOTEQUAL -> CmpOp.NotEq;
            case PythonLexer.LESS -> CmpOp.Lt;
            case PythonLexer.LESSEQUAL -> CmpOp.LtE;
            case PythonLexer.GREATER -> CmpOp.Gt;
            case PythonLexer.GREATEREQUAL -> CmpOp.GtE;
            case PythonLexer.IN -> CmpOp.In;
            case PythonLexer.NOT -> CmpOp.NotIn;
            case PythonLexer.IS -> op.NOT() != null ? CmpOp.IsNot : CmpOp.Is;
            default -> throw new IllegalStateException(op.getText());
        };
    }

    /** The arithmetic and bitwise levels (one left-recursive rule). */
    protected Expr bitwiseOr(Bitwise_orContext c) {
        if (c instanceof PrimaryExprContext p) {
            return primary(p.primary());
        }
        if (c instanceof BinaryExprContext b) {
            Operator op = switch (b.op.getType()) {
                case PythonLexer.STAR -> Operator.Mult;
                case PythonLexer.SLASH -> Operator.Div;
                case PythonLexer.DOUBLESLASH -> Operator.FloorDiv;
                case PythonLexer.PERCENT -> Operator.Mod;
                case PythonLexer.AT -> Operator.MatMult;
                case PythonLexer.PLUS -> Operator.Add;
                case PythonLexer.MINUS -> Operator.Sub;
                case PythonLexer.LEFTSHIFT -> Operator.LShift;
                case PythonLexer.RIGHTSHIFT -> Operator.RShift;
                case PythonLexer.AMPER -> Operator.BitAnd;
                case PythonLexer.CIRCUMFLEX -> Operator.BitXor;
                default -> Operator.BitOr;
            };
            return new Expr.BinOp(bitwiseOr(b.left), op, bitwiseOr(b.right), pos(c));
        }
        if (c instanceof UnaryExprContext u) {
            UnaryOp op = switch (u.op.getType()) {
                case PythonLexer.PLUS -> UnaryOp.UAdd;
                case PythonLexer.MINUS -> UnaryOp.USub;
                default -> UnaryOp.Invert;
            };
            return new Expr.UnaryOp(op, bitwiseOr(u.operand), pos(c));
        }
        if (c instanceof PowerExprContext p) {
            return new Expr.BinOp(bitwiseOr(p.left), Operator.Pow, bitwiseOr(p.right), pos(c));
        }
        return new Expr.Await(primary(((AwaitExprContext) c).primary()), pos(c));
    }

    protected Expr primary(PrimaryContext c) {
        int n = c.getChildCount();
        Expr result = atom((AtomContext) c.getChild(0));
        Token start = c.getStart();
        for (int i = 1; i < n; i++) {
            TrailerContext t = (TrailerContext) c.getChild(i);
            Pos p = pos(start, t.getStop());
            if (t instanceof AttributeTrailerContext a) {
                result = new Expr.Attribute(result, name(a.name()), ExprContext.Load, p);
            } else if (t instanceof CallTrailerContext call) {
                result = call(result, call.arguments(), call, p);
            } else {
                SubscriptTrailerContext s = (SubscriptTrailerContext) t;
                result = new Expr.Subscript(result, slices(s.slices()), ExprContext.Load, p);
            }
        }
        return result;
    }

    private Expr.Call call(Expr func, ArgumentsContext args, CallTrailerContext trailer, Pos p) {
        List<Expr> positional = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        if (args != null) {
            callArguments(args, trailer.getStart(), trailer.getStop(), positional, keywords);
        }
        return new Expr.Call(func, positional, keywords, p);
    }

    /**
     * Fills {@code positional} and {@code keywords} from an argument list, checking CPython's order rules. A lone
     * generator expression argument spans the call's parentheses {@code open .. close}.
     */
    protected void callArguments(ArgumentsContext c, Token open, Token close, List<Expr> positional,
                                 List<Keyword> keywords) {
        List<ArgumentContext> list = c.argument();
        // CPython's invalid_kwarg rules fire while the arguments are parsed, before the order checks.
        for (ArgumentContext a : list) {
            checkKeywordForm(a);
        }
        boolean sawKeyword = false;
        boolean sawDoubleStar = false;
        for (ArgumentContext a : list) {
            if (a instanceof DoubleStarArgContext d) {
                keywords.add(new Keyword(null, expression(d.expression(0)), pos(d)));
                sawDoubleStar = true;
            } else if (a instanceof StarArgContext s) {
                if (sawDoubleStar) {
                    throw error("iterable argument unpacking follows keyword argument unpacking", s.getStart());
                }
                positional.add(new Expr.Starred(expression(s.expression(0)), ExprContext.Load, pos(s)));
            } else {
                PositionalArgContext p = (PositionalArgContext) a;
                if (p.eq != null) {
                    Token nameTok = p.named_expression().getStart();
                    keywords.add(new Keyword(identifier(nameTok.getText()), expression(p.value), pos(p)));
                    sawKeyword = true;
                    continue;
                }
                if (p.comp_for() != null) {
                    if (list.size() > 1 || c.trailing != null) {
                        throw error("Generator expression must be parenthesized", p);
                    }
                    positional.add(new Expr.GeneratorExp(namedExpression(p.named_expression()),
                            comprehensions(p.comp_for()), pos(open, close)));
                    continue;
                }
                if (sawDoubleStar) {
                    throw error("positional argument follows keyword argument unpacking", close);
                }
                if (sawKeyword) {
                    throw error("positional argument follows keyword argument", close);
                }
                positional.add(namedExpression(p.named_expression()));
            }
        }
    }

    /** CPython's errors for `X=value` arguments whose X is not a plain name, and for `**x=value`. */
    private void checkKeywordForm(ArgumentContext a) {
        if (a instanceof StarArgContext st) {
            if (st.value != null) {
                throw error("cannot assign to iterable argument unpacking", st.getStart(), st.value.getStop());
            }
            return;
        }
        if (a instanceof DoubleStarArgContext d) {
            if (d.value != null) {
                throw error("cannot assign to keyword argument unpacking", d.getStart(), d.value.getStop());
            }
            return;
        }
        if (!(a instanceof PositionalArgContext p) || p.eq == null) {
            return;
        }
        Named_expressionContext ne = p.named_expression();
        if (ne.value != null) {
            throw error("invalid syntax", p.eq);
        }
        Token first = ne.getStart();
        boolean single = first == ne.getStop();
        int type = first.getType();
        if (single && (type == PythonLexer.TRUE || type == PythonLexer.FALSE || type == PythonLexer.NONE)) {
            throw error("cannot assign to " + first.getText(), first, p.eq);
        }
        boolean isName = single && (type == PythonLexer.NAME || type == PythonLexer.MATCH
                || type == PythonLexer.CASE || type == PythonLexer.TYPE || type == PythonLexer.UNDERSCORE);
        if (isName && p.comp_for() != null) {
            throw error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", first, p.eq);
        }
        if (!isName) {
            Pos at = posOf(expression(ne.lhs));
            throw new PySyntaxError(PySyntaxError.Kind.SyntaxError,
                    "expression cannot contain assignment, perhaps you meant \"==\"?", src.filename(), at.lineno(),
                    src.charCol(at.lineno(), at.colOffset()) + 1, endLine(p.eq), endCharCol(p.eq) + 1,
                    src.line(at.lineno()));
        }
    }

    protected Expr slices(SlicesContext c) {
        List<SliceContext> list = c.slice();
        if (list.size() == 1 && c.trailing == null && list.get(0).STAR() == null) {
            // A lone starred item still makes a tuple: a[*b] is a[(*b,)].
            return slice(list.get(0));
        }
        List<Expr> elts = new ArrayList<>(list.size());
        for (SliceContext s : list) {
            elts.add(slice(s));
        }
        return new Expr.Tuple(elts, ExprContext.Load, pos(c));
    }

    protected Expr slice(SliceContext c) {
        if (c.STAR() != null) {
            return new Expr.Starred(bitwiseOr(c.bitwise_or()), ExprContext.Load, pos(c));
        }
        if (c.COLON().isEmpty()) {
            return namedExpression(c.lower);
        }
        Expr lower = c.lower == null ? null : namedExpression(c.lower);
        return new Expr.Slice(lower, optExpression(c.upper), optExpression(c.step), pos(c));
    }

    protected Expr atom(AtomContext c) {
        if (c instanceof NameAtomContext n) {
            return nameExpr(n.name(), ExprContext.Load);
        }
        if (c instanceof NumberAtomContext) {
            return new Expr.Constant(Literals.number(c.getStart().getText()), null, pos(c));
        }
        if (c instanceof StringAtomContext s) {
            return strings(s.strings());
        }
        if (c instanceof TrueAtomContext) {
            return new Expr.Constant(Boolean.TRUE, null, pos(c));
        }
        if (c instanceof FalseAtomContext) {
            return new Expr.Constant(Boolean.FALSE, null, pos(c));
        }
        if (c instanceof NoneAtomContext) {
            return new Expr.Constant(null, null, pos(c));
        }
        if (c instanceof EllipsisAtomContext) {
            return new Expr.Constant(Expr.Constant.Ellipsis.ELLIPSIS, null, pos(c));
        }
        if (c instanceof ParenAtomContext p) {
            return parenAtom(p);
        }
        if (c instanceof ListAtomContext l) {
            List<Star_named_expressionContext> items = l.star_named_expression();
            if (l.comp_for() != null) {
                return new Expr.ListComp(comprehensionElement(items.get(0)), comprehensions(l.comp_for()), pos(c));
            }
            return new Expr.List(starNamedExpressions(items), ExprContext.Load, pos(c));
        }
        return braceAtom((BraceAtomContext) c);
    }

    private Expr parenAtom(ParenAtomContext p) {
        if (p.yield_expr() != null) {
            return yieldExpr(p.yield_expr());
        }
        List<Star_named_expressionContext> items = p.star_named_expression();
        if (items.isEmpty()) {
            return new Expr.Tuple(List.of(), ExprContext.Load, pos(p));
        }
        if (p.comp_for() != null) {
            return new Expr.GeneratorExp(comprehensionElement(items.get(0)), comprehensions(p.comp_for()), pos(p));
        }
        if (items.size() == 1 && p.COMMA().isEmpty()) {
            Expr inner = starNamedExpression(items.get(0));
            if (inner instanceof Expr.Starred) {
                throw error("cannot use starred expression here", items.get(0));
            }
            return inner;
        }
        return new Expr.Tuple(starNamedExpressions(items), ExprContext.Load, pos(p));
    }

    private Expr braceAtom(BraceAtomContext b) {
        Dict_or_setContext d = b.dict_or_set();
        if (d == null) {
            return new Expr.Dict(List.of(), List.of(), pos(b));
        }
        if (d instanceof DictUnpackFirstContext u) {
            List<Expr> keys = new ArrayList<>();
            List<Expr> values = new ArrayList<>();
            keys.add(null);
            values.add(bitwiseOr(u.bitwise_or()));
            for (Dict_itemContext item : u.dict_item()) {
                dictItem(item, keys, values);
            }
            return new Expr.Dict(keys, values, pos(b));
        }
        DictOrSetMakerContext m = (DictOrSetMakerContext) d;
        if (m.colon != null) {
            Expr key = starNamedExpression(m.first);
            if (key instanceof Expr.Starred) {
                throw error("cannot use a starred expression in a dictionary key", m.first);
            }
            Expr value = expression(m.value);
            if (m.comp_for() != null) {
                return new Expr.DictComp(key, value, comprehensions(m.comp_for()), pos(b));
            }
            List<Expr> keys = new ArrayList<>();
            List<Expr> values = new ArrayList<>();
            keys.add(key);
            values.add(value);
            for (Dict_itemContext item : m.dict_item()) {
                dictItem(item, keys, values);
            }
            return new Expr.Dict(keys, values, pos(b));
        }
        if (m.comp_for() != null) {
            return new Expr.SetComp(comprehensionElement(m.first), comprehensions(m.comp_for()), pos(b));
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(starNamedExpression(m.first));
        for (Star_named_expressionContext e : m.star_named_expression()) {
            if (e != m.first) {
                elts.add(starNamedExpression(e));
            }
        }
        return new Expr.Set(elts, pos(b));
    }

    private void dictItem(Dict_itemContext item, List<Expr> keys, List<Expr> values) {
        if (item.bitwise_or() != null) {
            keys.add(null);
            values.add(bitwiseOr(item.bitwise_or()));
        } else {
            keys.add(expression(item.expression(0)));
            values.add(expression(item.expression(1)));
        }
    }

    /** The element of a list, set or generator comprehension: `*x` is CPython's invalid_comprehension. */
    private Expr comprehensionElement(Star_named_expressionContext c) {
        Expr e = starNamedExpression(c);
        if (e instanceof Expr.Starred) {
            throw error("iterable unpacking cannot be used in comprehension", c);
        }
        return e;
    }

    protected List<Comprehension> comprehensions(Comp_forContext c) {
        List<Comprehension> result = new ArrayList<>();
        for (Comp_clauseContext clause : c.comp_clause()) {
            Expr target = targets(clause.targets(), ExprContext.Store, TargetKind.FOR);
            List<DisjunctionContext> parts = clause.disjunction();
            Expr iter = disjunction(parts.get(0));
            List<Expr> ifs = new ArrayList<>();
            for (int i = 1; i < parts.size(); i++) {
                ifs.add(disjunction(parts.get(i)));
            }
            result.add(new Comprehension(target, iter, ifs, clause.ASYNC() != null ? 1 : 0));
        }
        return result;
    }

    protected Expr starNamedExpression(Star_named_expressionContext c) {
        if (c.getChildCount() == 1) {
            return namedExpression((Named_expressionContext) c.getChild(0));
        }
        if (c.STAR() != null) {
            return new Expr.Starred(bitwiseOr(c.bitwise_or()), ExprContext.Load, pos(c));
        }
        return namedExpression(c.named_expression());
    }

    protected List<Expr> starNamedExpressions(List<Star_named_expressionContext> list) {
        List<Expr> out = new ArrayList<>(list.size());
        for (Star_named_expressionContext e : list) {
            out.add(starNamedExpression(e));
        }
        return out;
    }

    protected Expr namedExpression(Named_expressionContext c) {
        if (c.value == null) {
            return expression(c.lhs);
        }
        Token first = c.lhs.getStart();
        int type = first.getType();
        if (first != c.lhs.getStop() || !(type == PythonLexer.NAME || type == PythonLexer.MATCH
                || type == PythonLexer.CASE || type == PythonLexer.TYPE || type == PythonLexer.UNDERSCORE)) {
            Expr target = expression(c.lhs);
            throw error("cannot use assignment expressions with " + exprName(target), target);
        }
        return new Expr.NamedExpr(new Expr.Name(identifier(first.getText()), ExprContext.Store, pos(first)),
                expression(c.value), pos(c));
    }

    protected Expr starExpression(Star_expressionContext c) {
        if (c.getChildCount() == 1) {
            return expression((ExpressionContext) c.getChild(0));
        }
        if (c.STAR() != null) {
            return new Expr.Starred(bitwiseOr(c.bitwise_or()), ExprContext.Load, pos(c));
        }
        return expression(c.expression());
    }

    protected Expr starExpressions(Star_expressionsContext c) {
        if (c.getChildCount() == 1) {
            return starExpression((Star_expressionContext) c.getChild(0));
        }
        List<Star_expressionContext> list = c.star_expression();
        if (list.size() == 1 && c.trailing == null) {
            return starExpression(list.get(0));
        }
        List<Expr> elts = new ArrayList<>(list.size());
        for (Star_expressionContext e : list) {
            elts.add(starExpression(e));
        }
        return new Expr.Tuple(elts, ExprContext.Load, pos(c));
    }

    protected Expr yieldExpr(Yield_exprContext c) {
        if (c.FROM() != null) {
            return new Expr.YieldFrom(expression(c.expression()), pos(c));
        }
        return new Expr.Yield(c.star_expressions() == null ? null : starExpressions(c.star_expressions()), pos(c));
    }

    protected Expr assignedValue(Assigned_valueContext c) {
        return c.yield_expr() != null ? yieldExpr(c.yield_expr()) : starExpressions(c.star_expressions());
    }

    // ------------------------------------------------------------------------------------------------ lambda

    private Expr lambdef(LambdefContext c) {
        Arguments args = c.lambda_params() == null ? emptyArguments() : lambdaParams(c.lambda_params());
        return new Expr.Lambda(args, expression(c.expression()), pos(c));
    }

    protected static Arguments emptyArguments() {
        return new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
    }

    private Arguments lambdaParams(Lambda_paramsContext c) {
        ParamCollector pc = new ParamCollector(true);
        for (Lambda_paramContext p : c.lambda_param()) {
            if (p instanceof LambdaSlashContext) {
                pc.slash(p.getStart());
            } else if (p instanceof LambdaStarContext s) {
                if (s.expression() != null) {
                    throw error("var-positional argument cannot have default value",
                            tokenBefore(s.expression().getStart()));
                }
                pc.star(p.getStart(), s.name() == null ? null : new Arg(name(s.name()), null, null, pos(s.name())));
            } else if (p instanceof LambdaDoubleStarContext d) {
                if (d.expression() != null) {
                    throw error("var-keyword argument cannot have default value", tokenBefore(d.expression().getStart()));
                }
                pc.doubleStar(p.getStart(), new Arg(name(d.name()), null, null, pos(d.name())));
            } else {
                LambdaPlainContext plain = (LambdaPlainContext) p;
                pc.plain(p.getStart(), new Arg(name(plain.name()), null, null, pos(plain.name())),
                        optExpression(plain.expression()));
            }
        }
        return pc.finish();
    }

    /** Collects parameters in source order and checks CPython's ordering rules as it goes. */
    protected final class ParamCollector {
        private final List<Arg> posonly = new ArrayList<>();
        private final List<Arg> args = new ArrayList<>();
        private final List<Expr> defaults = new ArrayList<>();
        private final List<Arg> kwonly = new ArrayList<>();
        private final List<Expr> kwDefaults = new ArrayList<>();
        private Arg vararg;
        private Arg kwarg;
        private boolean sawSlash;
        private Token bareStar;
        private boolean sawStar;
        private final boolean lambda;

        ParamCollector() {
            this(false);
        }

        ParamCollector(boolean lambda) {
            this.lambda = lambda;
        }

        void slash(Token at) {
            if (kwarg != null) {
                throw error("arguments cannot follow var-keyword argument", at);
            }
            if (sawSlash) {
                throw error("/ may appear only once", at);
            }
            if (sawStar) {
                throw error("/ must be ahead of *", at);
            }
            if (args.isEmpty()) {
                throw error("at least one argument must precede /", at);
            }
            posonly.addAll(args);
            args.clear();
            sawSlash = true;
        }

        void star(Token at, Arg arg) {
            if (kwarg != null) {
                throw error("arguments cannot follow var-keyword argument", at);
            }
            if (sawStar) {
                throw error("* argument may appear only once", at);
            }
            sawStar = true;
            vararg = arg;
            if (arg == null) {
                bareStar = at;
            }
        }

        void doubleStar(Token at, Arg arg) {
            if (kwarg != null) {
                throw error("arguments cannot follow var-keyword argument", at);
            }
            checkBareStar();
            kwarg = arg;
        }

        void plain(Token at, Arg arg, Expr dflt) {
            if (kwarg != null) {
                throw error("arguments cannot follow var-keyword argument", at);
            }
            if (sawStar) {
                kwonly.add(arg);
                kwDefaults.add(dflt);
                bareStar = null;
                return;
            }
            if (dflt != null) {
                defaults.add(dflt);
            } else if (!defaults.isEmpty()) {
                throw error("parameter without a default follows parameter with a default", at);
            }
            args.add(arg);
        }

        private void checkBareStar() {
            if (bareStar != null) {
                Token at = bareStar;
                if (lambda) {
                    // CPython's lambda rule reports it where it stopped: at ':' or at the token after ','
                    at = tokenAfter(bareStar);
                    if (at.getType() == PythonLexer.COMMA) {
                        at = tokenAfter(at);
                    }
                }
                throw error("named arguments must follow bare *", at);
            }
        }

        Arguments finish() {
            checkBareStar();
            return new Arguments(List.copyOf(posonly), List.copyOf(args), vararg, List.copyOf(kwonly),
                    java.util.Collections.unmodifiableList(new ArrayList<>(kwDefaults)), kwarg, List.copyOf(defaults));
        }
    }

    // ------------------------------------------------------------------------------------------------ targets

    /** Where a target appears: decides CPython's wording of an invalid target. */
    protected enum TargetKind { STAR, FOR, DEL }

    /** The `targets` rule: one target, or an unparenthesized tuple of them. */
    protected Expr targets(TargetsContext c, ExprContext ctx, TargetKind kind) {
        List<TargetContext> list = c.target();
        if (list.size() == 1 && c.trailing == null) {
            return toTarget(target(list.get(0)), ctx, kind);
        }
        List<Expr> elts = new ArrayList<>(list.size());
        for (TargetContext t : list) {
            elts.add(target(t));
        }
        return toTarget(new Expr.Tuple(elts, ExprContext.Load, pos(c)), ctx, kind);
    }

    protected Expr target(TargetContext c) {
        Expr e = bitwiseOr(c.bitwise_or());
        return c.STAR() != null ? new Expr.Starred(e, ExprContext.Load, pos(c)) : e;
    }

    /** Rebuilds {@code e} as an assignment or deletion target, or raises CPython's error for an invalid one. */
    protected Expr toTarget(Expr e, ExprContext ctx, TargetKind kind) {
        Expr bad = invalidTarget(e, kind);
        if (bad != null) {
            String verb = kind == TargetKind.DEL ? "cannot delete " : "cannot assign to ";
            throw error(verb + exprName(bad), bad);
        }
        return withContext(e, ctx);
    }

    protected static Expr withContext(Expr e, ExprContext ctx) {
        if (e instanceof Expr.Name n) {
            return new Expr.Name(n.id(), ctx, n.pos());
        }
        if (e instanceof Expr.Attribute a) {
            return new Expr.Attribute(a.value(), a.attr(), ctx, a.pos());
        }
        if (e instanceof Expr.Subscript s) {
            return new Expr.Subscript(s.value(), s.slice(), ctx, s.pos());
        }
        if (e instanceof Expr.Starred s) {
            return new Expr.Starred(withContext(s.value(), ctx), ctx, s.pos());
        }
        if (e instanceof Expr.Tuple t) {
            return new Expr.Tuple(withContexts(t.elts(), ctx), ctx, t.pos());
        }
        if (e instanceof Expr.List l) {
            return new Expr.List(withContexts(l.elts(), ctx), ctx, l.pos());
        }
        throw new IllegalStateException("not a target: " + e);
    }

    private static List<Expr> withContexts(List<Expr> elts, ExprContext ctx) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr e : elts) {
            out.add(withContext(e, ctx));
        }
        return out;
    }

    /** The first sub-expression that cannot be a target, or null (CPython's _PyPegen_get_invalid_target). */
    protected static Expr invalidTarget(Expr e, TargetKind kind) {
        if (e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript) {
            return null;
        }
        if (e instanceof Expr.Tuple t) {
            return invalidTargetIn(t.elts(), kind);
        }
        if (e instanceof Expr.List l) {
            return invalidTargetIn(l.elts(), kind);
        }
        if (e instanceof Expr.Starred s) {
            return kind == TargetKind.DEL ? s : invalidTarget(s.value(), kind);
        }
        if (e instanceof Expr.Compare c && kind == TargetKind.FOR && c.ops().get(0) == CmpOp.In) {
            return invalidTarget(c.left(), kind);
        }
        return e;
    }

    private static Expr invalidTargetIn(List<Expr> elts, TargetKind kind) {
        for (Expr x : elts) {
            Expr bad = invalidTarget(x, kind);
            if (bad != null) {
                return bad;
            }
        }
        return null;
    }

    /** CPython's name for a kind of expression in error messages (_PyPegen_get_expr_name). */
    protected static String exprName(Expr e) {
        if (e instanceof Expr.Constant c) {
            Object v = c.value();
            if (v == null) {
                return "None";
            } else if (v == Boolean.TRUE) {
                return "True";
            } else if (v == Boolean.FALSE) {
                return "False";
            } else if (v == Expr.Constant.Ellipsis.ELLIPSIS) {
                return "ellipsis";
            }
            return "literal";
        }
        String name = EXPR_NAMES.get(e.getClass());
        return name != null ? name : "expression";
    }

    private static final java.util.Map<Class<?>, String> EXPR_NAMES = java.util.Map.ofEntries(
            java.util.Map.entry(Expr.Attribute.class, "attribute"),
            java.util.Map.entry(Expr.Subscript.class, "subscript"),
            java.util.Map.entry(Expr.Starred.class, "starred"),
            java.util.Map.entry(Expr.Name.class, "name"),
            java.util.Map.entry(Expr.List.class, "list"),
            java.util.Map.entry(Expr.Tuple.class, "tuple"),
            java.util.Map.entry(Expr.Lambda.class, "lambda"),
            java.util.Map.entry(Expr.Call.class, "function call"),
            java.util.Map.entry(Expr.BoolOp.class, "expression"),
            java.util.Map.entry(Expr.BinOp.class, "expression"),
            java.util.Map.entry(Expr.UnaryOp.class, "expression"),
            java.util.Map.entry(Expr.GeneratorExp.class, "generator expression"),
            java.util.Map.entry(Expr.Yield.class, "yield expression"),
            java.util.Map.entry(Expr.YieldFrom.class, "yield expression"),
            java.util.Map.entry(Expr.Await.class, "await expression"),
            java.util.Map.entry(Expr.ListComp.class, "list comprehension"),
            java.util.Map.entry(Expr.SetComp.class, "set comprehension"),
            java.util.Map.entry(Expr.DictComp.class, "dict comprehension"),
            java.util.Map.entry(Expr.Dict.class, "dict literal"),
            java.util.Map.entry(Expr.Set.class, "set display"),
            java.util.Map.entry(Expr.JoinedStr.class, "f-string expression"),
            java.util.Map.entry(Expr.FormattedValue.class, "f-string expression"),
            java.util.Map.entry(Expr.Compare.class, "comparison"),
            java.util.Map.entry(Expr.IfExp.class, "conditional expression"),
            java.util.Map.entry(Expr.NamedExpr.class, "named expression"),
            java.util.Map.entry(Expr.Slice.class, "slice"));

    // ------------------------------------------------------------------------------------------------ strings

    protected Expr strings(StringsContext c) {
        return new StringLiteralBuilder(this).build(c);
    }

    /** Accessors for {@link StringLiteralBuilder}, which lives in its own file. */
    SourceText source() {
        return src;
    }
}
