package org.pyvm.ast;

/**
 * A source span as CPython's AST records it: 1-based lines, 0-based columns counted in UTF-8 bytes of the line
 * (not characters), the end exclusive.
 *
 * @param lineno       first line, 1-based
 * @param colOffset    UTF-8 byte offset of the first character in line {@code lineno}
 * @param endLineno    last line, 1-based
 * @param endColOffset UTF-8 byte offset just past the last character in line {@code endLineno}
 */
public record Pos(int lineno, int colOffset, int endLineno, int endColOffset) {

    /** The span from the start of {@code first} to the end of {@code last}. */
    public static Pos span(Pos first, Pos last) {
        return new Pos(first.lineno, first.colOffset, last.endLineno, last.endColOffset);
    }
}
