package org.pyvm.ast;

/**
 * One {@code context_expr as optional_vars} item of a with statement. Not positioned.
 * <pre>
 * withitem = (expr context_expr, expr? optional_vars)
 * </pre>
 */
public record WithItem(Expr contextExpr, Expr optionalVars) implements Node {}
