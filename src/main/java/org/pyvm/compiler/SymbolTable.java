package org.pyvm.compiler;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pyvm.ast.Alias;
import org.pyvm.ast.Arg;
import org.pyvm.ast.Arguments;
import org.pyvm.ast.Comprehension;
import org.pyvm.ast.ExceptHandler;
import org.pyvm.ast.Expr;
import org.pyvm.ast.ExprContext;
import org.pyvm.ast.Keyword;
import org.pyvm.ast.MatchCase;
import org.pyvm.ast.Mod;
import org.pyvm.ast.Node;
import org.pyvm.ast.Pattern;
import org.pyvm.ast.Pos;
import org.pyvm.ast.Stmt;
import org.pyvm.ast.TypeParam;
import org.pyvm.ast.WithItem;
import org.pyvm.parse.PySyntaxError;

/**
 * The symbol table of one module: every scope with every name, resolved exactly as CPython 3.12's
 * {@code Python/symtable.c} resolves them (CPython's {@code symtable} module shows the same facts).
 *
 * <p>Two passes, as in CPython. The first walks the AST, opens a {@link Scope} for every module, class, def,
 * lambda, comprehension, generator expression and PEP 695 scope, and records raw facts per name
 * ({@link Symbol#flags()}); it raises the errors CPython's symtable raises while walking (duplicate argument,
 * global/nonlocal misuse, yield in a comprehension, walrus restrictions ...). The second pass resolves each name to
 * LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE or CELL, inlines list/set/dict comprehensions into their parents
 * (PEP 709), and raises the errors that need the whole picture ({@code no binding for nonlocal 'x' found}).
 *
 * <p>Names are stored mangled: inside class {@code C}, {@code __x} is {@code _C__x} ({@link #mangle}).
 *
 * <p>Error positions are CPython's: line, and {@code col_offset + 1} of the offending node. Like CPython 3.12,
 * which reports the AST's UTF-8 byte offsets for errors of this stage, offsets are byte-based: on a line with
 * non-ASCII characters before the error they differ from character columns, exactly as CPython's do.
 *
 * <p>Errors CPython raises later, in its compiler ({@code 'yield' outside function}, {@code 'return' outside
 * function}, {@code 'await' outside async function}, {@code 'break' outside loop} ...), are checked by
 * {@link CompilerChecks}, after this table is complete. {@link #analyze} runs future parsing, this table and those
 * checks in CPython's order.
 */
public final class SymbolTable {
    private final String filename;
    private final String source;
    private final FutureFeatures future;
    private final Scope top;
    private final IdentityHashMap<Node, Scope> byNode = new IdentityHashMap<>();
    private final IdentityHashMap<Node, Scope> typeParamScopes = new IdentityHashMap<>();

    // First-pass state.
    private final List<Scope> stack = new ArrayList<>();
    private Scope cur;
    private String privateName;

    private SymbolTable(Mod mod, String filename, String source, FutureFeatures future) {
        this.filename = filename;
        this.source = source;
        this.future = future;
        this.top = enterBlock("top", Scope.Kind.MODULE, mod, null);
        if (mod instanceof Mod.Module m) {
            visitStmts(m.body());
        } else if (mod instanceof Mod.Interactive m) {
            visitStmts(m.body());
        } else if (mod instanceof Mod.Expression m) {
            visitExpr(m.body());
        } else if (mod instanceof Mod.FunctionType m) {
            visitExprs(m.argtypes());
            visitExpr(m.returns());
        }
        exitBlock();
        analyzeBlock(top, null, new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>(), null);
    }

    /**
     * Builds the table of {@code mod}, with the future features already parsed (CPython parses them first).
     *
     * @param source the decoded source text, used only for the {@code text} of errors; may be null
     * @throws PySyntaxError as CPython's symtable raises it
     */
    public static SymbolTable build(Mod mod, String filename, String source, FutureFeatures future) {
        return new SymbolTable(mod, filename, source, future);
    }

    /** {@link #build} with the future features parsed from {@code mod}. */
    public static SymbolTable build(Mod mod, String filename, String source) {
        return build(mod, filename, source, FutureFeatures.parse(mod, filename, source));
    }

    /**
     * Everything CPython checks between parsing and code generation, in its order: future statements, this
     * symbol table, then the compiler's own scope errors ({@link CompilerChecks}).
     */
    public static SymbolTable analyze(Mod mod, String filename, String source) {
        SymbolTable table = build(mod, filename, source);
        CompilerChecks.check(mod, table);
        return table;
    }

    public String filename() { return filename; }

    public FutureFeatures future() { return future; }

    /** The module scope. */
    public Scope top() { return top; }

    /**
     * The scope a node opens: the Mod; a FunctionDef, AsyncFunctionDef, ClassDef, Lambda, ListComp, SetComp,
     * DictComp or GeneratorExp; a TypeAlias (its value scope); a TypeVar with a bound (its bound scope); the
     * annotations of a def or AnnAssign under {@code from __future__ import annotations} are not scopes of the table
     * (as in CPython). Null for any other node.
     */
    public Scope scopeOf(Node node) {
        return byNode.get(node);
    }

    /** The type-parameter scope of a generic FunctionDef, AsyncFunctionDef, ClassDef or TypeAlias; else null. */
    public Scope typeParamScopeOf(Stmt definition) {
        return typeParamScopes.get(definition);
    }

    /** Every scope in pre-order (as the children lists show them after analysis). */
    public List<Scope> allScopes() {
        List<Scope> out = new ArrayList<>();
        collect(top, out);
        return out;
    }

    private static void collect(Scope s, List<Scope> out) {
        out.add(s);
        for (Scope c : s.children) {
            collect(c, out);
        }
    }

    /**
     * The table as text, one scope per line in pre-order, children indented two more spaces, each followed by its
     * symbols sorted by name: {@code <kind> <name> line <n>[ nested][ params=a,b]} then
     * {@code   <symbol> <SCOPE> <FLAG>|<FLAG>}. The format of {@code tools/symtable_golden.py}, which prints
     * CPython's table the same way.
     */
    public String dump() {
        StringBuilder out = new StringBuilder();
        dump(top, 0, out);
        return out.toString();
    }

