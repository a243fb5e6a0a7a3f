package org.pyvm.compiler;

import org.pyvm.bytecode.CodeObject;
import org.pyvm.bytecode.SourceCompiler;
import org.pyvm.parse.PySyntaxError;

/** The compiler as the VM finds it through {@link java.util.ServiceLoader} (see META-INF/services). */
public final class CompilerService implements SourceCompiler {
    @Override
    public CodeObject compile(byte[] source, String filename) throws SourceError {
        try {
            return Compiler.compileFile(source, filename);
        } catch (PySyntaxError e) {
            throw error(e);
        }
    }

    @Override
    public CodeObject compileMode(String source, String filename, String mode) throws SourceError {
        try {
            return Compiler.compileString(source, filename, mode);
        } catch (PySyntaxError e) {
            throw error(e);
        }
    }

    @Override
    public int[] caretAnchors(String segment) {
        org.pyvm.ast.Mod.Module m;
        try {
            m = org.pyvm.parse.FrontEnd.parseString(segment, "<segment>");
        } catch (PySyntaxError e) {
            return null;
        }
        if (m.body().size() != 1 || !(m.body().get(0) instanceof org.pyvm.ast.Stmt.ExprStmt st)) {
            return null;
        }
        byte[] bytes = segment.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (st.value() instanceof org.pyvm.ast.Expr.BinOp b) {
            int opStart = chars(bytes, b.left().pos().endColOffset());
            int opEnd = chars(bytes, b.right().pos().colOffset());
            String opStr = segment.substring(opStart, Math.max(opStart, opEnd));
            int opOffset = opStr.length() - opStr.stripLeading().length();
            int left = b.left().pos().endColOffset() + opOffset;
            int right = left + 1;
            if (opOffset + 1 < opStr.length() && !Character.isWhitespace(opStr.charAt(opOffset + 1))) {
                right++;
            }
            while (left < segment.length() && (Character.isWhitespace(segment.charAt(left))
                    || segment.charAt(left) == ')' || segment.charAt(left) == '#')) {
                left++;
                right++;
            }
            return new int[] {chars(bytes, left), chars(bytes, right)};
        }
        if (st.value() instanceof org.pyvm.ast.Expr.Subscript sub) {
            int left = chars(bytes, sub.value().pos().endColOffset());
            int right = chars(bytes, sub.slice().pos().endColOffset() + 1);
            while (left < segment.length() && segment.charAt(left) != '[') {
                left++;
            }
            while (right < segment.length() && segment.charAt(right) != ']') {
                right++;
            }
            if (right < segment.length()) {
                right++;
            }
            return new int[] {left, right};
        }
        return null;
    }

    /** The character offset of a UTF-8 byte offset (CPython's _byte_offset_to_character_offset). */
    private static int chars(byte[] bytes, int byteOffset) {
        int n = Math.max(0, Math.min(byteOffset, bytes.length));
        return new String(bytes, 0, n, java.nio.charset.StandardCharsets.UTF_8).length();
    }

    private static SourceError error(PySyntaxError e) {
        SourceError err = new SourceError(e.kind() + ": " + e.msg(), e.format());
        err.kind = e.kind().toString();
        err.msg = e.msg();
        err.filename = e.filename();
        err.lineno = e.lineno();
        err.offset = e.offset();
        err.endLineno = e.endLineno();
        err.endOffset = e.endOffset();
        err.text = e.text();
        return err;
    }
}
