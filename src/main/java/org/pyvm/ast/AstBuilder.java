package org.pyvm.ast;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.pyvm.parse.PySyntaxError;
import org.pyvm.parse.SourceText;
import org.pyvm.parse.SyntaxErrors;
import org.pyvm.parse.gen.PythonLexer;
import org.pyvm.parse.gen.PythonParser.*;

/**
 * Turns the parse tree of a file into the typed AST, node for node and position for position as CPython 3.12's
 * {@code ast.parse} builds it; raises the SyntaxErrors that CPython's parser raises for constructs the grammar
 * accepts permissively (invalid targets, parameter order, argument order, pattern rules).
 *
 * <p>Statements and patterns are here; expressions, targets and strings are in {@link ExprBuilder}.
 */
public final class AstBuilder extends ExprBuilder {

    public AstBuilder(SourceText src, TokenStream tokens) {
        super(src, tokens);
    }

    /** CPython's name for the expression {@code c} ("function call", "literal", ...), for error messages. */
    public static String describe(SourceText src, TokenStream tokens, ExpressionContext c) {
        return exprName(new AstBuilder(src, tokens).expression(c));
    }

    /** An error located at the expression {@code c} (as CPython locates its node). */
    public static PySyntaxError errorAt(SourceText src, TokenStream tokens, ExpressionContext c, String msg) {
        AstBuilder b = new AstBuilder(src, tokens);
        return b.error(msg, b.expression(c));
    }

    public Mod.Module module(File_inputContext c) {
        List<Stmt> body = new ArrayList<>();
        for (StmtContext s : c.stmt()) {
            statement(s, body);
        }
        return new Mod.Module(body, List.of());
    }

    // ------------------------------------------------------------------------------------------------ statements

    private void statement(StmtContext c, List<Stmt> out) {
        if (c.compound_stmt() != null) {
            out.add(compound(c.compound_stmt()));
        } else {
            for (Simple_stmtContext s : c.simple_stmts().simple_stmt()) {
                out.add(simple(s));
            }
        }
    }

    private List<Stmt> block(BlockContext c) {
        List<Stmt> body = new ArrayList<>();
        if (c.simple_stmts() != null) {
            for (Simple_stmtContext s : c.simple_stmts().simple_stmt()) {
                body.add(simple(s));
            }
        } else {
            for (StmtContext s : c.stmt()) {
                statement(s, body);
            }
        }
        return body;
    }

    private Stmt simple(Simple_stmtContext c) {
        ParserRuleContext s = (ParserRuleContext) c.getChild(0);
        Pos p = pos(s);
        if (s instanceof Expr_stmtContext e) {
            return exprStmt(e);
        }
        if (s instanceof Return_stmtContext r) {
            return new Stmt.Return(r.star_expressions() == null ? null : starExpressions(r.star_expressions()), p);
        }
        if (s instanceof Import_stmtContext i) {
            return importStmt(i);
        }
        if (s instanceof Raise_stmtContext r) {
            return new Stmt.Raise(optExpression(r.exc), optExpression(r.cause), p);
        }
        if (s instanceof Pass_stmtContext) {
            return new Stmt.Pass(p);
        }
        if (s instanceof Break_stmtContext) {
            return new Stmt.Break(p);
        }
        if (s instanceof Continue_stmtContext) {
            return new Stmt.Continue(p);
        }
        if (s instanceof Del_stmtContext d) {
            List<Expr> targets = new ArrayList<>();
            for (TargetContext t : d.targets().target()) {
                targets.add(toTarget(target(t), ExprContext.Del, TargetKind.DEL));
            }
            return new Stmt.Delete(targets, p);
        }
        if (s instanceof Assert_stmtContext a) {
            return new Stmt.Assert(expression(a.test), optExpression(a.msg), p);
        }
        if (s instanceof Global_stmtContext g) {
            return new Stmt.Global(names(g.name()), p);
        }
        if (s instanceof Nonlocal_stmtContext n) {
            return new Stmt.Nonlocal(names(n.name()), p);
        }
        Type_aliasContext t = (Type_aliasContext) s;
        return new Stmt.TypeAlias(nameExpr(t.name(), ExprContext.Store), typeParams(t.type_params()),
                expression(t.expression()), p);
    }

