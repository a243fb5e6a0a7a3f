package org.pyvm.ast;

/**
 * A node of the typed AST: the Java image of CPython 3.12's {@code ast} module (Parser/Python.asdl).
 *
 * <p>One file per ASDL type ("family"). A sum type is a sealed interface whose records are named exactly as
 * CPython's classes ({@code Stmt.FunctionDef}, {@code Expr.BinOp}); a product type is a single record
 * ({@code Arguments}, {@code Keyword}); a sum of bare constructors (contexts, operators) is an enum whose constants
 * are named as CPython's classes ({@code ExprContext.Load}, {@code Operator.Add}).
 *
 * <p>Contract of every record:
 * <ul>
 *   <li>components are CPython's {@code _fields} in order, camelCased ({@code decorator_list} becomes
 *       {@code decoratorList}); a positioned node (see {@link Positioned}) ends with {@code Pos pos};
 *   <li>a list field ({@code T*}) is a {@link java.util.List}, never null ({@code List.of()} when empty); its
 *       elements are non-null except where CPython puts None: {@code Expr.Dict.keys} ({@code **m} entries) and
 *       {@code Arguments.kwDefaults} (keyword-only parameters without default);
 *   <li>an optional field ({@code T?}) is null when absent; {@code int} fields are Java {@code int}
 *       ({@code Integer} for the optional {@code ImportFrom.level});
 *   <li>nodes are immutable values: {@code equals} compares whole trees, positions included.
 * </ul>
 *
 * <p>Java names that differ from CPython's, because Java cannot express the clash:
 * <ul>
 *   <li>the expression statement {@code Expr} is {@link Stmt.ExprStmt} (JSON {@code "_type": "Expr"});
 *   <li>product types are Java-cased: {@link Comprehension} (comprehension), {@link Arguments} (arguments),
 *       {@link Arg} (arg), {@link Keyword} (keyword), {@link Alias} (alias), {@link WithItem} (withitem),
 *       {@link MatchCase} (match_case); the one-constructor sums {@code excepthandler = ExceptHandler(...)} and
 *       {@code type_ignore = TypeIgnore(...)} are the single records {@link ExceptHandler} and {@link TypeIgnore}.
 * </ul>
 * {@link AstJson#typeName(Node)} gives CPython's class name of any node.
 */
public sealed interface Node
        permits Positioned, Mod, ExprContext, BoolOp, Operator, UnaryOp, CmpOp,
                Comprehension, Arguments, WithItem, MatchCase, TypeIgnore {
}
