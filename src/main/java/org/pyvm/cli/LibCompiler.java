package org.pyvm.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.pyvm.bytecode.BytecodeWriter;
import org.pyvm.bytecode.CodeObject;
import org.pyvm.bytecode.SourceStamp;
import org.pyvm.compiler.Compiler;
import org.pyvm.parse.PySyntaxError;

/**
 * The build step that ships pyvm's own Python library (src/main/python) inside the jars: every {@code NAME.py}
 * is compiled to {@code OUT/NAME.pyc} and copied beside it (for traceback source lines). Code objects are named
 * {@code <pyvm-lib>/NAME.py}, the import system's name for the library. Run by Maven (exec-maven-plugin) at
 * process-classes: {@code LibCompiler SRC OUT}.
 */
public final class LibCompiler {
    /** The sys.path entry and file-name prefix of the shipped library. */
    public static final String PREFIX = "<pyvm-lib>";

    private LibCompiler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: LibCompiler SRC OUT");
            System.exit(2);
        }
        Path src = Path.of(args[0]);
        Path out = Path.of(args[1]);
        if (!Files.isDirectory(src)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(src)) {
            files = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        int failed = 0;
        for (Path f : files) {
            String rel = src.relativize(f).toString().replace('\\', '/');
            Path target = out.resolve(rel.substring(0, rel.length() - 3) + ".pyc");
            Files.createDirectories(target.getParent());
            try {
                CodeObject co = Compiler.compileFile(Files.readAllBytes(f), PREFIX + "/" + rel);
                BytecodeWriter.write(target, co, SourceStamp.hash(Files.readAllBytes(f), false));
                Files.copy(f, out.resolve(rel), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (PySyntaxError e) {
                System.err.print(e.format());
                failed++;
            }
        }
        if (failed > 0) {
            System.err.println(failed + " library module(s) failed to compile");
            System.exit(1);
        }
    }
}
