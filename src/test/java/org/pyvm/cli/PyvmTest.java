package org.pyvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pyvm dis} as a user runs it, on source and on compiled files, and its errors. */
class PyvmTest {
    @TempDir
    Path tmp;

    private String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Pyvm.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {String.valueOf(status), out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void disOfSourceAndOfItsCompiledFileAgree() throws IOException {
        Path src = tmp.resolve("m.py");
        Files.writeString(src, "x = 1\nprint(x)\n");
        String[] fromSource = run("dis", src.toString());
        assertEquals("0", fromSource[0], fromSource[2]);
        assertEquals("  1           0 LOAD_CONST               0 (1)\n"
                + "              1 STORE_NAME               0 (x)\n\n"
                + "  2           2 LOAD_NAME                1 (print)\n"
                + "              3 LOAD_NAME                0 (x)\n"
                + "              4 CALL                     1\n"
                + "              5 POP_TOP\n"
                + "              6 RETURN_CONST             1 (None)\n", fromSource[1]);
        Path pyc = tmp.resolve("m.pyc");
        assertEquals(0, PycCompile.run(new String[] {"-q", "-o", pyc.toString(), src.toString()}, System.out,
                System.err));
        String[] fromFile = run("dis", pyc.toString());
        assertEquals("0", fromFile[0], fromFile[2]);
        assertEquals(fromSource[1], fromFile[1]);
    }

    @Test
    void errors() throws IOException {
        String[] missing = run("dis", tmp.resolve("nope.py").toString());
        assertEquals("2", missing[0]);
        assertEquals("pyvm: can't open file '" + tmp.resolve("nope.py") + "': [Errno 2] No such file or directory\n",
                missing[2]);
        Path bad = tmp.resolve("bad.pyc");
        Files.write(bad, new byte[] {1, 2, 3});
        String[] corrupt = run("dis", bad.toString());
        assertEquals("1", corrupt[0]);
        assertTrue(corrupt[2].startsWith("pyvm: " + bad + ": "), corrupt[2]);
        assertEquals(1, corrupt[2].split("\n").length, corrupt[2]);
        Path syntax = tmp.resolve("s.py");
        Files.writeString(syntax, "x = = 1\n");
        String[] se = run("dis", syntax.toString());
        assertEquals("1", se[0]);
        assertEquals("  File \"" + syntax + "\", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n", se[2]);
        String[] runSe = run("run", syntax.toString());
        assertEquals("1", runSe[0]);
        assertEquals(se[2].replace("\"" + syntax + "\"", "\"" + syntax + "\""), runSe[2]);
        String[] runMissing = run(tmp.resolve("nope.py").toString());
        assertEquals("2", runMissing[0]);
        assertEquals(missing[2], runMissing[2]);
        String[] runCorrupt = run("run", bad.toString());
        assertEquals(corrupt[0], runCorrupt[0]);
        assertEquals(corrupt[2], runCorrupt[2]);
    }

    @Test
    void runsProgramsWithArgvAndExitStatus() throws IOException {
        Path src = tmp.resolve("a.py");
        Files.writeString(src, "import sys\nprint(sys.argv[1:], __name__)\nsys.exit(int(sys.argv[1]))\n");
        String[] r = run("-B", src.toString(), "3", "x");
        assertEquals("3", r[0], r[2]);
        assertEquals("['3', 'x'] __main__\n", r[1]);
        assertEquals("", r[2]);
        String[] c = run("-c", "import sys; print(sys.argv); sys.exit('bye')", "p");
        assertEquals("1", c[0]);
        assertEquals("['-c', 'p']\n", c[1]);
        assertEquals("bye\n", c[2]);
        String[] usage = run("-c");
        assertEquals("2", usage[0]);
    }

    @Test
    void uncaughtExceptionsPrintCpythonsTraceback() throws IOException {
        Path src = tmp.resolve("t.py");
        Files.writeString(src, "def f(d):\n    return d['k'] + 1\nf({'k': 'a'})\n");
        String[] r = run("-B", src.toString());
        assertEquals("1", r[0]);
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"" + src + "\", line 3, in <module>\n"
                + "    f({'k': 'a'})\n"
                + "  File \"" + src + "\", line 2, in f\n"
                + "    return d['k'] + 1\n"
                + "           ~~~~~~~^~~\n"
                + "TypeError: can only concatenate str (not \"int\") to str\n", r[2]);
    }

    @Test
    void traceShowsEachInstruction() {
        String[] r = run("--trace", "-c", "x = 1\ny = x + 2");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[2].contains("<module>:2") && r[2].contains("BINARY_OP") && r[2].contains("TOS=2"), r[2]);
    }

    @Test
    void deepRecursionIsARecursionError() {
        String[] r = run("-c", "def f(n): return f(n + 1)\nf(0)");
        assertEquals("1", r[0]);
        assertTrue(r[2].endsWith("  [Previous line repeated 996 more times]\n"
                + "RecursionError: maximum recursion depth exceeded\n"), r[2]);
    }
}
