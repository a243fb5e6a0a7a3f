package org.pyvm.compiler;

import static org.pyvm.bytecode.Opcode.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pyvm.ast.Alias;
import org.pyvm.ast.Arg;
import org.pyvm.ast.Arguments;
import org.pyvm.ast.CmpOp;
import org.pyvm.ast.Comprehension;
import org.pyvm.ast.ExceptHandler;
import org.pyvm.ast.Expr;
import org.pyvm.ast.ExprContext;
import org.pyvm.ast.Keyword;
import org.pyvm.ast.MatchCase;
import org.pyvm.ast.Mod;
import org.pyvm.ast.Node;
import org.pyvm.ast.Operator;
import org.pyvm.ast.Pos;
import org.pyvm.ast.Positioned;
import org.pyvm.ast.Stmt;
import org.pyvm.ast.TypeParam;
import org.pyvm.ast.WithItem;
import org.pyvm.bytecode.CodeBuilder;
import org.pyvm.bytecode.CodeBuilder.Label;
import org.pyvm.bytecode.CodeObject;
import org.pyvm.bytecode.Constants;
import org.pyvm.bytecode.Opcode;
import org.pyvm.bytecode.Operands;
import org.pyvm.parse.PySyntaxError;

/**
 * Code generation: a module's AST and its {@link SymbolTable} to a tree of {@link CodeObject}s, following CPython
 * 3.12's {@code Python/compile.c} function by function (the C function each method ports is named in its comment),
 * with the instruction-set differences of {@code docs/bytecode.md}: no NULL under calls ({@code LOAD_METHOD} +
 * {@code CALL_METHOD} for method calls), {@code JUMP_IF_FALSE_OR_POP}/{@code JUMP_IF_TRUE_OR_POP} for
 * {@code and}/{@code or} and chained comparisons, no {@code END_FOR}/{@code END_SEND}/{@code RESUME}, f-strings with
 * {@code CONVERT_VALUE}/{@code FORMAT_SIMPLE}/{@code FORMAT_WITH_SPEC}, cells in their own array (inlined
 * comprehensions isolate a cell with {@code LOAD_CLOSURE}+{@code MAKE_CELL} and restore it with
 * {@code RESTORE_CELL}).
 *
 * <p>Order of evaluation, the exception-handling shapes (the fblock stack, {@code return}/{@code break}/
 * {@code continue} through {@code finally} and {@code with}), qualified names and the compile-stage SyntaxErrors are
 * CPython's. Constant folding is {@link ConstantFolder}; annotations under {@code from __future__ import annotations}
 * are unparsed by {@link Unparser}. Match statements go to {@code PatternCompiler} through {@link PatternContext}.
 *
 * <p>Positions: every instruction carries the (line, end line, column, end column) CPython's compiler gives it;
 * instructions CPython marks artificial ({@code NO_LOCATION}) take the position of the instruction before them, as
 * CPython's line-number propagation does for most of them.
 *
 * <p>Not ported (no effect on behaviour): CPython's flow-graph optimizer (dead-code removal, jump threading,
 * {@code LOAD_CONST}+{@code RETURN_VALUE} is written directly as {@code RETURN_CONST} where CPython ends with it), the
 * {@code "%s" % (a,)} to f-string rewrite of the AST optimizer, {@code NOP}s kept only for line events, and
 * SyntaxWarnings.
 */
public final class CodeGenerator {
    /** CPython's STACK_USE_GUIDELINE: above it, displays and calls are built incrementally. */
    private static final int STACK_USE_GUIDELINE = 30;
    /** CPython's CO_MAXBLOCKS. */
    private static final int MAX_BLOCKS = 20;

    private enum UnitKind { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION, TYPE_PARAMS }

    private enum FBlockType {
        WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH, HANDLER_CLEANUP, POP_VALUE,
        EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR, STOP_ITERATION
    }

    /** One entry of the frame-block stack; datum is the finally body, the with statement or the handler name. */
    private record FBlock(FBlockType type, Label block, Label exit, Object datum) {
    }

    /** One code object being built (CPython's {@code compiler_unit}). */
    private static final class Unit {
        final Scope scope;
        final UnitKind kind;
        final CodeBuilder code;
        final String name;
        final String qualname;
        final List<String> cellvars;
        final List<String> freevars;
        String privateName;
        int argCount;
        final List<FBlock> fblocks = new ArrayList<>();
        int inInlinedComp;
        final Map<String, Symbol.Resolution> tempScopes = new HashMap<>();
        final Set<String> fastHidden = new HashSet<>();

        Unit(Scope scope, UnitKind kind, CodeBuilder code, String name, String qualname, List<String> cellvars,
             List<String> freevars) {
            this.scope = scope;
            this.kind = kind;
            this.code = code;
            this.name = name;
            this.qualname = qualname;
            this.cellvars = cellvars;
            this.freevars = freevars;
        }
    }

    private final SymbolTable table;
    private final String filename;
    private final String source;
    private final boolean futureAnnotations;
    private final ConstantFolder folder = new ConstantFolder();
    private final List<Unit> stack = new ArrayList<>();
    private Unit u;

    private CodeGenerator(SymbolTable table, String source) {
        this.table = table;
        this.filename = table.filename();
        this.source = source;
        this.futureAnnotations = table.future().annotations();
    }

    /**
     * Compiles a module whose symbol table is already built (and checked, {@link SymbolTable#analyze}).
     *
     * @param source the decoded source, for the text of SyntaxErrors; may be null
     * @throws PySyntaxError a compile-stage error, with CPython's message and position
     */
    public static CodeObject compileModule(Mod.Module module, SymbolTable table, String source) {
        return new CodeGenerator(table, source).module(module);
    }

    /**
     * Compiles a module that is a single expression statement as {@code eval} code: its value is returned.
     *
     * @throws PySyntaxError a compile-stage error
     */
    public static CodeObject compileExpression(Mod.Module module, SymbolTable table, String source) {
        return new CodeGenerator(table, source).evalUnit(module);
    }

    // ================================================================== units and scopes

    private CodeObject evalUnit(Mod.Module m) {
        enterScope("<module>", UnitKind.MODULE, table.top(), 1, null);
        expr(((Stmt.ExprStmt) m.body().get(0)).value());
        u.code.emit(RETURN_VALUE);
        return finishUnit(false);
    }

    private CodeObject module(Mod.Module m) {
        enterScope("<module>", UnitKind.MODULE, table.top(), 1, null);
        body(m.body(), true);
        // The implicit "return None" of a module has no position of its own.
        return finishUnit(true);
    }

    /** CPython's compiler_enter_scope: a new unit for {@code scope}, with its qualified name. */
    private void enterScope(String name, UnitKind kind, Scope scope, int firstLine, Arguments args) {
        String qualname = qualname(name, kind);
        List<String> cellvars = new ArrayList<>();
        List<String> freevars = new ArrayList<>();
        for (Symbol s : scope.symbols().values()) {
            if (s.scope() == Symbol.Resolution.CELL || s.has(Symbol.DEF_COMP_CELL)) {
                cellvars.add(s.name());
            }
            if (s.scope() == Symbol.Resolution.FREE || s.has(Symbol.DEF_FREE_CLASS)) {
                freevars.add(s.name());
            }
        }
        java.util.Collections.sort(cellvars);
        java.util.Collections.sort(freevars);
        if (kind == UnitKind.CLASS) {
            if (scope.needsClassClosure() && !cellvars.contains("__class__")) {
                cellvars.add("__class__");
            }
            if (scope.needsClassdict() && !cellvars.contains("__classdict__")) {
                cellvars.add("__classdict__");
            }
        }
        CodeBuilder code = new CodeBuilder(name, qualname, filename, firstLine);
        code.cells(cellvars, freevars);
        Unit unit = new Unit(scope, kind, code, name, qualname, cellvars, freevars);
        if (u != null) {
            unit.privateName = u.privateName;
            stack.add(u);
        }
        u = unit;
        if (scope.isFunctionLike()) {
            for (String p : scope.parameters()) {
                code.local(p);
            }
        }
        if (args != null) {
            int positional = args.posonlyargs().size() + args.args().size();
            code.argCount(positional).posOnlyArgCount(args.posonlyargs().size())
                    .kwOnlyArgCount(args.kwonlyargs().size());
            u.argCount = positional;
        }
        int flags = 0;
        if (scope.isFunctionLike()) {
            flags |= CodeObject.CO_NEWLOCALS | CodeObject.CO_OPTIMIZED;
            if (scope.isNested()) {
                flags |= CodeObject.CO_NESTED;
            }
            if (scope.isGenerator() && !scope.isCoroutine()) {
                flags |= CodeObject.CO_GENERATOR;
            }
            if (!scope.isGenerator() && scope.isCoroutine()) {
                flags |= CodeObject.CO_COROUTINE;
            }
            if (scope.isGenerator() && scope.isCoroutine()) {
                flags |= CodeObject.CO_ASYNC_GENERATOR;
            }
            if (scope.hasVarargs()) {
                flags |= CodeObject.CO_VARARGS;
            }
            if (scope.hasVarkeywords()) {
                flags |= CodeObject.CO_VARKEYWORDS;
            }
        }
        code.addFlags(flags);
        // A captured parameter: copy its value into its cell at entry.
        if (scope.isFunctionLike()) {
            code.line(firstLine);
            for (String p : scope.parameters()) {
                if (cellvars.contains(p)) {
                    code.emit(LOAD_FAST, code.local(p));
                    code.emit(STORE_DEREF, code.cell(p));
                }
            }
        }
    }

    /** CPython's compiler_set_qualname. */
    private String qualname(String name, UnitKind kind) {
        if (u == null) {
            return name;
        }
        Unit parent = u;
        int depth = stack.size() + 1; // CPython's len(c_stack): the enclosing units, the parent included
        if (depth == 1) {
            return name; // the parent is the module
        }
        if (parent.kind == UnitKind.TYPE_PARAMS) {
            if (depth == 2) {
                return name;
            }
            parent = stack.get(stack.size() - 1);
        }
        if (kind == UnitKind.FUNCTION || kind == UnitKind.ASYNC_FUNCTION || kind == UnitKind.CLASS) {
            String mangled = SymbolTable.mangle(parent.privateName, name);
            if (parent.scope.resolve(mangled) == Symbol.Resolution.GLOBAL_EXPLICIT) {
                return name;
            }
        }
        String base = parent.qualname;
        if (parent.kind == UnitKind.FUNCTION || parent.kind == UnitKind.ASYNC_FUNCTION
                || parent.kind == UnitKind.LAMBDA) {
            base = base + ".<locals>";
        }
        return base + "." + name;
    }

    /** Ends the current unit (adding {@code return None} if asked) and returns to its parent. */
    private CodeObject finishUnit(boolean addReturnNone) {
        if (addReturnNone) {
            u.code.emit(RETURN_CONST, u.code.constant(Constants.NONE));
        }
        CodeObject co = u.code.build();
        u = stack.isEmpty() ? null : stack.remove(stack.size() - 1);
        return co;
    }

    /** CPython's compiler_make_closure: pushes a function made from {@code co} (the flagged values are pushed). */
    private void makeClosure(Pos loc, CodeObject co, int flags) {
        if (co.freevars.length > 0) {
            for (String name : co.freevars) {
                op(loc, LOAD_CLOSURE, u.code.cell(name));
            }
            flags |= Operands.FN_CLOSURE;
            op(loc, BUILD_TUPLE, co.freevars.length);
        }
        loadConst(loc, co);
        op(loc, MAKE_FUNCTION, flags);
    }

    // ================================================================== emission helpers

    private void at(Pos p) {
        if (p != null) {
            u.code.position(p.lineno(), p.endLineno(), p.colOffset(), p.endColOffset());
        }
    }

    private void op(Pos p, Opcode o) {
        at(p);
        u.code.emit(o);
    }

    private void op(Pos p, Opcode o, int arg) {
        at(p);
        u.code.emit(o, arg);
    }

    private void jumpOp(Pos p, Opcode o, Label target) {
        at(p);
        u.code.emit(o, target);
    }

    /** An unconditional jump (forward or backward by whether the label is bound). */
    private void jump(Pos p, Label target) {
        at(p);
        u.code.jump(target);
    }

    private void loadConst(Pos p, Object value) {
        op(p, LOAD_CONST, u.code.constant(value));
    }

    private Label label() {
        return u.code.newLabel();
    }

    private void bind(Label l) {
        u.code.bind(l);
    }

    private int nameIndex(String name) {
        return u.code.name(SymbolTable.mangle(u.privateName, name));
    }

