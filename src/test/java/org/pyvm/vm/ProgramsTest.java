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

    /** testdata/programs/known_failures.txt: program (relative to testdata/programs) to the reason it fails. */
    static java.util.Map<String, String> knownFailures() throws IOException {
        java.util.Map<String, String> m = new java.util.TreeMap<>();
        for (String line : Files.readAllLines(root().resolve("testdata/programs/known_failures.txt"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.strip().split("\\s+", 2);
                m.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        return m;
    }

    /**
     * Checks a run against the goldens; a known failure must still fail (it is then skipped with its reason), so
     * the list is kept exact.
     */
    static void checkOrKnown(Path p, Run r, java.util.Map<String, String> known) throws IOException {
        String rel = root().resolve("testdata/programs").relativize(p).toString();
        String reason = known.get(rel);
        if (reason == null) {
            check(p, r);
            return;
        }
        boolean passes;
        try {
            check(p, r);
            passes = true;
        } catch (AssertionError e) {
            passes = false;
        }
        org.junit.jupiter.api.Assertions.assertFalse(passes, rel + " passes now: remove it from known_failures.txt");
        org.junit.jupiter.api.Assumptions.abort("known failure: " + reason);
    }

    @TestFactory
    Stream<DynamicTest> fromSource() throws IOException {
        java.util.Map<String, String> known = knownFailures();
        return programs().stream().map(p -> DynamicTest.dynamicTest(root().relativize(p).toString(),
                () -> checkOrKnown(p, run(p, false), known)));
    }
}
