package org.pyvm.compiler;

import java.util.List;

import org.pyvm.ast.Expr;
import org.pyvm.ast.Node;
import org.pyvm.ast.Pos;
import org.pyvm.ast.Stmt;
import org.pyvm.bytecode.CodeBuilder;
import org.pyvm.parse.PySyntaxError;

/**
 * What {@link PatternCompiler} (match statements) needs from the code generator of the enclosing scope. The code
 * generator implements it; the pattern compiler never emits code for anything but patterns itself.
 */
interface PatternContext {
    /** The code object being built. */
    CodeBuilder code();

    /** Emits code that evaluates {@code e} and pushes its value. */
    void expression(Expr e);

    /** Emits code that pops the top of the stack into {@code name}, resolved (and mangled) as the scope says. */
    void storeName(String name, Pos pos);

    /** Emits the statements of a block (a case body). */
    void statements(List<Stmt> body);

    /** Sets the source position of the instructions emitted next. */
    void position(Pos pos);

    /** A compile-stage SyntaxError located at {@code node}, in CPython's format. */
    PySyntaxError error(String msg, Node node);

    /**
     * CPython's {@code compiler_jump_if} (used for guards): emits code that evaluates {@code e} and jumps (forward)
     * to {@code target} when its truth equals {@code cond}, short-circuiting {@code and}/{@code or}/{@code not}
     * and comparison chains without computing their value. The default evaluates {@code e} and tests it, which is
     * correct but calls {@code __bool__} twice on an {@code and}/{@code or} operand; the code generator should
     * override it with its own.
     */
    default void jumpIf(Pos loc, Expr e, CodeBuilder.Label target, boolean cond) {
        expression(e);
        position(e.pos());
        code().emit(cond ? org.pyvm.bytecode.Opcode.POP_JUMP_IF_TRUE : org.pyvm.bytecode.Opcode.POP_JUMP_IF_FALSE,
                target);
    }

    /**
     * Whether {@link #storeName} stores {@code name} with a single STORE_FAST. Lets the pattern compiler reorder
     * stores instead of emitting SWAPs, as CPython's flow-graph optimizer does (only for STORE_FAST). The default,
     * false, is always correct.
     */
    default boolean isFastLocal(String name) {
        return false;
    }
}
