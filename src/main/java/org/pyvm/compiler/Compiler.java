package org.pyvm.compiler;

import org.pyvm.ast.Mod;
import org.pyvm.bytecode.CodeObject;
import org.pyvm.parse.FrontEnd;
import org.pyvm.parse.PySyntaxError;
import org.pyvm.parse.SourceText;

/**
 * The compiler's one entry point: a module's AST (or its source bytes) to its code object, as CPython's
 * {@code compile(source, filename, "exec")} does: future statements, the symbol table and its checks
 * ({@link SymbolTable#analyze}), then code generation ({@link CodeGenerator}).
 *
 * <p>Every failure a user can cause is a {@link PySyntaxError} with CPython's message and position; anything else
 * thrown is a compiler bug. Work runs on a thread with a deep stack (deeply nested expressions recurse deeply).
 */
public final class Compiler {
    private Compiler() {
    }

    /**
     * Compiles a parsed module.
     *
     * @param src the module's decoded source (for the file name and the text of SyntaxErrors)
     * @throws PySyntaxError a compile-stage SyntaxError
     */
    public static CodeObject compile(Mod.Module module, SourceText src) {
        String filename = src.filename();
        String text = src.text();
        return FrontEnd.onParserThread(() -> {
            SymbolTable table = SymbolTable.analyze(module, filename, text);
            return CodeGenerator.compileModule(module, table, text);
        });
    }

    /**
     * Compiles source text for {@code compile()}, {@code exec()} and {@code eval()}: mode "exec" (a module),
     * "eval" (one expression whose value the code returns) or "single" (as exec).
     *
     * @throws PySyntaxError a syntax error of any stage
     */
    public static CodeObject compileString(String text, String filename, String mode) {
        SourceText src = SourceText.of(text, filename);
        return FrontEnd.onParserThread(() -> {
            Mod.Module module = FrontEnd.parse(src);
            if (mode.equals("eval")) {
                if (module.body().size() != 1 || !(module.body().get(0) instanceof org.pyvm.ast.Stmt.ExprStmt)) {
                    int line = module.body().isEmpty() ? 1 : module.body().get(0).pos().lineno();
                    throw new PySyntaxError(PySyntaxError.Kind.SyntaxError, "invalid syntax", filename, line, 1, 0, 0,
                            null);
                }
                SymbolTable table = SymbolTable.analyze(module, filename, text);
                return CodeGenerator.compileExpression(module, table, text);
            }
            return compile(module, src);
        });
    }

    /**
     * Decodes, parses and compiles a source file.
     *
     * @throws PySyntaxError a syntax error of any stage
     */
    public static CodeObject compileFile(byte[] source, String filename) {
        SourceText src = SourceText.decode(source, filename);
        return FrontEnd.onParserThread(() -> compile(FrontEnd.parse(src), src));
    }
}
