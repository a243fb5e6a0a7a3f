package org.pyvm.ast;

import java.util.List;

/**
 * The root of a parse, one kind per compile mode.
 * <pre>
 * mod = Module(stmt* body, type_ignore* type_ignores)   -- mode 'exec': a file
 *     | Interactive(stmt* body)                          -- mode 'single': one interactive statement
 *     | Expression(expr body)                            -- mode 'eval'
 *     | FunctionType(expr* argtypes, expr returns)       -- mode 'func_type': a "(int, str) -> bool" comment
 * </pre>
 * Not positioned. {@code Mod.Module} is written qualified: a bare {@code Module} is {@code java.lang.Module}.
 */
public sealed interface Mod extends Node {
    /** A whole file. */
    record Module(List<Stmt> body, List<TypeIgnore> typeIgnores) implements Mod {}

    /** One statement typed at the interactive prompt. */
    record Interactive(List<Stmt> body) implements Mod {}

    /** A single expression ({@code eval}). */
    record Expression(Expr body) implements Mod {}

    /** A function type comment: argument types and return type. */
    record FunctionType(List<Expr> argtypes, Expr returns) implements Mod {}
}
