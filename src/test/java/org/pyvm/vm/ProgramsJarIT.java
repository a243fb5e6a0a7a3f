package org.pyvm.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.pyvm.bytecode.BytecodeFormat;
import org.pyvm.bytecode.BytecodeWriter;
import org.pyvm.bytecode.CodeObject;
import org.pyvm.bytecode.SourceStamp;
import org.pyvm.compiler.Compiler;
import org.pyvm.parse.PySyntaxError;

/**
 * Every program of testdata/programs compiled to a bytecode file first, then run by {@code java -jar
 * target/pyvm.jar} alone (no compiler, ANTLR or Jackson on its class path): the program's source is copied to a
 * scratch folder beside its compiled cache ({@code __pycache__/NAME.pyvm-1.pyc}), as a user deploys a program
 * compiled by pyc-compile, and its stdout, stderr and exit status must be CPython's.
 */
class ProgramsJarIT {
    @TempDir
    static Path scratch;

    private static final List<Path> PROGRAMS = new ArrayList<>();
    private static final java.util.regex.Pattern NEEDS_COMPILER =
            java.util.regex.Pattern.compile("\\b(exec|eval|compile)\\(");
    private static final List<Future<ProgramsTest.Run>> RUNS = new ArrayList<>();

    static Path jar() {
        return Path.of(System.getProperty("pyvm.jar", "target/pyvm.jar"));
    }

    static ProgramsTest.Run runJar(Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m", "-jar", jar().toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().remove("PYTHONPATH");
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Path out = Files.createTempFile(scratch, "out", ".txt");
        Path err = Files.createTempFile(scratch, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new ProgramsTest.Run("", "TIMEOUT", -1);
        }
        // the main script's file name is absolute (as CPython's); the goldens have the program's folder removed
        return new ProgramsTest.Run(Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8).replace(dir.toAbsolutePath() + "/", ""), p.exitValue());
    }

    @BeforeAll
    static void compileAndRunAll() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int k = 0;
        for (Path p : ProgramsTest.programs()) {
            Path dir = scratch.resolve("p" + k++);
            Files.createDirectories(dir);
            String name = p.getFileName().toString();
            Path copy = dir.resolve(name);
            Files.copy(p, copy);
            copyModules(p.getParent().resolve("modules"), dir.resolve("modules"));
            PROGRAMS.add(p);
            CodeObject co;
            try {
                co = Compiler.compileFile(Files.readAllBytes(copy), name);
            } catch (PySyntaxError e) {
                // a program that does not compile fails at the compile step, with CPython's display
                RUNS.add(java.util.concurrent.CompletableFuture.completedFuture(
                        new ProgramsTest.Run("", e.format(), 1)));
                continue;
            }
            BytecodeWriter.write(BytecodeFormat.cachePath(copy), co, SourceStamp.of(copy));
            RUNS.add(pool.submit(() -> runJar(dir, name)));
        }
        pool.shutdown();
    }

    /** A program's importable modules (its folder's {@code modules} package), copied and compiled beside it. */
    private static void copyModules(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (java.util.stream.Stream<Path> s = Files.walk(from)) {
            for (Path f : s.filter(q -> q.toString().endsWith(".py")).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
                try {
                    CodeObject co = Compiler.compileFile(Files.readAllBytes(target), target.toString());
                    BytecodeWriter.write(BytecodeFormat.cachePath(target), co, SourceStamp.of(target));
                } catch (PySyntaxError e) {
                    // a module with a syntax error stays uncompiled: importing it reports that
                }
            }
        }
    }

    @TestFactory
    List<DynamicTest> compiledThenRunWithVmJarAlone() throws IOException {
        java.util.Map<String, String> known = ProgramsTest.knownFailures();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < PROGRAMS.size(); i++) {
            Path p = PROGRAMS.get(i);
            Future<ProgramsTest.Run> run = RUNS.get(i);
            tests.add(DynamicTest.dynamicTest(ProgramsTest.root().relativize(p).toString(), () -> {
                // exec(), eval() and compile() need the compiler, which pyvm.jar does not have (by design)
                org.junit.jupiter.api.Assumptions.assumeFalse(NEEDS_COMPILER.matcher(Files.readString(p)).find(),
                        "uses exec/eval/compile");
                ProgramsTest.checkOrKnown(p, run.get(), known);
            }));
        }
        return tests;
    }

    @Test
    void sourceWithoutCacheNeedsTheCompiler() throws Exception {
        Path dir = Files.createDirectories(scratch.resolve("nocache"));
        Files.writeString(dir.resolve("x.py"), "print(1)\n");
        ProgramsTest.Run r = runJar(dir, "x.py");
        assertEquals(2, r.status());
        assertEquals("pyvm: x.py: a .py file must be compiled first (pyc-compile); this pyvm has no compiler\n",
                r.err());
    }

    @Test
    void vmJarHoldsNoToolchain() throws IOException {
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(jar().toFile())) {
            List<String> bad = z.stream().map(java.util.zip.ZipEntry::getName)
                    .filter(n -> n.endsWith(".class") && !(n.startsWith("org/pyvm/vm/")
                            || n.startsWith("org/pyvm/objects/") || n.startsWith("org/pyvm/modules/")
                            || n.startsWith("org/pyvm/bytecode/") || n.startsWith("org/pyvm/cli/Pyvm")))
                    .toList();
            assertEquals(List.of(), bad);
            assertTrue(z.getEntry("org/pyvm/vm/Interpreter.class") != null);
        }
    }
}