    private List<String> names(List<NameContext> list) {
        List<String> out = new ArrayList<>(list.size());
        for (NameContext n : list) {
            out.add(name(n));
        }
        return out;
    }

    private Stmt exprStmt(Expr_stmtContext c) {
        Expr first = assignedValue(c.first);
        Pos p = pos(c);
        if (c.annotation != null) {
            boolean parenthesized = c.first.getStart().getType() == PythonLexer.LPAR;
            if (first instanceof Expr.Tuple t) {
                throw error("only single target (not tuple) can be annotated", parenthesized ? first : t.elts().get(0));
            }
            if (first instanceof Expr.List) {
                throw error("only single target (not list) can be annotated", first);
            }
            if (!(first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript)) {
                throw error("illegal target for annotation", first);
            }
            int simple = first instanceof Expr.Name && !parenthesized ? 1 : 0;
            Expr value = c.annvalue == null ? null : assignedValue(c.annvalue);
            return new Stmt.AnnAssign(withContext(first, ExprContext.Store), expression(c.annotation), value,
                    simple, p);
        }
        if (c.augassign() != null) {
            if (!(first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript)) {
                throw error("'" + exprName(first) + "' is an illegal expression for augmented assignment", first);
            }
            return new Stmt.AugAssign(withContext(first, ExprContext.Store), augOp(c.augassign().getStart()),
                    assignedValue(c.augvalue), p);
        }
        List<Assigned_valueContext> rest = c.assigned_value();
        // c.assigned_value() includes `first` as element 0 (same rule, labeled).
        if (rest.size() <= 1) {
            return new Stmt.ExprStmt(first, p);
        }
        List<Expr> parts = new ArrayList<>(rest.size());
        boolean invalid = false;
        for (int i = 0; i < rest.size(); i++) {
            Expr e = i == 0 ? first : assignedValue(rest.get(i));
            parts.add(e);
            if (i < rest.size() - 1 && (e instanceof Expr.Yield || e instanceof Expr.YieldFrom
                    || invalidTarget(e, TargetKind.STAR) != null)) {
                invalid = true;
            }
        }
        if (invalid && rest.size() == 2) {
            maybeMeantEquals(rest.get(0), rest.get(1));
        }
        List<Expr> targets = new ArrayList<>(rest.size() - 1);
        for (int i = 0; i < rest.size() - 1; i++) {
            Expr e = parts.get(i);
            if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
                throw error("assignment to yield expression not possible", e);
            }
            Expr bad = invalidTarget(e, TargetKind.STAR);
            if (bad != null) {
                throw error("cannot assign to " + exprName(bad), bad);
            }
            targets.add(withContext(e, ExprContext.Store));
        }
        return new Stmt.Assign(targets, parts.get(parts.size() - 1), null, p);
    }

    /**
     * CPython's invalid_named_expression, which its parser tries on the last element E of the target of a failed
     * `target = value` before looking at the targets: when E is an operand (a bitwise_or, not starting with a list or
     * tuple display, a generator expression, True, False or None) and the value starts with one, it reports
     * "cannot assign to function call here. Maybe you meant '==' instead of '='?" (for a name E: "invalid syntax.
     * Maybe you meant '==' or ':=' instead of '='?", spanning E and the value's first operand).
     */
    private void maybeMeantEquals(Assigned_valueContext targetCtx, Assigned_valueContext valueCtx) {
        Star_expressionsContext targets = targetCtx.star_expressions();
        Star_expressionsContext values = valueCtx.star_expressions();
        if (targets == null || values == null || targets.trailing != null) {
            return;
        }
        List<Star_expressionContext> elts = targets.star_expression();
        Bitwise_orContext last = asBitwiseOr(elts.get(elts.size() - 1));
        Bitwise_orContext valueStart = leadingBitwiseOr(values.star_expression(0));
        if (last == null || valueStart == null) {
            return;
        }
        Token startTok = last.getStart();
        int type = startTok.getType();
        if (type == PythonLexer.TRUE || type == PythonLexer.FALSE || type == PythonLexer.NONE) {
            return;
        }
        ParserRuleContext leftmost = last;
        while (!(leftmost instanceof AtomContext) && leftmost.getChildCount() > 0
                && leftmost.getChild(0) instanceof ParserRuleContext child) {
            leftmost = child;
        }
        if (leftmost instanceof ListAtomContext l && l.comp_for() == null) {
            return;
        }
        if (leftmost instanceof ParenAtomContext pa && pa.yield_expr() == null
                && (pa.comp_for() != null || pa.star_named_expression().isEmpty() || !pa.COMMA().isEmpty())) {
            return;
        }
        if (startTok == last.getStop() && (type == PythonLexer.NAME || type == PythonLexer.MATCH
                || type == PythonLexer.CASE || type == PythonLexer.TYPE || type == PythonLexer.UNDERSCORE)) {
            throw error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", startTok, valueStart.getStop());
        }
        Expr e = bitwiseOr(last);
        throw error("cannot assign to " + exprName(e) + " here. Maybe you meant '==' instead of '='?", e);
    }

    /** The bitwise_or that {@code c} consists of, or null when it is more (a comparison, `not`, a starred item...). */
    private static Bitwise_orContext asBitwiseOr(Star_expressionContext c) {
        ExpressionContext e = c.expression();
        if (e == null || e.getChildCount() != 1 || !(e.getChild(0) instanceof OperandExprContext d)) {
            return null;
        }
        return d.bitwise_or();
    }

    /** The bitwise_or that {@code c} starts with, or null when it starts otherwise (`*`, `not`, `lambda`). */
    private static Bitwise_orContext leadingBitwiseOr(Star_expressionContext c) {
        ExpressionContext e = c.expression();
        if (e == null || !(e.getChild(0) instanceof DisjunctionContext d)) {
            return null;
        }
        for (;;) {
            if (d instanceof OperandExprContext o) {
                return o.bitwise_or();
            } else if (d instanceof CompareExprContext k) {
                d = k.left;
            } else if (d instanceof AndExprContext k) {
                d = k.left;
            } else if (d instanceof OrExprContext k) {
                d = k.left;
            } else {
                return null;
            }
        }
    }

    private static Operator augOp(Token t) {
        return switch (t.getType()) {
            case PythonLexer.PLUSEQUAL -> Operator.Add;
            case PythonLexer.MINEQUAL -> Operator.Sub;
            case PythonLexer.STAREQUAL -> Operator.Mult;
            case PythonLexer.ATEQUAL -> Operator.MatMult;
            case PythonLexer.SLASHEQUAL -> Operator.Div;
            case PythonLexer.PERCENTEQUAL -> Operator.Mod;
            case PythonLexer.AMPEREQUAL -> Operator.BitAnd;
            case PythonLexer.VBAREQUAL -> Operator.BitOr;
            case PythonLexer.CIRCUMFLEXEQUAL -> Operator.BitXor;
            case PythonLexer.LEFTSHIFTEQUAL -> Operator.LShift;
            case PythonLexer.RIGHTSHIFTEQUAL -> Operator.RShift;
            case PythonLexer.DOUBLESTAREQUAL -> Operator.Pow;
            default -> Operator.FloorDiv;
        };
    }

    private Stmt importStmt(Import_stmtContext c) {
        Pos p = pos(c);
        if (c instanceof ImportNameContext in) {
            List<Alias> names = new ArrayList<>();
            for (Dotted_as_nameContext d : in.dotted_as_name()) {
                names.add(new Alias(dottedName(d.dotted_name()), d.name() == null ? null : name(d.name()), pos(d)));
            }
            return new Stmt.Import(names, p);
        }
        ImportFromContext f = (ImportFromContext) c;
        int level = 0;
        for (Import_dotsContext d : f.import_dots()) {
            level += d.ELLIPSIS() != null ? 3 : 1;
        }
        String module = f.dotted_name() == null ? null : dottedName(f.dotted_name());
        Import_targetsContext t = f.import_targets();
        List<Alias> names = new ArrayList<>();
        if (t.STAR() != null) {
            names.add(new Alias("*", null, pos(t.STAR().getSymbol())));
        } else {
            if (t.trailing != null) {
                // CPython reports it at the token after the comma
                throw SyntaxErrors.at(src, PySyntaxError.Kind.SyntaxError,
                        "trailing comma not allowed without surrounding parentheses", tokenAfter(t.trailing));
            }
            for (Import_as_nameContext a : t.import_as_name()) {
                names.add(new Alias(name(a.name(0)), a.name().size() > 1 ? name(a.name(1)) : null, pos(a)));
            }
        }
        return new Stmt.ImportFrom(module, names, level, p);
    }

    private String dottedName(Dotted_nameContext d) {
        List<NameContext> parts = d.name();
        if (parts.size() == 1) {
            return name(parts.get(0));
        }
        StringBuilder sb = new StringBuilder();
        for (NameContext n : parts) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(name(n));
        }
        return sb.toString();
    }

    private Stmt compound(Compound_stmtContext c) {
        ParserRuleContext s = (ParserRuleContext) c.getChild(0);
        if (s instanceof Function_defContext f) {
            return functionDef(f, List.of(), null);
        }
        if (s instanceof If_stmtContext i) {
            return ifStmt(i);
        }
        if (s instanceof Class_defContext k) {
            return classDef(k, List.of());
        }
        if (s instanceof With_stmtContext w) {
            return withStmt(w, null);
        }
        if (s instanceof For_stmtContext f) {
            return forStmt(f, null);
        }
        if (s instanceof Try_stmtContext t) {
            return tryStmt(t);
        }
        if (s instanceof While_stmtContext w) {
            return new Stmt.While(namedExpression(w.named_expression()), block(w.block()), orelse(w.else_block()),
                    pos(w));
        }
        if (s instanceof Match_stmtContext m) {
            return matchStmt(m);
        }
        if (s instanceof DecoratedContext d) {
            List<Expr> decorators = new ArrayList<>();
            for (DecoratorContext dec : d.decorator()) {
                decorators.add(namedExpression(dec.named_expression()));
            }
            if (d.class_def() != null) {
                return classDef(d.class_def(), decorators);
            }
            return functionDef(d.function_def(), decorators, d.async_);
        }
        Async_stmtContext a = (Async_stmtContext) s;
        Token async = a.getStart();
        if (a.function_def() != null) {
            return functionDef(a.function_def(), List.of(), async);
        }
        if (a.with_stmt() != null) {
            return withStmt(a.with_stmt(), async);
        }
        return forStmt(a.for_stmt(), async);
    }

    private List<Stmt> orelse(Else_blockContext e) {
        return e == null ? List.of() : block(e.block());
    }

    private Stmt functionDef(Function_defContext f, List<Expr> decorators, Token async) {
        Token start = async != null ? async : f.getStart();
        Pos p = pos(start, f.getStop());
        String n = name(f.name());
        Arguments args = f.parameters() == null ? emptyArguments() : parameters(f.parameters());
        List<Stmt> body = block(f.block());
        Expr returns = optExpression(f.ret);
        List<TypeParam> tps = typeParams(f.type_params());
        if (async != null) {
            return new Stmt.AsyncFunctionDef(n, args, body, decorators, returns, null, tps, p);
        }
        return new Stmt.FunctionDef(n, args, body, decorators, returns, null, tps, p);
    }

    private Stmt classDef(Class_defContext k, List<Expr> decorators) {
        List<Expr> bases = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        if (k.arguments() != null) {
            callArguments(k.arguments(), k.LPAR().getSymbol(), k.RPAR().getSymbol(), bases, keywords);
        }
        return new Stmt.ClassDef(name(k.name()), bases, keywords, block(k.block()), decorators,
                typeParams(k.type_params()), pos(k));
    }

    private Stmt ifStmt(If_stmtContext c) {
        List<Stmt> orelse = orelse(c.else_block());
        List<Elif_clauseContext> elifs = c.elif_clause();
        for (int i = elifs.size() - 1; i >= 0; i--) {
            Elif_clauseContext e = elifs.get(i);
            orelse = List.of(new Stmt.If(namedExpression(e.named_expression()), block(e.block()), orelse,
                    pos(e.getStart(), c.getStop())));
        }
        return new Stmt.If(namedExpression(c.named_expression()), block(c.block()), orelse, pos(c));
    }

    private Stmt withStmt(With_stmtContext w, Token async) {
        List<WithItem> items = new ArrayList<>();
        for (With_itemContext item : w.with_item()) {
            Expr vars = item.target() == null ? null
                    : toTarget(target(item.target()), ExprContext.Store, TargetKind.STAR);
            items.add(new WithItem(expression(item.expression()), vars));
        }
        Pos p = pos(async != null ? async : w.getStart(), w.getStop());
        List<Stmt> body = block(w.block());
        return async != null ? new Stmt.AsyncWith(items, body, null, p) : new Stmt.With(items, body, null, p);
    }

    private Stmt forStmt(For_stmtContext f, Token async) {
        Expr target = targets(f.targets(), ExprContext.Store, TargetKind.FOR);
        Expr iter = starExpressions(f.star_expressions());
        Pos p = pos(async != null ? async : f.getStart(), f.getStop());
        List<Stmt> body = block(f.block());
        List<Stmt> orelse = orelse(f.else_block());
        return async != null ? new Stmt.AsyncFor(target, iter, body, orelse, null, p)
                : new Stmt.For(target, iter, body, orelse, null, p);
    }

    private Stmt tryStmt(Try_stmtContext t) {
        List<Stmt> body = block(t.block());
        List<ExceptHandler> handlers = new ArrayList<>();
        Boolean star = null;
        for (Except_clauseContext e : t.except_clause()) {
            boolean isStar = e.star != null;
            if (star != null && star != isStar) {
                throw error("cannot have both 'except' and 'except*' on the same 'try'", e.getStart(),
                        e.getStart());
            }
            star = isStar;
            if (isStar && e.expression() == null) {
                throw error("expected one or more exception types", e.COLON().getSymbol());
            }
            handlers.add(new ExceptHandler(optExpression(e.expression()), e.name() == null ? null : name(e.name()),
                    block(e.block()), pos(e)));
        }
        List<Stmt> orelse = orelse(t.else_block());
        List<Stmt> finalbody = t.finally_block() == null ? List.of() : block(t.finally_block().block());
        if (Boolean.TRUE.equals(star)) {
            return new Stmt.TryStar(body, handlers, orelse, finalbody, pos(t));
        }
        return new Stmt.Try(body, handlers, orelse, finalbody, pos(t));
    }

    // ------------------------------------------------------------------------------------------------ parameters

    private Arguments parameters(ParametersContext c) {
        ParamCollector pc = new ParamCollector();
        for (Param_itemContext p : c.param_item()) {
            if (p instanceof ParamSlashContext) {
                pc.slash(p.getStart());
            } else if (p instanceof ParamStarContext s) {
                if (s.default_ != null) {
                    throw error("var-positional argument cannot have default value", tokenBefore(s.default_.getStart()));
                }
                Arg arg = null;
                if (s.name() != null) {
                    Expr ann = s.star_annotation == null ? null : starExpression(s.star_annotation);
                    arg = new Arg(name(s.name()), ann, null,
                            pos(s.name().getStart(), s.star_annotation != null ? s.getStop() : s.name().getStop()));
                }
                pc.star(p.getStart(), arg);
            } else if (p instanceof ParamDoubleStarContext d) {
                if (d.default_ != null) {
                    throw error("var-keyword argument cannot have default value", tokenBefore(d.default_.getStart()));
                }
                Expr ann = optExpression(d.annotation);
                pc.doubleStar(p.getStart(), new Arg(name(d.name()), ann, null,
                        pos(d.name().getStart(), ann != null ? d.annotation.getStop() : d.name().getStop())));
            } else {
                ParamPlainContext plain = (ParamPlainContext) p;
                Expr ann = optExpression(plain.annotation);
                Arg arg = new Arg(name(plain.name()), ann, null, pos(plain.name().getStart(),
                        ann != null ? plain.annotation.getStop() : plain.name().getStop()));
                pc.plain(p.getStart(), arg, optExpression(plain.default_));
            }
        }
        return pc.finish();
    }

    private List<TypeParam> typeParams(Type_paramsContext c) {
        if (c == null) {
            return List.of();
        }
        List<TypeParam> out = new ArrayList<>();
        for (Type_paramContext t : c.type_param()) {
            if (t instanceof TypeVarContext v) {
                out.add(new TypeParam.TypeVar(name(v.name()), optExpression(v.bound), pos(t)));
            } else if (t instanceof TypeVarTupleContext v) {
                checkNoBound(v.bound, "TypeVarTuple");
                out.add(new TypeParam.TypeVarTuple(name(v.name()), pos(t)));
            } else {
                checkNoBound(((ParamSpecContext) t).bound, "ParamSpec");
                out.add(new TypeParam.ParamSpec(name(((ParamSpecContext) t).name()), pos(t)));
            }
        }
        return out;
    }

    /** `*Ts: bound` and `**P: bound` are errors (CPython's invalid_type_param). */
    private void checkNoBound(ExpressionContext bound, String kind) {
        if (bound != null) {
            Expr e = expression(bound);
            throw error("cannot use " + (e instanceof Expr.Tuple ? "constraints" : "bound") + " with " + kind,
                    tokenBefore(bound.getStart()), bound.getStop());
        }
    }

    // ------------------------------------------------------------------------------------------------ match

    private Stmt matchStmt(Match_stmtContext m) {
        SubjectContext s = m.subject();
        Expr subject;
        if (s.comma == null) {
            subject = starNamedExpression(s.star_named_expression(0));
            if (subject instanceof Expr.Starred) {
                throw error("invalid syntax", s);
            }
        } else {
            subject = new Expr.Tuple(starNamedExpressions(s.star_named_expression()), ExprContext.Load, pos(s));
        }
        List<MatchCase> cases = new ArrayList<>();
        for (Case_blockContext c : m.case_block()) {
            Expr guard = c.guard == null ? null : namedExpression(c.guard);
            cases.add(new MatchCase(patterns(c.patterns()), guard, block(c.block())));
        }
        return new Stmt.Match(subject, cases, pos(m));
    }

    private Pattern patterns(PatternsContext c) {
        List<Maybe_star_patternContext> list = c.maybe_star_pattern();
        if (c.comma == null && list.get(0) instanceof PlainPatternContext p) {
            return pattern(p.pattern());
        }
        return new Pattern.MatchSequence(maybeStarPatterns(list), pos(c));
    }

    private List<Pattern> maybeStarPatterns(List<Maybe_star_patternContext> list) {
        List<Pattern> out = new ArrayList<>(list.size());
        for (Maybe_star_patternContext m : list) {
            out.add(maybeStarPattern(m));
        }
        return out;
    }

    private Pattern maybeStarPattern(Maybe_star_patternContext m) {
        if (m instanceof StarPatternContext s) {
            String n = name(s.name());
            return new Pattern.MatchStar("_".equals(n) ? null : n, pos(s));
        }
        return pattern(((PlainPatternContext) m).pattern());
    }

    private Pattern pattern(PatternContext c) {
        Pattern p = orPattern(c.or_pattern());
        if (c.name() == null) {
            return p;
        }
        String n = name(c.name());
        if ("_".equals(n)) {
            throw error("cannot use '_' as a target", c.name());
        }
        return new Pattern.MatchAs(p, n, pos(c));
    }

    private Pattern orPattern(Or_patternContext c) {
        List<Closed_patternContext> list = c.closed_pattern();
        if (list.size() == 1) {
            return closedPattern(list.get(0));
        }
        List<Pattern> alts = new ArrayList<>(list.size());
        for (Closed_patternContext p : list) {
            alts.add(closedPattern(p));
        }
        return new Pattern.MatchOr(alts, pos(c));
    }

    private Pattern closedPattern(Closed_patternContext c) {
        Pos p = pos(c);
        if (c instanceof LiteralPatContext l) {
            Literal_patternContext lit = l.literal_pattern();
            if (lit.NONE() != null) {
                return new Pattern.MatchSingleton(null, p);
            }
            if (lit.TRUE() != null) {
                return new Pattern.MatchSingleton(Boolean.TRUE, p);
            }
            if (lit.FALSE() != null) {
                return new Pattern.MatchSingleton(Boolean.FALSE, p);
            }
            return new Pattern.MatchValue(literalValue(lit), p);
        }
        if (c instanceof NamePatContext n) {
            Expr ref = nameOrAttr(n.name_or_attr());
            if (n.LPAR() != null) {
                return classPattern(ref, n.pattern_args(), p);
            }
            if (ref instanceof Expr.Name name) {
                return new Pattern.MatchAs(null, "_".equals(name.id()) ? null : name.id(), p);
            }
            return new Pattern.MatchValue(ref, p);
        }
        if (c instanceof ParenPatContext g) {
            List<Maybe_star_patternContext> list = g.maybe_star_pattern();
            if (list.size() == 1 && g.comma == null && g.trailing == null) {
                if (list.get(0) instanceof PlainPatternContext plain) {
                    return pattern(plain.pattern());
                }
                throw error("invalid syntax", list.get(0));
            }
            return new Pattern.MatchSequence(maybeStarPatterns(list), p);
        }
        if (c instanceof ListPatContext l) {
            return new Pattern.MatchSequence(maybeStarPatterns(l.maybe_star_pattern()), p);
        }
        return mappingPattern((MappingPatContext) c, p);
    }

    private Expr literalValue(Literal_patternContext lit) {
        if (lit.strings() != null) {
            Expr s = strings(lit.strings());
            if (s instanceof Expr.JoinedStr) {
                throw error("patterns may only match literals and attribute lookups", lit);
            }
            return s;
        }
        Signed_numberContext sn = lit.signed_number();
        Token num = sn.NUMBER().getSymbol();
        Expr left = new Expr.Constant(Literals.number(num.getText()), null, pos(num));
        if (sn.MINUS() != null) {
            left = new Expr.UnaryOp(UnaryOp.USub, left, pos(sn));
        }
        if (lit.NUMBER() == null) {
            return left;
        }
        Token imag = lit.NUMBER().getSymbol();
        Object rv = ((Expr.Constant) (left instanceof Expr.UnaryOp u ? u.operand() : left)).value();
        if (rv instanceof Expr.Constant.Complex) {
            throw error("real number required in complex literal", num);
        }
        Object iv = Literals.number(imag.getText());
        if (!(iv instanceof Expr.Constant.Complex)) {
            throw error("imaginary number required in complex literal", imag);
        }
        Operator op = lit.PLUS() != null ? Operator.Add : Operator.Sub;
        return new Expr.BinOp(left, op, new Expr.Constant(iv, null, pos(imag)), pos(lit));
    }

    private Expr nameOrAttr(Name_or_attrContext c) {
        List<NameContext> parts = c.name();
        Expr e = nameExpr(parts.get(0), ExprContext.Load);
        for (int i = 1; i < parts.size(); i++) {
            e = new Expr.Attribute(e, name(parts.get(i)), ExprContext.Load, pos(c.getStart(),
                    parts.get(i).getStop()));
        }
        return e;
    }

    private Pattern classPattern(Expr cls, Pattern_argsContext args, Pos p) {
        List<Pattern> positional = new ArrayList<>();
        List<String> kwdAttrs = new ArrayList<>();
        List<Pattern> kwdPatterns = new ArrayList<>();
        if (args != null) {
            for (Pattern_argContext a : args.pattern_arg()) {
                if (a instanceof KeywordPatternArgContext k) {
                    kwdAttrs.add(name(k.name()));
                    kwdPatterns.add(pattern(k.pattern()));
                } else {
                    if (!kwdAttrs.isEmpty()) {
                        throw error("positional patterns follow keyword patterns", a);
                    }
                    positional.add(pattern(((PositionalPatternArgContext) a).pattern()));
                }
            }
        }
        return new Pattern.MatchClass(cls, positional, kwdAttrs, kwdPatterns, p);
    }

    private Pattern mappingPattern(MappingPatContext c, Pos p) {
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        String rest = null;
        List<Mapping_itemContext> items = c.mapping_item();
        for (int i = 0; i < items.size(); i++) {
            Mapping_itemContext item = items.get(i);
            if (item instanceof MappingRestContext r) {
                if (i != items.size() - 1) {
                    throw error("invalid syntax", items.get(i + 1).getStart());
                }
                rest = name(r.name());
                if ("_".equals(rest)) {
                    throw error("invalid syntax", r.name().getStart());
                }
                continue;
            }
            MappingEntryContext e = (MappingEntryContext) item;
            if (e.literal_pattern() != null) {
                Literal_patternContext lit = e.literal_pattern();
                if (lit.NONE() != null) {
                    keys.add(new Expr.Constant(null, null, pos(lit)));
                } else if (lit.TRUE() != null) {
                    keys.add(new Expr.Constant(Boolean.TRUE, null, pos(lit)));
                } else if (lit.FALSE() != null) {
                    keys.add(new Expr.Constant(Boolean.FALSE, null, pos(lit)));
                } else {
                    keys.add(literalValue(lit));
                }
            } else {
                Expr key = nameOrAttr(e.name_or_attr());
                if (key instanceof Expr.Name) {
                    throw error("invalid syntax", e.COLON().getSymbol());
                }
                keys.add(key);
            }
            values.add(pattern(e.pattern()));
        }
        return new Pattern.MatchMapping(keys, values, rest, p);
    }
}
