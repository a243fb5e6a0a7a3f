package org.pyvm.compiler;

import java.util.ArrayList;
import java.util.List;
import org.pyvm.ast.Comprehension;
import org.pyvm.ast.ExceptHandler;
import org.pyvm.ast.Expr;
import org.pyvm.ast.Keyword;
import org.pyvm.ast.MatchCase;
import org.pyvm.ast.Mod;
import org.pyvm.ast.Pattern;
import org.pyvm.ast.Pos;
import org.pyvm.ast.Stmt;
import org.pyvm.ast.TypeParam;
import org.pyvm.ast.WithItem;

/**
 * The scope-related SyntaxErrors CPython 3.12 raises in its compiler ({@code compile.c}), not in its symtable,
 * checked over a finished {@link SymbolTable} so the code generator can rely on a valid tree:
 * {@code 'return' outside function}, {@code 'return' with value in async generator}, {@code 'yield' outside
 * function}, {@code 'yield from' inside async function}, {@code 'await' outside function}, {@code 'await' outside
 * async function}, {@code 'async for'/'async with' outside async function}, {@code asynchronous comprehension
 * outside of an asynchronous function}, {@code 'break' outside loop}, {@code 'continue' not properly in loop},
 * {@code 'break', 'continue' and 'return' cannot appear in an except* block}, and a {@code from __future__} import
 * after the leading ones.
 *
 * <p>Documented simplification: CPython raises the first of these in code-generation order; this walk goes in
 * source order, which differs only for files holding several such errors. (Top-level await, a flag of
 * {@code compile()}, is not supported.)
 */
public final class CompilerChecks {
    private enum Block { LOOP, EXCEPT_STAR }

    /** One code object being compiled: the scope and the open loops / except* handlers inside it. */
    private static final class Unit {
        final Scope scope;
        final boolean asyncFunction;
        final List<Block> blocks = new ArrayList<>();

        Unit(Scope scope, boolean asyncFunction) {
            this.scope = scope;
            this.asyncFunction = asyncFunction;
        }
    }

    private final SymbolTable table;
    private Unit unit;

    private CompilerChecks(SymbolTable table) {
        this.table = table;
    }

    /** @throws org.pyvm.parse.PySyntaxError the first error found */
    public static void check(Mod mod, SymbolTable table) {
        CompilerChecks c = new CompilerChecks(table);
        c.unit = new Unit(table.top(), false);
        if (mod instanceof Mod.Module m) {
            c.stmts(m.body());
        } else if (mod instanceof Mod.Interactive m) {
            c.stmts(m.body());
        } else if (mod instanceof Mod.Expression m) {
            c.expr(m.body());
        }
    }

    private RuntimeException error(String msg, Pos pos) {
        return table.error(msg, pos);
    }

    private void inUnit(Scope scope, boolean async, Runnable body) {
        Unit saved = unit;
        unit = new Unit(scope, async);
        body.run();
        unit = saved;
    }

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    private void exprs(List<Expr> es) {
        for (Expr e : es) {
            if (e != null) {
                expr(e);
            }
        }
    }

    private void typeParams(List<TypeParam> tps) {
        for (TypeParam tp : tps) {
            if (tp instanceof TypeParam.TypeVar tv && tv.bound() != null) {
                inUnit(table.scopeOf(tv), false, () -> expr(tv.bound()));
            }
        }
    }

    private void function(Stmt def, org.pyvm.ast.Arguments args, List<Stmt> body, List<Expr> decorators,
                          Expr returns, List<TypeParam> tps, boolean async) {
        exprs(decorators);
        exprs(args.defaults());
        exprs(args.kwDefaults());
        Runnable inner = () -> {
            typeParams(tps);
            List<org.pyvm.ast.Arg> all = new ArrayList<>(args.posonlyargs());
            all.addAll(args.args());
            if (args.vararg() != null) {
                all.add(args.vararg());
            }
            all.addAll(args.kwonlyargs());
            if (args.kwarg() != null) {
                all.add(args.kwarg());
            }
            if (!table.future().annotations()) {
                for (org.pyvm.ast.Arg a : all) {
                    if (a.annotation() != null) {
                        expr(a.annotation());
                    }
                }
                if (returns != null) {
                    expr(returns);
                }
            }
            inUnit(table.scopeOf(def), async, () -> stmts(body));
        };
        Scope tp = table.typeParamScopeOf(def);
        if (tp != null) {
            inUnit(tp, false, inner);
        } else {
            inner.run();
        }
    }

