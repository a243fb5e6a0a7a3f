package org.pyvm.ast;

/**
 * One imported name: {@code name as asname} (name may be dotted, or {@code *}). Positioned.
 * <pre>
 * alias = (identifier name, identifier? asname)
 * </pre>
 */
public record Alias(String name, String asname, Pos pos) implements Positioned {}
