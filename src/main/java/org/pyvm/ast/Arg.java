package org.pyvm.ast;

/**
 * One parameter: {@code arg: annotation}. Positioned.
 * <pre>
 * arg = (identifier arg, expr? annotation, string? type_comment)
 * </pre>
 */
public record Arg(String arg, Expr annotation, String typeComment, Pos pos) implements Positioned {}
