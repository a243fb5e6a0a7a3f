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
