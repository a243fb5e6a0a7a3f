package org.pyvm.ast;

/**
 * A node with a source position (CPython's {@code _attributes}: lineno, col_offset, end_lineno, end_col_offset):
 * every statement, expression, pattern, type parameter, except handler, arg, keyword and alias.
 */
public sealed interface Positioned extends Node
        permits Stmt, Expr, Pattern, TypeParam, ExceptHandler, Arg, Keyword, Alias {
    /** Where the node is in the source. */
    Pos pos();
}
