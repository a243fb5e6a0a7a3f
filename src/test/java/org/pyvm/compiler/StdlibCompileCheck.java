package org.pyvm.compiler;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.pyvm.bytecode.BadBytecodeException;
import org.pyvm.bytecode.CodeObject;
import org.pyvm.bytecode.Verifier;
import org.pyvm.parse.PySyntaxError;

/**
 * Compiles every {@code .py} file under a directory and verifies every code object: the whole-library check of
 * the compiler ({@code StdlibCompileTest} runs it on CPython's standard library when it is installed).
 *
 * <p>Command line: {@code StdlibCompileCheck DIR [MAX_FAILURES_SHOWN]}; prints one line per failure, then the counts.
 */
public final class StdlibCompileCheck {
    /** The outcome of one file. */
    public record Result(Path file, String error, boolean syntaxError) {
    }

    private StdlibCompileCheck() {
    }

    /** Every .py file under root, sorted. */
    public static List<Path> pythonFiles(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p)).sorted().toList();
        }
    }

    /** Compiles and verifies one file: null when both succeed. */
    public static Result check(Path file) {
        try {
            byte[] src = Files.readAllBytes(file);
            CodeObject co = Compiler.compileFile(src, file.toString());
            Verifier.verify(co, file.toString());
            return null;
        } catch (PySyntaxError e) {
            return new Result(file, e.kind() + ": " + e.msg() + " (line " + e.lineno() + ", offset " + e.offset()
                    + ")", true);
        } catch (BadBytecodeException e) {
            return new Result(file, "verifier: " + e.getMessage(), false);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return new Result(file, "crash: " + e, false);
        }
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        int show = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        List<Result> failures = new ArrayList<>();
        List<Path> files = pythonFiles(root);
        long t0 = System.nanoTime();
        for (Path f : files) {
            Result r = check(f);
            if (r != null) {
                failures.add(r);
                if (failures.size() <= show) {
                    System.out.println(root.relativize(f) + "\t" + r.error());
                }
            }
        }
        System.out.printf("%d files, %d failed (%d SyntaxError), %.1f s%n", files.size(), failures.size(),
                failures.stream().filter(Result::syntaxError).count(), (System.nanoTime() - t0) / 1e9);
    }
}