    private PySyntaxError error(String msg, Pos pos) {
        return SymbolTable.syntaxError(filename, source, msg, pos);
    }

    private static Pos pos(Positioned n) {
        return n.pos();
    }

    // ================================================================== fblocks

    private void pushFBlock(Pos loc, FBlockType t, Label block, Label exit, Object datum) {
        if (u.fblocks.size() >= MAX_BLOCKS) {
            throw error("too many statically nested blocks", loc);
        }
        u.fblocks.add(new FBlock(t, block, exit, datum));
    }

    private void popFBlock(FBlockType t) {
        FBlock top = u.fblocks.remove(u.fblocks.size() - 1);
        if (top.type != t) {
            throw new IllegalStateException("fblock mismatch: " + top.type + " popped as " + t);
        }
    }

    /** CPython's compiler_unwind_fblock: the code that leaves {@code info} early. */
    @SuppressWarnings("unchecked")
    private void unwindFBlock(FBlock info, boolean preserveTos) {
        switch (info.type) {
            case WHILE_LOOP:
            case EXCEPTION_HANDLER:
            case EXCEPTION_GROUP_HANDLER:
            case ASYNC_COMPREHENSION_GENERATOR:
            case STOP_ITERATION:
                return;
            case FOR_LOOP:
                if (preserveTos) {
                    op(null, SWAP, 2);
                }
                op(null, POP_TOP);
                return;
            case TRY_EXCEPT:
                u.code.popBlock();
                return;
            case FINALLY_TRY:
                u.code.popBlock();
                if (preserveTos) {
                    pushFBlock(null, FBlockType.POP_VALUE, null, null, null);
                }
                statements((List<Stmt>) info.datum);
                if (preserveTos) {
                    popFBlock(FBlockType.POP_VALUE);
                }
                return;
            case FINALLY_END:
                if (preserveTos) {
                    op(null, SWAP, 2);
                }
                op(null, POP_TOP);
                if (preserveTos) {
                    op(null, SWAP, 2);
                }
                u.code.popBlock();
                op(null, POP_EXCEPT);
                return;
            case WITH:
            case ASYNC_WITH: {
                Pos loc = ((Stmt) info.datum).pos();
                at(loc);
                u.code.popBlock();
                if (preserveTos) {
                    op(loc, SWAP, 2);
                }
                callExitWithNones(loc);
                if (info.type == FBlockType.ASYNC_WITH) {
                    op(loc, GET_AWAITABLE, 2);
                    loadConst(loc, Constants.NONE);
                    yieldFrom(loc);
                }
                op(loc, POP_TOP);
                return;
            }
            case HANDLER_CLEANUP: {
                if (info.datum != null) {
                    u.code.popBlock();
                }
                if (preserveTos) {
                    op(null, SWAP, 2);
                }
                u.code.popBlock();
                op(null, POP_EXCEPT);
                if (info.datum != null) {
                    loadConst(null, Constants.NONE);
                    nameOp((String) info.datum, ExprContext.Store, null);
                    nameOp((String) info.datum, ExprContext.Del, null);
                }
                return;
            }
            case POP_VALUE:
                if (preserveTos) {
                    op(null, SWAP, 2);
                }
                op(null, POP_TOP);
                return;
            default:
                throw new IllegalStateException(info.type.toString());
        }
    }

    /**
     * CPython's compiler_unwind_fblock_stack: unwinds every block up to the innermost loop (returned, when
     * {@code stopAtLoop}) or all of them.
     */
    private FBlock unwindFBlockStack(Pos loc, boolean preserveTos, boolean stopAtLoop) {
        if (u.fblocks.isEmpty()) {
            return null;
        }
        FBlock top = u.fblocks.get(u.fblocks.size() - 1);
        if (top.type == FBlockType.EXCEPTION_GROUP_HANDLER) {
            throw error("'break', 'continue' and 'return' cannot appear in an except* block", loc);
        }
        if (stopAtLoop && (top.type == FBlockType.WHILE_LOOP || top.type == FBlockType.FOR_LOOP)) {
            return top;
        }
        u.fblocks.remove(u.fblocks.size() - 1);
        unwindFBlock(top, preserveTos);
        FBlock loop = unwindFBlockStack(loc, preserveTos, stopAtLoop);
        u.fblocks.add(top);
        return loop;
    }

    // ================================================================== statements

    /** CPython's compiler_body: SETUP_ANNOTATIONS, the docstring into __doc__, then the statements. */
    private void body(List<Stmt> stmts, boolean module) {
        Pos loc = null;
        if (module && !stmts.isEmpty()) {
            loc = stmts.get(0).pos();
        }
        if (findAnnotation(stmts)) {
            op(loc, SETUP_ANNOTATIONS);
        }
        if (stmts.isEmpty()) {
            return;
        }
        int i = 0;
        String doc = docstring(stmts);
        if (doc != null) {
            i = 1;
            Stmt.ExprStmt st = (Stmt.ExprStmt) stmts.get(0);
            expr(st.value());
            nameOp("__doc__", ExprContext.Store, null);
        }
        for (; i < stmts.size(); i++) {
            stmt(stmts.get(i));
        }
    }

    /** CPython's _PyAST_GetDocString, on the folded tree. */
    private String docstring(List<Stmt> stmts) {
        if (!stmts.isEmpty() && stmts.get(0) instanceof Stmt.ExprStmt e
                && folder.fold(e.value()) instanceof String s) {
            return s;
        }
        return null;
    }

