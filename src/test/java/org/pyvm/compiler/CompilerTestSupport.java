package org.pyvm.compiler;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.pyvm.bytecode.BadBytecodeException;
import org.pyvm.bytecode.CodeObject;
import org.pyvm.bytecode.Verifier;
import org.pyvm.parse.PySyntaxError;

/** Compiling snippets in tests: every code object produced is run through the {@link Verifier}. */
final class CompilerTestSupport {
    private CompilerTestSupport() {
    }

    /** The project root: system property {@code pyvm.root} (set by surefire), else the working directory. */
    static Path root() {
        String root = System.getProperty("pyvm.root");
        return Paths.get(root == null || root.isEmpty() ? "" : root).toAbsolutePath();
    }

    /** Compiles and verifies {@code src} as module {@code t.py}. */
    static CodeObject compile(String src) {
        CodeObject co = Compiler.compileFile(src.getBytes(StandardCharsets.UTF_8), "t.py");
        verify(co, "t.py");
        return co;
    }

    static void verify(CodeObject co, String name) {
        try {
            Verifier.verify(co, name);
        } catch (BadBytecodeException e) {
            throw new AssertionError("verifier rejected the compiler's output: " + e.getMessage(), e);
        }
    }

    /** The SyntaxError compiling {@code src} raises. */
    static PySyntaxError error(String src) {
        return assertThrows(PySyntaxError.class,
                () -> Compiler.compileFile(src.getBytes(StandardCharsets.UTF_8), "t.py"));
    }

    /** The first nested code object (depth-first, in constant order) with this qualname. */
    static CodeObject find(CodeObject co, String qualname) {
        if (co.qualname.equals(qualname)) {
            return co;
        }
        for (Object k : co.consts) {
            if (k instanceof CodeObject c) {
                CodeObject f = find(c, qualname);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    /** Whether {@code e} is the placeholder raised until PatternCompiler is merged. */
    static boolean matchPending(PySyntaxError e) {
        return e.msg().equals("match statements are not supported yet");
    }
}
