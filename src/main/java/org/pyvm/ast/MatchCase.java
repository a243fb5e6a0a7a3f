package org.pyvm.ast;

import java.util.List;

/**
 * One {@code case pattern if guard: body} of a match statement. Not positioned.
 * <pre>
 * match_case = (pattern pattern, expr? guard, stmt* body)
 * </pre>
 */
public record MatchCase(Pattern pattern, Expr guard, List<Stmt> body) implements Node {}
