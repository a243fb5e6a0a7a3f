package org.pyvm.ast;

/**
 * A keyword argument {@code arg=value} of a call or class definition; arg null for {@code **value}. Positioned.
 * <pre>
 * keyword = (identifier? arg, expr value)
 * </pre>
 */
public record Keyword(String arg, Expr value, Pos pos) implements Positioned {}
