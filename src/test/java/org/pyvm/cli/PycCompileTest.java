package org.pyvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pyc-compile command as a user runs it: output layout, error reporting, exit status. */
class PycCompileTest {
    @TempDir
    Path tmp;

    private record Result(int status, String out, String err) {
    }

    private Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = PycCompile.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path write(String rel, String text) throws IOException {
        Path p = tmp.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void directoryTreeMapsToJsonTree() throws IOException {
        write("src/a.py", "x = 1\n");
        write("src/pkg/b.py", "y = 2\n");
        write("src/pkg/notes.txt", "not python\n");
        Path out = tmp.resolve("out");
        Result r = run("--emit", "ast-json", "-o", out.toString(), tmp.resolve("src").toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.isRegularFile(out.resolve("a.json")));
        assertTrue(Files.isRegularFile(out.resolve("pkg/b.json")));
        assertFalse(Files.exists(out.resolve("pkg/notes.json")));
        // The JSON is CPython's ast for `y = 2` in the project's convention.
        assertEquals("{\"_type\":\"Module\",\"body\":[{\"_type\":\"Assign\",\"targets\":[{\"_type\":\"Name\",\"id\":\"y\","
                + "\"ctx\":{\"_type\":\"Store\"},\"lineno\":1,\"col_offset\":0,\"end_lineno\":1,\"end_col_offset\":1}],"
                + "\"value\":{\"_type\":\"Constant\",\"value\":{\"int\":\"2\"},\"kind\":null,\"lineno\":1,\"col_offset\":4,"
                + "\"end_lineno\":1,\"end_col_offset\":5},\"type_comment\":null,\"lineno\":1,\"col_offset\":0,"
                + "\"end_lineno\":1,\"end_col_offset\":5}],\"type_ignores\":[]}\n",
                Files.readString(out.resolve("pkg/b.json")));
    }

    @Test
    void fileArgumentGoesToOutRootAndNoTemporaryFilesRemain() throws IOException {
        Path src = write("deep/dir/c.py", "pass\n");
        Path out = tmp.resolve("out");
        assertEquals(0, run("--emit", "ast-json", "-o", out.toString(), src.toString()).status());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(out.resolve("c.json")), files.toList());
        }
    }

    @Test
    void stdoutForASingleFile() throws IOException {
        Path src = write("d.py", "pass\n");
        Result r = run("--emit", "ast-json", "-o", "-", src.toString());
        assertEquals(0, r.status());
        assertTrue(r.out().startsWith("{\"_type\":\"Module\",\"body\":[{\"_type\":\"Pass\""), r.out());
    }

    @Test
    void badFileIsReportedCPythonStyleAndTheOthersAreStillWritten() throws IOException {
        write("src/bad.py", "x = = 2\n");
        write("src/good.py", "x = 2\n");
        Path out = tmp.resolve("out");
        Result r = run("--emit", "ast-json", "-o", out.toString(), tmp.resolve("src").toString());
        assertEquals(1, r.status());
        String badPath = tmp.resolve("src/bad.py").toString();
        assertEquals("  File \"" + badPath + "\", line 1\n    x = = 2\n        ^\nSyntaxError: invalid syntax\n", r.err());
        assertTrue(Files.isRegularFile(out.resolve("good.json")));
        assertFalse(Files.exists(out.resolve("bad.json")));
    }

    @Test
    void missingFileMessageAndStatus() {
        Result r = run("--check", tmp.resolve("nope.py").toString());
        assertEquals(1, r.status());
        assertEquals("pyc-compile: can't open file '" + tmp.resolve("nope.py")
                + "': [Errno 2] No such file or directory\n", r.err());
    }

    @Test
    void checkWritesNothing() throws IOException {
        write("src/e.py", "def f(): return 1\n");
        Result r = run("--check", tmp.resolve("src").toString());
        assertEquals(0, r.status());
        assertEquals("", r.out());
        assertEquals("", r.err());
    }

    @Test
    void usageErrorsExitTwo() throws IOException {
        Path src = write("f.py", "pass\n");
        assertEquals(2, run("--emit", "ast-json", src.toString()).status());
        assertEquals(2, run("--emit", "bogus", "-o", "-", src.toString()).status());
        assertEquals(2, run("--check").status());
        assertEquals(2, run("-j", "x", src.toString()).status());
        assertEquals(2, run("--parse-only", src.toString()).status());
        Result r = run("--bogus", src.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("usage: pyc-compile"), r.err());
        assertTrue(r.err().contains("pyc-compile: error: unrecognized arguments: --bogus"), r.err());
    }

    @Test
    void compilesTreesToPycacheAndSkipsUpToDateFiles() throws IOException {
        Path a = write("src/a.py", "def f(x):\n    return x + 1\n");
        write("src/pkg/b.py", "import os\nprint(os.sep)\n");
        Path src = tmp.resolve("src");
        Result first = run(src.toString());
        assertEquals(0, first.status(), first.err());
        assertEquals("Listing '" + src + "'...\nCompiling '" + a + "'...\nCompiling '" + src.resolve("pkg/b.py")
                + "'...\n", first.out());
        Path pyc = src.resolve("__pycache__/a.pyvm-" + org.pyvm.bytecode.BytecodeFormat.VERSION + ".pyc");
        assertTrue(Files.isRegularFile(pyc));
        assertTrue(Files.isRegularFile(src.resolve("pkg/__pycache__/b.pyvm-"
                + org.pyvm.bytecode.BytecodeFormat.VERSION + ".pyc")));
        // The file read back passes the verifier and holds the function.
        try {
            var code = org.pyvm.bytecode.BytecodeReader.read(Files.readAllBytes(pyc), pyc.toString()).code();
            assertTrue(org.pyvm.bytecode.Disassembler.disassemble(code).contains("Disassembly of"));
        } catch (org.pyvm.bytecode.BadBytecodeException e) {
            throw new AssertionError(e.getMessage());
        }
        // Up to date: nothing compiled again; -f forces; -q is silent.
        assertEquals("Listing '" + src + "'...\n", run(src.toString()).out());
        assertEquals("Listing '" + src + "'...\nCompiling '" + a + "'...\nCompiling '" + src.resolve("pkg/b.py")
                + "'...\n", run("-f", src.toString()).out());
        assertEquals("", run("-q", "-f", src.toString()).out());
        // A changed source is recompiled.
        Files.writeString(a, "def f(x):\n    return x + 2\n");
        Files.setLastModifiedTime(a, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        assertTrue(run(src.toString()).out().contains("Compiling '" + a + "'"));
        try (Stream<Path> files = Files.walk(src)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }

    @Test
    void compileErrorsAreReportedInInputOrderWithWorkers() throws IOException {
        write("src/a_ok.py", "x = 1\n");
        write("src/b_bad.py", "return 1\n");
        write("src/c_bad.py", "x = (\n");
        write("src/d_ok.py", "y = 2\n");
        Path src = tmp.resolve("src");
        Result r = run("-q", "-j", "2", src.toString());
        assertEquals(1, r.status());
        assertEquals("  File \"" + src.resolve("b_bad.py") + "\", line 1\n    return 1\n    ^^^^^^^^\n"
                + "SyntaxError: 'return' outside function\n"
                + "  File \"" + src.resolve("c_bad.py") + "\", line 1\n    x = (\n        ^\n"
                + "SyntaxError: '(' was never closed\n", r.err());
        assertTrue(Files.exists(src.resolve("__pycache__/d_ok.pyvm-" + org.pyvm.bytecode.BytecodeFormat.VERSION
                + ".pyc")));
        assertFalse(Files.exists(src.resolve("__pycache__/b_bad.pyvm-" + org.pyvm.bytecode.BytecodeFormat.VERSION
                + ".pyc")));
    }

    @Test
    void explicitOutputFileAndCheckWritesNothing() throws IOException {
        Path a = write("a.py", "print('hi')\n");
        Path out = tmp.resolve("out/a.bin");
        assertEquals(0, run("-q", "-o", out.toString(), a.toString()).status());
        assertTrue(Files.isRegularFile(out));
        assertEquals(0, run("--check", a.toString()).status());
        assertFalse(Files.exists(tmp.resolve("__pycache__")));
    }

    @Test
    void tokens() throws IOException {
        Path src = write("g.py", "x = 1\n");
        Result r = run("--emit", "tokens", src.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("1,0-1,1:"), r.out());
        assertTrue(r.out().contains("NUMBER"), r.out());
    }
}
