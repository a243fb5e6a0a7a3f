package org.pyvm.compiler;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.pyvm.ast.CmpOp;
import org.pyvm.ast.Expr;
import org.pyvm.ast.MatchCase;
import org.pyvm.ast.Node;
import org.pyvm.ast.Pattern;
import org.pyvm.ast.Pos;
import org.pyvm.ast.Positioned;
import org.pyvm.ast.Stmt;
import org.pyvm.bytecode.CodeBuilder;
import org.pyvm.bytecode.CodeObject;
import org.pyvm.bytecode.Constants;
import org.pyvm.bytecode.Opcode;
import org.pyvm.parse.PySyntaxError;

/**
 * A test-only code generator, just enough to drive {@link PatternCompiler} alone: module code and functions with
 * positional parameters; statements {@code pass}, expression statements, {@code name = expr}, {@code return} and
 * {@code match}; expressions: literals (folded as CPython folds them), names, attributes, single comparisons,
 * {@code and}/{@code or} and calls with positional arguments. Names stored in a function are its fast locals,
 * other names are globals; module names use the NAME instructions.
 */
final class MiniPatternContext implements PatternContext {
    private final CodeBuilder code;
    private final boolean function;
    private final Set<String> locals = new HashSet<>();
    private final String filename;
    private final String source;

    private MiniPatternContext(CodeBuilder code, boolean function, String filename, String source) {
        this.code = code;
        this.function = function;
        this.filename = filename;
        this.source = source;
    }

    /** Compiles every top-level statement: the module's code, then one code object per function (in order). */
    static List<CodeObject> compile(List<Stmt> module, String filename, String source) {
        List<CodeObject> out = new ArrayList<>();
        List<Stmt> top = new ArrayList<>();
        List<Stmt.FunctionDef> functions = new ArrayList<>();
        for (Stmt s : module) {
            if (s instanceof Stmt.FunctionDef f) {
                functions.add(f);
            } else {
                top.add(s);
            }
        }
        MiniPatternContext m = new MiniPatternContext(new CodeBuilder("<module>", "<module>", filename, 1), false,
                filename, source);
        m.statements(top);
        m.code.position(-1, -1, -1, -1).emit(Opcode.RETURN_CONST, m.code.constant(Constants.NONE));
        out.add(m.code.build());
        for (Stmt.FunctionDef f : functions) {
            CodeBuilder b = new CodeBuilder(f.name(), f.name(), filename, f.pos().lineno());
            b.addFlags(CodeObject.CO_OPTIMIZED | CodeObject.CO_NEWLOCALS);
            MiniPatternContext c = new MiniPatternContext(b, true, filename, source);
            for (var a : f.args().args()) {
                b.local(a.arg());
                c.locals.add(a.arg());
            }
            b.argCount(f.args().args().size());
            c.collectStores(f.body());
            c.statements(f.body());
            b.position(-1, -1, -1, -1).emit(Opcode.RETURN_CONST, b.constant(Constants.NONE));
            out.add(b.build());
        }
        return out;
    }

