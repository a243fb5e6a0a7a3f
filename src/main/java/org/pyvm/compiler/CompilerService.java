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
            throw new SourceError(e.kind() + ": " + e.msg(), e.format());
        }
    }
}
