package org.pyvm.ast;

/**
 * A {@code # type: ignore[tag]} comment, collected in {@code Mod.Module.typeIgnores} only when type comments are
 * requested. Not positioned: lineno is a plain field.
 * <pre>
 * type_ignore = TypeIgnore(int lineno, string tag)
 * </pre>
 * Like {@link ExceptHandler}, a one-constructor family written as a single record.
 */
public record TypeIgnore(int lineno, String tag) implements Node {}
