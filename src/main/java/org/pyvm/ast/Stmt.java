package org.pyvm.ast;

import java.util.List;

/**
 * Statements. All positioned; the last component is {@code Pos pos}.
 * <pre>
 * stmt = FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns,
 *                    string? type_comment, type_param* type_params)
 *      | AsyncFunctionDef(...same fields as FunctionDef...)
 *      | ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list,
 *                 type_param* type_params)
 *      | Return(expr? value) | Delete(expr* targets)
 *      | Assign(expr* targets, expr value, string? type_comment)
 *      | TypeAlias(expr name, type_param* type_params, expr value)
 *      | AugAssign(expr target, operator op, expr value)
 *      | AnnAssign(expr target, expr annotation, expr? value, int simple)
 *      | For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment) | AsyncFor(...same...)
 *      | While(expr test, stmt* body, stmt* orelse) | If(expr test, stmt* body, stmt* orelse)
 *      | With(withitem* items, stmt* body, string? type_comment) | AsyncWith(...same...)
 *      | Match(expr subject, match_case* cases)
 *      | Raise(expr? exc, expr? cause)
 *      | Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody) | TryStar(...same...)
 *      | Assert(expr test, expr? msg)
 *      | Import(alias* names) | ImportFrom(identifier? module, alias* names, int? level)
 *      | Global(identifier* names) | Nonlocal(identifier* names)
 *      | Expr(expr value)          -- Java name ExprStmt, see below
 *      | Pass | Break | Continue
 * </pre>
 * Name clash: CPython's expression statement {@code Expr} would hide the {@link Expr} family inside this file and
 * read ambiguously everywhere else, so its record is {@link ExprStmt}; its CPython (and JSON) name stays "Expr".
 */
public sealed interface Stmt extends Positioned {
    /** {@code def name[typeParams](args) -> returns: body}, with decorators. */
    record FunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decoratorList, Expr returns,
                       String typeComment, List<TypeParam> typeParams, Pos pos) implements Stmt {}

    /** {@code async def ...}: fields as FunctionDef. */
    record AsyncFunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decoratorList, Expr returns,
                            String typeComment, List<TypeParam> typeParams, Pos pos) implements Stmt {}

    /** {@code class name[typeParams](bases, keywords): body}, with decorators. */
    record ClassDef(String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body,
                    List<Expr> decoratorList, List<TypeParam> typeParams, Pos pos) implements Stmt {}

    /** {@code return [value]}. */
    record Return(Expr value, Pos pos) implements Stmt {}

    /** {@code del t1, t2}. */
    record Delete(List<Expr> targets, Pos pos) implements Stmt {}

    /** {@code t1 = t2 = value}: one target per {@code =}. */
    record Assign(List<Expr> targets, Expr value, String typeComment, Pos pos) implements Stmt {}

    /** {@code type name[typeParams] = value}. */
    record TypeAlias(Expr name, List<TypeParam> typeParams, Expr value, Pos pos) implements Stmt {}

    /** {@code target op= value}. */
    record AugAssign(Expr target, Operator op, Expr value, Pos pos) implements Stmt {}

    /** {@code target: annotation [= value]}; simple is 1 for a bare name target not in parentheses, else 0. */
    record AnnAssign(Expr target, Expr annotation, Expr value, int simple, Pos pos) implements Stmt {}

    /** {@code for target in iter: body else: orelse}. */
    record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, String typeComment, Pos pos)
            implements Stmt {}

    /** {@code async for ...}: fields as For. */
    record AsyncFor(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, String typeComment, Pos pos)
            implements Stmt {}

    /** {@code while test: body else: orelse}. */
    record While(Expr test, List<Stmt> body, List<Stmt> orelse, Pos pos) implements Stmt {}

    /** {@code if test: body else: orelse}; an elif is a single If in orelse. */
    record If(Expr test, List<Stmt> body, List<Stmt> orelse, Pos pos) implements Stmt {}

    /** {@code with items: body}. */
    record With(List<WithItem> items, List<Stmt> body, String typeComment, Pos pos) implements Stmt {}

    /** {@code async with items: body}. */
    record AsyncWith(List<WithItem> items, List<Stmt> body, String typeComment, Pos pos) implements Stmt {}

    /** {@code match subject: cases}. */
    record Match(Expr subject, List<MatchCase> cases, Pos pos) implements Stmt {}

    /** {@code raise [exc [from cause]]}. */
    record Raise(Expr exc, Expr cause, Pos pos) implements Stmt {}

    /** {@code try: body except...: handlers else: orelse finally: finalbody}. */
    record Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody, Pos pos)
            implements Stmt {}

    /** {@code try: ... except* ...}: fields as Try. */
    record TryStar(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
                   Pos pos) implements Stmt {}

    /** {@code assert test[, msg]}. */
    record Assert(Expr test, Expr msg, Pos pos) implements Stmt {}

    /** {@code import a.b as c, d}. */
    record Import(List<Alias> names, Pos pos) implements Stmt {}

    /** {@code from ..module import names}; level counts the dots (0 for an absolute import; CPython always sets it). */
    record ImportFrom(String module, List<Alias> names, Integer level, Pos pos) implements Stmt {}

    /** {@code global a, b}. */
    record Global(List<String> names, Pos pos) implements Stmt {}

    /** {@code nonlocal a, b}. */
    record Nonlocal(List<String> names, Pos pos) implements Stmt {}

    /** An expression used as a statement: CPython's {@code Expr} statement (renamed, see the interface doc). */
    record ExprStmt(Expr value, Pos pos) implements Stmt {}

    /** {@code pass}. */
    record Pass(Pos pos) implements Stmt {}

    /** {@code break}. */
    record Break(Pos pos) implements Stmt {}

    /** {@code continue}. */
    record Continue(Pos pos) implements Stmt {}
}
