package org.pyvm.ast;

import java.util.List;

/**
 * One {@code for target in iter if cond1 if cond2} clause of a comprehension. Not positioned.
 * <pre>
 * comprehension = (expr target, expr iter, expr* ifs, int is_async)   -- isAsync 1 for "async for", else 0
 * </pre>
 */
public record Comprehension(Expr target, Expr iter, List<Expr> ifs, int isAsync) implements Node {}