    /** CPython's find_ann: an annotated assignment anywhere in the block, outside nested scopes. */
    private static boolean findAnnotation(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            boolean found;
            if (s instanceof Stmt.AnnAssign) {
                return true;
            } else if (s instanceof Stmt.For f) {
                found = findAnnotation(f.body()) || findAnnotation(f.orelse());
            } else if (s instanceof Stmt.AsyncFor f) {
                found = findAnnotation(f.body()) || findAnnotation(f.orelse());
            } else if (s instanceof Stmt.While w) {
                found = findAnnotation(w.body()) || findAnnotation(w.orelse());
            } else if (s instanceof Stmt.If i) {
                found = findAnnotation(i.body()) || findAnnotation(i.orelse());
            } else if (s instanceof Stmt.With w) {
                found = findAnnotation(w.body());
            } else if (s instanceof Stmt.AsyncWith w) {
                found = findAnnotation(w.body());
            } else if (s instanceof Stmt.Try t) {
                found = findAnnotation(t.body()) || findAnnotation(t.orelse()) || findAnnotation(t.finalbody())
                        || handlersHaveAnnotation(t.handlers());
            } else if (s instanceof Stmt.TryStar t) {
                found = findAnnotation(t.body()) || findAnnotation(t.orelse()) || findAnnotation(t.finalbody())
                        || handlersHaveAnnotation(t.handlers());
            } else if (s instanceof Stmt.Match m) {
                found = false;
                for (MatchCase c : m.cases()) {
                    found |= findAnnotation(c.body());
                }
            } else {
                found = false;
            }
            if (found) {
                return true;
            }
        }
        return false;
    }

    private static boolean handlersHaveAnnotation(List<ExceptHandler> handlers) {
        for (ExceptHandler h : handlers) {
            if (findAnnotation(h.body())) {
                return true;
            }
        }
        return false;
    }

    private void statements(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            stmt(s);
        }
    }

    private void stmt(Stmt s) {
        Pos loc = s.pos();
        if (s instanceof Stmt.FunctionDef f) {
            function(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), f.typeParams(), false);
        } else if (s instanceof Stmt.AsyncFunctionDef f) {
            function(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), f.typeParams(), true);
        } else if (s instanceof Stmt.ClassDef c) {
            classDef(c);
        } else if (s instanceof Stmt.Return r) {
            returnStmt(r);
        } else if (s instanceof Stmt.Delete d) {
            for (Expr t : d.targets()) {
                expr(t);
            }
        } else if (s instanceof Stmt.Assign a) {
            expr(a.value());
            int n = a.targets().size();
            for (int i = 0; i < n; i++) {
                if (i < n - 1) {
                    op(loc, COPY, 1);
                }
                expr(a.targets().get(i));
            }
        } else if (s instanceof Stmt.TypeAlias t) {
            typeAlias(t);
        } else if (s instanceof Stmt.AugAssign a) {
            augAssign(a);
        } else if (s instanceof Stmt.AnnAssign a) {
            annAssign(a);
        } else if (s instanceof Stmt.For f) {
            forStmt(f);
        } else if (s instanceof Stmt.AsyncFor f) {
            asyncFor(f);
        } else if (s instanceof Stmt.While w) {
            whileStmt(w);
        } else if (s instanceof Stmt.If i) {
            ifStmt(i);
        } else if (s instanceof Stmt.With w) {
            with(w, w.items(), w.body(), 0, false);
        } else if (s instanceof Stmt.AsyncWith w) {
            with(w, w.items(), w.body(), 0, true);
        } else if (s instanceof Stmt.Match m) {
            match(m);
        } else if (s instanceof Stmt.Raise r) {
            int n = 0;
            if (r.exc() != null) {
                expr(r.exc());
                n++;
                if (r.cause() != null) {
                    expr(r.cause());
                    n++;
                }
            }
            op(loc, RAISE_VARARGS, n);
        } else if (s instanceof Stmt.Try t) {
            if (!t.finalbody().isEmpty()) {
                tryFinally(t.body(), t.handlers(), t.orelse(), t.finalbody(), loc, false);
            } else {
                tryExcept(t.body(), t.handlers(), t.orelse(), loc);
            }
        } else if (s instanceof Stmt.TryStar t) {
            if (!t.finalbody().isEmpty()) {
                tryFinally(t.body(), t.handlers(), t.orelse(), t.finalbody(), loc, true);
            } else {
                tryStarExcept(t.body(), t.handlers(), t.orelse(), loc);
            }
        } else if (s instanceof Stmt.Assert a) {
            assertStmt(a);
        } else if (s instanceof Stmt.Import i) {
            importStmt(i);
        } else if (s instanceof Stmt.ImportFrom i) {
            importFrom(i);
        } else if (s instanceof Stmt.ExprStmt e) {
            if (folder.isConstant(e.value())) {
                at(loc); // CPython emits a NOP here for the line; the next instruction takes the position
                return;
            }
            expr(e.value());
            op(null, POP_TOP);
        } else if (s instanceof Stmt.Break) {
            at(loc);
            FBlock loop = unwindFBlockStack(loc, false, true);
            if (loop == null) {
                throw error("'break' outside loop", loc);
            }
            unwindFBlock(loop, false);
            jump(null, loop.exit);
        } else if (s instanceof Stmt.Continue) {
            at(loc);
            FBlock loop = unwindFBlockStack(loc, false, true);
            if (loop == null) {
                throw error("'continue' not properly in loop", loc);
            }
            jump(null, loop.block);
        } else if (s instanceof Stmt.Pass || s instanceof Stmt.Global || s instanceof Stmt.Nonlocal) {
            at(loc);
        } else {
            throw new IllegalStateException("unknown statement " + s);
        }
    }

    /** CPython's compiler_return. */
    private void returnStmt(Stmt.Return s) {
        Pos loc = s.pos();
        if (!u.scope.isFunctionLike()) {
            throw error("'return' outside function", loc);
        }
        if (s.value() != null && u.scope.isCoroutine() && u.scope.isGenerator()) {
            throw error("'return' with value in async generator", loc);
        }
        Object constant = s.value() == null ? Constants.NONE : folder.fold(s.value());
        boolean preserveTos = constant == null;
        if (preserveTos) {
            expr(s.value());
        } else if (s.value() != null) {
            at(s.value().pos());
        }
        if (s.value() == null || s.value().pos().lineno() != loc.lineno()) {
            at(loc);
        }
        unwindFBlockStack(loc, preserveTos, false);
        if (preserveTos) {
            op(null, RETURN_VALUE);
        } else {
            op(null, RETURN_CONST, u.code.constant(constant));
        }
    }

    /** CPython's compiler_if. */
    private void ifStmt(Stmt.If s) {
        Label end = label();
        Label next = s.orelse().isEmpty() ? end : label();
        jumpIf(s.pos(), s.test(), next, false);
        statements(s.body());
        if (!s.orelse().isEmpty()) {
            jump(null, end);
            bind(next);
            statements(s.orelse());
        }
        bind(end);
    }

    /** CPython's compiler_while, with the test at the top only (our conditional jumps go forward). */
    private void whileStmt(Stmt.While s) {
        Label loop = label();
        Label end = label();
        Label anchor = label();
        bind(loop);
        pushFBlock(s.pos(), FBlockType.WHILE_LOOP, loop, end, null);
        jumpIf(s.pos(), s.test(), anchor, false);
        statements(s.body());
        jump(s.pos(), loop);
        popFBlock(FBlockType.WHILE_LOOP);
        bind(anchor);
        statements(s.orelse());
        bind(end);
    }

    /** CPython's compiler_for. */
    private void forStmt(Stmt.For s) {
        Pos loc = s.pos();
        Label start = label();
        Label cleanup = label();
        Label end = label();
        pushFBlock(loc, FBlockType.FOR_LOOP, start, end, null);
        iterable(s.iter());
        op(loc, GET_ITER);
        bind(start);
        jumpOp(loc, FOR_ITER, cleanup);
        expr(s.target());
        statements(s.body());
        jump(null, start);
        bind(cleanup);
        popFBlock(FBlockType.FOR_LOOP);
        statements(s.orelse());
        bind(end);
    }

    /** CPython's fold_iter applied to a for/comprehension iterable: constant list/set displays become constants. */
    private void iterable(Expr iter) {
        Object folded = folder.foldIter(iter);
        if (folded != null) {
            loadConst(iter.pos(), folded);
        } else if (iter instanceof Expr.List l && !ConstantFolder.hasStarred(l.elts())) {
            starUnpack(l.pos(), l.elts(), 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
        } else {
            expr(iter);
        }
    }

    /** CPython's compiler_async_for. */
    private void asyncFor(Stmt.AsyncFor s) {
        Pos loc = s.pos();
        Label start = label();
        Label except = label();
        Label end = label();
        expr(s.iter());
        op(loc, GET_AITER);
        bind(start);
        pushFBlock(loc, FBlockType.FOR_LOOP, start, end, null);
        at(loc);
        u.code.setupFinally(except);
        op(loc, GET_ANEXT);
        loadConst(loc, Constants.NONE);
        yieldFrom(loc);
        u.code.popBlock();
        expr(s.target());
        statements(s.body());
        jump(null, start);
        popFBlock(FBlockType.FOR_LOOP);
        bind(except);
        op(s.iter().pos(), END_ASYNC_FOR);
        statements(s.orelse());
        bind(end);
    }

    /** CPython's compiler_with / compiler_async_with for item {@code pos} onwards. */
    private void with(Stmt s, List<WithItem> items, List<Stmt> body, int pos, boolean async) {
        WithItem item = items.get(pos);
        Label block = label();
        Label fin = label();
        Label exit = label();
        Label cleanup = label();
        expr(item.contextExpr());
        Pos loc = item.contextExpr().pos();
        if (async) {
            op(loc, BEFORE_ASYNC_WITH);
            op(loc, GET_AWAITABLE, 1);
            loadConst(loc, Constants.NONE);
            yieldFrom(loc);
        } else {
            op(loc, BEFORE_WITH);
        }
        u.code.setupWith(fin);
        bind(block);
        pushFBlock(loc, async ? FBlockType.ASYNC_WITH : FBlockType.WITH, block, fin, s);
        if (item.optionalVars() != null) {
            expr(item.optionalVars());
        } else {
            op(loc, POP_TOP);
        }
        if (pos + 1 == items.size()) {
            statements(body);
        } else {
            with(s, items, body, pos + 1, async);
        }
        u.code.popBlock();
        popFBlock(async ? FBlockType.ASYNC_WITH : FBlockType.WITH);
        loc = s.pos();
        callExitWithNones(loc);
        if (async) {
            op(loc, GET_AWAITABLE, 2);
            loadConst(loc, Constants.NONE);
            yieldFrom(loc);
        }
        op(loc, POP_TOP);
        jump(loc, exit);
        bind(fin);
        u.code.setupCleanup(cleanup);
        op(loc, PUSH_EXC_INFO);
        op(loc, WITH_EXCEPT_START);
        if (async) {
            op(loc, GET_AWAITABLE, 2);
            loadConst(loc, Constants.NONE);
            yieldFrom(loc);
        }
        withExceptFinish(cleanup);
        bind(exit);
    }

    private void callExitWithNones(Pos loc) {
        loadConst(loc, Constants.NONE);
        loadConst(loc, Constants.NONE);
        loadConst(loc, Constants.NONE);
        op(loc, CALL, 3);
    }

    /** CPython's compiler_with_except_finish. */
    private void withExceptFinish(Label cleanup) {
        Label suppress = label();
        Label exit = label();
        jumpOp(null, POP_JUMP_IF_TRUE, suppress);
        op(null, RERAISE, 2);
        bind(suppress);
        op(null, POP_TOP);
        u.code.popBlock();
        op(null, POP_EXCEPT);
        op(null, POP_TOP);
        op(null, POP_TOP);
        jump(null, exit);
        bind(cleanup);
        popExceptAndReraise();
        bind(exit);
    }

    private void popExceptAndReraise() {
        op(null, COPY, 3);
        op(null, POP_EXCEPT);
        op(null, RERAISE, 1);
    }

    /** CPython's compiler_try_finally (the try part may carry handlers: try/except/finally). */
    private void tryFinally(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
                            Pos loc, boolean star) {
        Label bodyLabel = label();
        Label end = label();
        Label exit = label();
        Label cleanup = label();
        at(loc);
        u.code.setupFinally(end);
        bind(bodyLabel);
        pushFBlock(loc, FBlockType.FINALLY_TRY, bodyLabel, end, finalbody);
        if (!handlers.isEmpty()) {
            if (star) {
                tryStarExcept(body, handlers, orelse, loc);
            } else {
                tryExcept(body, handlers, orelse, loc);
            }
        } else {
            statements(body);
        }
        u.code.popBlock();
        popFBlock(FBlockType.FINALLY_TRY);
        statements(finalbody);
        jump(null, exit);
        bind(end);
        u.code.setupCleanup(cleanup);
        op(null, PUSH_EXC_INFO);
        pushFBlock(loc, FBlockType.FINALLY_END, end, null, null);
        statements(finalbody);
        popFBlock(FBlockType.FINALLY_END);
        op(null, RERAISE, 0);
        bind(cleanup);
        popExceptAndReraise();
        bind(exit);
    }

    /** CPython's compiler_try_except. */
    private void tryExcept(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, Pos loc) {
        Label bodyLabel = label();
        Label except = label();
        Label end = label();
        Label cleanup = label();
        at(loc);
        u.code.setupFinally(except);
        bind(bodyLabel);
        pushFBlock(loc, FBlockType.TRY_EXCEPT, bodyLabel, null, null);
        statements(body);
        popFBlock(FBlockType.TRY_EXCEPT);
        u.code.popBlock();
        statements(orelse);
        jump(null, end);
        bind(except);
        u.code.setupCleanup(cleanup);
        op(null, PUSH_EXC_INFO);
        pushFBlock(loc, FBlockType.EXCEPTION_HANDLER, null, null, null);
        int n = handlers.size();
        for (int i = 0; i < n; i++) {
            ExceptHandler h = handlers.get(i);
            Pos hloc = h.pos();
            if (h.type() == null && i < n - 1) {
                throw error("default 'except:' must be last", hloc);
            }
            Label nextExcept = label();
            if (h.type() != null) {
                expr(h.type());
                op(hloc, CHECK_EXC_MATCH);
                jumpOp(hloc, POP_JUMP_IF_FALSE, nextExcept);
            }
            if (h.name() != null) {
                Label cleanupEnd = label();
                Label cleanupBody = label();
                nameOp(h.name(), ExprContext.Store, hloc);
                u.code.setupCleanup(cleanupEnd);
                bind(cleanupBody);
                pushFBlock(hloc, FBlockType.HANDLER_CLEANUP, cleanupBody, null, h.name());
                statements(h.body());
                popFBlock(FBlockType.HANDLER_CLEANUP);
                u.code.popBlock();
                u.code.popBlock();
                op(null, POP_EXCEPT);
                loadConst(null, Constants.NONE);
                nameOp(h.name(), ExprContext.Store, null);
                nameOp(h.name(), ExprContext.Del, null);
                jump(null, end);
                bind(cleanupEnd);
                loadConst(null, Constants.NONE);
                nameOp(h.name(), ExprContext.Store, null);
                nameOp(h.name(), ExprContext.Del, null);
                op(null, RERAISE, 1);
            } else {
                Label cleanupBody = label();
                op(hloc, POP_TOP);
                bind(cleanupBody);
                pushFBlock(hloc, FBlockType.HANDLER_CLEANUP, cleanupBody, null, null);
                statements(h.body());
                popFBlock(FBlockType.HANDLER_CLEANUP);
                u.code.popBlock();
                op(null, POP_EXCEPT);
                jump(null, end);
            }
            bind(nextExcept);
        }
        popFBlock(FBlockType.EXCEPTION_HANDLER);
        op(null, RERAISE, 0);
        bind(cleanup);
        popExceptAndReraise();
        bind(end);
    }

    /** CPython's compiler_try_star_except. */
    private void tryStarExcept(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, Pos loc) {
        Label bodyLabel = label();
        Label except = label();
        Label orelseLabel = label();
        Label end = label();
        Label cleanup = label();
        Label reraiseStar = label();
        at(loc);
        u.code.setupFinally(except);
        bind(bodyLabel);
        pushFBlock(loc, FBlockType.TRY_EXCEPT, bodyLabel, null, null);
        statements(body);
        popFBlock(FBlockType.TRY_EXCEPT);
        u.code.popBlock();
        jump(null, orelseLabel);
        int n = handlers.size();
        bind(except);
        u.code.setupCleanup(cleanup);
        op(null, PUSH_EXC_INFO);
        pushFBlock(loc, FBlockType.EXCEPTION_GROUP_HANDLER, null, null, "except handler");
        for (int i = 0; i < n; i++) {
            ExceptHandler h = handlers.get(i);
            Pos hloc = h.pos();
            Label nextExcept = label();
            except = nextExcept;
            Label exceptWithError = label();
            Label noMatch = label();
            if (i == 0) {
                op(hloc, BUILD_LIST, 0);
                op(hloc, COPY, 2);
            }
            if (h.type() != null) {
                expr(h.type());
                op(hloc, CHECK_EG_MATCH);
                op(hloc, COPY, 1);
                jumpOp(hloc, POP_JUMP_IF_NONE, noMatch);
            }
            Label cleanupEnd = label();
            Label cleanupBody = label();
            if (h.name() != null) {
                nameOp(h.name(), ExprContext.Store, hloc);
            } else {
                op(hloc, POP_TOP);
            }
            u.code.setupCleanup(cleanupEnd);
            bind(cleanupBody);
            pushFBlock(hloc, FBlockType.HANDLER_CLEANUP, cleanupBody, null, h.name());
            statements(h.body());
            popFBlock(FBlockType.HANDLER_CLEANUP);
            u.code.popBlock();
            if (h.name() != null) {
                loadConst(null, Constants.NONE);
                nameOp(h.name(), ExprContext.Store, null);
                nameOp(h.name(), ExprContext.Del, null);
            }
            jump(null, except);
            bind(cleanupEnd);
            if (h.name() != null) {
                loadConst(null, Constants.NONE);
                nameOp(h.name(), ExprContext.Store, null);
                nameOp(h.name(), ExprContext.Del, null);
            }
            op(null, LIST_APPEND, 3);
            op(null, POP_TOP);
            jump(null, exceptWithError);
            bind(except);
            op(null, NOP);
            jump(null, exceptWithError);
            bind(noMatch);
            op(hloc, POP_TOP);
            bind(exceptWithError);
            if (i == n - 1) {
                op(null, LIST_APPEND, 1);
                jump(null, reraiseStar);
            }
        }
        popFBlock(FBlockType.EXCEPTION_GROUP_HANDLER);
        Label reraise = label();
        bind(reraiseStar);
        op(null, CALL_INTRINSIC_2, Operands.INTRINSIC_PREP_RERAISE_STAR);
        op(null, COPY, 1);
        jumpOp(null, POP_JUMP_IF_NOT_NONE, reraise);
        op(null, POP_TOP);
        u.code.popBlock();
        op(null, POP_EXCEPT);
        jump(null, end);
        bind(reraise);
        u.code.popBlock();
        op(null, SWAP, 2);
        op(null, POP_EXCEPT);
        op(null, RERAISE, 0);
        bind(cleanup);
        popExceptAndReraise();
        bind(orelseLabel);
        statements(orelse);
        bind(end);
    }

    /** CPython's compiler_assert (no -O: asserts always run). */
    private void assertStmt(Stmt.Assert s) {
        Pos loc = s.pos();
        Label end = label();
        jumpIf(loc, s.test(), end, true);
        op(loc, LOAD_ASSERTION_ERROR);
        if (s.msg() != null) {
            expr(s.msg());
            op(loc, CALL, 1);
        }
        op(loc, RAISE_VARARGS, 1);
        bind(end);
    }

    /** CPython's compiler_import. */
    private void importStmt(Stmt.Import s) {
        Pos loc = s.pos();
        for (Alias alias : s.names()) {
            loadConst(loc, 0L);
            loadConst(loc, Constants.NONE);
            op(loc, IMPORT_NAME, nameIndex(alias.name()));
            if (alias.asname() != null) {
                importAs(loc, alias.name(), alias.asname());
            } else {
                String name = alias.name();
                int dot = name.indexOf('.');
                nameOp(dot >= 0 ? name.substring(0, dot) : name, ExprContext.Store, loc);
            }
        }
    }

    /** CPython's compiler_import_as. */
    private void importAs(Pos loc, String name, String asname) {
        int dot = name.indexOf('.');
        if (dot >= 0) {
            while (true) {
                int pos = dot + 1;
                dot = name.indexOf('.', pos);
                String attr = name.substring(pos, dot >= 0 ? dot : name.length());
                op(loc, IMPORT_FROM, u.code.name(attr));
                if (dot < 0) {
                    break;
                }
                op(loc, SWAP, 2);
                op(loc, POP_TOP);
            }
            nameOp(asname, ExprContext.Store, loc);
            op(loc, POP_TOP);
            return;
        }
        nameOp(asname, ExprContext.Store, loc);
    }

    /** CPython's compiler_from_import. */
    private void importFrom(Stmt.ImportFrom s) {
        Pos loc = s.pos();
        int level = s.level() == null ? 0 : s.level();
        loadConst(loc, (long) level);
        List<Object> names = new ArrayList<>();
        for (Alias a : s.names()) {
            names.add(a.name());
        }
        loadConst(loc, new Constants.Tuple(names));
        op(loc, IMPORT_NAME, nameIndex(s.module() == null ? "" : s.module()));
        for (int i = 0; i < s.names().size(); i++) {
            Alias alias = s.names().get(i);
            if (i == 0 && alias.name().startsWith("*")) {
                op(loc, IMPORT_STAR);
                return;
            }
            op(loc, IMPORT_FROM, nameIndex(alias.name()));
            nameOp(alias.asname() != null ? alias.asname() : alias.name(), ExprContext.Store, loc);
        }
        op(loc, POP_TOP);
    }

    /** CPython's compiler_augassign. */
    private void augAssign(Stmt.AugAssign s) {
        Expr e = s.target();
        Pos loc = e.pos();
        if (e instanceof Expr.Attribute a) {
            expr(a.value());
            op(loc, COPY, 1);
            op(attrLoc(loc, a), LOAD_ATTR, nameIndex(a.attr()));
        } else if (e instanceof Expr.Subscript sub) {
            expr(sub.value());
            if (isTwoElementSlice(sub.slice())) {
                slice((Expr.Slice) sub.slice());
                op(loc, COPY, 3);
                op(loc, COPY, 3);
                op(loc, COPY, 3);
                op(loc, BINARY_SLICE);
            } else {
                expr(sub.slice());
                op(loc, COPY, 2);
                op(loc, COPY, 2);
                op(loc, BINARY_SUBSCR);
            }
        } else if (e instanceof Expr.Name n) {
            nameOp(n.id(), ExprContext.Load, loc);
        } else {
            throw new IllegalStateException("invalid node type for augmented assignment");
        }
        expr(s.value());
        op(s.pos(), BINARY_OP, binaryOp(s.op()) + Operands.NB_INPLACE);
        if (e instanceof Expr.Attribute a) {
            Pos l = attrLoc(loc, a);
            op(l, SWAP, 2);
            op(l, STORE_ATTR, nameIndex(a.attr()));
        } else if (e instanceof Expr.Subscript sub) {
            if (isTwoElementSlice(sub.slice())) {
                op(loc, SWAP, 4);
                op(loc, SWAP, 3);
                op(loc, SWAP, 2);
                op(loc, STORE_SLICE);
            } else {
                op(loc, SWAP, 3);
                op(loc, SWAP, 2);
                op(loc, STORE_SUBSCR);
            }
        } else {
            nameOp(((Expr.Name) e).id(), ExprContext.Store, loc);
        }
    }

    /** CPython's compiler_annassign. */
    private void annAssign(Stmt.AnnAssign s) {
        Pos loc = s.pos();
        Expr targ = s.target();
        if (s.value() != null) {
            expr(s.value());
            expr(targ);
        }
        if (targ instanceof Expr.Name n) {
            forbiddenName(n.id(), ExprContext.Store, loc);
            if (s.simple() == 1 && (u.kind == UnitKind.MODULE || u.kind == UnitKind.CLASS)) {
                annotation(s.annotation());
                op(loc, LOAD_NAME, u.code.name("__annotations__"));
                loadConst(loc, SymbolTable.mangle(u.privateName, n.id()));
                op(loc, STORE_SUBSCR);
            }
        } else if (targ instanceof Expr.Attribute a) {
            forbiddenName(a.attr(), ExprContext.Store, loc);
            if (s.value() == null) {
                checkAnnExpr(a.value());
            }
        } else if (targ instanceof Expr.Subscript sub) {
            if (s.value() == null) {
                checkAnnExpr(sub.value());
                checkAnnSubscript(sub.slice());
            }
        }
        if (s.simple() == 0 && !futureAnnotations && (u.kind == UnitKind.MODULE || u.kind == UnitKind.CLASS)) {
            checkAnnExpr(s.annotation());
        }
    }

    private void checkAnnExpr(Expr e) {
        expr(e);
        op(e.pos(), POP_TOP);
    }

    private void checkAnnSubscript(Expr e) {
        if (e instanceof Expr.Slice s) {
            if (s.lower() != null) {
                checkAnnExpr(s.lower());
            }
            if (s.upper() != null) {
                checkAnnExpr(s.upper());
            }
            if (s.step() != null) {
                checkAnnExpr(s.step());
            }
        } else if (e instanceof Expr.Tuple t) {
            for (Expr x : t.elts()) {
                checkAnnSubscript(x);
            }
        } else {
            checkAnnExpr(e);
        }
    }

    /** An annotation's value: evaluated, or its source text under {@code from __future__ import annotations}. */
    private void annotation(Expr e) {
        if (futureAnnotations) {
            loadConst(e.pos(), Unparser.unparse(e));
        } else {
            expr(e);
        }
    }

    // ================================================================== functions, classes, type parameters

    private static boolean isDebug(String name) {
        return "__debug__".equals(name);
    }

    private void forbiddenName(String name, ExprContext ctx, Pos loc) {
        if (ctx == ExprContext.Store && isDebug(name)) {
            throw error("cannot assign to __debug__", loc);
        }
        if (ctx == ExprContext.Del && isDebug(name)) {
            throw error("cannot delete __debug__", loc);
        }
    }

    private void checkDebugArgs(Arguments args) {
        for (Arg a : args.posonlyargs()) {
            forbiddenName(a.arg(), ExprContext.Store, a.pos());
        }
        for (Arg a : args.args()) {
            forbiddenName(a.arg(), ExprContext.Store, a.pos());
        }
        if (args.vararg() != null) {
            forbiddenName(args.vararg().arg(), ExprContext.Store, args.vararg().pos());
        }
        for (Arg a : args.kwonlyargs()) {
            forbiddenName(a.arg(), ExprContext.Store, a.pos());
        }
        if (args.kwarg() != null) {
            forbiddenName(args.kwarg().arg(), ExprContext.Store, args.kwarg().pos());
        }
    }

    /** CPython's compiler_default_arguments: pushes the defaults tuple and kwdefaults dict; the MAKE_FUNCTION flags. */
    private int defaultArguments(Pos loc, Arguments args) {
        int flags = 0;
        if (!args.defaults().isEmpty()) {
            Constants.Tuple folded = folder.tupleOf(args.defaults());
            if (folded != null) {
                loadConst(loc, folded);
            } else {
                for (Expr d : args.defaults()) {
                    expr(d);
                }
                op(loc, BUILD_TUPLE, args.defaults().size());
            }
            flags |= Operands.FN_DEFAULTS;
        }
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < args.kwonlyargs().size(); i++) {
            Expr d = args.kwDefaults().get(i);
            if (d != null) {
                keys.add(SymbolTable.mangle(u.privateName, args.kwonlyargs().get(i).arg()));
                expr(d);
            }
        }
        if (!keys.isEmpty()) {
            loadConst(loc, new Constants.Tuple(keys));
            op(loc, BUILD_CONST_KEY_MAP, keys.size());
            flags |= Operands.FN_KWDEFAULTS;
        }
        return flags;
    }

    /** CPython's compiler_visit_annotations: pushes the (name, value, ...) tuple; whether there was one. */
    private boolean functionAnnotations(Pos loc, Arguments args, Expr returns) {
        int[] count = {0};
        argAnnotations(args.args(), count, loc);
        argAnnotations(args.posonlyargs(), count, loc);
        if (args.vararg() != null && args.vararg().annotation() != null) {
            argAnnotation(args.vararg().arg(), args.vararg().annotation(), count, loc);
        }
        argAnnotations(args.kwonlyargs(), count, loc);
        if (args.kwarg() != null && args.kwarg().annotation() != null) {
            argAnnotation(args.kwarg().arg(), args.kwarg().annotation(), count, loc);
        }
        argAnnotation("return", returns, count, loc);
        if (count[0] > 0) {
            op(loc, BUILD_TUPLE, count[0]);
            return true;
        }
        return false;
    }

    private void argAnnotations(List<Arg> args, int[] count, Pos loc) {
        for (Arg a : args) {
            argAnnotation(a.arg(), a.annotation(), count, loc);
        }
    }

    private void argAnnotation(String id, Expr annotation, int[] count, Pos loc) {
        if (annotation == null) {
            return;
        }
        loadConst(loc, SymbolTable.mangle(u.privateName, id));
        if (futureAnnotations) {
            loadConst(annotation.pos(), Unparser.unparse(annotation));
        } else if (annotation instanceof Expr.Starred st) {
            expr(st.value());
            op(loc, UNPACK_SEQUENCE, 1);
        } else {
            expr(annotation);
        }
        count[0] += 2;
    }

    /** CPython's compiler_function. */
    private void function(Stmt s, String name, Arguments args, List<Stmt> body, List<Expr> decorators,
                          Expr returns, List<TypeParam> typeParams, boolean async) {
        checkDebugArgs(args);
        for (Expr d : decorators) {
            expr(d);
        }
        int firstLine = decorators.isEmpty() ? s.pos().lineno() : decorators.get(0).pos().lineno();
        Pos loc = s.pos();
        boolean generic = !typeParams.isEmpty();
        int funcflags = defaultArguments(loc, args);
        int typeParamArgs = 0;
        if (generic) {
            if ((funcflags & Operands.FN_DEFAULTS) != 0) {
                typeParamArgs++;
            }
            if ((funcflags & Operands.FN_KWDEFAULTS) != 0) {
                typeParamArgs++;
            }
            Scope tp = table.typeParamScopeOf(s);
            enterScope("<generic parameters of " + name + ">", UnitKind.TYPE_PARAMS, tp, firstLine, null);
            u.code.argCount(typeParamArgs);
            typeParams(typeParams);
            for (int i = 0; i < typeParamArgs; i++) {
                op(loc, LOAD_FAST, u.code.local(tp.parameters().get(i)));
            }
        }
        if (functionAnnotations(loc, args, returns)) {
            funcflags |= Operands.FN_ANNOTATIONS;
        }
        functionBody(s, name, args, body, async, funcflags, firstLine);
        if (generic) {
            // Stack: type params tuple, function; INTRINSIC_SET_FUNCTION_TYPE_PARAMS takes (type_params, func).
            op(loc, CALL_INTRINSIC_2, Operands.INTRINSIC_SET_FUNCTION_TYPE_PARAMS);
            op(loc, RETURN_VALUE);
            CodeObject co = finishUnit(false);
            makeClosure(loc, co, 0);
            // Defaults (evaluated before the type parameters) go under the new function as its arguments.
            if (typeParamArgs == 1) {
                op(loc, SWAP, 2);
            } else if (typeParamArgs == 2) {
                op(loc, SWAP, 3);
                op(loc, SWAP, 2);
            }
            op(loc, CALL, typeParamArgs);
        }
        applyDecorators(decorators);
        nameOp(name, ExprContext.Store, loc);
    }

    /** CPython's compiler_function_body: compiles the def's own code object and pushes the function. */
    private void functionBody(Stmt s, String name, Arguments args, List<Stmt> body, boolean async, int funcflags,
                              int firstLine) {
        Scope scope = table.scopeOf(s);
        enterScope(name, async ? UnitKind.ASYNC_FUNCTION : UnitKind.FUNCTION, scope, firstLine, args);
        String doc = docstring(body);
        if (doc != null) {
            u.code.constant(doc);
            u.code.addFlags(CodeObject.CO_HAS_DOCSTRING);
        }
        if (scope.isCoroutine() || scope.isGenerator()) {
            pushFBlock(null, FBlockType.STOP_ITERATION, null, null, null);
        }
        for (int i = doc != null ? 1 : 0; i < body.size(); i++) {
            stmt(body.get(i));
        }
        if (scope.isCoroutine() || scope.isGenerator()) {
            popFBlock(FBlockType.STOP_ITERATION);
        }
        CodeObject co = finishUnit(true);
        makeClosure(s.pos(), co, funcflags);
    }

    private void applyDecorators(List<Expr> decorators) {
        for (int i = decorators.size() - 1; i >= 0; i--) {
            op(decorators.get(i).pos(), CALL, 1);
        }
    }

    /** CPython's compiler_type_params: each parameter created, stored, and the tuple of them pushed. */
    private void typeParams(List<TypeParam> params) {
        for (TypeParam tp : params) {
            Pos loc = tp.pos();
            if (tp instanceof TypeParam.TypeVar tv) {
                loadConst(loc, tv.name());
                if (tv.bound() != null) {
                    Expr bound = tv.bound();
                    enterScope(tv.name(), UnitKind.TYPE_PARAMS, table.scopeOf(tv), bound.pos().lineno(), null);
                    expr(bound);
                    op(loc, RETURN_VALUE);
                    CodeObject co = finishUnit(false);
                    makeClosure(loc, co, 0);
                    op(loc, CALL_INTRINSIC_2, bound instanceof Expr.Tuple
                            ? Operands.INTRINSIC_TYPEVAR_WITH_CONSTRAINTS : Operands.INTRINSIC_TYPEVAR_WITH_BOUND);
                } else {
                    op(loc, CALL_INTRINSIC_1, Operands.INTRINSIC_TYPEVAR);
                }
                op(loc, COPY, 1);
                nameOp(tv.name(), ExprContext.Store, loc);
            } else if (tp instanceof TypeParam.TypeVarTuple tvt) {
                loadConst(loc, tvt.name());
                op(loc, CALL_INTRINSIC_1, Operands.INTRINSIC_TYPEVARTUPLE);
                op(loc, COPY, 1);
                nameOp(tvt.name(), ExprContext.Store, loc);
            } else if (tp instanceof TypeParam.ParamSpec ps) {
                loadConst(loc, ps.name());
                op(loc, CALL_INTRINSIC_1, Operands.INTRINSIC_PARAMSPEC);
                op(loc, COPY, 1);
                nameOp(ps.name(), ExprContext.Store, loc);
            }
        }
        op(params.get(0).pos(), BUILD_TUPLE, params.size());
    }

    /** CPython's compiler_class and compiler_class_body. */
    private void classDef(Stmt.ClassDef s) {
        for (Expr d : s.decoratorList()) {
            expr(d);
        }
        int firstLine = s.decoratorList().isEmpty() ? s.pos().lineno() : s.decoratorList().get(0).pos().lineno();
        Pos loc = s.pos();
        boolean generic = !s.typeParams().isEmpty();
        if (generic) {
            u.privateName = u.privateName; // CPython sets the outer unit's private name too (no effect here)
            enterScope("<generic parameters of " + s.name() + ">", UnitKind.TYPE_PARAMS,
                    table.typeParamScopeOf(s), firstLine, null);
            u.privateName = s.name();
            typeParams(s.typeParams());
            nameOp(".type_params", ExprContext.Store, loc);
        }
        // The class body.
        Scope scope = table.scopeOf(s);
        enterScope(s.name(), UnitKind.CLASS, scope, firstLine, null);
        u.privateName = s.name();
        nameOp("__name__", ExprContext.Load, loc);
        nameOp("__module__", ExprContext.Store, loc);
        loadConst(loc, u.qualname);
        nameOp("__qualname__", ExprContext.Store, loc);
        if (generic) {
            nameOp(".type_params", ExprContext.Load, loc);
            nameOp("__type_params__", ExprContext.Store, loc);
        }
        if (scope.needsClassdict()) {
            op(loc, LOAD_LOCALS);
            op(loc, STORE_DEREF, u.code.cell("__classdict__"));
        }
        body(s.body(), false);
        if (scope.needsClassdict()) {
            op(null, LOAD_CLOSURE, u.code.cell("__classdict__"));
            nameOp("__classdictcell__", ExprContext.Store, null);
        }
        if (scope.needsClassClosure()) {
            op(null, LOAD_CLOSURE, u.code.cell("__class__"));
            op(null, COPY, 1);
            nameOp("__classcell__", ExprContext.Store, null);
            op(null, RETURN_VALUE);
        } else {
            op(null, RETURN_CONST, u.code.constant(Constants.NONE));
        }
        CodeObject co = finishUnit(false);
        op(loc, LOAD_BUILD_CLASS);
        makeClosure(loc, co, 0);
        loadConst(loc, s.name());
        if (generic) {
            nameOp(".type_params", ExprContext.Load, loc);
            op(loc, CALL_INTRINSIC_1, Operands.INTRINSIC_SUBSCRIPT_GENERIC);
            nameOp(".generic_base", ExprContext.Store, loc);
            List<Expr> bases = new ArrayList<>(s.bases());
            bases.add(new Expr.Name(".generic_base", ExprContext.Load, loc));
            callHelper(loc, 2, bases, s.keywords());
            op(loc, RETURN_VALUE);
            CodeObject tp = finishUnit(false);
            makeClosure(loc, tp, 0);
            op(loc, CALL, 0);
        } else {
            callHelper(loc, 2, s.bases(), s.keywords());
        }
        applyDecorators(s.decoratorList());
        nameOp(s.name(), ExprContext.Store, loc);
    }

    /** CPython's compiler_typealias. */
    private void typeAlias(Stmt.TypeAlias s) {
        Pos loc = s.pos();
        String name = ((Expr.Name) s.name()).id();
        boolean generic = !s.typeParams().isEmpty();
        if (generic) {
            enterScope("<generic parameters of " + name + ">", UnitKind.TYPE_PARAMS, table.typeParamScopeOf(s),
                    loc.lineno(), null);
            loadConst(loc, name);
            typeParams(s.typeParams());
        } else {
            loadConst(loc, name);
            loadConst(loc, Constants.NONE);
        }
        enterScope(name, UnitKind.FUNCTION, table.scopeOf(s), loc.lineno(), null);
        expr(s.value());
        op(loc, RETURN_VALUE);
        CodeObject co = finishUnit(false);
        makeClosure(loc, co, 0);
        op(loc, BUILD_TUPLE, 3);
        op(loc, CALL_INTRINSIC_1, Operands.INTRINSIC_TYPEALIAS);
        if (generic) {
            op(loc, RETURN_VALUE);
            CodeObject tp = finishUnit(false);
            makeClosure(loc, tp, 0);
            op(loc, CALL, 0);
        }
        nameOp(name, ExprContext.Store, loc);
    }

    // ================================================================== names

    private Symbol.Resolution resolution(String mangled) {
        Symbol.Resolution r = u.tempScopes.get(mangled);
        return r != null ? r : u.scope.resolve(mangled);
    }

    /** CPython's compiler_nameop. */
    private void nameOp(String name, ExprContext ctx, Pos loc) {
        forbiddenName(name, ctx, loc);
        String mangled = SymbolTable.mangle(u.privateName, name);
        Symbol.Resolution scope = resolution(mangled);
        boolean functionLike = u.scope.isFunctionLike();
        int optype = 0; // 0 name, 1 fast, 2 global, 3 deref
        switch (scope) {
            case FREE:
            case CELL:
                optype = 3;
                break;
            case LOCAL:
                if (functionLike || u.fastHidden.contains(mangled)) {
                    optype = 1;
                }
                break;
            case GLOBAL_IMPLICIT:
                if (functionLike) {
                    optype = 2;
                }
                break;
            case GLOBAL_EXPLICIT:
                optype = 2;
                break;
            default:
                break;
        }
        at(loc);
        CodeBuilder code = u.code;
        switch (optype) {
            case 3: {
                int cell = code.cell(mangled);
                if (ctx == ExprContext.Load) {
                    if (u.scope.kind() == Scope.Kind.CLASS && u.inInlinedComp == 0) {
                        code.emit(LOAD_LOCALS);
                        code.emit(LOAD_FROM_DICT_OR_DEREF, cell);
                    } else if (u.scope.canSeeClassScope()) {
                        code.emit(LOAD_DEREF, code.cell("__classdict__"));
                        code.emit(LOAD_FROM_DICT_OR_DEREF, cell);
                    } else {
                        code.emit(LOAD_DEREF, cell);
                    }
                } else {
                    code.emit(ctx == ExprContext.Store ? STORE_DEREF : DELETE_DEREF, cell);
                }
                return;
            }
            case 1: {
                int local = code.local(mangled);
                code.emit(ctx == ExprContext.Load ? LOAD_FAST : ctx == ExprContext.Store ? STORE_FAST : DELETE_FAST,
                        local);
                return;
            }
            case 2: {
                int n = code.name(mangled);
                if (ctx == ExprContext.Load) {
                    if (u.scope.canSeeClassScope() && scope == Symbol.Resolution.GLOBAL_IMPLICIT) {
                        code.emit(LOAD_DEREF, code.cell("__classdict__"));
                        code.emit(LOAD_FROM_DICT_OR_GLOBALS, n);
                    } else {
                        code.emit(LOAD_GLOBAL, n);
                    }
                } else {
                    code.emit(ctx == ExprContext.Store ? STORE_GLOBAL : DELETE_GLOBAL, n);
                }
                return;
            }
            default: {
                int n = code.name(mangled);
                if (ctx == ExprContext.Load) {
                    code.emit(u.scope.kind() == Scope.Kind.CLASS && u.inInlinedComp > 0 ? LOAD_GLOBAL : LOAD_NAME,
                            n);
                } else {
                    code.emit(ctx == ExprContext.Store ? STORE_NAME : DELETE_NAME, n);
                }
            }
        }
    }

    // ================================================================== expressions

    private void expr(Expr e) {
        Object folded = folder.fold(e);
        if (folded != null) {
            loadConst(e.pos(), folded);
            return;
        }
        Pos loc = e.pos();
        if (e instanceof Expr.Name n) {
            nameOp(n.id(), n.ctx(), loc);
        } else if (e instanceof Expr.BoolOp b) {
            Label end = label();
            Opcode jump = b.op() == org.pyvm.ast.BoolOp.And ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP;
            int n = b.values().size() - 1;
            for (int i = 0; i < n; i++) {
                expr(b.values().get(i));
                jumpOp(loc, jump, end);
            }
            expr(b.values().get(n));
            bind(end);
        } else if (e instanceof Expr.NamedExpr n) {
            expr(n.value());
            op(loc, COPY, 1);
            expr(n.target());
        } else if (e instanceof Expr.BinOp b) {
            expr(b.left());
            expr(b.right());
            op(loc, BINARY_OP, binaryOp(b.op()));
        } else if (e instanceof Expr.UnaryOp un) {
            CmpOp inverted = un.op() == org.pyvm.ast.UnaryOp.Not ? ConstantFolder.invertedForNot(un.operand()) : null;
            if (inverted != null) {
                Expr.Compare c = (Expr.Compare) un.operand();
                expr(new Expr.Compare(c.left(), List.of(inverted), c.comparators(), c.pos()));
                return;
            }
            expr(un.operand());
            switch (un.op()) {
                case Invert -> op(loc, UNARY_INVERT);
                case Not -> op(loc, UNARY_NOT);
                case UAdd -> op(loc, UNARY_POSITIVE);
                case USub -> op(loc, UNARY_NEGATIVE);
            }
        } else if (e instanceof Expr.Lambda l) {
            lambda(l);
        } else if (e instanceof Expr.IfExp i) {
            Label end = label();
            Label next = label();
            jumpIf(loc, i.test(), next, false);
            expr(i.body());
            jump(null, end);
            bind(next);
            expr(i.orelse());
            bind(end);
        } else if (e instanceof Expr.Dict d) {
            dict(d);
        } else if (e instanceof Expr.Set s) {
            starUnpack(loc, s.elts(), 0, BUILD_SET, SET_ADD, SET_UPDATE, false);
        } else if (e instanceof Expr.GeneratorExp g) {
            comprehension(e, "<genexpr>", g.generators(), g.elt(), null, Scope.Comprehension.GENERATOR);
        } else if (e instanceof Expr.ListComp c) {
            comprehension(e, "<listcomp>", c.generators(), c.elt(), null, Scope.Comprehension.LIST);
        } else if (e instanceof Expr.SetComp c) {
            comprehension(e, "<setcomp>", c.generators(), c.elt(), null, Scope.Comprehension.SET);
        } else if (e instanceof Expr.DictComp c) {
            comprehension(e, "<dictcomp>", c.generators(), c.key(), c.value(), Scope.Comprehension.DICT);
        } else if (e instanceof Expr.Yield y) {
            if (!u.scope.isFunctionLike()) {
                throw error("'yield' outside function", loc);
            }
            if (y.value() != null) {
                expr(y.value());
            } else {
                loadConst(loc, Constants.NONE);
            }
            yieldValue(loc);
        } else if (e instanceof Expr.YieldFrom y) {
            if (!u.scope.isFunctionLike()) {
                throw error("'yield' outside function", loc);
            }
            if (u.kind == UnitKind.ASYNC_FUNCTION) {
                throw error("'yield from' inside async function", loc);
            }
            expr(y.value());
            op(loc, GET_YIELD_FROM_ITER);
            loadConst(loc, Constants.NONE);
            yieldFrom(loc);
        } else if (e instanceof Expr.Await a) {
            expr(a.value());
            op(loc, GET_AWAITABLE, 0);
            loadConst(loc, Constants.NONE);
            yieldFrom(loc);
        } else if (e instanceof Expr.Compare c) {
            compare(c);
        } else if (e instanceof Expr.Call c) {
            call(c);
        } else if (e instanceof Expr.FormattedValue f) {
            expr(f.value());
            int conv = f.conversion();
            if (conv != -1) {
                op(loc, CONVERT_VALUE, conv == 's' ? Operands.CONV_STR : conv == 'r' ? Operands.CONV_REPR
                        : Operands.CONV_ASCII);
            }
            if (f.formatSpec() != null) {
                expr(f.formatSpec());
                op(loc, FORMAT_WITH_SPEC);
            } else {
                op(loc, FORMAT_SIMPLE);
            }
        } else if (e instanceof Expr.JoinedStr j) {
            joinedStr(j);
        } else if (e instanceof Expr.Constant c) {
            loadConst(loc, ConstantFolder.fromAst(c.value()));
        } else if (e instanceof Expr.Attribute a) {
            attribute(a);
        } else if (e instanceof Expr.Subscript s) {
            subscript(s);
        } else if (e instanceof Expr.Starred) {
            ExprContext ctx = ((Expr.Starred) e).ctx();
            throw error(ctx == ExprContext.Store ? "starred assignment target must be in a list or tuple"
                    : "can't use starred expression here", loc);
        } else if (e instanceof Expr.List l) {
            if (l.ctx() == ExprContext.Store) {
                assignmentHelper(loc, l.elts());
            } else if (l.ctx() == ExprContext.Load) {
                starUnpack(loc, l.elts(), 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, false);
            } else {
                for (Expr x : l.elts()) {
                    expr(x);
                }
            }
        } else if (e instanceof Expr.Tuple t) {
            if (t.ctx() == ExprContext.Store) {
                assignmentHelper(loc, t.elts());
            } else if (t.ctx() == ExprContext.Load) {
                starUnpack(loc, t.elts(), 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
            } else {
                for (Expr x : t.elts()) {
                    expr(x);
                }
            }
        } else if (e instanceof Expr.Slice s) {
            int n = slice(s);
            op(loc, BUILD_SLICE, n);
        } else {
            throw new IllegalStateException("unknown expression " + e);
        }
    }

    private static int binaryOp(Operator op) {
        return switch (op) {
            case Add -> Operands.NB_ADD;
            case Sub -> Operands.NB_SUBTRACT;
            case Mult -> Operands.NB_MULTIPLY;
            case MatMult -> Operands.NB_MATRIX_MULTIPLY;
            case Div -> Operands.NB_TRUE_DIVIDE;
            case Mod -> Operands.NB_REMAINDER;
            case Pow -> Operands.NB_POWER;
            case LShift -> Operands.NB_LSHIFT;
            case RShift -> Operands.NB_RSHIFT;
            case BitOr -> Operands.NB_OR;
            case BitXor -> Operands.NB_XOR;
            case BitAnd -> Operands.NB_AND;
            case FloorDiv -> Operands.NB_FLOOR_DIVIDE;
        };
    }

    private void yieldValue(Pos loc) {
        if (u.scope.isAsyncGenerator()) {
            op(loc, CALL_INTRINSIC_1, Operands.INTRINSIC_ASYNC_GEN_WRAP);
        }
        op(loc, YIELD_VALUE, 0);
    }

    /** The yield-from/await loop (receiver and value on the stack; the result left on it). */
    private void yieldFrom(Pos loc) {
        Label send = label();
        Label exit = label();
        bind(send);
        jumpOp(loc, SEND, exit);
        op(loc, YIELD_VALUE, 1);
        jumpOp(loc, JUMP_BACKWARD_NO_INTERRUPT, send);
        bind(exit);
    }

    /** CPython's compiler_addcompare. */
    private void compareOp(Pos loc, CmpOp op) {
        switch (op) {
            case Eq -> op(loc, COMPARE_OP, Operands.CMP_EQ);
            case NotEq -> op(loc, COMPARE_OP, Operands.CMP_NE);
            case Lt -> op(loc, COMPARE_OP, Operands.CMP_LT);
            case LtE -> op(loc, COMPARE_OP, Operands.CMP_LE);
            case Gt -> op(loc, COMPARE_OP, Operands.CMP_GT);
            case GtE -> op(loc, COMPARE_OP, Operands.CMP_GE);
            case Is -> op(loc, IS_OP, 0);
            case IsNot -> op(loc, IS_OP, 1);
            case In -> op(loc, CONTAINS_OP, 0);
            case NotIn -> op(loc, CONTAINS_OP, 1);
        }
    }

    /** A comparator: the last operand of in/not in goes through fold_iter. */
    private void comparator(Expr.Compare c, int i) {
        Expr x = c.comparators().get(i);
        int last = c.ops().size() - 1;
        if (i == last && (c.ops().get(last) == CmpOp.In || c.ops().get(last) == CmpOp.NotIn)) {
            iterable(x);
        } else {
            expr(x);
        }
    }

    /** CPython's compiler_compare. */
    private void compare(Expr.Compare c) {
        Pos loc = c.pos();
        expr(c.left());
        int n = c.ops().size() - 1;
        if (n == 0) {
            comparator(c, 0);
            compareOp(loc, c.ops().get(0));
            return;
        }
        Label cleanup = label();
        for (int i = 0; i < n; i++) {
            comparator(c, i);
            op(loc, SWAP, 2);
            op(loc, COPY, 2);
            compareOp(loc, c.ops().get(i));
            jumpOp(loc, JUMP_IF_FALSE_OR_POP, cleanup);
        }
        comparator(c, n);
        compareOp(loc, c.ops().get(n));
        Label end = label();
        jump(null, end);
        bind(cleanup);
        op(loc, SWAP, 2);
        op(loc, POP_TOP);
        bind(end);
    }

    /** CPython's compiler_jump_if: jumps (forward) to {@code next} when {@code e}'s truth equals {@code cond}. */
    private void jumpIf(Pos loc, Expr e, Label next, boolean cond) {
        Object folded = folder.fold(e);
        if (folded != null) {
            // A constant condition: the branch is decided now (CPython's flow-graph optimizer does the same).
            at(e.pos());
            if (ConstantFolder.truthy(folded) == cond) {
                jump(e.pos(), next);
            }
            return;
        }
        if (e instanceof Expr.UnaryOp un && un.op() == org.pyvm.ast.UnaryOp.Not
                && ConstantFolder.invertedForNot(un.operand()) == null) {
            jumpIf(loc, un.operand(), next, !cond);
            return;
        }
        if (e instanceof Expr.BoolOp b) {
            boolean cond2 = b.op() == org.pyvm.ast.BoolOp.Or;
            Label next2 = next;
            if (cond2 != cond) {
                next2 = label();
            }
            int n = b.values().size() - 1;
            for (int i = 0; i < n; i++) {
                jumpIf(loc, b.values().get(i), next2, cond2);
            }
            jumpIf(loc, b.values().get(n), next, cond);
            if (next2 != next) {
                bind(next2);
            }
            return;
        }
        if (e instanceof Expr.IfExp i) {
            Label end = label();
            Label next2 = label();
            jumpIf(loc, i.test(), next2, false);
            jumpIf(loc, i.body(), next, cond);
            jump(null, end);
            bind(next2);
            jumpIf(loc, i.orelse(), next, cond);
            bind(end);
            return;
        }
        if (e instanceof Expr.Compare c && c.ops().size() > 1) {
            Pos cl = c.pos();
            Label cleanup = label();
            expr(c.left());
            int n = c.ops().size() - 1;
            for (int i = 0; i < n; i++) {
                comparator(c, i);
                op(cl, SWAP, 2);
                op(cl, COPY, 2);
                compareOp(cl, c.ops().get(i));
                jumpOp(cl, POP_JUMP_IF_FALSE, cleanup);
            }
            comparator(c, n);
            compareOp(cl, c.ops().get(n));
            jumpOp(cl, cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
            Label end = label();
            jump(null, end);
            bind(cleanup);
            op(cl, POP_TOP);
            if (!cond) {
                jump(null, next);
            }
            bind(end);
            return;
        }
        expr(e);
        jumpOp(e.pos(), cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
    }

    /** CPython's compiler_lambda. */
    private void lambda(Expr.Lambda e) {
        Arguments args = e.args();
        checkDebugArgs(args);
        Pos loc = e.pos();
        int funcflags = defaultArguments(loc, args);
        enterScope("<lambda>", UnitKind.LAMBDA, table.scopeOf(e), loc.lineno(), args);
        expr(e.body());
        at(new Pos(loc.lineno(), 0, loc.lineno(), 0));
        op(null, RETURN_VALUE);
        CodeObject co = finishUnit(false);
        makeClosure(loc, co, funcflags);
    }

    private void keywordsCheck(List<Keyword> keywords) {
        for (int i = 0; i < keywords.size(); i++) {
            Keyword k = keywords.get(i);
            if (k.arg() == null) {
                continue;
            }
            forbiddenName(k.arg(), ExprContext.Store, k.pos());
            for (int j = i + 1; j < keywords.size(); j++) {
                Keyword other = keywords.get(j);
                if (k.arg().equals(other.arg())) {
                    throw error("keyword argument repeated: " + k.arg(), other.pos());
                }
            }
        }
    }

    /** CPython's is_import_originated: a name the module binds by import. */
    private boolean isImportOriginated(Expr e) {
        if (!(e instanceof Expr.Name n)) {
            return false;
        }
        Symbol s = table.top().lookup(n.id());
        return s != null && s.isImported();
    }

    /** CPython's compiler_call. */
    private void call(Expr.Call e) {
        keywordsCheck(e.keywords());
        if (maybeMethodCall(e)) {
            return;
        }
        expr(e.func());
        callHelper(e.pos(), 0, e.args(), e.keywords());
    }

    /** CPython's maybe_optimize_method_call. */
    private boolean maybeMethodCall(Expr.Call e) {
        if (!(e.func() instanceof Expr.Attribute meth) || meth.ctx() != ExprContext.Load) {
            return false;
        }
        if (isImportOriginated(meth.value())) {
            return false;
        }
        int argsl = e.args().size();
        int kwdsl = e.keywords().size();
        if (argsl + kwdsl + (kwdsl != 0 ? 1 : 0) >= STACK_USE_GUIDELINE) {
            return false;
        }
        for (Expr a : e.args()) {
            if (a instanceof Expr.Starred) {
                return false;
            }
        }
        for (Keyword k : e.keywords()) {
            if (k.arg() == null) {
                return false;
            }
        }
        Pos loc = meth.pos();
        if (canOptimizeSuperCall(meth)) {
            loadArgsForSuper((Expr.Call) meth.value());
            int arg = (nameIndex(meth.attr()) << 2) | Operands.SUPER_METHOD
                    | (((Expr.Call) meth.value()).args().isEmpty() ? 0 : Operands.SUPER_TWO_ARGS);
            op(loc, LOAD_SUPER_ATTR, arg);
        } else {
            expr(meth.value());
            op(attrLoc(loc, meth), LOAD_METHOD, nameIndex(meth.attr()));
        }
        for (Expr a : e.args()) {
            expr(a);
        }
        Pos callLoc = attrLoc(e.pos(), meth);
        if (kwdsl > 0) {
            for (Keyword k : e.keywords()) {
                expr(k.value());
            }
            loadConst(callLoc, keywordNames(e.keywords()));
            op(callLoc, CALL_METHOD_KW, argsl + kwdsl);
        } else {
            op(callLoc, CALL_METHOD, argsl);
        }
        return true;
    }

    private static Constants.Tuple keywordNames(List<Keyword> keywords) {
        List<Object> names = new ArrayList<>();
        for (Keyword k : keywords) {
            names.add(k.arg());
        }
        return new Constants.Tuple(names);
    }

    /** CPython's can_optimize_super_call. */
    private boolean canOptimizeSuperCall(Expr.Attribute attr) {
        if (!(attr.value() instanceof Expr.Call e) || !(e.func() instanceof Expr.Name fn)
                || !fn.id().equals("super") || attr.attr().equals("__class__") || !e.keywords().isEmpty()) {
            return false;
        }
        if (resolution(SymbolTable.mangle(u.privateName, "super")) != Symbol.Resolution.GLOBAL_IMPLICIT) {
            return false;
        }
        if (table.top().resolve("super") != Symbol.Resolution.UNRESOLVED) {
            return false;
        }
        int n = e.args().size();
        if (n == 2) {
            for (Expr a : e.args()) {
                if (a instanceof Expr.Starred) {
                    return false;
                }
            }
            return true;
        }
        if (n != 0) {
            return false;
        }
        if (u.argCount == 0) {
            return false;
        }
        return resolution("__class__") == Symbol.Resolution.FREE;
    }

    /** CPython's load_args_for_super: the global super, the class and the instance. */
    private void loadArgsForSuper(Expr.Call e) {
        nameOp(((Expr.Name) e.func()).id(), ExprContext.Load, e.func().pos());
        if (e.args().size() == 2) {
            expr(e.args().get(0));
            expr(e.args().get(1));
            return;
        }
        nameOp("__class__", ExprContext.Load, e.pos());
        nameOp(u.scope.parameters().get(0), ExprContext.Load, e.pos());
    }

    /** CPython's compiler_call_helper: the callable (and {@code n} arguments) already pushed. */
    private void callHelper(Pos loc, int n, List<Expr> args, List<Keyword> keywords) {
        keywordsCheck(keywords);
        int nelts = args.size();
        int nkwelts = keywords.size();
        boolean ex = nelts + nkwelts * 2 > STACK_USE_GUIDELINE;
        for (Expr a : args) {
            ex |= a instanceof Expr.Starred;
        }
        for (Keyword k : keywords) {
            ex |= k.arg() == null;
        }
        if (!ex) {
            for (Expr a : args) {
                expr(a);
            }
            if (nkwelts > 0) {
                for (Keyword k : keywords) {
                    expr(k.value());
                }
                loadConst(loc, keywordNames(keywords));
                op(loc, CALL_KW, n + nelts + nkwelts);
            } else {
                op(loc, CALL, n + nelts);
            }
            return;
        }
        if (n == 0 && nelts == 1 && args.get(0) instanceof Expr.Starred st) {
            expr(st.value());
        } else {
            starUnpack(loc, args, n, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
        }
        if (nkwelts > 0) {
            boolean haveDict = false;
            int nseen = 0;
            for (int i = 0; i < nkwelts; i++) {
                Keyword kw = keywords.get(i);
                if (kw.arg() == null) {
                    if (nseen > 0) {
                        subKwargs(loc, keywords, i - nseen, i);
                        if (haveDict) {
                            op(loc, DICT_MERGE, 1);
                        }
                        haveDict = true;
                        nseen = 0;
                    }
                    if (!haveDict) {
                        op(loc, BUILD_MAP, 0);
                        haveDict = true;
                    }
                    expr(kw.value());
                    op(loc, DICT_MERGE, 1);
                } else {
                    nseen++;
                }
            }
            if (nseen > 0) {
                subKwargs(loc, keywords, nkwelts - nseen, nkwelts);
                if (haveDict) {
                    op(loc, DICT_MERGE, 1);
                }
            }
        }
        op(loc, CALL_FUNCTION_EX, nkwelts > 0 ? Operands.CALL_EX_KWARGS : 0);
    }

    /** CPython's compiler_subkwargs. */
    private void subKwargs(Pos loc, List<Keyword> keywords, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big) {
            for (int i = begin; i < end; i++) {
                expr(keywords.get(i).value());
            }
            loadConst(loc, keywordNames(keywords.subList(begin, end)));
            op(loc, BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) {
            op(null, BUILD_MAP, 0);
        }
        for (int i = begin; i < end; i++) {
            loadConst(loc, keywords.get(i).arg());
            expr(keywords.get(i).value());
            if (big) {
                op(null, MAP_ADD, 1);
            }
        }
        if (!big) {
            op(loc, BUILD_MAP, n);
        }
    }

    /** CPython's starunpack_helper. */
    private void starUnpack(Pos loc, List<Expr> elts, int pushed, Opcode build, Opcode add, Opcode extend,
                            boolean tuple) {
        int n = elts.size();
        if (n > 2) {
            Constants.Tuple folded = folder.tupleOf(elts);
            if (folded != null) {
                if (tuple && pushed == 0) {
                    loadConst(loc, folded);
                } else {
                    op(loc, build, pushed);
                    loadConst(loc, add == SET_ADD ? ConstantFolder.frozenset(folded.items()) : folded);
                    op(loc, extend, 1);
                    if (tuple) {
                        op(loc, CALL_INTRINSIC_1, Operands.INTRINSIC_LIST_TO_TUPLE);
                    }
                }
                return;
            }
        }
        boolean big = n + pushed > STACK_USE_GUIDELINE;
        boolean seenStar = ConstantFolder.hasStarred(elts);
        if (!seenStar && !big) {
            for (Expr x : elts) {
                expr(x);
            }
            op(loc, tuple ? BUILD_TUPLE : build, n + pushed);
            return;
        }
        boolean built = false;
        if (big) {
            op(loc, build, pushed);
            built = true;
        }
        for (int i = 0; i < n; i++) {
            Expr x = elts.get(i);
            if (x instanceof Expr.Starred st) {
                if (!built) {
                    op(loc, build, i + pushed);
                    built = true;
                }
                expr(st.value());
                op(loc, extend, 1);
            } else {
                expr(x);
                if (built) {
                    op(loc, add, 1);
                }
            }
        }
        if (tuple) {
            op(loc, CALL_INTRINSIC_1, Operands.INTRINSIC_LIST_TO_TUPLE);
        }
    }

    /** CPython's unpack_helper + assignment_helper. */
    private void assignmentHelper(Pos loc, List<Expr> elts) {
        int n = elts.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            Expr x = elts.get(i);
            if (x instanceof Expr.Starred && !seenStar) {
                if (i >= (1 << 8) || n - i - 1 >= (Integer.MAX_VALUE >> 8) || n - i - 1 > 0xFFFF) {
                    throw error("too many expressions in star-unpacking assignment", loc);
                }
                op(loc, UNPACK_EX, Operands.unpackEx(i, n - i - 1));
                seenStar = true;
            } else if (x instanceof Expr.Starred) {
                throw error("multiple starred expressions in assignment", loc);
            }
        }
        if (!seenStar) {
            op(loc, UNPACK_SEQUENCE, n);
        }
        for (Expr x : elts) {
            expr(x instanceof Expr.Starred st ? st.value() : x);
        }
    }

    /** CPython's compiler_dict and compiler_subdict. */
    private void dict(Expr.Dict e) {
        Pos loc = e.pos();
        int n = e.values().size();
        boolean haveDict = false;
        int elements = 0;
        for (int i = 0; i < n; i++) {
            boolean unpacking = e.keys().get(i) == null;
            if (unpacking) {
                if (elements > 0) {
                    subDict(e, i - elements, i);
                    if (haveDict) {
                        op(loc, DICT_UPDATE, 1);
                    }
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict) {
                    op(loc, BUILD_MAP, 0);
                    haveDict = true;
                }
                expr(e.values().get(i));
                op(loc, DICT_UPDATE, 1);
            } else if (elements * 2 > STACK_USE_GUIDELINE) {
                subDict(e, i - elements, i + 1);
                if (haveDict) {
                    op(loc, DICT_UPDATE, 1);
                }
                haveDict = true;
                elements = 0;
            } else {
                elements++;
            }
        }
        if (elements > 0) {
            subDict(e, n - elements, n);
            if (haveDict) {
                op(loc, DICT_UPDATE, 1);
            }
            haveDict = true;
        }
        if (!haveDict) {
            op(loc, BUILD_MAP, 0);
        }
    }

    private void subDict(Expr.Dict e, int begin, int end) {
        Pos loc = e.pos();
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big) {
            Constants.Tuple keys = folder.tupleOf(e.keys().subList(begin, end));
            if (keys != null) {
                for (int i = begin; i < end; i++) {
                    expr(e.values().get(i));
                }
                loadConst(loc, keys);
                op(loc, BUILD_CONST_KEY_MAP, n);
                return;
            }
        }
        if (big) {
            op(loc, BUILD_MAP, 0);
        }
        for (int i = begin; i < end; i++) {
            expr(e.keys().get(i));
            expr(e.values().get(i));
            if (big) {
                op(loc, MAP_ADD, 1);
            }
        }
        if (!big) {
            op(loc, BUILD_MAP, n);
        }
    }

    /** CPython's compiler_joined_str. */
    private void joinedStr(Expr.JoinedStr e) {
        Pos loc = e.pos();
        int n = e.values().size();
        if (n > STACK_USE_GUIDELINE) {
            loadConst(loc, "");
            op(loc, LOAD_METHOD, u.code.name("join"));
            op(loc, BUILD_LIST, 0);
            for (Expr v : e.values()) {
                expr(v);
                op(loc, LIST_APPEND, 1);
            }
            op(loc, CALL_METHOD, 1);
        } else {
            for (Expr v : e.values()) {
                expr(v);
            }
            if (n != 1) {
                op(loc, BUILD_STRING, n);
            }
        }
    }

    /** CPython's update_start_location_to_match_attr. */
    private static Pos attrLoc(Pos loc, Expr.Attribute attr) {
        if (loc.lineno() != attr.pos().endLineno()) {
            int line = attr.pos().endLineno();
            int len = attr.attr().codePointCount(0, attr.attr().length());
            int col;
            int endCol = loc.endColOffset();
            if (len <= attr.pos().endColOffset()) {
                col = attr.pos().endColOffset() - len;
            } else {
                col = -1;
                endCol = -1;
            }
            int endLine = Math.max(line, loc.endLineno());
            if (line == endLine && col >= 0) {
                endCol = Math.max(col, endCol);
            }
            return new Pos(line, col, endLine, endCol);
        }
        return loc;
    }

    private void attribute(Expr.Attribute e) {
        Pos loc = e.pos();
        if (e.ctx() == ExprContext.Load && canOptimizeSuperCall(e)) {
            Expr.Call sup = (Expr.Call) e.value();
            loadArgsForSuper(sup);
            int arg = (nameIndex(e.attr()) << 2) | (sup.args().isEmpty() ? 0 : Operands.SUPER_TWO_ARGS);
            op(loc, LOAD_SUPER_ATTR, arg);
            return;
        }
        expr(e.value());
        Pos l = attrLoc(loc, e);
        switch (e.ctx()) {
            case Load -> op(l, LOAD_ATTR, nameIndex(e.attr()));
            case Store -> {
                forbiddenName(e.attr(), ExprContext.Store, l);
                op(l, STORE_ATTR, nameIndex(e.attr()));
            }
            case Del -> op(l, DELETE_ATTR, nameIndex(e.attr()));
        }
    }

    private static boolean isTwoElementSlice(Expr s) {
        return s instanceof Expr.Slice sl && sl.step() == null;
    }

    /** CPython's compiler_subscript. */
    private void subscript(Expr.Subscript e) {
        Pos loc = e.pos();
        ExprContext ctx = e.ctx();
        expr(e.value());
        if (isTwoElementSlice(e.slice()) && ctx != ExprContext.Del) {
            slice((Expr.Slice) e.slice());
            op(loc, ctx == ExprContext.Load ? BINARY_SLICE : STORE_SLICE);
        } else {
            expr(e.slice());
            op(loc, ctx == ExprContext.Load ? BINARY_SUBSCR : ctx == ExprContext.Store ? STORE_SUBSCR
                    : DELETE_SUBSCR);
        }
    }

    /** CPython's compiler_slice: pushes the bounds; their count. */
    private int slice(Expr.Slice s) {
        int n = 2;
        if (s.lower() != null) {
            expr(s.lower());
        } else {
            loadConst(s.pos(), Constants.NONE);
        }
        if (s.upper() != null) {
            expr(s.upper());
        } else {
            loadConst(s.pos(), Constants.NONE);
        }
        if (s.step() != null) {
            n++;
            expr(s.step());
        }
        return n;
    }

    // ================================================================== comprehensions

    /** What push_inlined_comprehension_state saved: the isolated names and the scopes to restore. */
    private static final class InlinedState {
        final List<String> pushed = new ArrayList<>();
        final List<Boolean> pushedCell = new ArrayList<>();
        final Map<String, Symbol.Resolution> savedTemp = new LinkedHashMap<>();
        final Set<String> fastHidden = new HashSet<>();
        Label cleanup;
        Label end;
    }

    /** CPython's compiler_comprehension. */
    private void comprehension(Expr e, String name, List<Comprehension> generators, Expr elt, Expr val,
                               Scope.Comprehension type) {
        Scope entry = table.scopeOf(e);
        boolean inlined = entry.isInlined();
        boolean asyncGenerator = entry.isCoroutine();
        Pos loc = e.pos();
        Comprehension outermost = generators.get(0);
        UnitKind enclosingKind = u.kind;
        InlinedState state = null;
        if (inlined) {
            iterable(outermost.iter());
            op(loc, outermost.isAsync() != 0 ? GET_AITER : GET_ITER);
            state = pushInlinedComprehension(loc, entry);
        } else {
            enterScope(name, UnitKind.COMPREHENSION, entry, loc.lineno(), null);
            u.code.argCount(1);
        }
        if (asyncGenerator && type != Scope.Comprehension.GENERATOR
                && enclosingKind != UnitKind.ASYNC_FUNCTION && enclosingKind != UnitKind.COMPREHENSION) {
            throw error("asynchronous comprehension outside of an asynchronous function", loc);
        }
        if (type != Scope.Comprehension.GENERATOR) {
            Opcode build = type == Scope.Comprehension.LIST ? BUILD_LIST
                    : type == Scope.Comprehension.SET ? BUILD_SET : BUILD_MAP;
            op(loc, build, 0);
            if (inlined) {
                op(loc, SWAP, 2);
            }
        }
        comprehensionGenerator(loc, generators, 0, 0, elt, val, type, inlined);
        if (inlined) {
            popInlinedComprehension(loc, state);
            return;
        }
        if (type != Scope.Comprehension.GENERATOR) {
            op(loc, RETURN_VALUE);
            CodeObject co = finishUnit(false);
            makeClosure(loc, co, 0);
        } else {
            CodeObject co = finishUnit(true);
            makeClosure(loc, co, 0);
        }
        iterable(outermost.iter());
        op(loc, outermost.isAsync() != 0 ? GET_AITER : GET_ITER);
        op(loc, CALL, 1);
        if (asyncGenerator && type != Scope.Comprehension.GENERATOR) {
            op(loc, GET_AWAITABLE, 0);
            loadConst(loc, Constants.NONE);
            yieldFrom(loc);
        }
    }

    private void comprehensionGenerator(Pos loc, List<Comprehension> generators, int genIndex, int depth, Expr elt,
                                        Expr val, Scope.Comprehension type, boolean iterOnStack) {
        if (generators.get(genIndex).isAsync() != 0) {
            asyncComprehensionGenerator(loc, generators, genIndex, depth, elt, val, type, iterOnStack);
        } else {
            syncComprehensionGenerator(loc, generators, genIndex, depth, elt, val, type, iterOnStack);
        }
    }

    /** CPython's compiler_sync_comprehension_generator. */
    private void syncComprehensionGenerator(Pos loc, List<Comprehension> generators, int genIndex, int depth,
                                            Expr elt, Expr val, Scope.Comprehension type, boolean iterOnStack) {
        Label start = label();
        Label ifCleanup = label();
        Label anchor = label();
        Comprehension gen = generators.get(genIndex);
        boolean loop = true;
        if (!iterOnStack) {
            if (genIndex == 0) {
                op(loc, LOAD_FAST, 0);
            } else {
                List<Expr> elts = gen.iter() instanceof Expr.List l ? l.elts()
                        : gen.iter() instanceof Expr.Tuple t ? t.elts() : null;
                if (elts != null && elts.size() == 1 && !(elts.get(0) instanceof Expr.Starred)
                        && folder.foldIter(gen.iter()) == null && folder.fold(gen.iter()) == null) {
                    expr(elts.get(0));
                    loop = false;
                }
                if (loop) {
                    iterable(gen.iter());
                    op(loc, GET_ITER);
                }
            }
        }
        if (loop) {
            depth++;
            bind(start);
            jumpOp(loc, FOR_ITER, anchor);
        }
        expr(gen.target());
        for (Expr cond : gen.ifs()) {
            jumpIf(loc, cond, ifCleanup, false);
        }
        if (++genIndex < generators.size()) {
            comprehensionGenerator(loc, generators, genIndex, depth, elt, val, type, false);
        }
        Pos eltLoc = elt.pos();
        if (genIndex >= generators.size()) {
            comprehensionElement(elt, val, type, depth);
            if (type == Scope.Comprehension.DICT) {
                eltLoc = new Pos(elt.pos().lineno(), elt.pos().colOffset(), val.pos().endLineno(),
                        val.pos().endColOffset());
            }
        }
        bind(ifCleanup);
        if (loop) {
            jump(eltLoc, start);
            bind(anchor);
        }
    }

    private void comprehensionElement(Expr elt, Expr val, Scope.Comprehension type, int depth) {
        Pos eltLoc = elt.pos();
        switch (type) {
            case GENERATOR -> {
                expr(elt);
                yieldValue(eltLoc);
                op(eltLoc, POP_TOP);
            }
            case LIST -> {
                expr(elt);
                op(eltLoc, LIST_APPEND, depth + 1);
            }
            case SET -> {
                expr(elt);
                op(eltLoc, SET_ADD, depth + 1);
            }
            case DICT -> {
                expr(elt);
                expr(val);
                op(new Pos(elt.pos().lineno(), elt.pos().colOffset(), val.pos().endLineno(),
                        val.pos().endColOffset()), MAP_ADD, depth + 1);
            }
            default -> throw new IllegalStateException();
        }
    }

    /** CPython's compiler_async_comprehension_generator. */
    private void asyncComprehensionGenerator(Pos loc, List<Comprehension> generators, int genIndex, int depth,
                                             Expr elt, Expr val, Scope.Comprehension type, boolean iterOnStack) {
        Label start = label();
        Label except = label();
        Label ifCleanup = label();
        Comprehension gen = generators.get(genIndex);
        if (!iterOnStack) {
            if (genIndex == 0) {
                op(loc, LOAD_FAST, 0);
            } else {
                expr(gen.iter());
                op(loc, GET_AITER);
            }
        }
        bind(start);
        pushFBlock(loc, FBlockType.ASYNC_COMPREHENSION_GENERATOR, start, null, null);
        at(loc);
        u.code.setupFinally(except);
        op(loc, GET_ANEXT);
        loadConst(loc, Constants.NONE);
        yieldFrom(loc);
        u.code.popBlock();
        expr(gen.target());
        for (Expr cond : gen.ifs()) {
            jumpIf(loc, cond, ifCleanup, false);
        }
        depth++;
        if (++genIndex < generators.size()) {
            comprehensionGenerator(loc, generators, genIndex, depth, elt, val, type, false);
        }
        if (genIndex >= generators.size()) {
            comprehensionElement(elt, val, type, depth);
        }
        bind(ifCleanup);
        jump(elt.pos(), start);
        popFBlock(FBlockType.ASYNC_COMPREHENSION_GENERATOR);
        bind(except);
        op(loc, END_ASYNC_FOR);
    }

    /** CPython's push_inlined_comprehension_state (PEP 709). */
    private InlinedState pushInlinedComprehension(Pos loc, Scope entry) {
        InlinedState state = new InlinedState();
        boolean inClassBlock = u.scope.kind() == Scope.Kind.CLASS && u.inInlinedComp == 0;
        u.inInlinedComp++;
        for (Symbol sym : entry.symbols().values()) {
            String k = sym.name();
            Symbol.Resolution scope = sym.scope();
            Symbol.Resolution outsc = resolution(k);
            if ((scope != outsc && scope != Symbol.Resolution.FREE
                    && !(scope == Symbol.Resolution.CELL && outsc == Symbol.Resolution.FREE)) || inClassBlock) {
                if (!state.savedTemp.containsKey(k)) {
                    state.savedTemp.put(k, u.tempScopes.get(k));
                }
                u.tempScopes.put(k, scope);
            }
            if ((sym.has(Symbol.DEF_LOCAL) && !sym.has(Symbol.DEF_NONLOCAL)) || inClassBlock) {
                if (!u.scope.isFunctionLike() && !u.fastHidden.contains(k)) {
                    u.fastHidden.add(k);
                    state.fastHidden.add(k);
                }
                boolean cell = scope == Symbol.Resolution.CELL;
                if (cell) {
                    // The cell itself is saved and a fresh one made for the comprehension.
                    int c = u.code.cell(k);
                    op(loc, LOAD_CLOSURE, c);
                    op(loc, MAKE_CELL, c);
                } else {
                    op(loc, LOAD_FAST_AND_CLEAR, u.code.local(k));
                }
                state.pushed.add(k);
                state.pushedCell.add(cell);
            }
        }
        if (!state.pushed.isEmpty()) {
            op(loc, SWAP, state.pushed.size() + 1);
            state.cleanup = label();
            state.end = label();
            u.code.setupFinally(state.cleanup);
        }
        return state;
    }

    /** CPython's pop_inlined_comprehension_state. */
    private void popInlinedComprehension(Pos loc, InlinedState state) {
        u.inInlinedComp--;
        for (Map.Entry<String, Symbol.Resolution> t : state.savedTemp.entrySet()) {
            if (t.getValue() == null) {
                u.tempScopes.remove(t.getKey());
            } else {
                u.tempScopes.put(t.getKey(), t.getValue());
            }
        }
        if (!state.pushed.isEmpty()) {
            u.code.popBlock();
            jump(null, state.end);
            bind(state.cleanup);
            op(null, SWAP, 2);
            op(null, POP_TOP);
            restoreInlinedLocals(loc, state);
            op(null, RERAISE, 0);
            bind(state.end);
            restoreInlinedLocals(loc, state);
        }
        u.fastHidden.removeAll(state.fastHidden);
    }

    private void restoreInlinedLocals(Pos loc, InlinedState state) {
        int n = state.pushed.size();
        op(loc, SWAP, n + 1);
        for (int i = n - 1; i >= 0; i--) {
            String k = state.pushed.get(i);
            if (state.pushedCell.get(i)) {
                op(loc, RESTORE_CELL, u.code.cell(k));
            } else {
                op(loc, STORE_FAST, u.code.local(k));
            }
        }
    }

    // ================================================================== match

    /** Match statements are compiled by PatternCompiler through {@link PatternContext}. */
    private void match(Stmt.Match m) {
        new PatternCompiler(new Patterns()).compileMatch(m);
    }

    /** The code generator as the pattern compiler sees it. */
    private final class Patterns implements PatternContext {
        @Override
        public CodeBuilder code() {
            return u.code;
        }

        @Override
        public void expression(Expr e) {
            expr(e);
        }

        @Override
        public void storeName(String name, Pos pos) {
            nameOp(name, ExprContext.Store, pos);
        }

        @Override
        public void jumpIf(Pos loc, Expr e, Label target, boolean cond) {
            CodeGenerator.this.jumpIf(loc, e, target, cond);
        }

        @Override
        public boolean isFastLocal(String name) {
            // nameOp's STORE_FAST case.
            String mangled = SymbolTable.mangle(u.privateName, name);
            return resolution(mangled) == Symbol.Resolution.LOCAL
                    && (u.scope.isFunctionLike() || u.fastHidden.contains(mangled));
        }

        @Override
        public void statements(List<Stmt> body) {
            CodeGenerator.this.statements(body);
        }

        @Override
        public void position(Pos pos) {
            at(pos);
        }

        @Override
        public PySyntaxError error(String msg, Node node) {
            Pos p = node instanceof Positioned pn ? pn.pos() : null;
            return p == null ? new PySyntaxError(PySyntaxError.Kind.SyntaxError, msg, filename, 0, 0, 0, 0, null)
                    : CodeGenerator.this.error(msg, p);
        }
    }
}