    private void stmt(Stmt s) {
        if (s instanceof Stmt.FunctionDef f) {
            function(f, f.args(), f.body(), f.decoratorList(), f.returns(), f.typeParams(), false);
        } else if (s instanceof Stmt.AsyncFunctionDef f) {
            function(f, f.args(), f.body(), f.decoratorList(), f.returns(), f.typeParams(), true);
        } else if (s instanceof Stmt.ClassDef c) {
            exprs(c.decoratorList());
            Runnable inner = () -> {
                typeParams(c.typeParams());
                exprs(c.bases());
                for (Keyword k : c.keywords()) {
                    expr(k.value());
                }
                inUnit(table.scopeOf(c), false, () -> stmts(c.body()));
            };
            Scope tp = table.typeParamScopeOf(c);
            if (tp != null) {
                inUnit(tp, false, inner);
            } else {
                inner.run();
            }
        } else if (s instanceof Stmt.Return r) {
            if (!unit.scope.isFunctionLike()) {
                throw error("'return' outside function", r.pos());
            }
            if (r.value() != null && unit.scope.isCoroutine() && unit.scope.isGenerator()) {
                throw error("'return' with value in async generator", r.pos());
            }
            if (unit.blocks.contains(Block.EXCEPT_STAR)) {
                throw error("'break', 'continue' and 'return' cannot appear in an except* block", r.pos());
            }
            if (r.value() != null) {
                expr(r.value());
            }
        } else if (s instanceof Stmt.Break || s instanceof Stmt.Continue) {
            boolean loop = false;
            for (int i = unit.blocks.size() - 1; i >= 0; i--) {
                if (unit.blocks.get(i) == Block.EXCEPT_STAR) {
                    throw error("'break', 'continue' and 'return' cannot appear in an except* block", s.pos());
                }
                if (unit.blocks.get(i) == Block.LOOP) {
                    loop = true;
                    break;
                }
            }
            if (!loop) {
                throw error(s instanceof Stmt.Break ? "'break' outside loop" : "'continue' not properly in loop",
                        s.pos());
            }
        } else if (s instanceof Stmt.Delete d) {
            exprs(d.targets());
        } else if (s instanceof Stmt.Assign a) {
            expr(a.value());
            exprs(a.targets());
        } else if (s instanceof Stmt.TypeAlias t) {
            Scope tp = table.typeParamScopeOf(t);
            Runnable inner = () -> {
                typeParams(t.typeParams());
                inUnit(table.scopeOf(t), false, () -> expr(t.value()));
            };
            if (tp != null) {
                inUnit(tp, false, inner);
            } else {
                inner.run();
            }
        } else if (s instanceof Stmt.AugAssign a) {
            expr(a.target());
            expr(a.value());
        } else if (s instanceof Stmt.AnnAssign a) {
            if (a.value() != null) {
                expr(a.value());
            }
            expr(a.target());
            // CPython evaluates (and so compiles) only module- and class-level annotations, never under PEP 563.
            if (!table.future().annotations() && !unit.scope.isFunctionLike()) {
                expr(a.annotation());
            }
        } else if (s instanceof Stmt.For f) {
            loop(f.target(), f.iter(), f.body(), f.orelse());
        } else if (s instanceof Stmt.AsyncFor f) {
            if (!unit.asyncFunction) {
                throw error("'async for' outside async function", f.pos());
            }
            loop(f.target(), f.iter(), f.body(), f.orelse());
        } else if (s instanceof Stmt.While w) {
            expr(w.test());
            unit.blocks.add(Block.LOOP);
            stmts(w.body());
            unit.blocks.remove(unit.blocks.size() - 1);
            stmts(w.orelse());
        } else if (s instanceof Stmt.If i) {
            expr(i.test());
            stmts(i.body());
            stmts(i.orelse());
        } else if (s instanceof Stmt.With w) {
            with(w.items(), w.body());
        } else if (s instanceof Stmt.AsyncWith w) {
            if (!unit.asyncFunction) {
                throw error("'async with' outside async function", w.pos());
            }
            with(w.items(), w.body());
        } else if (s instanceof Stmt.Match m) {
            expr(m.subject());
            for (MatchCase c : m.cases()) {
                pattern(c.pattern());
                if (c.guard() != null) {
                    expr(c.guard());
                }
                stmts(c.body());
            }
        } else if (s instanceof Stmt.Raise r) {
            if (r.exc() != null) {
                expr(r.exc());
            }
            if (r.cause() != null) {
                expr(r.cause());
            }
        } else if (s instanceof Stmt.Try t) {
            tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody(), false);
        } else if (s instanceof Stmt.TryStar t) {
            tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody(), true);
        } else if (s instanceof Stmt.Assert a) {
            expr(a.test());
            if (a.msg() != null) {
                expr(a.msg());
            }
        } else if (s instanceof Stmt.ImportFrom i) {
            Pos last = table.future().lastFuture();
            if ("__future__".equals(i.module()) && i.level() != null && i.level() == 0
                    && (last == null || i.pos().lineno() > last.lineno()
                        || (i.pos().lineno() == last.lineno() && i.pos().colOffset() > last.colOffset()))) {
                throw error("from __future__ imports must occur at the beginning of the file", i.pos());
            }
        } else if (s instanceof Stmt.ExprStmt e) {
            expr(e.value());
        }
    }

    private void loop(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) {
        expr(iter);
        expr(target);
        unit.blocks.add(Block.LOOP);
        stmts(body);
        unit.blocks.remove(unit.blocks.size() - 1);
        stmts(orelse);
    }

    private void with(List<WithItem> items, List<Stmt> body) {
        for (WithItem item : items) {
            expr(item.contextExpr());
            if (item.optionalVars() != null) {
                expr(item.optionalVars());
            }
        }
        stmts(body);
    }

    private void tryStmt(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
                         boolean star) {
        stmts(body);
        for (ExceptHandler h : handlers) {
            if (h.type() != null) {
                expr(h.type());
            }
            if (star) {
                unit.blocks.add(Block.EXCEPT_STAR);
            }
            stmts(h.body());
            if (star) {
                unit.blocks.remove(unit.blocks.size() - 1);
            }
        }
        stmts(orelse);
        stmts(finalbody);
    }

    private void pattern(Pattern p) {
        if (p instanceof Pattern.MatchValue v) {
            expr(v.value());
        } else if (p instanceof Pattern.MatchSequence s) {
            s.patterns().forEach(this::pattern);
        } else if (p instanceof Pattern.MatchMapping m) {
            exprs(m.keys());
            m.patterns().forEach(this::pattern);
        } else if (p instanceof Pattern.MatchClass c) {
            expr(c.cls());
            c.patterns().forEach(this::pattern);
            c.kwdPatterns().forEach(this::pattern);
        } else if (p instanceof Pattern.MatchAs a && a.pattern() != null) {
            pattern(a.pattern());
        } else if (p instanceof Pattern.MatchOr o) {
            o.patterns().forEach(this::pattern);
        }
    }

    private boolean inComprehensionUnit() {
        return unit.scope.comprehension() != Scope.Comprehension.NONE;
    }

    private void expr(Expr e) {
        if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
            if (!unit.scope.isFunctionLike()) {
                throw error("'yield' outside function", e.pos());
            }
            if (e instanceof Expr.YieldFrom && unit.asyncFunction) {
                throw error("'yield from' inside async function", e.pos());
            }
            if (e instanceof Expr.Yield y && y.value() != null) {
                expr(y.value());
            } else if (e instanceof Expr.YieldFrom y) {
                expr(y.value());
            }
        } else if (e instanceof Expr.Await a) {
            if (!unit.scope.isFunctionLike()) {
                throw error("'await' outside function", e.pos());
            }
            if (!unit.asyncFunction && !inComprehensionUnit()) {
                throw error("'await' outside async function", e.pos());
            }
            expr(a.value());
        } else if (e instanceof Expr.Lambda l) {
            exprs(l.args().defaults());
            exprs(l.args().kwDefaults());
            inUnit(table.scopeOf(l), false, () -> expr(l.body()));
        } else if (e instanceof Expr.GeneratorExp g) {
            comprehension(e, g.generators(), List.of(g.elt()), true);
        } else if (e instanceof Expr.ListComp c) {
            comprehension(e, c.generators(), List.of(c.elt()), false);
        } else if (e instanceof Expr.SetComp c) {
            comprehension(e, c.generators(), List.of(c.elt()), false);
        } else if (e instanceof Expr.DictComp c) {
            comprehension(e, c.generators(), List.of(c.key(), c.value()), false);
        } else {
            children(e);
        }
    }

    private void comprehension(Expr e, List<Comprehension> gens, List<Expr> elts, boolean genexp) {
        Scope comp = table.scopeOf(e);
        if (comp.isCoroutine() && !genexp && !unit.asyncFunction && !inComprehensionUnit()) {
            throw error("asynchronous comprehension outside of an asynchronous function", e.pos());
        }
        expr(gens.get(0).iter());
        Runnable body = () -> {
            for (int i = 0; i < gens.size(); i++) {
                Comprehension c = gens.get(i);
                if (i > 0) {
                    expr(c.iter());
                }
                expr(c.target());
                exprs(c.ifs());
            }
            exprs(elts);
        };
        if (genexp) {
            inUnit(comp, false, body);
        } else {
            body.run();   // inlined (PEP 709): compiled in the enclosing unit
        }
    }

    /** Visits the subexpressions of expressions that open no scope. */
    private void children(Expr e) {
        if (e instanceof Expr.BoolOp b) {
            exprs(b.values());
        } else if (e instanceof Expr.NamedExpr n) {
            expr(n.value());
        } else if (e instanceof Expr.BinOp b) {
            expr(b.left());
            expr(b.right());
        } else if (e instanceof Expr.UnaryOp u) {
            expr(u.operand());
        } else if (e instanceof Expr.IfExp i) {
            expr(i.test());
            expr(i.body());
            expr(i.orelse());
        } else if (e instanceof Expr.Dict d) {
            exprs(d.keys());
            exprs(d.values());
        } else if (e instanceof Expr.Set s) {
            exprs(s.elts());
        } else if (e instanceof Expr.Compare c) {
            expr(c.left());
            exprs(c.comparators());
        } else if (e instanceof Expr.Call c) {
            expr(c.func());
            exprs(c.args());
            for (Keyword k : c.keywords()) {
                expr(k.value());
            }
        } else if (e instanceof Expr.FormattedValue f) {
            expr(f.value());
            if (f.formatSpec() != null) {
                expr(f.formatSpec());
            }
        } else if (e instanceof Expr.JoinedStr j) {
            exprs(j.values());
        } else if (e instanceof Expr.Attribute a) {
            expr(a.value());
        } else if (e instanceof Expr.Subscript s) {
            expr(s.value());
            expr(s.slice());
        } else if (e instanceof Expr.Starred s) {
            expr(s.value());
        } else if (e instanceof Expr.List l) {
            exprs(l.elts());
        } else if (e instanceof Expr.Tuple t) {
            exprs(t.elts());
        } else if (e instanceof Expr.Slice s) {
            if (s.lower() != null) {
                expr(s.lower());
            }
            if (s.upper() != null) {
                expr(s.upper());
            }
            if (s.step() != null) {
                expr(s.step());
            }
        }
    }
}