    private static void dump(Scope s, int indent, StringBuilder out) {
        String pad = " ".repeat(indent);
        out.append(pad).append(s.kind().label()).append(' ').append(s.name()).append(" line ").append(s.lineno());
        if (s.nested) {
            out.append(" nested");
        }
        if (!s.varnames.isEmpty()) {
            out.append(" params=").append(String.join(",", s.varnames));
        }
        out.append('\n');
        List<String> names = new ArrayList<>(s.symbols.keySet());
        java.util.Collections.sort(names);
        for (String name : names) {
            Symbol sym = s.symbols.get(name);
            out.append(pad).append("  ").append(name).append(' ').append(sym.scope).append(' ')
               .append(sym.flagNames()).append('\n');
        }
        for (Scope c : s.children) {
            dump(c, indent + 2, out);
        }
    }

    /**
     * CPython's private name mangling ({@code _Py_Mangle}): inside class {@code privateName}, a name that starts
     * with two underscores, does not end with two underscores and has no dot becomes {@code _} + the class name
     * without its leading underscores + the name. A class name made only of underscores mangles nothing.
     */
    public static String mangle(String privateName, String name) {
        if (privateName == null || !name.startsWith("__")) {
            return name;
        }
        if (name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int i = 0;
        while (i < privateName.length() && privateName.charAt(i) == '_') {
            i++;
        }
        if (i == privateName.length()) {
            return name;
        }
        return "_" + privateName.substring(i) + name;
    }

    // ---------------------------------------------------------------- messages

    static final String GLOBAL_PARAM = "name '%s' is parameter and global";
    static final String NONLOCAL_PARAM = "name '%s' is parameter and nonlocal";
    static final String GLOBAL_AFTER_ASSIGN = "name '%s' is assigned to before global declaration";
    static final String NONLOCAL_AFTER_ASSIGN = "name '%s' is assigned to before nonlocal declaration";
    static final String GLOBAL_AFTER_USE = "name '%s' is used prior to global declaration";
    static final String NONLOCAL_AFTER_USE = "name '%s' is used prior to nonlocal declaration";
    static final String GLOBAL_ANNOT = "annotated name '%s' can't be global";
    static final String NONLOCAL_ANNOT = "annotated name '%s' can't be nonlocal";
    static final String IMPORT_STAR_WARNING = "import * only allowed at module level";
    static final String NAMED_EXPR_COMP_IN_CLASS =
            "assignment expression within a comprehension cannot be used in a class body";
    static final String NAMED_EXPR_COMP_IN_TYPEVAR_BOUND =
            "assignment expression within a comprehension cannot be used in a TypeVar bound";
    static final String NAMED_EXPR_COMP_IN_TYPEALIAS =
            "assignment expression within a comprehension cannot be used in a type alias";
    static final String NAMED_EXPR_COMP_IN_TYPEPARAM =
            "assignment expression within a comprehension cannot be used within the definition of a generic";
    static final String NAMED_EXPR_COMP_CONFLICT =
            "assignment expression cannot rebind comprehension iteration variable '%s'";
    static final String NAMED_EXPR_COMP_INNER_LOOP_CONFLICT =
            "comprehension inner loop cannot rebind assignment expression target '%s'";
    static final String NAMED_EXPR_COMP_ITER_EXPR =
            "assignment expression cannot be used in a comprehension iterable expression";
    static final String DUPLICATE_ARGUMENT = "duplicate argument '%s' in function definition";
    static final String DUPLICATE_TYPE_PARAM = "duplicate type parameter '%s'";

    PySyntaxError error(String msg, Pos pos) {
        return syntaxError(filename, source, msg, pos);
    }

    /** A SyntaxError at CPython's position for {@code pos}: columns are {@code col_offset + 1} (UTF-8 based). */
    static PySyntaxError syntaxError(String filename, String source, String msg, Pos pos) {
        return syntaxError(filename, source, msg, pos.lineno(), pos.colOffset() + 1, pos.endLineno(),
                pos.endColOffset() + 1);
    }

    /** A SyntaxError with explicit position; an end offset of 0 means none (CPython's None). */
    static PySyntaxError syntaxError(String filename, String source, String msg, int lineno, int offset,
                                     int endLineno, int endOffset) {
        String text = sourceLine(source, lineno);
        return new PySyntaxError(PySyntaxError.Kind.SyntaxError, msg, filename, lineno, offset, endLineno,
                endOffset, text);
    }


    // ---------------------------------------------------------------- first pass: blocks and definitions

    private Scope enterBlock(String name, Scope.Kind kind, Node node, Pos pos) {
        Scope prev = cur;
        Scope s = new Scope(kind, name, node, pos, prev);
        if (prev != null && (prev.nested || prev.isFunctionLike())) {
            s.nested = true;
        }
        if (prev != null) {
            s.compIterExpr = prev.compIterExpr;
        }
        stack.add(s);
        cur = s;
        if (kind == Scope.Kind.ANNOTATION) {
            return s;
        }
        if (prev != null) {
            prev.children.add(s);
        }
        return s;
    }

    private void exitBlock() {
        stack.remove(stack.size() - 1);
        cur = stack.isEmpty() ? null : stack.get(stack.size() - 1);
    }

    private void addDef(String name, int flag, Pos pos) {
        addDefHelper(name, flag, cur, pos);
    }

    private void addDefHelper(String name, int flag, Scope ste, Pos pos) {
        String mangled = mangle(privateName, name);
        Symbol sym = ste.symbols.get(mangled);
        int val;
        if (sym != null) {
            val = sym.flags;
            if ((flag & Symbol.DEF_PARAM) != 0 && (val & Symbol.DEF_PARAM) != 0) {
                throw error(String.format(DUPLICATE_ARGUMENT, name), pos);
            }
            if ((flag & Symbol.DEF_TYPE_PARAM) != 0 && (val & Symbol.DEF_TYPE_PARAM) != 0) {
                throw error(String.format(DUPLICATE_TYPE_PARAM, name), pos);
            }
            val |= flag;
        } else {
            val = flag;
        }
        if (ste.compIterTarget) {
            if ((val & (Symbol.DEF_GLOBAL | Symbol.DEF_NONLOCAL)) != 0) {
                throw error(String.format(NAMED_EXPR_COMP_INNER_LOOP_CONFLICT, name), pos);
            }
            val |= Symbol.DEF_COMP_ITER;
        }
        if (sym == null) {
            ste.symbols.put(mangled, new Symbol(mangled, val));
        } else {
            sym.flags = val;
        }
        if ((flag & Symbol.DEF_PARAM) != 0) {
            ste.varnames.add(mangled);
        } else if ((flag & Symbol.DEF_GLOBAL) != 0) {
            Symbol g = top.symbols.get(mangled);
            if (g == null) {
                top.symbols.put(mangled, new Symbol(mangled, flag));
            } else {
                g.flags |= flag;
            }
        }
    }

    private int lookup(String name) {
        return lookupEntry(cur, name);
    }

    private int lookupEntry(Scope ste, String name) {
        Symbol s = ste.symbols.get(mangle(privateName, name));
        return s == null ? 0 : s.flags;
    }

    private void recordDirective(String name, Pos pos) {
        cur.directives.putIfAbsent(mangle(privateName, name), pos);
    }

    // ---------------------------------------------------------------- first pass: statements

    private void visitStmts(List<Stmt> body) {
        for (Stmt s : body) {
            visitStmt(s);
        }
    }

    private void visitExprs(List<Expr> exprs) {
        for (Expr e : exprs) {
            visitExpr(e);
        }
    }

    /** Visits a list that may hold nulls (Dict keys, kw_defaults). */
    private void visitExprsWithNull(List<Expr> exprs) {
        for (Expr e : exprs) {
            if (e != null) {
                visitExpr(e);
            }
        }
    }

    private void visitStmt(Stmt s) {
        if (s instanceof Stmt.FunctionDef f) {
            visitFunction(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), f.typeParams(), false);
        } else if (s instanceof Stmt.AsyncFunctionDef f) {
            visitFunction(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), f.typeParams(), true);
        } else if (s instanceof Stmt.ClassDef c) {
            visitClass(c);
        } else if (s instanceof Stmt.Return r) {
            if (r.value() != null) {
                visitExpr(r.value());
                cur.returnsValue = true;
            }
        } else if (s instanceof Stmt.Delete d) {
            visitExprs(d.targets());
        } else if (s instanceof Stmt.Assign a) {
            visitExprs(a.targets());
            visitExpr(a.value());
        } else if (s instanceof Stmt.TypeAlias t) {
            visitTypeAlias(t);
        } else if (s instanceof Stmt.AugAssign a) {
            visitExpr(a.target());
            visitExpr(a.value());
        } else if (s instanceof Stmt.AnnAssign a) {
            visitAnnAssign(a);
        } else if (s instanceof Stmt.For f) {
            visitExpr(f.target());
            visitExpr(f.iter());
            visitStmts(f.body());
            visitStmts(f.orelse());
        } else if (s instanceof Stmt.AsyncFor f) {
            visitExpr(f.target());
            visitExpr(f.iter());
            visitStmts(f.body());
            visitStmts(f.orelse());
        } else if (s instanceof Stmt.While w) {
            visitExpr(w.test());
            visitStmts(w.body());
            visitStmts(w.orelse());
        } else if (s instanceof Stmt.If i) {
            visitExpr(i.test());
            visitStmts(i.body());
            visitStmts(i.orelse());
        } else if (s instanceof Stmt.Match m) {
            visitExpr(m.subject());
            for (MatchCase c : m.cases()) {
                visitPattern(c.pattern());
                if (c.guard() != null) {
                    visitExpr(c.guard());
                }
                visitStmts(c.body());
            }
        } else if (s instanceof Stmt.Raise r) {
            if (r.exc() != null) {
                visitExpr(r.exc());
                if (r.cause() != null) {
                    visitExpr(r.cause());
                }
            }
        } else if (s instanceof Stmt.Try t) {
            visitTry(t.body(), t.handlers(), t.orelse(), t.finalbody());
        } else if (s instanceof Stmt.TryStar t) {
            visitTry(t.body(), t.handlers(), t.orelse(), t.finalbody());
        } else if (s instanceof Stmt.Assert a) {
            visitExpr(a.test());
            if (a.msg() != null) {
                visitExpr(a.msg());
            }
        } else if (s instanceof Stmt.Import i) {
            for (Alias a : i.names()) {
                visitAlias(a);
            }
        } else if (s instanceof Stmt.ImportFrom i) {
            for (Alias a : i.names()) {
                visitAlias(a);
            }
        } else if (s instanceof Stmt.Global g) {
            visitDeclaration(g.names(), g.pos(), true);
        } else if (s instanceof Stmt.Nonlocal n) {
            visitDeclaration(n.names(), n.pos(), false);
        } else if (s instanceof Stmt.ExprStmt e) {
            visitExpr(e.value());
        } else if (s instanceof Stmt.With w) {
            visitWith(w.items(), w.body());
        } else if (s instanceof Stmt.AsyncWith w) {
            visitWith(w.items(), w.body());
        }
        // Pass, Break, Continue: nothing to record.
    }

    private void visitTry(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody) {
        visitStmts(body);
        visitStmts(orelse);
        for (ExceptHandler h : handlers) {
            if (h.type() != null) {
                visitExpr(h.type());
            }
            if (h.name() != null) {
                addDef(h.name(), Symbol.DEF_LOCAL, h.pos());
            }
            visitStmts(h.body());
        }
        visitStmts(finalbody);
    }

    private void visitWith(List<WithItem> items, List<Stmt> body) {
        for (WithItem item : items) {
            visitExpr(item.contextExpr());
            if (item.optionalVars() != null) {
                visitExpr(item.optionalVars());
            }
        }
        visitStmts(body);
    }

    private void visitFunction(Stmt def, String name, Arguments args, List<Stmt> body, List<Expr> decorators,
                               Expr returns, List<TypeParam> typeParams, boolean async) {
        addDef(name, Symbol.DEF_LOCAL, def.pos());
        visitExprs(args.defaults());
        visitExprsWithNull(args.kwDefaults());
        visitExprs(decorators);
        boolean generic = !typeParams.isEmpty();
        if (generic) {
            // CPython tests its defaults sequence for NULL, which is never NULL: every generic def gets .defaults.
            enterTypeParamBlock(name, def, true, hasKwonlyDefaults(args), false, def.pos());
            visitTypeParams(typeParams);
        }
        visitAnnotations(def, args, returns);
        Scope f = enterBlock(name, Scope.Kind.FUNCTION, def, def.pos());
        byNode.put(def, f);
        if (async) {
            f.coroutine = true;
        }
        visitArguments(args);
        visitStmts(body);
        exitBlock();
        if (generic) {
            exitBlock();
        }
    }

    private static boolean hasKwonlyDefaults(Arguments args) {
        for (Expr d : args.kwDefaults()) {
            if (d != null) {
                return true;
            }
        }
        return false;
    }

    private void visitClass(Stmt.ClassDef c) {
        addDef(c.name(), Symbol.DEF_LOCAL, c.pos());
        visitExprs(c.decoratorList());
        String saved = privateName;
        boolean generic = !c.typeParams().isEmpty();
        if (generic) {
            enterTypeParamBlock(c.name(), c, false, false, true, c.pos());
            privateName = c.name();
            visitTypeParams(c.typeParams());
        }
        visitExprs(c.bases());
        for (Keyword k : c.keywords()) {
            visitExpr(k.value());
        }
        Scope s = enterBlock(c.name(), Scope.Kind.CLASS, c, c.pos());
        byNode.put(c, s);
        privateName = c.name();
        if (generic) {
            addDef("__type_params__", Symbol.DEF_LOCAL, c.pos());
            addDef(".type_params", Symbol.USE, c.pos());
        }
        visitStmts(c.body());
        exitBlock();
        if (generic) {
            exitBlock();
        }
        privateName = saved;
    }

    private void visitTypeAlias(Stmt.TypeAlias t) {
        visitExpr(t.name());
        String name = ((Expr.Name) t.name()).id();
        boolean inClass = cur.kind() == Scope.Kind.CLASS;
        boolean generic = !t.typeParams().isEmpty();
        if (generic) {
            enterTypeParamBlock(name, t, false, false, false, t.pos());
            visitTypeParams(t.typeParams());
        }
        Scope s = enterBlock(name, Scope.Kind.TYPE_ALIAS, t, t.pos());
        byNode.put(t, s);
        s.canSeeClassScope = inClass;
        if (inClass) {
            addDef("__classdict__", Symbol.USE, t.value().pos());
        }
        visitExpr(t.value());
        exitBlock();
        if (generic) {
            exitBlock();
        }
    }

    private void enterTypeParamBlock(String name, Stmt def, boolean hasDefaults, boolean hasKwDefaults,
                                     boolean isClass, Pos pos) {
        Scope.Kind currentKind = cur.kind();
        Scope s = enterBlock(name, Scope.Kind.TYPE_PARAMETERS, def, pos);
        typeParamScopes.put(def, s);
        if (currentKind == Scope.Kind.CLASS) {
            s.canSeeClassScope = true;
            addDef("__classdict__", Symbol.USE, pos);
        }
        if (isClass) {
            addDef(".type_params", Symbol.DEF_LOCAL, pos);
            addDef(".type_params", Symbol.USE, pos);
            privateName = name;
            addDef(".generic_base", Symbol.DEF_LOCAL, pos);
            addDef(".generic_base", Symbol.USE, pos);
        }
        if (hasDefaults) {
            addDef(".defaults", Symbol.DEF_PARAM, pos);
        }
        if (hasKwDefaults) {
            addDef(".kwdefaults", Symbol.DEF_PARAM, pos);
        }
    }

    private void visitTypeParams(List<TypeParam> params) {
        for (TypeParam tp : params) {
            if (tp instanceof TypeParam.TypeVar tv) {
                addDef(tv.name(), Symbol.DEF_TYPE_PARAM | Symbol.DEF_LOCAL, tv.pos());
                if (tv.bound() != null) {
                    boolean inClass = cur.canSeeClassScope;
                    Scope b = enterBlock(tv.name(), Scope.Kind.TYPE_VAR_BOUND, tv, tv.pos());
                    byNode.put(tv, b);
                    b.canSeeClassScope = inClass;
                    if (inClass) {
                        addDef("__classdict__", Symbol.USE, tv.bound().pos());
                    }
                    visitExpr(tv.bound());
                    exitBlock();
                }
            } else if (tp instanceof TypeParam.TypeVarTuple tvt) {
                addDef(tvt.name(), Symbol.DEF_TYPE_PARAM | Symbol.DEF_LOCAL, tvt.pos());
            } else if (tp instanceof TypeParam.ParamSpec ps) {
                addDef(ps.name(), Symbol.DEF_TYPE_PARAM | Symbol.DEF_LOCAL, ps.pos());
            }
        }
    }

    private void visitAnnotations(Stmt def, Arguments a, Expr returns) {
        boolean futureAnnotations = future.annotations();
        if (futureAnnotations) {
            enterBlock("_annotation", Scope.Kind.ANNOTATION, def, def.pos());
        }
        visitArgAnnotations(a.posonlyargs());
        visitArgAnnotations(a.args());
        if (a.vararg() != null && a.vararg().annotation() != null) {
            visitExpr(a.vararg().annotation());
        }
        if (a.kwarg() != null && a.kwarg().annotation() != null) {
            visitExpr(a.kwarg().annotation());
        }
        visitArgAnnotations(a.kwonlyargs());
        if (futureAnnotations) {
            exitBlock();
        }
        if (returns != null) {
            visitAnnotation(returns);
        }
    }

    private void visitArgAnnotations(List<Arg> args) {
        for (Arg arg : args) {
            if (arg.annotation() != null) {
                visitExpr(arg.annotation());
            }
        }
    }

    private void visitAnnotation(Expr annotation) {
        boolean futureAnnotations = future.annotations();
        if (futureAnnotations) {
            enterBlock("_annotation", Scope.Kind.ANNOTATION, annotation, annotation.pos());
        }
        visitExpr(annotation);
        if (futureAnnotations) {
            exitBlock();
        }
    }

    private void visitAnnAssign(Stmt.AnnAssign a) {
        if (a.target() instanceof Expr.Name n) {
            int cur = lookup(n.id());
            if ((cur & (Symbol.DEF_GLOBAL | Symbol.DEF_NONLOCAL)) != 0 && this.cur != top && a.simple() != 0) {
                String fmt = (cur & Symbol.DEF_GLOBAL) != 0 ? GLOBAL_ANNOT : NONLOCAL_ANNOT;
                throw error(String.format(fmt, n.id()), a.pos());
            }
            if (a.simple() != 0) {
                addDef(n.id(), Symbol.DEF_ANNOT | Symbol.DEF_LOCAL, n.pos());
            } else if (a.value() != null) {
                addDef(n.id(), Symbol.DEF_LOCAL, n.pos());
            }
        } else {
            visitExpr(a.target());
        }
        visitAnnotation(a.annotation());
        if (a.value() != null) {
            visitExpr(a.value());
        }
    }

    private void visitDeclaration(List<String> names, Pos pos, boolean global) {
        for (String name : names) {
            int flags = lookup(name);
            if ((flags & (Symbol.DEF_PARAM | Symbol.DEF_LOCAL | Symbol.USE | Symbol.DEF_ANNOT)) != 0) {
                String fmt;
                if ((flags & Symbol.DEF_PARAM) != 0) {
                    fmt = global ? GLOBAL_PARAM : NONLOCAL_PARAM;
                } else if ((flags & Symbol.USE) != 0) {
                    fmt = global ? GLOBAL_AFTER_USE : NONLOCAL_AFTER_USE;
                } else if ((flags & Symbol.DEF_ANNOT) != 0) {
                    fmt = global ? GLOBAL_ANNOT : NONLOCAL_ANNOT;
                } else {
                    fmt = global ? GLOBAL_AFTER_ASSIGN : NONLOCAL_AFTER_ASSIGN;
                }
                throw error(String.format(fmt, name), pos);
            }
            addDef(name, global ? Symbol.DEF_GLOBAL : Symbol.DEF_NONLOCAL, pos);
            recordDirective(name, pos);
        }
    }

    private void visitAlias(Alias a) {
        String name = a.asname() == null ? a.name() : a.asname();
        if (name.equals("*")) {
            if (cur.kind() != Scope.Kind.MODULE) {
                throw error(IMPORT_STAR_WARNING, a.pos());
            }
            return;
        }
        int dot = name.indexOf('.');
        addDef(dot >= 0 ? name.substring(0, dot) : name, Symbol.DEF_IMPORT, a.pos());
    }

    private void visitArguments(Arguments a) {
        visitParams(a.posonlyargs());
        visitParams(a.args());
        visitParams(a.kwonlyargs());
        if (a.vararg() != null) {
            addDef(a.vararg().arg(), Symbol.DEF_PARAM, a.vararg().pos());
            cur.varargs = true;
        }
        if (a.kwarg() != null) {
            addDef(a.kwarg().arg(), Symbol.DEF_PARAM, a.kwarg().pos());
            cur.varkeywords = true;
        }
    }

    private void visitParams(List<Arg> args) {
        for (Arg arg : args) {
            addDef(arg.arg(), Symbol.DEF_PARAM, arg.pos());
        }
    }

    private void visitPattern(Pattern p) {
        if (p instanceof Pattern.MatchValue v) {
            visitExpr(v.value());
        } else if (p instanceof Pattern.MatchSequence s) {
            for (Pattern q : s.patterns()) {
                visitPattern(q);
            }
        } else if (p instanceof Pattern.MatchStar s) {
            if (s.name() != null) {
                addDef(s.name(), Symbol.DEF_LOCAL, s.pos());
            }
        } else if (p instanceof Pattern.MatchMapping m) {
            visitExprs(m.keys());
            for (Pattern q : m.patterns()) {
                visitPattern(q);
            }
            if (m.rest() != null) {
                addDef(m.rest(), Symbol.DEF_LOCAL, m.pos());
            }
        } else if (p instanceof Pattern.MatchClass c) {
            visitExpr(c.cls());
            for (Pattern q : c.patterns()) {
                visitPattern(q);
            }
            for (Pattern q : c.kwdPatterns()) {
                visitPattern(q);
            }
        } else if (p instanceof Pattern.MatchAs a) {
            if (a.pattern() != null) {
                visitPattern(a.pattern());
            }
            if (a.name() != null) {
                addDef(a.name(), Symbol.DEF_LOCAL, a.pos());
            }
        } else if (p instanceof Pattern.MatchOr o) {
            for (Pattern q : o.patterns()) {
                visitPattern(q);
            }
        }
        // MatchSingleton: nothing.
    }

    // ---------------------------------------------------------------- first pass: expressions

    private void visitExpr(Expr e) {
        if (e instanceof Expr.Name n) {
            addDef(n.id(), n.ctx() == ExprContext.Load ? Symbol.USE : Symbol.DEF_LOCAL, n.pos());
            if (n.ctx() == ExprContext.Load && cur.kind() == Scope.Kind.FUNCTION && n.id().equals("super")) {
                addDef("__class__", Symbol.USE, n.pos());
            }
        } else if (e instanceof Expr.Constant) {
            return;
        } else if (e instanceof Expr.Attribute a) {
            visitExpr(a.value());
        } else if (e instanceof Expr.Call c) {
            visitExpr(c.func());
            visitExprs(c.args());
            for (Keyword k : c.keywords()) {
                visitExpr(k.value());
            }
        } else if (e instanceof Expr.BinOp b) {
            visitExpr(b.left());
            visitExpr(b.right());
        } else if (e instanceof Expr.BoolOp b) {
            visitExprs(b.values());
        } else if (e instanceof Expr.UnaryOp u) {
            visitExpr(u.operand());
        } else if (e instanceof Expr.Compare c) {
            visitExpr(c.left());
            visitExprs(c.comparators());
        } else if (e instanceof Expr.Subscript s) {
            visitExpr(s.value());
            visitExpr(s.slice());
        } else if (e instanceof Expr.Tuple t) {
            visitExprs(t.elts());
        } else if (e instanceof Expr.List l) {
            visitExprs(l.elts());
        } else if (e instanceof Expr.Starred s) {
            visitExpr(s.value());
        } else if (e instanceof Expr.NamedExpr n) {
            raiseIfAnnotationBlock("named expression", e);
            if (cur.compIterExpr > 0) {
                throw error(NAMED_EXPR_COMP_ITER_EXPR, e.pos());
            }
            if (cur.comprehension != Scope.Comprehension.NONE) {
                extendNamedExprScope((Expr.Name) n.target());
            }
            visitExpr(n.value());
            visitExpr(n.target());
        } else if (e instanceof Expr.Lambda l) {
            visitLambda(l);
        } else if (e instanceof Expr.IfExp i) {
            visitExpr(i.test());
            visitExpr(i.body());
            visitExpr(i.orelse());
        } else if (e instanceof Expr.Dict d) {
            visitExprsWithNull(d.keys());
            visitExprs(d.values());
        } else if (e instanceof Expr.Set s) {
            visitExprs(s.elts());
        } else if (e instanceof Expr.GeneratorExp g) {
            visitComprehension(e, "genexpr", g.generators(), g.elt(), null, Scope.Comprehension.GENERATOR);
        } else if (e instanceof Expr.ListComp c) {
            visitComprehension(e, "listcomp", c.generators(), c.elt(), null, Scope.Comprehension.LIST);
        } else if (e instanceof Expr.SetComp c) {
            visitComprehension(e, "setcomp", c.generators(), c.elt(), null, Scope.Comprehension.SET);
        } else if (e instanceof Expr.DictComp c) {
            visitComprehension(e, "dictcomp", c.generators(), c.key(), c.value(), Scope.Comprehension.DICT);
        } else if (e instanceof Expr.Yield y) {
            raiseIfAnnotationBlock("yield expression", e);
            if (y.value() != null) {
                visitExpr(y.value());
            }
            cur.generator = true;
            raiseIfComprehensionBlock(e);
        } else if (e instanceof Expr.YieldFrom y) {
            raiseIfAnnotationBlock("yield expression", e);
            visitExpr(y.value());
            cur.generator = true;
            raiseIfComprehensionBlock(e);
        } else if (e instanceof Expr.Await a) {
            raiseIfAnnotationBlock("await expression", e);
            visitExpr(a.value());
            cur.coroutine = true;
        } else if (e instanceof Expr.FormattedValue f) {
            visitExpr(f.value());
            if (f.formatSpec() != null) {
                visitExpr(f.formatSpec());
            }
        } else if (e instanceof Expr.JoinedStr j) {
            visitExprs(j.values());
        } else if (e instanceof Expr.Slice s) {
            if (s.lower() != null) {
                visitExpr(s.lower());
            }
            if (s.upper() != null) {
                visitExpr(s.upper());
            }
            if (s.step() != null) {
                visitExpr(s.step());
            }
        }
    }

    private void visitLambda(Expr.Lambda l) {
        if (cur.canSeeClassScope) {
            throw error("Cannot use lambda in annotation scope within class scope", l.pos());
        }
        visitExprs(l.args().defaults());
        visitExprsWithNull(l.args().kwDefaults());
        Scope s = enterBlock("lambda", Scope.Kind.FUNCTION, l, l.pos());
        byNode.put(l, s);
        visitArguments(l.args());
        visitExpr(l.body());
        exitBlock();
    }

    private void raiseIfAnnotationBlock(String what, Expr e) {
        String where;
        switch (cur.kind()) {
            case ANNOTATION: where = "an annotation"; break;
            case TYPE_VAR_BOUND: where = "a TypeVar bound"; break;
            case TYPE_ALIAS: where = "a type alias"; break;
            case TYPE_PARAMETERS: where = "the definition of a generic"; break;
            default: return;
        }
        throw error(what + " cannot be used within " + where, e.pos());
    }

    private void raiseIfComprehensionBlock(Expr e) {
        String msg;
        switch (cur.comprehension) {
            case LIST: msg = "'yield' inside list comprehension"; break;
            case SET: msg = "'yield' inside set comprehension"; break;
            case DICT: msg = "'yield' inside dict comprehension"; break;
            case GENERATOR: msg = "'yield' inside generator expression"; break;
            default: return;
        }
        throw error(msg, e.pos());
    }

    private void visitComprehension(Expr e, String scopeName, List<Comprehension> generators, Expr elt,
                                    Expr value, Scope.Comprehension kind) {
        if (cur.canSeeClassScope) {
            throw error("Cannot use comprehension in annotation scope within class scope", e.pos());
        }
        boolean isGenerator = kind == Scope.Comprehension.GENERATOR;
        Comprehension outermost = generators.get(0);
        cur.compIterExpr++;
        visitExpr(outermost.iter());
        cur.compIterExpr--;
        Scope s = enterBlock(scopeName, Scope.Kind.FUNCTION, e, e.pos());
        byNode.put(e, s);
        s.comprehension = kind;
        if (outermost.isAsync() != 0) {
            s.coroutine = true;
        }
        addDef(".0", Symbol.DEF_PARAM, e.pos());
        s.compIterTarget = true;
        visitExpr(outermost.target());
        s.compIterTarget = false;
        visitExprs(outermost.ifs());
        for (int i = 1; i < generators.size(); i++) {
            Comprehension c = generators.get(i);
            s.compIterTarget = true;
            visitExpr(c.target());
            s.compIterTarget = false;
            s.compIterExpr++;
            visitExpr(c.iter());
            s.compIterExpr--;
            visitExprs(c.ifs());
            if (c.isAsync() != 0) {
                s.coroutine = true;
            }
        }
        if (value != null) {
            visitExpr(value);
        }
        visitExpr(elt);
        s.generator = isGenerator;
        boolean isAsync = s.coroutine && !isGenerator;
        exitBlock();
        if (isAsync) {
            cur.coroutine = true;
        }
    }

    private void extendNamedExprScope(Expr.Name target) {
        String name = target.id();
        Pos pos = target.pos();
        for (int i = stack.size() - 1; i >= 0; i--) {
            Scope ste = stack.get(i);
            if (ste.comprehension != Scope.Comprehension.NONE) {
                if ((lookupEntry(ste, name) & Symbol.DEF_COMP_ITER) != 0) {
                    throw error(String.format(NAMED_EXPR_COMP_CONFLICT, name), pos);
                }
                continue;
            }
            switch (ste.kind()) {
                case FUNCTION:
                    if ((lookupEntry(ste, name) & Symbol.DEF_GLOBAL) != 0) {
                        addDef(name, Symbol.DEF_GLOBAL, pos);
                    } else {
                        addDef(name, Symbol.DEF_NONLOCAL, pos);
                    }
                    recordDirective(name, pos);
                    addDefHelper(name, Symbol.DEF_LOCAL, ste, pos);
                    return;
                case MODULE:
                    addDef(name, Symbol.DEF_GLOBAL, pos);
                    recordDirective(name, pos);
                    addDefHelper(name, Symbol.DEF_GLOBAL, ste, pos);
                    return;
                case CLASS:
                    throw error(NAMED_EXPR_COMP_IN_CLASS, pos);
                case TYPE_PARAMETERS:
                    throw error(NAMED_EXPR_COMP_IN_TYPEPARAM, pos);
                case TYPE_ALIAS:
                    throw error(NAMED_EXPR_COMP_IN_TYPEALIAS, pos);
                case TYPE_VAR_BOUND:
                    throw error(NAMED_EXPR_COMP_IN_TYPEVAR_BOUND, pos);
                default:
                    break;
            }
        }
        throw new IllegalStateException("no scope for assignment expression target " + name);
    }

    // ---------------------------------------------------------------- second pass: analysis

    /** Resolves every name of {@code ste} and its children; adds the names free in it to {@code free}. */
    private void analyzeBlock(Scope ste, Set<String> bound, Set<String> free, Set<String> global,
                              Set<String> typeParams, Scope classEntry) {
        Set<String> local = new LinkedHashSet<>();
        Map<String, Symbol.Resolution> scopes = new LinkedHashMap<>();
        Set<String> newGlobal = new LinkedHashSet<>();
        Set<String> newFree = new LinkedHashSet<>();
        Set<String> newBound = new LinkedHashSet<>();
        Set<String> inlinedCells = new LinkedHashSet<>();

        // Class bindings are not visible in nested scopes: children see only what the class itself sees.
        if (ste.kind() == Scope.Kind.CLASS) {
            newGlobal.addAll(global);
            if (bound != null) {
                newBound.addAll(bound);
            }
        }
        for (Symbol sym : ste.symbols.values()) {
            analyzeName(ste, scopes, sym.name(), sym.flags, bound, local, free, global, typeParams, classEntry);
        }
        if (ste.kind() != Scope.Kind.CLASS) {
            if (ste.isFunctionLike()) {
                newBound.addAll(local);
            }
            if (bound != null) {
                newBound.addAll(bound);
            }
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
            newBound.add("__classdict__");
        }

        for (Scope entry : new ArrayList<>(ste.children)) {
            Scope newClassEntry = null;
            if (entry.canSeeClassScope) {
                if (ste.kind() == Scope.Kind.CLASS) {
                    newClassEntry = ste;
                } else if (classEntry != null) {
                    newClassEntry = classEntry;
                }
            }
            boolean inlineComp = entry.comprehension != Scope.Comprehension.NONE && !entry.generator;
            Set<String> childFree = new LinkedHashSet<>(newFree);
            analyzeBlock(entry, new LinkedHashSet<>(newBound), childFree, new LinkedHashSet<>(newGlobal),
                    new LinkedHashSet<>(typeParams), newClassEntry);
            if (inlineComp) {
                inlineComprehension(ste, entry, scopes, childFree, inlinedCells);
                entry.inlined = true;
            }
            newFree.addAll(childFree);
            if (entry.hasFree || entry.childFree) {
                ste.childFree = true;
            }
        }

        // Splice the children of inlined comprehensions into our own children.
        for (int i = ste.children.size() - 1; i >= 0; i--) {
            Scope entry = ste.children.get(i);
            if (entry.inlined) {
                ste.children.remove(i);
                ste.children.addAll(i, entry.children);
            }
        }

        if (ste.isFunctionLike()) {
            analyzeCells(scopes, newFree, inlinedCells);
        } else if (ste.kind() == Scope.Kind.CLASS) {
            dropClassFree(ste, newFree);
        }
        updateSymbols(ste, scopes, bound, newFree, inlinedCells,
                ste.kind() == Scope.Kind.CLASS || ste.canSeeClassScope);
        free.addAll(newFree);
    }

    private void analyzeName(Scope ste, Map<String, Symbol.Resolution> scopes, String name, int flags,
                             Set<String> bound, Set<String> local, Set<String> free, Set<String> global,
                             Set<String> typeParams, Scope classEntry) {
        if ((flags & Symbol.DEF_GLOBAL) != 0) {
            if ((flags & Symbol.DEF_NONLOCAL) != 0) {
                throw errorAtDirective(ste, name, String.format("name '%s' is nonlocal and global", name));
            }
            scopes.put(name, Symbol.Resolution.GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
            return;
        }
        if ((flags & Symbol.DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw errorAtDirective(ste, name, "nonlocal declaration not allowed at module level");
            }
            if (!bound.contains(name)) {
                throw errorAtDirective(ste, name, String.format("no binding for nonlocal '%s' found", name));
            }
            if (typeParams.contains(name)) {
                throw errorAtDirective(ste, name,
                        String.format("nonlocal binding not allowed for type parameter '%s'", name));
            }
            scopes.put(name, Symbol.Resolution.FREE);
            ste.hasFree = true;
            free.add(name);
            return;
        }
        if ((flags & Symbol.DEF_BOUND) != 0) {
            scopes.put(name, Symbol.Resolution.LOCAL);
            local.add(name);
            global.remove(name);
            if ((flags & Symbol.DEF_TYPE_PARAM) != 0) {
                typeParams.add(name);
            } else {
                typeParams.remove(name);
            }
            return;
        }
        // In a scope that can see a class, a name bound in that class is looked up in the class namespace first.
        if (classEntry != null) {
            Symbol cs = classEntry.symbols.get(name);
            int classFlags = cs == null ? 0 : cs.flags;
            if ((classFlags & Symbol.DEF_GLOBAL) != 0) {
                scopes.put(name, Symbol.Resolution.GLOBAL_EXPLICIT);
                return;
            } else if ((classFlags & Symbol.DEF_BOUND) != 0 && (classFlags & Symbol.DEF_NONLOCAL) == 0) {
                scopes.put(name, Symbol.Resolution.GLOBAL_IMPLICIT);
                return;
            }
        }
        if (bound != null && bound.contains(name)) {
            scopes.put(name, Symbol.Resolution.FREE);
            ste.hasFree = true;
            free.add(name);
            return;
        }
        if (global.contains(name)) {
            scopes.put(name, Symbol.Resolution.GLOBAL_IMPLICIT);
            return;
        }
        if (ste.nested) {
            ste.hasFree = true;
        }
        scopes.put(name, Symbol.Resolution.GLOBAL_IMPLICIT);
    }

    private PySyntaxError errorAtDirective(Scope ste, String name, String msg) {
        Pos pos = ste.directives.get(name);
        if (pos == null) {
            return new PySyntaxError(PySyntaxError.Kind.SyntaxError, msg, filename, -1, 0, 0, 0, null);
        }
        return error(msg, pos);
    }

    private static boolean isFreeInAnyChild(Scope entry, String name) {
        for (Scope child : entry.children) {
            if (child.resolve(name) == Symbol.Resolution.FREE) {
                return true;
            }
        }
        return false;
    }

    /** Merges the symbols of an analyzed list/set/dict comprehension into its parent (PEP 709). */
    private static void inlineComprehension(Scope ste, Scope comp, Map<String, Symbol.Resolution> scopes,
                                            Set<String> compFree, Set<String> inlinedCells) {
        for (Symbol sym : comp.symbols.values()) {
            String k = sym.name();
            int compFlags = sym.flags;
            if ((compFlags & Symbol.DEF_PARAM) != 0) {
                continue;   // the implicit .0 parameter
            }
            Symbol.Resolution scope = sym.scope;
            if (scope == Symbol.Resolution.CELL || (compFlags & Symbol.DEF_COMP_CELL) != 0) {
                inlinedCells.add(k);
            }
            Symbol existing = ste.symbols.get(k);
            // CPython 3.12.1 copies a free __class__ into a class scope as FREE too (later 3.12 releases do not).
            if (existing == null) {
                ste.symbols.put(k, new Symbol(k, compFlags));
                scopes.put(k, scope);
            } else if ((existing.flags & Symbol.DEF_BOUND) != 0 && !isFreeInAnyChild(comp, k)
                    && ste.kind() != Scope.Kind.CLASS) {
                // A free name of the comprehension bound in the enclosing function is simply its local now.
                compFree.remove(k);
            }
        }
    }

    private static void analyzeCells(Map<String, Symbol.Resolution> scopes, Set<String> free,
                                     Set<String> inlinedCells) {
        for (Map.Entry<String, Symbol.Resolution> e : scopes.entrySet()) {
            if (e.getValue() != Symbol.Resolution.LOCAL) {
                continue;
            }
            String name = e.getKey();
            if (!free.contains(name) && !inlinedCells.contains(name)) {
                continue;
            }
            e.setValue(Symbol.Resolution.CELL);
            free.remove(name);
        }
    }

    private static void dropClassFree(Scope ste, Set<String> free) {
        if (free.remove("__class__")) {
            ste.needsClassClosure = true;
        }
        if (free.remove("__classdict__")) {
            ste.needsClassdict = true;
        }
    }

    private static void updateSymbols(Scope ste, Map<String, Symbol.Resolution> scopes, Set<String> bound,
                                      Set<String> free, Set<String> inlinedCells, boolean classFlag) {
        for (Symbol sym : ste.symbols.values()) {
            if (inlinedCells.contains(sym.name())) {
                sym.flags |= Symbol.DEF_COMP_CELL;
            }
            sym.scope = scopes.get(sym.name());
        }
        // Names free in children but not bound here pass through this scope as free variables.
        for (String name : free) {
            Symbol sym = ste.symbols.get(name);
            if (sym != null) {
                if (classFlag) {
                    sym.flags |= Symbol.DEF_FREE_CLASS;
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue;
            }
            Symbol pass = new Symbol(name, 0);
            pass.scope = Symbol.Resolution.FREE;
            ste.symbols.put(name, pass);
        }
    }
    /**
     * Line {@code lineno} (1-based) of a source text, without its line ending (\r\n, \r or \n), or null. Found
     * only when an error needs it: compiling a correct file never splits its source into lines.
     */
    static String sourceLine(String source, int lineno) {
        if (source == null || lineno < 1) {
            return null;
        }
        int start = 0;
        int n = source.length();
        for (int line = 1; line < lineno; line++) {
            int i = start;
            while (i < n && source.charAt(i) != '\n' && source.charAt(i) != '\r') {
                i++;
            }
            if (i == n) {
                return null;
            }
            start = source.charAt(i) == '\r' && i + 1 < n && source.charAt(i + 1) == '\n' ? i + 2 : i + 1;
        }
        int end = start;
        while (end < n && source.charAt(end) != '\n' && source.charAt(end) != '\r') {
            end++;
        }
        return source.substring(start, end);
    }


}
