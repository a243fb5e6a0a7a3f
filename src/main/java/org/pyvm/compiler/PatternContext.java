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
}