    private void collectStores(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof Stmt.Assign a && a.targets().get(0) instanceof Expr.Name n) {
                locals.add(n.id());
            } else if (s instanceof Stmt.Match m) {
                for (MatchCase c : m.cases()) {
                    collectStores(c.pattern());
                    collectStores(c.body());
                }
            }
        }
    }

    private void collectStores(Pattern p) {
        if (p instanceof Pattern.MatchAs a) {
            if (a.name() != null) {
                locals.add(a.name());
            }
            if (a.pattern() != null) {
                collectStores(a.pattern());
            }
        } else if (p instanceof Pattern.MatchStar s && s.name() != null) {
            locals.add(s.name());
        } else if (p instanceof Pattern.MatchSequence s) {
            s.patterns().forEach(this::collectStores);
        } else if (p instanceof Pattern.MatchOr o) {
            o.patterns().forEach(this::collectStores);
        } else if (p instanceof Pattern.MatchMapping m) {
            m.patterns().forEach(this::collectStores);
            if (m.rest() != null) {
                locals.add(m.rest());
            }
        } else if (p instanceof Pattern.MatchClass c) {
            c.patterns().forEach(this::collectStores);
            c.kwdPatterns().forEach(this::collectStores);
        }
    }

    @Override
    public CodeBuilder code() {
        return code;
    }

    @Override
    public void expression(Expr e) {
        Object literal = PatternCompiler.literal(e);
        if (literal != null) {
            position(e.pos());
            code.emit(Opcode.LOAD_CONST, code.constant(literal));
        } else if (e instanceof Expr.Name n) {
            position(e.pos());
            if (!function) {
                code.emit(Opcode.LOAD_NAME, code.name(n.id()));
            } else if (locals.contains(n.id())) {
                code.emit(Opcode.LOAD_FAST, code.local(n.id()));
            } else {
                code.emit(Opcode.LOAD_GLOBAL, code.name(n.id()));
            }
        } else if (e instanceof Expr.Attribute a) {
            expression(a.value());
            position(e.pos());
            code.emit(Opcode.LOAD_ATTR, code.name(a.attr()));
        } else if (e instanceof Expr.Compare c && c.ops().size() == 1) {
            expression(c.left());
            expression(c.comparators().get(0));
            position(e.pos());
            CmpOp op = c.ops().get(0);
            switch (op) {
                case Is, IsNot -> code.emit(Opcode.IS_OP, op == CmpOp.Is ? 0 : 1);
                case In, NotIn -> code.emit(Opcode.CONTAINS_OP, op == CmpOp.In ? 0 : 1);
                default -> code.emit(Opcode.COMPARE_OP,
                        List.of(CmpOp.Lt, CmpOp.LtE, CmpOp.Eq, CmpOp.NotEq, CmpOp.Gt, CmpOp.GtE).indexOf(op));
            }
        } else if (e instanceof Expr.BoolOp b) {
            CodeBuilder.Label end = code.newLabel();
            for (int i = 0; i < b.values().size(); i++) {
                expression(b.values().get(i));
                if (i < b.values().size() - 1) {
                    position(e.pos());
                    code.emit(b.op() == org.pyvm.ast.BoolOp.And ? Opcode.JUMP_IF_FALSE_OR_POP
                            : Opcode.JUMP_IF_TRUE_OR_POP, end);
                }
            }
            code.bind(end);
        } else if (e instanceof Expr.Call c && c.keywords().isEmpty()) {
            expression(c.func());
            for (Expr a : c.args()) {
                expression(a);
            }
            position(e.pos());
            code.emit(Opcode.CALL, c.args().size());
        } else {
            throw new UnsupportedOperationException("test context: expression " + e);
        }
    }

    @Override
    public void storeName(String name, Pos pos) {
        position(pos);
        if (function) {
            code.emit(Opcode.STORE_FAST, code.local(name));
        } else {
            code.emit(Opcode.STORE_NAME, code.name(name));
        }
    }

    @Override
    public boolean isFastLocal(String name) {
        return function;
    }

    @Override
    public void statements(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof Stmt.Pass) {
                position(s.pos());
                code.emit(Opcode.NOP);
            } else if (s instanceof Stmt.ExprStmt e) {
                expression(e.value());
                position(s.pos());
                code.emit(Opcode.POP_TOP);
            } else if (s instanceof Stmt.Assign a && a.targets().size() == 1
                    && a.targets().get(0) instanceof Expr.Name n) {
                expression(a.value());
                storeName(n.id(), n.pos());
            } else if (s instanceof Stmt.Return r) {
                position(s.pos());
                if (r.value() == null) {
                    code.emit(Opcode.RETURN_CONST, code.constant(Constants.NONE));
                } else {
                    expression(r.value());
                    position(s.pos());
                    code.emit(Opcode.RETURN_VALUE);
                }
            } else if (s instanceof Stmt.Match m) {
                new PatternCompiler(this).compileMatch(m);
            } else {
                throw new UnsupportedOperationException("test context: statement " + s);
            }
        }
    }

    @Override
    public void position(Pos pos) {
        code.position(pos.lineno(), pos.endLineno(), pos.colOffset(), pos.endColOffset());
    }

    @Override
    public PySyntaxError error(String msg, Node node) {
        return SymbolTable.syntaxError(filename, source, msg, ((Positioned) node).pos());
    }
}
