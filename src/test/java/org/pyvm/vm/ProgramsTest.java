package org.pyvm.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.pyvm.modules.SysModule;

/**
 * Every program of testdata/programs, run from source in this process, against CPython 3.12's stdout, stderr
 * (tracebacks with the program's folder removed, as tools/gen-program-goldens writes them) and exit status.
 */
class ProgramsTest {
    static Path root() {
        return Path.of(System.getProperty("pyvm.root", ".")).toAbsolutePath().normalize();
    }

    /** The programs, sorted by path. */
    static List<Path> programs() throws IOException {
        try (Stream<Path> s = Files.walk(root().resolve("testdata/programs"))) {
            return s.filter(p -> p.toString().endsWith(".py") && !p.toString().contains("__pycache__")
                    && Files.exists(Path.of(p.toString().replaceAll("\\.py$", ".out")))).sorted().toList();
        }
    }

    /** Result of one run. */
    record Run(String out, String err, int status) {
    }

    /** Runs a program file in this process (a fresh interpreter), its folder removed from the error output. */
    static Run run(Path program, boolean noCompiler) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Runtime.reset();
        Launcher.Options opt = new Launcher.Options();
        opt.streams = new SysModule.Streams(new ByteArrayInputStream(new byte[0]), out, err);
        opt.dontWriteBytecode = true;
        opt.noCompiler = noCompiler;
        opt.shownName = program.getFileName().toString();
        java.util.Timer timer = new java.util.Timer(true);
        timer.schedule(new java.util.TimerTask() {
            @Override
            public void run() {
                ThreadState.current().interrupted = true;
            }
        }, 20_000);
        int status;
        try {
            status = Launcher.runFile(program.toString(), List.of(), opt);
        } finally {
            timer.cancel();
            Runtime.reset();
        }
        String dir = program.getParent().toString() + "/";
        return new Run(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8).replace(dir, ""),
                status);
    }

    static String read(Path p) throws IOException {
        return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
    }

    static void check(Path program, Run r) throws IOException {
        String base = program.toString().replaceAll("\\.py$", "");
        String expectedStatus = read(Path.of(base + ".status")).strip();
        int status = expectedStatus.isEmpty() ? 0 : Integer.parseInt(expectedStatus);
        assertEquals(read(Path.of(base + ".out")), r.out(), "stdout of " + program.getFileName());
        assertEquals(read(Path.of(base + ".err")), r.err(), "stderr of " + program.getFileName());
        assertEquals(status, r.status(), "exit status of " + program.getFileName());
    }

    @TestFactory
    Stream<DynamicTest> fromSource() throws IOException {
        return programs().stream().map(p -> DynamicTest.dynamicTest(root().relativize(p).toString(),
                () -> check(p, run(p, false))));
    }
}
